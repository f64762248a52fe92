import DispatchModel
import Foundation
import GridModel
import LinearProgramming

/// A target of `gridplan size`, as written on the command line:
///
///     curtailment<=X          curtailment of all generators with a profile at most X of their available energy
///     curtailment(BUS)<=X     the same for the profiled generators at BUS
///     unserved==0             no load shedding
///     co2<=T                  total CO2 over the horizon at most T tonnes (or `T Mt`)
///     clean-share(CORRIDOR)>=X  clean share of the corridor's energy over the horizon at least X (flow tracing)
///
/// Shares are fractions (0.05) or percentages (5%). The first four are linear in the dispatch LP; the clean share is
/// not (it comes from flow tracing of a solved dispatch), so a target list with it is met by search.
public enum SizingTarget: Sendable, Equatable, CustomStringConvertible {
  case linear(LinearTarget)
  case cleanShare(corridor: String, minShare: Double)

  public var isLinear: Bool {
    if case .linear = self { return true }
    return false
  }

  public var description: String {
    switch self {
    case .linear(let t): return t.description
    case .cleanShare(let c, let x): return "clean-share(\(c))>=\(x)"
    }
  }

  /// The column of size.csv that holds the target's quantity.
  public var metricName: String {
    switch self {
    case .linear(.curtailment(_, nil)): return "curtailment_share"
    case .linear(.curtailment(_, let bus?)): return "curtailment_share[\(bus)]"
    case .linear(.noUnservedLoad): return "unserved_mwh"
    case .linear(.co2): return "co2_t"
    case .cleanShare(let c, _): return "clean_share[\(c)]"
    }
  }

  static let allowed = "curtailment<=X, curtailment(BUS)<=X, unserved==0, co2<=TONNES (or co2<=N Mt), "
    + "clean-share(CORRIDOR)>=X, with X a fraction (0.05) or a percentage (5%)"

  /// Parses one target; errors name the text, the position (1-based character) and what is allowed.
  public static func parse(_ text: String) throws -> SizingTarget {
    let chars = Array(text)
    var i = 0
    func fail(_ position: Int, _ message: String) -> TargetParseError {
      TargetParseError(text: text, position: position + 1, message: message, allowed: allowed)
    }
    func skipSpaces() { while i < chars.count && chars[i].isWhitespace { i += 1 } }
    skipSpaces()
    let nameStart = i
    while i < chars.count && (chars[i].isLetter || chars[i].isNumber || chars[i] == "-" || chars[i] == "_") { i += 1 }
    let quantity = String(chars[nameStart..<i]).lowercased()
    let known = ["curtailment", "unserved", "co2", "clean-share", "clean_share"]
    guard known.contains(quantity) else {
      if quantity.isEmpty { throw fail(nameStart, "expected a quantity") }
      throw fail(nameStart, "unknown quantity '\(quantity)'")
    }
    skipSpaces()
    var argument: String? = nil
    var argumentPosition = i
    if i < chars.count && chars[i] == "(" {
      i += 1
      argumentPosition = i
      guard let close = chars[i...].firstIndex(of: ")") else { throw fail(i - 1, "'(' is not closed by ')'") }
      argument = String(chars[i..<close]).trimmingCharacters(in: .whitespaces)
      if argument!.isEmpty { throw fail(i, "empty name in parentheses") }
      i = close + 1
      skipSpaces()
    }
    let opStart = i
    var op = ""
    while i < chars.count && "<>=!".contains(chars[i]) { op.append(chars[i]); i += 1 }
    guard !op.isEmpty else { throw fail(opStart, "expected a comparison (<=, >= or ==)") }
    skipSpaces()
    let numberStart = i
    while i < chars.count && (chars[i].isNumber || ".eE+-".contains(chars[i])) { i += 1 }
    guard let number = Double(String(chars[numberStart..<i])), number.isFinite else {
      throw fail(numberStart, "expected a number")
    }
    skipSpaces()
    let unitStart = i
    let unit = String(chars[i...]).trimmingCharacters(in: .whitespaces)
    func share() throws -> Double {
      switch unit {
      case "": break
      case "%": return number / 100
      default: throw fail(unitStart, "unit '\(unit)' is not allowed for a share; allowed: none (a fraction) or %")
      }
      return number
    }
    func requireOp(_ wanted: String) throws {
      if op != wanted { throw fail(opStart, "'\(op)' is not allowed for \(quantity); allowed: \(wanted)") }
    }
    switch quantity {
    case "curtailment":
      try requireOp("<=")
      let x = try share()
      guard x >= 0 && x <= 1 else { throw fail(numberStart, "the share \(x) is outside 0...1") }
      return .linear(.curtailment(maxShare: x, bus: argument))
    case "unserved":
      if argument != nil { throw fail(argumentPosition, "unserved takes no bus; allowed: unserved==0") }
      guard op == "==" || op == "<=" else { throw fail(opStart, "'\(op)' is not allowed for unserved; allowed: ==") }
      guard number == 0, unit.isEmpty else { throw fail(numberStart, "only 0 is allowed: unserved==0") }
      return .linear(.noUnservedLoad)
    case "co2":
      if argument != nil { throw fail(argumentPosition, "co2 takes no name; allowed: co2<=TONNES") }
      try requireOp("<=")
      var tonnes = number
      switch unit {
      case "", "t": break
      case "Mt": tonnes *= 1e6
      default: throw fail(unitStart, "unit '\(unit)' is not allowed for co2; allowed: none or t (tonnes), Mt")
      }
      guard tonnes >= 0 else { throw fail(numberStart, "a CO2 limit must be >= 0") }
      return .linear(.co2(maxTonnes: tonnes))
    default:
      guard let corridor = argument else {
        throw fail(opStart, "clean-share needs a corridor: clean-share(CORRIDOR)>=X")
      }
      try requireOp(">=")
      let x = try share()
      guard x >= 0 && x <= 1 else { throw fail(numberStart, "the share \(x) is outside 0...1") }
      return .cleanShare(corridor: corridor, minShare: x)
    }
  }

