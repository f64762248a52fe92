/// What flow tracing needs of a solved dispatch: plain flows and injections, hour by hour, with components referring
/// to buses and sources by index. Build it from a `DispatchResult` with ``init(_:)`` (FlowTraceInput+Dispatch.swift),
/// or by hand in tests.
///
/// Conventions (MW, MWh, one value per hour in every array):
/// - `buses` are the internal buses only; a corridor whose `bus1` is nil leaves the traced network (an export).
/// - AC lines are lossless; `p0MW` is signed, positive from bus0 to bus1.
/// - Links send `p0MW >= 0` at bus0 and deliver `efficiency * p0MW` at bus1. A negative `p0MW` (which a validated
///   network cannot produce: `p_min_pu >= 0`) is not traced; its energy is reported in
///   ``FlowTraceDiagnostics/ignoredReverseLinkMWh``.
/// - `consumptionMW` is the load served at each bus (demand minus load shedding): shedding is unserved load, not a
///   source of supply.
public struct FlowTraceInput: Sendable {
  /// A source of energy: a carrier (`wind`, `coal`, ...), and whether it counts as clean.
  public struct Source: Sendable, Equatable {
    public var id: String
    public var clean: Bool

    public init(id: String, clean: Bool) {
      self.id = id
      self.clean = clean
    }
  }

  /// Output of a generator (or any injection of one source) at a bus.
  public struct Injection: Sendable {
    public var bus: Int
    public var source: Int
    public var outputMW: [Double]

    public init(bus: Int, source: Int, outputMW: [Double]) {
      self.bus = bus
      self.source = source
      self.outputMW = outputMW
    }
  }

  /// A lossless AC line between two internal buses.
  public struct Branch: Sendable {
    public var id: String
    public var bus0: Int
    public var bus1: Int
    public var p0MW: [Double]

    public init(id: String, bus0: Int, bus1: Int, p0MW: [Double]) {
      self.id = id
      self.bus0 = bus0
      self.bus1 = bus1
      self.p0MW = p0MW
    }
  }

  /// A controllable corridor (link): sends `p0MW` at `bus0`, delivers `efficiency * p0MW` at `bus1`, or leaves the
  /// network when `bus1` is nil (an external receiving end).
  public struct Corridor: Sendable {
    public var id: String
    public var bus0: Int
    public var bus1: Int?
    public var efficiency: Double
    public var p0MW: [Double]

    public init(id: String, bus0: Int, bus1: Int?, efficiency: Double, p0MW: [Double]) {
      self.id = id
      self.bus0 = bus0
      self.bus1 = bus1
      self.efficiency = efficiency
      self.p0MW = p0MW
    }
  }

  /// A storage unit: a mixing tank at a bus (see ``FlowTracer``).
  public struct Tank: Sendable {
    /// Energy in the tank before the first hour.
    public enum Initial: Sendable, Equatable {
      /// The state at the start is the state at the end of the last hour (the dispatch's cyclic rule); its mix is
      /// solved for as well (periodic state).
      case cyclic
      /// A given energy (MWh) of unknown origin, counted as source ``Tank/unknownSource``.
      case fixed(MWh: Double)
    }

    public var id: String
    public var bus: Int
    public var efficiencyCharge: Double
    public var efficiencyDischarge: Double
    public var standingLossPerHour: Double
    public var initial: Initial
    /// The source of energy of unknown origin in the tank (a fixed initial state; by default the unit's own carrier,
    /// which is not clean).
    public var unknownSource: Int
    /// Power taken from the bus (MW, >= 0).
    public var chargeMW: [Double]
    /// Power given to the bus (MW, >= 0).
    public var dischargeMW: [Double]
    /// Energy in the tank at the end of each hour (MWh).
    public var stateOfChargeMWh: [Double]

    public init(
      id: String, bus: Int, efficiencyCharge: Double = 1, efficiencyDischarge: Double = 1,
      standingLossPerHour: Double = 0, initial: Initial = .cyclic, unknownSource: Int,
      chargeMW: [Double], dischargeMW: [Double], stateOfChargeMWh: [Double]
    ) {
      self.id = id
      self.bus = bus
      self.efficiencyCharge = efficiencyCharge
      self.efficiencyDischarge = efficiencyDischarge
      self.standingLossPerHour = standingLossPerHour
      self.initial = initial
      self.unknownSource = unknownSource
      self.chargeMW = chargeMW
      self.dischargeMW = dischargeMW
      self.stateOfChargeMWh = stateOfChargeMWh
    }
  }

  public var hours: Int
  public var sources: [Source]
  /// Ids of the internal buses.
  public var buses: [String]
  public var generators: [Injection]
  public var lines: [Branch]
  public var links: [Corridor]
  public var tanks: [Tank]
  /// Load served at each bus, [bus][hour] (MW).
  public var consumptionMW: [[Double]]

  public init(
    hours: Int, sources: [Source], buses: [String], generators: [Injection] = [], lines: [Branch] = [],
    links: [Corridor] = [], tanks: [Tank] = [], consumptionMW: [[Double]]? = nil
  ) {
    self.hours = hours
    self.sources = sources
    self.buses = buses
    self.generators = generators
    self.lines = lines
    self.links = links
    self.tanks = tanks
    self.consumptionMW = consumptionMW ?? buses.map { _ in [Double](repeating: 0, count: hours) }
  }

  /// Checks indices and array lengths (programming errors, not user input): a description of the first problem.
  public func shapeProblem() -> String? {
    let B = buses.count
    let S = sources.count
    func hourly(_ a: [Double], _ what: String) -> String? {
      a.count >= hours ? nil : "\(what) has \(a.count) values for \(hours) hours"
    }
    if consumptionMW.count != B { return "consumptionMW has \(consumptionMW.count) rows for \(B) buses" }
    for (b, row) in consumptionMW.enumerated() { if let p = hourly(row, "consumptionMW[\(b)]") { return p } }
    for (g, x) in generators.enumerated() {
      if !(0..<B).contains(x.bus) || !(0..<S).contains(x.source) { return "generators[\(g)] refers to no bus/source" }
      if let p = hourly(x.outputMW, "generators[\(g)].outputMW") { return p }
    }
    for x in lines {
      if !(0..<B).contains(x.bus0) || !(0..<B).contains(x.bus1) { return "line \(x.id) refers to no bus" }
      if let p = hourly(x.p0MW, "line \(x.id)") { return p }
    }
    for x in links {
      if !(0..<B).contains(x.bus0) || !(x.bus1.map { (0..<B).contains($0) } ?? true) {
        return "link \(x.id) refers to no bus"
      }
      if let p = hourly(x.p0MW, "link \(x.id)") { return p }
    }
    for x in tanks {
      if !(0..<B).contains(x.bus) || !(0..<S).contains(x.unknownSource) {
        return "tank \(x.id) refers to no bus/source"
      }
      for (a, n) in [(x.chargeMW, "charge"), (x.dischargeMW, "discharge"), (x.stateOfChargeMWh, "state of charge")] {
        if let p = hourly(a, "tank \(x.id) \(n)") { return p }
      }
    }
    return nil
  }
}
