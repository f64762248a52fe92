import LinearAlgebra

/// Clean share of the power each corridor carries: Bialek's upstream proportional sharing, hour by hour, with storage
/// units as mixing tanks.
///
/// **Nodes and flows (hour t).** The nodes are the internal buses and one tank per storage unit. Directed flows:
/// - an AC line with p0 > 0 flows bus0 -> bus1 (p0 < 0: bus1 -> bus0, |p0|), lossless;
/// - a link sends p0 at bus0 and delivers efficiency · p0 at bus1. Losses leave at the sending side: the link carries
///   its sending bus's mix over its whole length, so the loss, what it delivers, and (for an export) what reaches the
///   external bus all have that mix. A link into an external bus is an outflow of the network (an export);
/// - charging takes `charge` from the bus and delivers efficiencyCharge · charge into the tank;
/// - discharging takes `discharge / efficiencyDischarge` from the tank and delivers `discharge` to the bus.
///
/// **Injections G_i by source.** Each generator's output under its carrier, at its bus. A tank's injection is what it
/// held at the end of the previous hour, after the standing loss: E_{t-1} (1 - loss) with the tank's mix. Load
/// shedding is unserved load, not supply: it is left out of supply, and consumption is the served load (demand -
/// shed), which keeps each bus balanced.
///
/// **Sharing.** Throughflow P_i = sum_c G_ic + sum of what node i's inflows deliver; W_ij = F_ji / P_j with F_ji what
/// the flow j -> i delivers at i; solve (I - W) X = G for all sources at once. The mix of node i is X_i / P_i (it sums
/// to 1: x = P solves x = G + W x); every outflow of a node (load, charge, a line, a link, what stays in a tank)
/// carries the node's mix. AC flows alone form no directed cycle (they follow falling voltage angles), links can;
/// an hour whose flow graph is acyclic is solved by substitution in topological order, any other by LU (dgetrf /
/// dgetrs) of I - W (a few dozen nodes). A tank that charges and discharges in the same hour closes a cycle with its
/// bus, and the LU solves that exactly. Every positive flow counts, however small; on the default full year every
/// hour goes to LU, since the interior-point solution charges and discharges some unit in the same hour (often by
/// ~1e-5 MW), and the whole year still takes about 0.2 s.
///
/// **Storage is a mixing tank.** With E_{t-1} the state of charge at the end of hour t-1, mix_{t-1} its mix,
/// `charged` the power taken from the bus in hour t and busmix_t the bus's mix in hour t:
///
///     mix_t = (E_{t-1} (1 - loss) mix_{t-1} + charged · eta_c · busmix_t) / (E_{t-1} (1 - loss) + charged · eta_c)
///
/// This is the tank node's X / P: the tank mixes what it held with what it takes in during the hour, then
/// discharges `discharge / eta_d` and keeps E_t with that same mix_t (what it discharges in hour t carries mix_t).
/// So a battery charged from coal at night discharges coal at noon, and what it holds is never clean unless clean
/// energy went in.
///
/// **Start of the horizon.** A fixed initial state is energy of unknown origin, counted under the tank's
/// `unknownSource` (the unit's own carrier, not clean). A cyclic state (the dispatch's rule E_{-1} = E_{T-1}) is
/// solved for the periodic state, not iterated: the content of the tanks at the end of the horizon is an affine
/// function of their content at the start, y_end = M y_start + b, the same M for every source. One pass with one
/// extra source per cyclic tank ("what tank q held at the start") gives M and b; the periodic content solves
/// (I - M) y = b by LU (the fixed-point iteration y <- M y + b if that LU fails, e.g. for a tank that never
/// exchanges energy, whose content stays of unknown origin); a second pass from that content gives the results.
/// ``FlowTraceDiagnostics/periodicResidualMWh`` is |y_end - y_start| after the second pass.
///
/// **Checks** (``FlowTraceDiagnostics``): every mix sums to 1, and per hour clean energy balances:
/// clean generation + clean discharge = clean consumption + clean export + clean charge + clean link losses.
public enum FlowTracer {
  /// Traces every hour of `input`. Never throws: the hourly systems are nonsingular for any flows with losses or
  /// consumption, and a singular one falls back to a fixed-point iteration (counted in the diagnostics).
  public static func trace(_ input: FlowTraceInput, settings: FlowTraceSettings = FlowTraceSettings())
    -> FlowTraceResult
  {
    if let problem = input.shapeProblem() { preconditionFailure("FlowTraceInput: \(problem)") }
    let clock = ContinuousClock.now
    let T = input.hours
    let C = input.sources.count
    let S = input.tanks.count
    var diagnostics = FlowTraceDiagnostics()
    var sweep = Sweep(input: input, settings: settings)

    // Content of each tank before the first hour, by source (S x C, row-major).
    var start = [Double](repeating: 0, count: S * C)
    var cyclic: [Int] = []
    for (s, tank) in input.tanks.enumerated() {
      switch tank.initial {
      case .fixed(let e): start[s * C + tank.unknownSource] = max(e, 0)
      case .cyclic:
        let e = T > 0 ? tank.stateOfChargeMWh[T - 1] : 0
        if e > 0 {
          cyclic.append(s)
          start[s * C + tank.unknownSource] = e
        }
      }
    }
    if !cyclic.isEmpty {
      let periodic = periodicStart(input: input, sweep: &sweep, start: start, cyclic: cyclic)
      for (q, s) in cyclic.enumerated() { for c in 0..<C { start[s * C + c] = periodic.content[q * C + c] } }
      diagnostics.periodicMethod = periodic.method
    }
    let recorder = Recorder(input: input, settings: settings)
    let end = sweep.run(start: start, columns: C, recorder: recorder)
    for s in cyclic {
      for c in 0..<C {
        diagnostics.periodicResidualMWh = max(diagnostics.periodicResidualMWh, abs(end[s * C + c] - start[s * C + c]))
      }
    }
    recorder.finish(into: &diagnostics)
    let d = ContinuousClock.now - clock
    diagnostics.seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    assert(diagnostics.maxMixSumError <= 1e-6, "flow tracing: a mix sums to 1 ± \(diagnostics.maxMixSumError)")
    return FlowTraceResult(
      hours: T, sources: input.sources, buses: input.buses, links: input.links.map(\.id),
      linkIsExport: input.links.map { $0.bus1 == nil }, tanks: input.tanks.map(\.id),
      busMixStorage: recorder.busMix, tankMixStorage: recorder.tankMix, busCleanShare: recorder.busClean,
      tankCleanShare: recorder.tankClean, linkCleanShare: recorder.linkShare, linkEnergyMWh: recorder.linkEnergy,
      linkCleanEnergyMWh: recorder.linkCleanEnergy, diagnostics: diagnostics)
  }