  /// Checks the names in the target against the network.
  public func check(_ network: Network) throws {
    switch self {
    case .linear(.curtailment(_, let bus?)):
      guard network.buses.contains(where: { $0.id == bus }) else {
        throw SizingError.badTarget(description, "no bus '\(bus)'; allowed: " + network.buses.filter { !$0.external }.map(\.id).joined(separator: ", "))
      }
      guard network.generators.contains(where: { $0.bus == bus && $0.availability != nil }) else {
        throw SizingError.badTarget(description, "bus '\(bus)' has no generator with a profile (wind, solar, ...)")
      }
    case .cleanShare(let c, _):
      guard network.links.contains(where: { $0.id == c }) else {
        throw SizingError.badTarget(description, "no corridor '\(c)'; allowed: " + network.links.map(\.id).joined(separator: ", "))
      }
    default: break
    }
  }

  /// The target's quantity in a solved dispatch: a share (0...1), MWh of unserved load or tonnes of CO2. The clean
  /// share is read from the `clean_share,<corridor>,%` row of `summary()` (flow tracing).
  public func value(_ r: DispatchResult, summary: () -> [SummaryRow]) throws -> Double {
    let net = r.network
    switch self {
    case .linear(.curtailment(_, let bus)):
      var curtailed = 0.0
      var available = 0.0
      for (g, gen) in net.generators.enumerated() where gen.availability != nil && (bus == nil || gen.bus == bus) {
        let c = r.generatorCurtailment[g].reduce(0, +)
        curtailed += c
        available += c + r.generatorP[g].reduce(0, +)
      }
      return available > 0 ? curtailed / available : 0
    case .linear(.noUnservedLoad):
      return r.loadShed.reduce(0.0) { $0 + $1.reduce(0, +) }
    case .linear(.co2):
      var t = 0.0
      for (g, gen) in net.generators.enumerated() where gen.co2TonnesPerMWh > 0 {
        t += gen.co2TonnesPerMWh * r.generatorP[g].reduce(0, +)
      }
      return t
    case .cleanShare(let c, _):
      guard let row = summary().first(where: { $0.metric == "clean_share" && $0.component == c }) else {
        throw SizingError.metricMissing(
          "summary.csv has no clean_share row for corridor '\(c)' (flow tracing adds clean_share,<corridor>,%,value "
            + "rows); the clean-share target cannot be evaluated")
      }
      // An empty value: the corridor carried nothing, so it has no clean share (NaN, never met).
      if row.value.isEmpty { return .nan }
      guard let v = Double(row.value) else {
        throw SizingError.metricMissing("clean_share of '\(c)' is '\(row.value)', not a number")
      }
      return row.unit == "%" ? v / 100 : v
    }
  }

