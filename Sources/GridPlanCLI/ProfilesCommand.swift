import ArgumentParser
import Foundation
import ProfileSynthesis

/// `gridplan profiles`: synthesise the hourly wind, solar, load and hydro profiles of a network.
struct ProfilesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "profiles",
    abstract:
      "Generate a year of seeded, calibrated hourly profiles (wind, solar, load, hydro, corridor schedules).",
    discussion: """
      Writes wind.csv, solar.csv, load.csv and hydro.csv (column `snapshot`, then one column per bus, values to \
      4 decimals) and schedules.csv (one column per export link, MW at the sending end) into NETWORK/profiles/ or \
      --out, each through a temporary file and a rename. The year is 8760 \
      hours from 2024-01-01T00:00 local time (UTC+8): 2024 is a leap year, 29 February is kept and 31 December is \
      dropped. The same seed always gives the same files (own xoshiro256** generator).

      Sites: the 14 buses of the facts sheet, from a table in ProfileSynthesis (network.yaml is not read): \
      HHT BT ORD ULQ BYN WH ALX XLG SHM (Mengxi), CF TL JRD HG HLB (Mengdong).

      Model (a typical year: multi-day weather, the facts sheet's monthly climate):
        weather  latent Gaussian per site, AR(1) in time
                 (wind 3 d + 6 h, clouds 2 d + 3 h correlation times),
                 correlated in space as exp(-d/500 km) (clouds 300 km),
                 anomalies slower than a month removed
        wind     Weibull k=2 speed -> fleet power curve (cut-in 3, rated 12 m/s,
                 spread over a league, availability 0.95); speed scale per day
                 and hour gives the monthly shape and the diurnal shape
                 (x1.10 at 20-04h, x0.85 at 10-15h)
        solar    clear sky from solar geometry (declination, equation of time,
                 longitude offset from 120 E: noon ~12:00 HLB, ~13:00 ALX;
                 tilt latitude-5 deg) x clearness 1 - 0.75 C^3.4 (cloud cover C)
                 x a smooth daily factor for the monthly shape
        load     monthly shape x daily shape (min 04h, max 19h; peak/min 1.10
                 west, 1.28 east) x 1.5% weather noise; mean 1, so a load's
                 annual_twh scales it
        hydro    seasonal river flow (Yellow River MX, Nen MD; E) x slow noise

      Calibration targets (annual mean per column; each series is rescaled with \
      clipping to [0, 1] until it is exact, then rounded to 4 decimals):
        wind     XLG ULQ 0.30 | CF TL JRD HG HLB 0.28 | HHT BT ORD 0.27
                 | BYN ALX WH SHM 0.25
        solar    ALX BYN WH SHM 0.19 | ORD 0.185 | BT ULQ XLG 0.18 | HHT 0.175
                 | CF TL JRD HG HLB 0.16
        load     1.0
        hydro    0.29
      Monthly shapes (Jan..Dec, facts sheet):
        wind     1.0 1.05 1.2 1.3 1.2 .95 .75 .7 .85 1.0 1.1 .95
        solar    .70 .85 1.05 1.2 1.3 1.25 1.15 1.1 1.05 .95 .75 .65
        load     .98 .94 .95 .93 .97 .97 .99 1.03 1.02 1.05 1.08 1.09

      Corridor schedules (schedules.csv, for delivery: {rule: schedule}): the 11 \
      export links of Networks/inner-mongolia, from a table in ProfileSynthesis \
      (ids and ratings as in network.yaml, checked by a test). Per corridor and hour:
        MW = min(rating, a x monthly x daily x (1 + 0.05 z)), 0 before service
        daily    night base 23-06h, day 08-21h x1.25, 07h and 22h half-way (E)
        monthly  1.08 .95 .95 .90 .92 1.00 1.10 1.12 1.00 .92 1.00 1.08 (E:
                 winter and summer peaks, Spring Festival, maintenance)
        z        AR(1) over days, 3-day correlation, one stream per corridor
        a        the year sums to the corridor's 2024 energy: UHV 170.6 TWh,
                 all 294.6 TWh (sheet: 315, of which UHV 170.6)

      Example:
        gridplan profiles --network Networks/inner-mongolia --seed 2024
      """
  )

  @Option(help: "The network folder; profiles go to NETWORK/profiles/ unless --out is given.")
  var network: String = "Networks/inner-mongolia"

  @Option(help: "Random seed (the same seed gives the same files).")
  var seed: UInt64 = 2024

  @Option(help: "Output folder (default: NETWORK/profiles).")
  var out: String?

  func run() throws {
    let outDir = URL(fileURLWithPath: out ?? (network as NSString).appendingPathComponent("profiles"))
    if out == nil {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: network, isDirectory: &isDir), isDir.boolValue else {
        throw CommandFailure.badInput(
          "--network \(network): no such folder; allowed: an existing network folder, or --out DIR")
      }
    }
    try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)

    let start = Date()
    let synthesizer = ProfileSynthesizer()
    let profiles: ProfileSet
    let schedules: ProfileTable
    let corridors = ExportCorridor.innerMongolia
    do {
      profiles = try synthesizer.generate(seed: seed)
      schedules = try CorridorSchedules.generate(seed: seed, corridors: corridors)
    } catch {
      throw CommandFailure.from(error)
    }
    let generated = Date().timeIntervalSince(start)
    let written = profiles.tables + [schedules]

    for table in written {
      // `.atomic` writes a temporary file in the same folder and renames it into place.
      let target = outDir.appendingPathComponent("\(table.kind).csv")
      try Data(table.csv(snapshots: profiles.snapshots).utf8).write(to: target, options: .atomic)
    }
    let total = Date().timeIntervalSince(start)

    print(
      "profiles:    \(profiles.snapshots.count) hours \(profiles.snapshots.first ?? "")..\(profiles.snapshots.last ?? "")"
        + ", seed \(seed)")
    print("written:     \(written.map { "\($0.kind).csv" }.joined(separator: " ")) in \(outDir.path)")
    print(String(format: "time:        %.2f s generate, %.2f s total", generated, total))
    print("")
    print("calibration: annual mean per column, measured (target)")
    let kinds = profiles.tables.map { $0.kind.padding(toLength: 17, withPad: " ", startingAt: 0) }
    print("site    " + kinds.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
    for (c, id) in profiles.wind.columns.enumerated() {
      let cells = profiles.tables.map { String(format: "%.6f (%.4f)", $0.means[c], $0.targets[c]) }
      print(id.padding(toLength: 8, withPad: " ", startingAt: 0) + cells.joined(separator: "  "))
    }
    print("")
    print("schedules:   sending-end energy per corridor, measured (target); utilisation; peak MW / rating")
    var sum = 0.0
    var uhv = 0.0
    for (c, corridor) in corridors.enumerated() {
      let series = schedules.values[c]
      let twh = series.reduce(0, +) / 1e6
      sum += twh
      if corridor.isUHV { uhv += twh }
      print(
        corridor.id.padding(toLength: 27, withPad: " ", startingAt: 0)
          + String(
            format: "%8.4f TWh (%.4f)  %5.1f %%  %6.0f / %5.0f MW", twh, corridor.annualTWh,
            100 * twh * 1e6 / (corridor.ratingMW * Double(series.count)), series.max() ?? 0, corridor.ratingMW))
    }
    print(String(format: "total %.4f TWh, of which UHV %.4f TWh", sum, uhv))
  }
}
