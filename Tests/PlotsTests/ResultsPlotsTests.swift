import Foundation
import Testing

@testable import Plots

/// End to end: a tiny handmade results folder (48 hours over a month end, two buses, a battery, an export corridor
/// and an internal link), written into a temporary folder and plotted.
@Suite("Results folder to charts")
struct ResultsPlotsTests {
  static let hours = 48

  static func snapshot(_ t: Int) -> String {
    let day = t < 24 ? "2024-03-31" : "2024-04-01"
    let h = t % 24
    return "\(day)T\(h < 10 ? "0" : "")\(h):00"
  }

  static func wide(_ header: [String], _ row: (Int) -> [String]) -> String {
    (["snapshot," + header.joined(separator: ",")]
      + (0..<hours).map { snapshot($0) + "," + row($0).joined(separator: ",") })
      .joined(separator: "\n") + "\n"
  }

  /// Hour t: coal 300, wind 100 + 10 t, solar 50 by day; the battery discharges 20 in odd hours and charges 20 in
  /// even ones; the export link B-X sends 150 in the first day and 0 in the second; the internal link A-B sends 10.
  static func folder() throws -> (URL, NetworkInfo) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plots-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    func wind(_ t: Int) -> Double { 100 + 10 * Double(t) }
    func solar(_ t: Int) -> Double { (8...16).contains(t % 24) ? 50 : 0 }
    func battery(_ t: Int) -> Double { t % 2 == 1 ? 20 : -20 }
    func export(_ t: Int) -> Double { t < 24 ? 150 : 0 }
    let files: [String: String] = [
      "generators-p.csv": wide(["A-coal", "B-wind", "B-solar"]) { t in ["300", "\(wind(t))", "\(solar(t))"] },
      "generators-curtailment.csv": wide(["B-wind", "B-solar"]) { t in [t < 24 ? "0" : "25", "0"] },
      "storage_units-p.csv": wide(["B-battery"]) { t in ["\(battery(t))"] },
      "links-p0.csv": wide(["A-B", "B-X"]) { t in ["10", "\(export(t))"] },
      "loads-shed.csv": wide(["A-load"]) { _ in ["0"] },
      // Clean share of B-X: 0.2 on 31 March (its only flow); A-B: 0 in March, 1 in April.
      "links-clean_share.csv": wide(["A-B", "B-X"]) { t in [t < 24 ? "0" : "1", t < 24 ? "0.2" : ""] },
      "sweep.csv": """
      point,index,buses,power_mw,duration_h,energy_mwh,clean_share[B-X] (%),curtailment_share[wind] (%),\
      curtailment_share[B] (%),total_cost (CNY),generation[coal] (TWh),solver_status
      B|0|2,0,B,0,2,0,20,10,9,2000000000,1.5,optimal
      B|500|2,1,B,500,2,1000,25,8,7,1900000000,1.4,optimal
      B|1000|2,2,B,1000,2,2000,31,6,5,1850000000,1.3,optimal
      B|0|4,3,B,0,4,0,20,10,9,2000000000,1.5,optimal
      B|500|4,4,B,500,4,2000,28,7,6,1880000000,1.35,optimal
      B|1000|4,5,B,1000,4,4000,35,4,3,1820000000,1.2,optimal

      """,
    ]
    for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
    var demand: [String: Double] = [:]
    for t in 0..<hours { demand[snapshot(t)] = 300 + wind(t) + solar(t) + battery(t) - export(t) }
    let network = NetworkInfo(
      carriers: [
        .init(id: "coal", color: "#4d4d4d", clean: false), .init(id: "wind", color: "#3b8ad9", clean: true),
        .init(id: "solar", color: "#f9d002", clean: true), .init(id: "battery", color: "#ace4c4", clean: false),
      ],
      generatorCarrier: ["A-coal": "coal", "B-wind": "wind", "B-solar": "solar"],
      storageCarrier: ["B-battery": "battery"],
      links: ["A-B", "B-X"], exportLinks: ["B-X"], demandMW: demand)
    return (dir, network)
  }

  @Test func everyChartIsWrittenAndWellFormed() throws {
    let (dir, network) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("plots")
    let report = try ResultsPlots.plot(results: dir, out: out, network: network)
    #expect(
      report.written == ["dispatch-week.svg", "duration-curves.svg", "clean-share-by-month.svg", "sweep-curves.svg"])
    #expect(report.notes.isEmpty, "\(report.notes)")
    for name in report.written {
      let svg = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
      let parsed = ParsedSVG(svg)
      #expect(parsed.wellFormed, "\(name): \(String(describing: parsed.error))")
    }
    let dispatch = ParsedSVG(try String(contentsOf: out.appendingPathComponent("dispatch-week.svg"), encoding: .utf8))
    #expect(dispatch.named("text").contains { $0.text == "Dispatch, 2024-03-31 to 2024-04-01" })
    for label in ["coal", "wind", "solar", "curtailed", "exports"] {
      #expect(dispatch.named("polygon").contains { $0.title == label }, "\(label)")
    }
    #expect(dispatch.named("polygon").filter { $0.title.hasPrefix("battery") }.count == 2)  // above and below zero
    #expect(dispatch.named("polyline").contains { $0.title == "load" })
  }

  @Test func plotsAreDeterministic() throws {
    let (dir, network) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a")
    let b = dir.appendingPathComponent("b")
    let ra = try ResultsPlots.plot(results: dir, out: a, network: network)
    _ = try ResultsPlots.plot(results: dir, out: b, network: network)
    for name in ra.written {
      let x = try Data(contentsOf: a.appendingPathComponent(name))
      let y = try Data(contentsOf: b.appendingPathComponent(name))
      #expect(x == y, "\(name)")
    }
  }

  @Test func monthlyCleanShareIsEnergyWeighted() throws {
    let (dir, network) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let share = try HourlyTable(CSVFile.read(dir.appendingPathComponent("links-clean_share.csv")))
    let flow = try HourlyTable(CSVFile.read(dir.appendingPathComponent("links-p0.csv")))
    let (figure, notes) = try CleanShareByMonth.figure(share: share, flow: flow, network: network)
    #expect(notes.isEmpty)
    guard case .lines(_, let monthly) = figure.panels[0].layers[0], case .bars(let whole) = figure.panels[1].layers[0]
    else {
      Issue.record("unexpected layers")
      return
    }
    // A-B: 10 MW every hour, clean share 0 in March and 1 in April: 0% and 100%, 50% overall.
    // B-X: flows only in March, at 0.2: 20% in March, no value in April, 20% overall.
    #expect(monthly.map(\.label) == ["A-B", "B-X"])
    #expect(monthly[0].values == [0, 100])
    #expect(monthly[1].values[0] == 20 && monthly[1].values[1].isNaN)
    #expect(whole[0].values == [50, 20])
    #expect(abs(CleanShareByMonth.weighted(share: [0.5, 1, .nan], flow: [100, 300, 50], hours: 0..<3) - 87.5) < 1e-12)
  }

  @Test func theWeekCanBeChosenAndMustBeInTheResults() throws {
    let (dir, network) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("plots")
    _ = try ResultsPlots.plot(results: dir, out: out, network: network, options: PlotOptions(week: "2024-04-01"))
    let svg = try String(contentsOf: out.appendingPathComponent("dispatch-week.svg"), encoding: .utf8)
    #expect(svg.contains("Dispatch, 2024-04-01 to 2024-04-01"))
    #expect(
      throws: PlotInputError.badOption(
        option: "--week", value: "2024-07-01", allowed: "a day YYYY-MM-DD of the results, 2024-03-31 to 2024-04-01")
    ) {
      try ResultsPlots.plot(results: dir, out: out, network: network, options: PlotOptions(week: "2024-07-01"))
    }
  }

  @Test func missingTablesAreSkippedWithANote() throws {
    let (dir, network) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    for f in ["links-clean_share.csv", "sweep.csv", "storage_units-p.csv"] {
      try FileManager.default.removeItem(at: dir.appendingPathComponent(f))
    }
    let report = try ResultsPlots.plot(results: dir, out: dir.appendingPathComponent("plots"), network: network)
    #expect(report.written == ["dispatch-week.svg", "duration-curves.svg"])
    #expect(report.notes.contains { $0.hasPrefix("clean-share-by-month.svg: skipped, no links-clean_share.csv") })
    #expect(report.notes.contains { $0.hasPrefix("sweep-curves.svg: skipped, no sweep.csv") })
    #expect(report.notes.contains { $0.hasPrefix("dispatch-week.svg: no storage_units-p.csv") })
  }

  @Test func badInputsAreClearErrors() throws {
    let (dir, network) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("plots")
    #expect(throws: PlotInputError.missingFolder("/nonexistent/results")) {
      try ResultsPlots.plot(results: URL(fileURLWithPath: "/nonexistent/results"), out: out, network: network)
    }
    // A malformed cell: the error names the file, the line, the column and the value.
    let links = dir.appendingPathComponent("links-p0.csv")
    let text = try String(contentsOf: links, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "2024-03-31T05:00,10,150.0", with: "2024-03-31T05:00,10,lots").utf8)
      .write(to: links)
    do {
      _ = try ResultsPlots.plot(results: dir, out: out, network: network)
      Issue.record("no error")
    } catch {
      #expect(
        String(describing: error).hasSuffix(
          "links-p0.csv:7: column B-X is \"lots\"; allowed: a number (e.g. 1250.5, -3, 2e-4), inf, -inf or an empty cell"
        ))
    }
    // A sweep given on the command line that does not exist.
    try Data(text.utf8).write(to: links)
    #expect(throws: PlotInputError.self) {
      try ResultsPlots.plot(
        results: dir, out: out, network: network, options: PlotOptions(sweep: dir.appendingPathComponent("nope.csv")))
    }
    // Tables of one folder must share their snapshots.
    let shed = dir.appendingPathComponent("loads-shed.csv")
    let shedText = try String(contentsOf: shed, encoding: .utf8)
    try Data(shedText.replacingOccurrences(of: "2024-04-01T03:00", with: "2024-04-02T03:00").utf8).write(to: shed)
    do {
      _ = try ResultsPlots.plot(results: dir, out: out, network: network)
      Issue.record("no error")
    } catch {
      #expect(String(describing: error).contains("loads-shed.csv:29: snapshot is 2024-04-02T03:00"))
    }
  }

  @Test func sweepCurvesGroupPointsByDuration() throws {
    let (dir, network) = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let table = try CSVFile.read(dir.appendingPathComponent("sweep.csv"))
    let (figure, notes) = try SweepCurves.figure(table, network: network, x: .energy)
    #expect(notes.isEmpty)
    // Clean share, curtailment (carriers only: wind, not bus B), cost, coal.
    #expect(
      figure.panels.map(\.title) == ["Clean share of each corridor", "Curtailment", "Total cost", "Fossil generation"])
    #expect(figure.panels[1].legendEntries.map(\.label) == ["wind", "2 h", "4 h"])
    guard case .lines(let x, let s) = figure.panels[2].layers[1] else {
      Issue.record("unexpected layer")
      return
    }
    // The 4 h group: 0, 2 and 4 GWh; cost in bn CNY.
    #expect(x == [0, 2, 4])
    #expect(zip(s[0].values, [2, 1.88, 1.82]).allSatisfy { abs($0 - $1) < 1e-12 })
    #expect(s[0].dash == .dashed)
  }
}