  /// How far a value is from meeting the target, scaled to be comparable across targets: <= 0 when met (with a
  /// tolerance of 1e-6 on shares and relative 1e-7 on energies and tonnes).
  func violation(_ value: Double, loadMWh: Double) -> Double {
    if value.isNaN { return 1 }
    switch self {
    case .linear(.curtailment(let x, _)): return value - x - 1e-6
    case .linear(.noUnservedLoad): return value / max(loadMWh, 1) - 1e-7
    case .linear(.co2(let cap)): return (value - cap) / max(cap, 1) - 1e-7
    case .cleanShare(_, let x): return x - value - 1e-6
    }
  }
}

/// A target that does not parse: the text, where, what is wrong and what is allowed.
public struct TargetParseError: Error, Equatable, CustomStringConvertible {
  public var text: String
  /// 1-based character position.
  public var position: Int
  public var message: String
  public var allowed: String

  public var description: String {
    "target '\(text)' at position \(position): \(message); allowed: \(allowed)"
  }
}

public enum SizingError: Error, CustomStringConvertible {
  case badTarget(String, String)
  case badOption(String)
  case metricMissing(String)
  /// The targets are out of reach; `points` holds every dispatch solved on the way (for size.csv).
  case cannotMeet(String, points: [Sizing.Point])
  /// A dispatch LP ended with `status` (not optimal and not an infeasible point of the curve); the text says which.
  case notSolved(SolveStatus, String)

  public var description: String {
    switch self {
    case .badTarget(let t, let why): return "target '\(t)': \(why)"
    case .badOption(let s): return s
    case .metricMissing(let s): return s
    case .cannotMeet(let s, _): return "the targets cannot be met: \(s)"
    case .notSolved(_, let s): return "a dispatch LP was not solved: \(s)"
    }
  }
}

/// The smallest storage at given buses that meets a list of targets (`gridplan size`).
///
/// - All targets linear (curtailment, unserved, CO2): the LP chooses the power at each bus (``StorageExpansion``:
///   one border column per bus, at its annualised cost) subject to the targets, so the answer is the cheapest storage
///   that meets them — the smallest whenever a target binds (a storage that pays for itself is built larger; the
///   notes say so). Then a short parametric curve: fixed-capacity dispatches at `curveFactors` x the optimum
///   (the same storage as a network storage unit, no target rows), which also checks that a plain cost-minimising
///   dispatch at the optimum meets the targets. If it does not (the LP can meet a curtailment target by dispatch a
///   plain run does not choose, e.g. cycling a lossy battery to spend surplus in losses), the answer is searched above
///   the optimum along the LP's split between buses.
///
///   Why a plain run can miss it: wind is free, so a dispatch that curtails less by charging and discharging a lossy
///   storage in the same hours costs the same; the interior point returns the centre of that optimal face, which
///   cycles some but not all it could. The LP with a curtailment row picks the edge that cycles most, so it needs
///   less storage than a plain dispatch shows. The answer is the plain-dispatch one (what `run` and `sweep` report).
/// - Otherwise (a clean-share target): search on fixed-capacity runs, the same power at every bus: a bracket by
///   doubling from `initialPowerMW`, then regula falsi (Illinois) with bisection safeguards on the largest scaled
///   violation until the bracket is narrower than `max(absoluteToleranceMW, relativeTolerance x power)`. This assumes
///   that more storage never moves a target away (monotone); every evaluated point is reported.
public struct Sizing: Sendable {
  public enum Method: String, Sendable, CaseIterable {
    case automatic = "auto"
    case lp
    case search
  }

  public var network: Network
  /// One per bus; the power is what is sized.
  public var expansions: [StorageExpansion]
  public var targets: [SizingTarget]
  public var method: Method = .automatic
  /// Fixed-capacity runs around the LP optimum, as factors of it.
  public var curveFactors: [Double] = [0, 0.5, 0.8, 0.9, 1, 1.1, 1.25, 1.5]
  /// Search: first upper guess of the power per bus (MW), doubled until the targets are met.
  public var initialPowerMW = 1000.0
  /// Search: largest power per bus tried (MW); default the expansions' max power, else 200 GW.
  public var maxPowerMW: Double? = nil
  public var absoluteToleranceMW = 1.0
  public var relativeTolerance = 0.01
  public var maxEvaluations = 40
  public var settings = InteriorPointSettings()

