import ArgumentParser
import DispatchModel
import Foundation
import GridIO
import GridModel
import Studies

/// `gridplan size [NETWORK]`: the smallest storage at given buses that meets targets.
struct SizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "size",
    abstract: "Find the smallest storage at given buses that meets targets (curtailment, unserved load, CO2, clean "
      + "share of a corridor).",
    discussion: """
      Targets (--target, repeatable; all must hold over the study horizon):
        curtailment<=X              curtailment of all wind, solar and other profiled generators <= X of their \
      available energy (X a fraction, 0.05, or a percentage, 5%)
        curtailment(BUS)<=X         the same for the profiled generators at BUS
        unserved==0                 no load shedding
        co2<=T                      total CO2 <= T tonnes (or 'co2<=40 Mt')
        clean-share(CORRIDOR)>=X    clean share of the energy the corridor carries >= X (flow tracing)

      The storage: a battery of --duration hours (energy = duration x power) at each --at bus, efficiency \
      --efficiency-charge/--efficiency-discharge, cyclic, costing --cost CNY per MW of power per year (including its \
      energy at that duration), charged pro rata of the horizon.

      Linear targets (all but the clean share): the dispatch LP chooses the power at each bus (a capacity column \
      per bus at its cost) subject to the targets: the cheapest storage that meets them, the smallest one whenever \
      a target binds. Then fixed-capacity dispatches at 0, 0.5, 0.8, 0.9, 1, 1.1, 1.25 and 1.5 x that power give \
      the curve of each target against storage and check that a plain cost-minimising dispatch with that storage \
      meets the targets; if it does not, the answer is searched above it.
      A clean-share target is not linear: the answer is searched on fixed-capacity dispatches (the same power at \
      every bus): doubling from --initial-power until the targets are met, then regula falsi with bisection to \
      within --tolerance. More storage is assumed never to move a target away.

      A storage too small for a hard delivery rule (a corridor's firm share or delivery curve) makes the dispatch \
      infeasible: that point is kept in the curve, marked infeasible, and the search goes on above it (bisection \
      until a feasible point brackets the answer).

      Writes OUT/size.csv: one row per dispatch solved (kind lp, curve or search), then the answer (kind answer): \
      power_mw[BUS], energy_mwh[BUS], each target's quantity (shares as fractions, unserved in MWh, CO2 in t), \
      met, status (optimal or infeasible; an infeasible row has empty quantities and operating cost), operating, \
      storage and total cost (CNY over the horizon), iterations and solve seconds.

      Examples:
        gridplan size --at ORD --duration 4 --target 'curtailment<=0.15' --hours 720
        gridplan size --at XLG --target 'clean-share(Ximeng-Taizhou)>=0.5' --target 'unserved==0'
        gridplan size --at ORD,BT --target 'curtailment(ORD)<=5%' --cost 900000 --out Results/size-ord-bt
      """
  )

  @OptionGroup var study: StudyOptions

  @OptionGroup var limits: SolverLimits

  @Option(help: ArgumentHelp("Buses to add storage at, comma-separated (repeatable).", valueName: "BUS[,BUS...]"))
  var at: [String] = []

  @Option(help: "Storage duration, hours (energy = duration x power).")
  var duration: Double = 4

  @Option(help: ArgumentHelp("A target, e.g. 'curtailment<=0.05' (repeatable; see above).", valueName: "TARGET"))
  var target: [String] = []

  @Option(help: "Annualised cost, CNY per MW of power per year (with its energy at --duration).")
  var cost: Double = StorageExpansion.defaultAnnualisedCostCNYPerMWPerYear

  @Option(help: "Charging efficiency.")
  var efficiencyCharge: Double = 0.92

  @Option(help: "Discharging efficiency.")
  var efficiencyDischarge: Double = 0.92

  @Option(help: "Largest power per bus, MW (LP: a bound on the capacity; search: the largest storage tried).")
  var maxPower: Double?

  @Option(help: "Method: auto (LP when every target is linear, else search), lp or search.")
  var method: Sizing.Method = .automatic

  @Option(help: "Search: first upper guess of the power per bus, MW.")
  var initialPower: Double = 1000

  @Option(help: "Search: stop when the bracket is narrower than this many MW (or 1% of the power, if larger).")
  var tolerance: Double = 1

  @Option(help: "Output folder (default: Results/size-<network>).")
  var out: String?

  @Flag(name: .shortAndLong, help: "Quiet: no progress, only the answer.")
  var quiet = false

  var buses: [String] {
    at.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
  }

  func validate() throws {
    if buses.isEmpty { throw ValidationError("--at is missing; allowed: --at BUS or --at BUS,BUS (internal buses)") }
    if target.isEmpty {
      throw ValidationError("--target is missing; allowed: curtailment<=X, curtailment(BUS)<=X, unserved==0, co2<=T, "
        + "clean-share(CORRIDOR)>=X")
    }
    for t in target {
      do { _ = try SizingTarget.parse(t) } catch { throw ValidationError(String(describing: error)) }
    }
    if !(duration > 0) { throw ValidationError("--duration \(duration) is not allowed; allowed: hours > 0") }
    if !(cost >= 0) { throw ValidationError("--cost \(cost) is not allowed; allowed: CNY per MW per year >= 0") }
    for (name, v) in [("--efficiency-charge", efficiencyCharge), ("--efficiency-discharge", efficiencyDischarge)]
    where !(v > 0 && v <= 1) {
      throw ValidationError("\(name) \(v) is not allowed; allowed: 0 < x <= 1")
    }
    if let m = maxPower, !(m > 0) { throw ValidationError("--max-power \(m) is not allowed; allowed: MW > 0") }
    if !(initialPower > 0) { throw ValidationError("--initial-power \(initialPower) is not allowed; allowed: MW > 0") }
    if !(tolerance > 0) { throw ValidationError("--tolerance \(tolerance) is not allowed; allowed: MW > 0") }
    if Set(buses).count != buses.count { throw ValidationError("--at names a bus twice: \(buses.joined(separator: ","))") }
  }

  func run() throws {
    let folder = try StudyOptions.networkFolder(study.network)
    let name = folder.lastPathComponent + study.scenarioSuffix
    let outFolder = URL(fileURLWithPath: out ?? "Results/size-\(name)")
    let say: @Sendable (String) -> Void = { [quiet] s in if !quiet { print(s) } }
    do {
      let net = try NetworkReader.read(folder: folder, scenarios: study.scenario, overrides: study.overrides, hours: study.hours,
                                       start: study.start)
      let internalBuses = net.buses.filter { !$0.external }.map(\.id)
      for b in buses where !internalBuses.contains(b) {
        throw ValidationError("--at \(b): no internal bus with that id; allowed: \(internalBuses.joined(separator: ", "))")
      }
      let expansions = buses.map {
        StorageExpansion(bus: $0, durationH: duration, efficiencyCharge: efficiencyCharge,
                         efficiencyDischarge: efficiencyDischarge, annualisedCostCNYPerMWPerYear: cost,
                         maxPowerMW: maxPower)
      }
      let targets = try target.map(SizingTarget.parse)
      var sizing = Sizing(network: net, expansions: expansions, targets: targets)
      sizing.settings = limits.settings(sizing.settings)
      sizing.method = method
      sizing.initialPowerMW = initialPower
      sizing.maxPowerMW = maxPower
      sizing.absoluteToleranceMW = tolerance
      say("size:    \(name), \(net.snapshots.count) hours from \(net.snapshots.first ?? "?"); storage at "
        + "\(buses.joined(separator: ", ")), \(Fixed.format(duration, decimals: 2)) h, "
        + "\(Fixed.format(cost, decimals: 0)) CNY/MW/yr; targets \(targets.map(\.description).joined(separator: ", "))")
      let outcome = try sizing.run(progress: say)
      let csv = Sizing.csv(outcome.points, expansions: expansions, targets: targets)
      try ResultsFolder.write(tables: ["size.csv": csv], to: outFolder)
      if !quiet {
        print("")
        print(csv, terminator: "")
        print("")
        for note in outcome.notes { print("note:    \(note)") }
      }
      let parts = zip(expansions, zip(outcome.powerMW, outcome.energyMWh)).map { e, pe in
        "\(e.bus) \(Fixed.format(pe.0, decimals: 1)) MW / \(Fixed.format(pe.1, decimals: 1)) MWh"
      }
      print("answer:  \(parts.joined(separator: ", ")) (\(outcome.method.rawValue)"
        + (outcome.searchedAboveLP ? ", then search" : "") + "; "
        + zip(targets, outcome.answer.values).map { "\($0.metricName) \(Fixed.format($1, decimals: 6))" }
          .joined(separator: ", ") + ")")
      print("results: \(outFolder.path)/size.csv")
    } catch let e as ValidationError {
      throw e
    } catch SizingError.cannotMeet(let why, let points) where !points.isEmpty {
      // Keep the curve that shows why: every dispatch solved, without an answer row.
      let expansions = buses.map { StorageExpansion(bus: $0, durationH: duration) }
      let targets = (try? target.map(SizingTarget.parse)) ?? []
      let csv = Sizing.csv(points, expansions: expansions, targets: targets)
      try? ResultsFolder.write(tables: ["size.csv": csv], to: outFolder)
      throw CommandFailure.notSolved(
        "the targets cannot be met: \(why); the dispatches solved are in \(outFolder.path)/size.csv")
    } catch SizingError.badOption(let why) {
      throw ValidationError(why)
    } catch {
      throw CommandFailure.from(error)
    }
  }
}