  /// The periodic start content of the cyclic tanks (Q x C, row-major), by one pass with a pseudo-source per cyclic
  /// tank, then (I - M) y = b.
  static func periodicStart(input: FlowTraceInput, sweep: inout Sweep, start: [Double], cyclic: [Int])
    -> (content: [Double], method: String)
  {
    let C = input.sources.count
    let Q = cyclic.count
    let R = C + Q
    var first = [Double](repeating: 0, count: input.tanks.count * R)
    for s in input.tanks.indices { for c in 0..<C { first[s * R + c] = start[s * C + c] } }
    let e0 = cyclic.map { input.tanks[$0].stateOfChargeMWh[input.hours - 1] }
    for (q, s) in cyclic.enumerated() {
      for c in 0..<C { first[s * R + c] = 0 }
      first[s * R + C + q] = e0[q]
    }
    let end = sweep.run(start: first, columns: R, recorder: nil)
    // y_end[q, c] = b[q, c] + sum_p M[q, p] y_start[p, c], M[q, p] = (pseudo-source p in tank q at the end) / e0[p].
    var iMinusM = Matrix.identity(Q)
    var b = [Double](repeating: 0, count: Q * C)  // column-major Q x C for LAPACK
    for (q, s) in cyclic.enumerated() {
      for p in 0..<Q { iMinusM[q, p] -= end[s * R + C + p] / e0[p] }
      for c in 0..<C { b[q + c * Q] = end[s * R + c] }
    }
    var y = b
    let scale = max(e0.max() ?? 0, 1)
    if let lu = try? LUFactorization(iMinusM), (try? lu.solve(inPlace: &y, rightHandSides: C)) != nil,
      y.allSatisfy({ $0.isFinite && $0 >= -1e-9 * scale }),
      (0..<Q).allSatisfy({ q in abs((0..<C).reduce(0.0) { $0 + y[q + $1 * Q] } - e0[q]) <= 1e-6 * scale })
    {
      var content = [Double](repeating: 0, count: Q * C)
      for q in 0..<Q { for c in 0..<C { content[q * C + c] = max(y[q + c * Q], 0) } }
      return (content, "lu")
    }
    // Fixed point y <- b + M y from the unknown-origin guess.
    var content = [Double](repeating: 0, count: Q * C)
    for (q, s) in cyclic.enumerated() { for c in 0..<C { content[q * C + c] = start[s * C + c] } }
    for _ in 0..<100_000 {
      var next = [Double](repeating: 0, count: Q * C)
      var change = 0.0
      for q in 0..<Q {
        for c in 0..<C {
          var v = b[q + c * Q]
          for p in 0..<Q { v -= (iMinusM[q, p] - (q == p ? 1 : 0)) * content[p * C + c] }
          next[q * C + c] = v
          change = max(change, abs(v - content[q * C + c]))
        }
      }
      content = next
      if change <= 1e-12 * scale { break }
    }
    return (content, "iteration")
  }
}