  public init(network: Network, expansions: [StorageExpansion], targets: [SizingTarget]) {
    self.network = network
    self.expansions = expansions
    self.targets = targets
  }

  /// One solved dispatch on the way to the answer.
  public struct Point: Sendable, Equatable {
    /// `lp` (the optimum of the LP with capacity columns and target rows, its own dispatch), `curve` (a fixed-capacity
    /// run around it), `search` (a fixed-capacity run of the search), `answer` (a copy of the point chosen).
    public var kind: String
    public var powerMW: [Double]
    /// The targets' quantities, in the order of `targets`.
    public var values: [Double]
    public var met: Bool
    /// Whether the dispatch with this storage is feasible. An infeasible point (a delivery curve or firm corridor the
    /// storage cannot serve) is a point of the curve: its values are NaN and it is not met.
    public var feasible = true
    /// Dispatch cost over the horizon (CNY), without the storage's capital cost.
    public var operatingCostCNY: Double
    public var storageCostCNY: Double
    public var iterations: Int
    public var seconds: Double

    public var totalCostCNY: Double { operatingCostCNY + storageCostCNY }
  }

  public struct Outcome: Sendable {
    public var method: Method
    /// The answer: power per bus (MW) and energy (MWh).
    public var powerMW: [Double]
    public var energyMWh: [Double]
    /// Every point, in the order evaluated, then a copy of the answer (kind `answer`).
    public var points: [Point]
    public var answer: Point
    /// The optimum of the LP with capacity columns (LP method).
    public var lpPowerMW: [Double]?
    /// LP method: the plain dispatch at the LP's optimum missed the targets and the answer was searched above it.
    public var searchedAboveLP = false
    public var notes: [String]
  }

  var loadMWh: Double {
    let T = network.snapshots.count
    return network.loads.reduce(0.0) { $0 + $1.demandMW.prefix(T).reduce(0, +) }
  }

  public func run(progress: (@Sendable (String) -> Void)? = nil) throws -> Outcome {
    guard !expansions.isEmpty else { throw SizingError.badOption("no bus to add storage at; allowed: --at BUS[,BUS...]") }
    guard !targets.isEmpty else { throw SizingError.badOption("no target; allowed: --target '\(SizingTarget.allowed)'") }
    for t in targets { try t.check(network) }
    let allLinear = targets.allSatisfy(\.isLinear)
    switch method {
    case .lp:
      guard allLinear else {
        throw SizingError.badOption("--method lp needs linear targets only; a clean-share target needs the search")
      }
      return try runLP(progress: progress)
    case .search: return try runSearch(progress: progress)
    case .automatic: return allLinear ? try runLP(progress: progress) : try runSearch(progress: progress)
    }
  }

  /// Solves the network with storage of fixed power (MW per expansion) and evaluates the targets. An infeasible
  /// dispatch gives an infeasible point (not an error), so the curve goes on past it.
  public func evaluate(powerMW: [Double], kind: String, progress: (@Sendable (String) -> Void)? = nil) throws -> Point {
    let net = StorageExpansion.network(network, adding: expansions, powersMW: powerMW, skippingZero: true)
    let problem = try DispatchProblem(network: net)
    let r = try solve(problem, progress: progress)
    if r.status == .primalInfeasible {
      let storageCost = zip(expansions, powerMW).reduce(0.0) { $0 + $1.0.cost(powerMW: $1.1, hours: r.hours) }
      return Point(kind: kind, powerMW: powerMW, values: targets.map { _ in .nan }, met: false, feasible: false,
                   operatingCostCNY: .nan, storageCostCNY: storageCost, iterations: r.iterations,
                   seconds: r.solveSeconds)
    }
    guard r.status == .optimal else {
      throw SizingError.notSolved(r.status, "storage \(describe(powerMW)): \(r.status.rawValue) (\(r.statusReason))")
    }
    return try point(r, powerMW: powerMW, kind: kind, capital: 0)
  }

