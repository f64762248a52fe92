import DispatchModel
import GridModel

/// The contract clean share of each corridor, hour by hour: how the reported UHV clean-energy figures are made.
///
/// A corridor k names its supporting plants S_k (`links[k].supporting`). In hour t, with p = p0_k[t] the power sent
/// at the corridor's sending bus b (MW, as in flow tracing), s = Σ_{g ∈ S_k} p_g[t] the supporting plants' output and
/// s_c its clean part (generators of clean carriers):
///
///     attributed a = min(s, p)                       the supporting output counted at the corridor first
///     clean        = a · s_c / s  +  (p - a) · x_b[t]
///     share        = clean / p                        (NaN when p is negligible, as in flow tracing)
///
/// where x_b[t] is the clean share of bus b's throughflow by physical flow tracing (``FlowTraceResult/busCleanShare``).
/// - The attributed part carries the supporting bundle's own mix in that hour (coal and renewables pro rata of their
///   output): a bundle of 4 GW coal and 2 GW wind producing 3 GW coal and 1 GW wind claims 25% clean.
/// - When the supporting plants produce more than the corridor carries (s > p), the corridor is all supporting power
///   and the surplus s - p goes to the grid like any other generation: it is in the node's traced mix, and no other
///   corridor can claim it under contract.
/// - The remainder p - a carries the sending bus's traced mix unchanged. That mix includes the supporting plants'
///   output (tracing does not know contracts), so contract accounting is a corridor's claim, not a partition of the
///   clean energy: summed over corridors and loads it need not equal the clean generation.
/// - A supporting plant may sit at another bus of the sending bus's AC island (validation rejects other islands):
///   the contract does not follow the wires, so its output is attributed the same way.
/// - A corridor without supporting plants has a = 0: its contract share is its traced share.
///
/// Results only: the dispatch does not tie the supporting plants to the corridor.
public struct ContractAccounting: Sendable {
  public let links: [String]
  /// Clean share by contract of each link's flow, [link][hour] (NaN when the flow is negligible).
  public let cleanShare: [[Double]]
  /// Energy sent at bus0 over the horizon, per link (MWh).
  public let energyMWh: [Double]
  /// Clean part of ``energyMWh`` by contract (MWh).
  public let cleanEnergyMWh: [Double]
  /// Output of the supporting plants over the horizon, per link (MWh).
  public let supportingMWh: [Double]
  /// The part of ``supportingMWh`` attributed to the corridor (Σ_t a, MWh); the rest is surplus to the grid.
  public let attributedMWh: [Double]
  /// Whether each link leaves the traced network (an export corridor).
  public let linkIsExport: [Bool]

  /// The accounting from plain hourly arrays (MW): per link its flow, sending bus (an index of `busCleanShare`) and
  /// its supporting plants' output split into total and clean.
  public init(
    links: [String], linkIsExport: [Bool], p0MW: [[Double]], sendingBus: [Int], supportingMW: [[Double]],
    supportingCleanMW: [[Double]], busCleanShare: [[Double]], negligibleMW: Double = FlowTraceSettings().negligibleMW
  ) {
    self.links = links
    self.linkIsExport = linkIsExport
    var shares: [[Double]] = []
    var energy: [Double] = []
    var clean: [Double] = []
    var supporting: [Double] = []
    var attributed: [Double] = []
    for k in links.indices {
      let hours = p0MW[k].count
      var share = [Double](repeating: .nan, count: hours)
      var e = 0.0
      var c = 0.0
      var s = 0.0
      var a = 0.0
      for t in 0..<hours {
        let p = max(p0MW[k][t], 0)
        let out = max(supportingMW[k][t], 0)
        let outClean = min(max(supportingCleanMW[k][t], 0), out)
        let given = min(out, p)
        let bundleShare = out > 0 ? outClean / out : 0
        let nodeShare = busCleanShare[sendingBus[k]][t]
        let rest = p - given
        let hourClean = given * bundleShare + (rest > 0 ? rest * (nodeShare.isNaN ? 0 : nodeShare) : 0)
        if p > negligibleMW { share[t] = hourClean / p }
        e += p
        c += hourClean
        s += out
        a += given
      }
      shares.append(share)
      energy.append(e)
      clean.append(c)
      supporting.append(s)
      attributed.append(a)
    }
    cleanShare = shares
    energyMWh = energy
    cleanEnergyMWh = clean
    supportingMWh = supporting
    attributedMWh = attributed
  }

  /// The accounting of a solved dispatch and its flow tracing (the trace's links are the network's links, in order).
  public init(_ r: DispatchResult, trace: FlowTraceResult) {
    let net = r.network
    let T = r.hours
    var generatorIndex: [String: Int] = [:]
    for (g, gen) in net.generators.enumerated() where generatorIndex[gen.id] == nil { generatorIndex[gen.id] = g }
    let cleanCarriers = Set(net.carriers.filter(\.clean).map(\.id))
    var busIndex: [String: Int] = [:]
    for (i, b) in trace.buses.enumerated() { busIndex[b] = i }
    var total: [[Double]] = []
    var cleanPart: [[Double]] = []
    var sending: [Int] = []
    var flows: [[Double]] = []
    for (k, link) in net.links.enumerated() {
      var s = [Double](repeating: 0, count: T)
      var sc = [Double](repeating: 0, count: T)
      for id in link.supporting {
        guard let g = generatorIndex[id] else { continue }
        let clean = cleanCarriers.contains(net.generators[g].carrier)
        for t in 0..<T {
          s[t] += r.generatorP[g][t]
          if clean { sc[t] += r.generatorP[g][t] }
        }
      }
      total.append(s)
      cleanPart.append(sc)
      let b = busIndex[link.bus0]
      sending.append(b ?? 0)
      flows.append(b == nil ? [Double](repeating: 0, count: T) : r.linkP0[k])
    }
    let shares = trace.buses.isEmpty ? [[Double](repeating: .nan, count: T)] : trace.busCleanShare
    self.init(
      links: net.links.map(\.id), linkIsExport: trace.linkIsExport, p0MW: flows, sendingBus: sending,
      supportingMW: total, supportingCleanMW: cleanPart, busCleanShare: shares)
  }

  /// Clean share by contract of each link over the horizon, energy-weighted (NaN for a link that carried nothing).
  public var yearlyCleanShare: [Double] {
    zip(cleanEnergyMWh, energyMWh).map { c, e in e > 0 ? c / e : .nan }
  }

  /// Energy-weighted contract clean share of several links together (NaN when they carried nothing).
  public func cleanShare(ofLinks indices: [Int]) -> Double {
    let e = indices.reduce(0.0) { $0 + energyMWh[$1] }
    let c = indices.reduce(0.0) { $0 + cleanEnergyMWh[$1] }
    return e > 0 ? c / e : .nan
  }

  /// Energy-weighted contract clean share of all exports (links into external buses).
  public var exportCleanShare: Double { cleanShare(ofLinks: links.indices.filter { linkIsExport[$0] }) }
}