/// One pass over the horizon: builds and solves each hour's system and carries the tanks' content from hour to hour.
struct Sweep {
  let input: FlowTraceInput
  let settings: FlowTraceSettings
  var system: HourSystem

  init(input: FlowTraceInput, settings: FlowTraceSettings) {
    self.input = input
    self.settings = settings
    system = HourSystem(nodes: input.buses.count + input.tanks.count)
  }

  /// Runs the horizon from `start` (tank content by source, S x columns, row-major); returns the content after the
  /// last hour. Columns beyond the sources are pseudo-sources (only tank content carries them).
  mutating func run(start: [Double], columns R: Int, recorder: Recorder?) -> [Double] {
    // Components are read field by field through their indices: binding each to a local copy every hour retains
    // and releases its arrays, which cost more than the tracing itself.
    let B = input.buses.count
    var content = start
    for t in 0..<input.hours {
      system.reset(columns: R)
      for g in input.generators.indices {
        system.inject(input.generators[g].bus, input.generators[g].source, input.generators[g].outputMW[t])
      }
      for s in input.tanks.indices {
        let keep = 1 - input.tanks[s].standingLossPerHour
        for r in 0..<R { system.inject(B + s, r, content[s * R + r] * keep) }
      }
      for l in input.lines.indices {
        let p = input.lines[l].p0MW[t]
        if p > 0 {
          system.flow(from: input.lines[l].bus0, to: input.lines[l].bus1, delivered: p)
        } else {
          system.flow(from: input.lines[l].bus1, to: input.lines[l].bus0, delivered: -p)
        }
      }
      for k in input.links.indices {
        if let b1 = input.links[k].bus1 {
          system.flow(from: input.links[k].bus0, to: b1, delivered: input.links[k].efficiency * input.links[k].p0MW[t])
        }
      }
      for s in input.tanks.indices {
        let bus = input.tanks[s].bus
        system.flow(from: bus, to: B + s, delivered: input.tanks[s].efficiencyCharge * input.tanks[s].chargeMW[t])
        system.flow(from: B + s, to: bus, delivered: input.tanks[s].dischargeMW[t])
      }
      let path = system.solve(method: settings.method)
      for s in input.tanks.indices {
        let e = input.tanks[s].stateOfChargeMWh[t]
        let node = B + s
        for r in 0..<R { content[s * R + r] = 0 }
        guard e > 0 else { continue }
        if system.p[node] > 0 {
          for r in 0..<R { content[s * R + r] = system.mix(node, r) * e }
        } else {
          content[s * R + input.tanks[s].unknownSource] = e
        }
      }
      recorder?.record(hour: t, system: system, path: path)
    }
    return content
  }
}