  /// Solves with the staged backend; if that breaks down numerically, once more with the general backend.
  func solve(_ problem: DispatchProblem, progress: (@Sendable (String) -> Void)?) throws -> DispatchResult {
    let r = try problem.solve(settings: settings)
    guard r.status == .numericalFailure || r.status == .iterationLimit else { return r }
    var general = settings
    general.backend = .general
    let retry = DispatchResult(problem: problem, solution: try InteriorPointSolver(settings: general).solve(problem.lp))
    progress?("the staged backend stopped (\(r.status.rawValue): \(r.statusReason)); the general backend: "
      + retry.status.rawValue)
    return retry.status == .optimal ? retry : r
  }

  func point(_ r: DispatchResult, powerMW: [Double], kind: String, capital: Double) throws -> Point {
    var summaryCache: [SummaryRow]? = nil
    let summary: () -> [SummaryRow] = {
      if summaryCache == nil { summaryCache = Summary.rows(r) }
      return summaryCache!
    }
    let values = try targets.map { try $0.value(r, summary: summary) }
    let load = loadMWh
    let met = zip(targets, values).allSatisfy { $0.violation($1, loadMWh: load) <= 0 }
    let storageCost = zip(expansions, powerMW).reduce(0.0) { $0 + $1.0.cost(powerMW: $1.1, hours: r.hours) }
    return Point(kind: kind, powerMW: powerMW, values: values, met: met, operatingCostCNY: r.objectiveCNY - capital,
                 storageCostCNY: storageCost, iterations: r.iterations, seconds: r.solveSeconds)
  }

  /// The largest scaled violation of the targets (<= 0 when met); +infinity at an infeasible point.
  func violation(_ p: Point) -> Double {
    guard p.feasible else { return .infinity }
    let load = loadMWh
    return zip(targets, p.values).map { $0.violation($1, loadMWh: load) }.max() ?? 0
  }

  func describe(_ powerMW: [Double]) -> String {
    zip(expansions, powerMW).map { "\($0.bus) \(Fixed.format($1, decimals: 1)) MW" }.joined(separator: ", ")
  }

  func report(_ p: Point, _ progress: (@Sendable (String) -> Void)?) {
    guard let progress else { return }
    let v = zip(targets, p.values).map { "\($0.metricName) \(Fixed.format($1, decimals: 6))" }.joined(separator: ", ")
    progress("\(p.kind): \(describe(p.powerMW)): \(p.feasible ? v : "infeasible") (\(p.met ? "met" : "not met"); "
      + "\(p.iterations) iterations, \(Fixed.format(p.seconds, decimals: 2)) s)")
  }

