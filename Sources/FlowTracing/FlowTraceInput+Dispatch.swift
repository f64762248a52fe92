import DispatchModel
import GridModel

extension FlowTraceInput {
  /// The flows and injections of a solved dispatch.
  ///
  /// Sources are the network's carriers in their order, then any carrier a generator or storage unit names that the
  /// list lacks (not clean). Generators inject their output under their carrier; storage units become tanks whose
  /// energy of unknown origin (a fixed initial state) counts under the unit's own carrier (`battery`, `phs`: not
  /// clean). Served load = demand - shed - curtailed - shifted + drawn (converting loads), plus what electric
  /// boilers draw. Components on external buses (which validation rejects) are left out.
  public init(_ r: DispatchResult) {
    let net = r.network
    let T = r.hours
    var sources = net.carriers.map { Source(id: $0.id, clean: $0.clean) }
    var sourceIndex: [String: Int] = [:]
    for (i, s) in sources.enumerated() where sourceIndex[s.id] == nil { sourceIndex[s.id] = i }
    func source(_ id: String) -> Int {
      if let i = sourceIndex[id] { return i }
      sources.append(Source(id: id, clean: false))
      sourceIndex[id] = sources.count - 1
      return sources.count - 1
    }
    let internalBuses = net.buses.indices.filter { !net.buses[$0].external }
    var busIndex: [String: Int] = [:]
    for (i, b) in internalBuses.enumerated() { busIndex[net.buses[b].id] = i }

    var generators: [Injection] = []
    for (g, gen) in net.generators.enumerated() {
      guard let b = busIndex[gen.bus] else { continue }
      generators.append(Injection(bus: b, source: source(gen.carrier), outputMW: r.generatorP[g]))
    }
    var lines: [Branch] = []
    for (l, line) in net.lines.enumerated() {
      guard let a = busIndex[line.bus0], let b = busIndex[line.bus1] else { continue }
      lines.append(Branch(id: line.id, bus0: a, bus1: b, p0MW: r.lineP0[l]))
    }
    var links: [Corridor] = []
    for (k, link) in net.links.enumerated() {
      // A link always has an entry (its results are indexed like the network's links); one from an external bus
      // (not allowed by validation) gets a zero flow.
      let a = busIndex[link.bus0]
      links.append(
        Corridor(
          id: link.id, bus0: a ?? 0, bus1: busIndex[link.bus1], efficiency: link.efficiency,
          p0MW: a == nil ? [Double](repeating: 0, count: T) : r.linkP0[k].map { max(0, $0) }))
    }
    // A link that runs backwards (p_min_pu < 0, between internal buses) is traced in that direction as a second
    // corridor after the network's links: bus1 sends efficiency x |p0| and bus0 receives |p0|.
    for (k, link) in net.links.enumerated() where link.pMinPU < 0 {
      guard let a = busIndex[link.bus0], let b = busIndex[link.bus1] else { continue }
      links.append(
        Corridor(
          id: "\(link.id) (reverse)", bus0: b, bus1: a, efficiency: 1 / link.efficiency,
          p0MW: r.linkP0[k].map { max(0, -$0) * link.efficiency }))
    }
    var tanks: [Tank] = []
    for (s, unit) in net.storageUnits.enumerated() {
      guard let b = busIndex[unit.bus] else { continue }
      let initial: Tank.Initial
      switch unit.initialStateOfCharge {
      case .cyclic: initial = .cyclic
      case .fixed(let pu): initial = .fixed(MWh: pu * unit.energyMWh)
      }
      tanks.append(
        Tank(
          id: unit.id, bus: b, efficiencyCharge: unit.efficiencyCharge, efficiencyDischarge: unit.efficiencyDischarge,
          standingLossPerHour: unit.standingLossPerHour, initial: initial, unknownSource: source(unit.carrier),
          chargeMW: r.storageCharge[s], dischargeMW: r.storageDischarge[s], stateOfChargeMWh: r.stateOfCharge[s]))
    }
    var consumption = internalBuses.map { _ in [Double](repeating: 0, count: T) }
    let served = r.loadServed
    for (d, load) in net.loads.enumerated() {
      guard let b = busIndex[load.bus] else { continue }
      for t in 0..<T { consumption[b][t] += served[d][t] }
    }
    for (e, boiler) in net.heat.electricBoilers.enumerated() {
      guard let b = busIndex[boiler.bus] else { continue }
      for t in 0..<T { consumption[b][t] += r.heat.electricBoilerPower[e][t] }
    }
    self.init(
      hours: T, sources: sources, buses: internalBuses.map { net.buses[$0].id }, generators: generators,
      lines: lines, links: links, tanks: tanks, consumptionMW: consumption)
  }
}

extension FlowTracer {
  /// Traces a solved dispatch: ``trace(_:settings:)-(FlowTraceInput,_)`` on ``FlowTraceInput/init(_:)``.
  /// The result's links are the network's links, in order.
  public static func trace(_ result: DispatchResult, settings: FlowTraceSettings = FlowTraceSettings())
    -> FlowTraceResult
  {
    trace(FlowTraceInput(result), settings: settings)
  }
}
