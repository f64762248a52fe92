import Foundation

/// What to plot besides the results folder itself.
public struct PlotOptions: Sendable {
  /// First day of the dispatch week, YYYY-MM-DD; nil for the week with the most curtailment.
  public var week: String?
  /// A sweep table; nil to use RESULTS/sweep.csv when there is one.
  public var sweep: URL?
  public var sweepX: SweepCurves.XAxis

  public init(week: String? = nil, sweep: URL? = nil, sweepX: SweepCurves.XAxis = .energy) {
    self.week = week
    self.sweep = sweep
    self.sweepX = sweepX
  }
}

/// The charts written and why others were not.
public struct PlotReport: Sendable, Equatable {
  /// File names written into the output folder, in order.
  public var written: [String] = []
  /// One line per chart left out or drawn with less than it could.
  public var notes: [String] = []
}

/// `gridplan plot`: the charts of a results folder written by `gridplan run` (and of a sweep table).
///
/// - `dispatch-week.svg`      generators-p.csv (+ curtailment, storage_units-p, links-p0, loads-shed)
/// - `duration-curves.svg`    generators-p.csv (+ curtailment, storage_units-p, links-p0)
/// - `clean-share-by-month.svg`  links-clean_share.csv and links-p0.csv
/// - `sweep-curves.svg`       sweep.csv (`--sweep FILE` or RESULTS/sweep.csv)
///
/// A chart whose files are missing is left out with a note; a malformed file is an error that names it.
public enum ResultsPlots {
  public static func plot(results: URL, out: URL, network: NetworkInfo, options: PlotOptions = PlotOptions()) throws
    -> PlotReport
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: results.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw PlotInputError.missingFolder(results.relativePath)
    }
    var report = PlotReport()
    var figures: [(String, Figure)] = []
    func table(_ name: String) throws -> HourlyTable? {
      let url = results.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { return nil }
      return try HourlyTable(CSVFile.read(url))
    }

    let generation = try table("generators-p.csv")
    let curtailment = try table("generators-curtailment.csv")
    let storage = try table("storage_units-p.csv")
    let links = try table("links-p0.csv")
    let shed = try table("loads-shed.csv")
    if let generation {
      let week = DispatchWeek.Inputs(
        generation: generation, curtailment: curtailment, storage: storage, links: links, shed: shed)
      let (f1, n1) = try DispatchWeek.figure(week, network: network, week: options.week)
      figures.append(("dispatch-week.svg", f1))
      report.notes += n1
      let duration = DurationCurves.Inputs(
        generation: generation, curtailment: curtailment, storage: storage, links: links)
      let (f2, n2) = try DurationCurves.figure(duration, network: network)
      figures.append(("duration-curves.svg", f2))
      report.notes += n2
    } else {
      report.notes.append(
        "dispatch-week.svg, duration-curves.svg: skipped, no generators-p.csv in \(results.relativePath)")
    }

    if let share = try table("links-clean_share.csv") {
      if let links {
        let (f, n) = try CleanShareByMonth.figure(share: share, flow: links, network: network)
        figures.append(("clean-share-by-month.svg", f))
        report.notes += n
      } else {
        report.notes.append("clean-share-by-month.svg: skipped, no links-p0.csv in \(results.relativePath)")
      }
    } else {
      report.notes.append(
        "clean-share-by-month.svg: skipped, no links-clean_share.csv in \(results.relativePath) (written by run with flow tracing)"
      )
    }

    let sweepURL = options.sweep ?? results.appendingPathComponent("sweep.csv")
    if FileManager.default.fileExists(atPath: sweepURL.path) {
      let (f, n) = try SweepCurves.figure(CSVFile.read(sweepURL), network: network, x: options.sweepX)
      if !f.panels.isEmpty { figures.append(("sweep-curves.svg", f)) }
      report.notes += n
    } else if options.sweep != nil {
      throw PlotInputError.missingFile(sweepURL.relativePath)
    } else {
      report.notes.append(
        "sweep-curves.svg: skipped, no sweep.csv in \(results.relativePath) (give one with --sweep FILE)")
    }

    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    for (name, figure) in figures {
      try Data(figure.svg.utf8).write(to: out.appendingPathComponent(name), options: .atomic)
      report.written.append(name)
    }
    return report
  }
}