  func runLP(progress: (@Sendable (String) -> Void)?) throws -> Outcome {
    let linear = targets.compactMap { t -> LinearTarget? in if case .linear(let l) = t { return l } else { return nil } }
    let problem = try DispatchProblem(network: network, expansion: expansions, constraints: linear)
    progress?("LP with capacity columns: \(problem.lp.rowCount) rows x \(problem.lp.columnCount) columns, "
      + "\(problem.hours) hours")
    let r = try solve(problem, progress: progress)
    switch r.status {
    case .optimal: break
    case .primalInfeasible:
      throw SizingError.cannotMeet(
        "no storage at \(expansions.map(\.bus).joined(separator: ", "))"
          + (expansions.contains { $0.maxPowerMW != nil } ? " within the power limit" : "")
          + " meets \(targets.map(\.description).joined(separator: " and ")) (the LP is infeasible: \(r.statusReason))",
        points: [])
    default:
      throw SizingError.notSolved(r.status, "the LP with capacity columns: \(r.status.rawValue) (\(r.statusReason))")
    }
    let pStar = r.expansionPowerMW.map { $0 < 1e-3 ? 0 : $0 }
    let capital = zip(expansions, r.expansionPowerMW).reduce(0.0) { $0 + $1.0.cost(powerMW: $1.1, hours: r.hours) }
    var lpPoint = try point(r, powerMW: pStar, kind: "lp", capital: capital)
    lpPoint.storageCostCNY = capital
    report(lpPoint, progress)
    var points = [lpPoint]
    var notes: [String] = []
    for (t, dual) in zip(linear, r.targetDuals) where !dual.isNaN {
      if abs(dual) < 1e-6 {
        notes.append("\(t) does not bind at the LP optimum: the storage pays for itself there (its dispatch savings "
          + "exceed its cost), so the LP builds more than the target needs")
      } else {
        let unit: String
        switch t {
        case .co2: unit = "CNY per t of CO2 allowed"
        default: unit = "CNY per MWh of renewable output required"
        }
        notes.append("\(t) binds at the LP optimum (row dual \(Fixed.format(dual, decimals: 3)) \(unit))")
      }
    }
    let total = pStar.reduce(0, +)
    var factors = total > 0 ? curveFactors.filter { $0 >= 0 } : [1]
    if !factors.contains(1) { factors.append(1) }
    factors = Array(Set(factors)).sorted()
    var curve: [(factor: Double, point: Point)] = []
    for f in factors {
      let p = try evaluate(powerMW: pStar.map { $0 * f }, kind: "curve", progress: progress)
      report(p, progress)
      points.append(p)
      curve.append((f, p))
    }
    var answer = curve.first { $0.factor == 1 }!.point
    let searched = !answer.met
    if searched {
      notes.append("a plain dispatch with the LP's storage misses the targets (the LP met them with a dispatch a "
        + "cost-minimising run does not choose); searched above the LP's storage, keeping its split between buses")
      let direction = total > 0 ? pStar : expansions.map { _ in 1.0 }
      // The bracket: the largest curve point above the optimum that misses the targets, the first one that meets
      // them (if any).
      let high = total > 0 ? curve.first { $0.factor > 1 && $0.point.met } : nil
      let low = total > 0 ? curve.last { $0.factor >= 1 && !$0.point.met && $0.factor < (high?.factor ?? .infinity) }
        .map { ($0.factor, $0.point) } ?? (1, answer) : (0, answer)
      let (found, evaluated) = try search(direction: direction, low: low, high: high.map { ($0.factor, $0.point) },
                                          before: points, progress: progress)
      points += evaluated
      answer = found
    }
    var a = answer
    a.kind = "answer"
    points.append(a)
    return Outcome(method: .lp, powerMW: answer.powerMW, energyMWh: zip(expansions, answer.powerMW).map { $0.durationH * $1 },
                   points: points, answer: a, lpPowerMW: pStar, searchedAboveLP: searched, notes: notes)
  }

  func runSearch(progress: (@Sendable (String) -> Void)?) throws -> Outcome {
    var notes = ["search on fixed-capacity dispatches, the same power at every bus"
      + (expansions.count > 1 ? " (\(expansions.map(\.bus).joined(separator: ", ")))" : "")]
    let zero = try evaluate(powerMW: expansions.map { _ in 0 }, kind: "search", progress: progress)
    report(zero, progress)
    var points = [zero]
    var answer = zero
    if zero.met {
      notes.append("the targets are met without new storage")
    } else {
      let (found, searched) = try search(direction: expansions.map { _ in 1.0 }, low: (0, zero), high: nil,
                                         before: points, progress: progress)
      points += searched
      answer = found
    }
    var a = answer
    a.kind = "answer"
    points.append(a)
    return Outcome(method: .search, powerMW: answer.powerMW,
                   energyMWh: zip(expansions, answer.powerMW).map { $0.durationH * $1 }, points: points, answer: a,
                   lpPowerMW: nil, notes: notes)
  }

  /// Finds the smallest s >= low with the targets met at power s x direction, given a point at `low` that misses
  /// them (and optionally one at `high` that meets them). Returns the point found and every point evaluated.
  func search(direction: [Double], low: (Double, Point), high: (Double, Point)?, before: [Point],
              progress: (@Sendable (String) -> Void)?) throws -> (Point, [Point]) {
    let scale = direction.max() ?? 1
    let limit = (maxPowerMW ?? expansions.compactMap(\.maxPowerMW).min() ?? 200_000) / scale
    var evaluated: [Point] = []
    func at(_ s: Double) throws -> Point {
      guard evaluated.count < maxEvaluations else {
        throw SizingError.cannotMeet("no answer after \(maxEvaluations) dispatches", points: before + evaluated)
      }
      let p = try evaluate(powerMW: direction.map { $0 * s }, kind: "search", progress: progress)
      report(p, progress)
      evaluated.append(p)
      return p
    }
    var (lo, loPoint) = low
    var hi: Double
    var hiPoint: Point
    if let h = high {
      (hi, hiPoint) = h
    } else {
      hi = max(lo * 2, initialPowerMW / scale)
      hi = min(hi, limit)
      hiPoint = try at(hi)
      // Double until met; give up at the limit, or when two doublings in a row bring the targets no closer.
      var stalled = 0
      while !hiPoint.met {
        // An infeasible point is no sign of a stall: more storage may make the dispatch feasible.
        let progressMade = !hiPoint.feasible || violation(hiPoint) < violation(loPoint) - 1e-4
        stalled = progressMade ? 0 : stalled + 1
        if hi >= limit || stalled >= 2 {
          let values = zip(targets, hiPoint.values).map { "\($0.metricName) \(Fixed.format($1, decimals: 6))" }
          throw SizingError.cannotMeet(
            "not met with \(describe(direction.map { $0 * hi })) (\(values.joined(separator: ", ")))"
              + (hi >= limit ? ", the search's largest storage (raise it with --max-power)"
                 : "; the last doublings of the storage brought the targets no closer"),
            points: before + evaluated)
        }
        (lo, loPoint) = (hi, hiPoint)
        hi = min(hi * 2, limit)
        hiPoint = try at(hi)
      }
    }
    var gLo = violation(loPoint)
    var gHi = violation(hiPoint)
    var side = 0
    var widths: [Double] = []
    func tolerance() -> Double { max(absoluteToleranceMW, relativeTolerance * hi * scale) / scale }
    while hi - lo > tolerance() {
      // Regula falsi with the Illinois modification. After a step that moved one end, the next point is aimed half a
      // tolerance past the secant root, towards the other end, so that the bracket closes from both sides; bisection
      // when three steps in a row have not halved the bracket.
      let width = hi - lo
      widths.append(width)
      // Bisection while the low end is infeasible: it has no finite violation to interpolate.
      let slow = (widths.count >= 4 && width > 0.5 * widths[widths.count - 4]) || !gLo.isFinite
      var s = gLo > gHi && !slow ? lo + width * gLo / (gLo - gHi) : 0.5 * (lo + hi)
      if !slow { s -= Double(side) * 0.5 * tolerance() }
      let margin = min(0.5 * tolerance(), 0.25 * width)
      s = min(max(s, lo + margin), hi - margin)
      let p = try at(s)
      let g = violation(p)
      if p.met {
        (hi, hiPoint, gHi) = (s, p, min(g, 0))
        if side == 1 { gLo *= 0.5 }
        side = 1
      } else {
        (lo, loPoint, gLo) = (s, p, max(g, 1e-12))
        if side == -1 { gHi *= 0.5 }
        side = -1
      }
      if slow { widths.removeAll() }
    }
    return (hiPoint, evaluated)
  }

  /// size.csv: one row per point (kind, power and energy per bus, the targets' quantities, met, status `optimal` or
  /// `infeasible` (then the quantities and the operating cost are empty), costs, solver).
  public static func csv(_ points: [Point], expansions: [StorageExpansion], targets: [SizingTarget]) -> String {
    var header = ["kind"]
    for e in expansions { header += ["power_mw[\(e.bus)]", "energy_mwh[\(e.bus)]"] }
    header += targets.map(\.metricName)
    header += ["met", "status", "operating_cost_cny", "storage_cost_cny", "total_cost_cny", "iterations", "solve_s"]
    var out = header.joined(separator: ",") + "\n"
    for p in points {
      var cells = [p.kind]
      for (e, mw) in zip(expansions, p.powerMW) {
        cells += [Fixed.format(mw, decimals: 3), Fixed.format(mw * e.durationH, decimals: 3)]
      }
      cells += p.values.map { Fixed.format($0, decimals: 6) }
      cells += [p.met ? "true" : "false", p.feasible ? "optimal" : "infeasible",
                Fixed.format(p.operatingCostCNY, decimals: 0),
                Fixed.format(p.storageCostCNY, decimals: 0), Fixed.format(p.totalCostCNY, decimals: 0),
                String(p.iterations), Fixed.format(p.seconds, decimals: 3)]
      out += cells.joined(separator: ",") + "\n"
    }
    return out
  }
}
