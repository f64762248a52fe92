import GridModel
import LinearProgramming

/// Linearised unit commitment of the committable generators (`committable: true`), the relaxation PyPSA 1.4 builds
/// with `linearized_unit_commitment=True` (Hua, Liu and Zhang, IEEE Trans. Power Systems 32(5), 2017; PyPSA's
/// `define_operational_constraints_for_committables` and the committable branch of `define_ramp_limit_constraints`),
/// row for row, so that both give the same optimum. A committable generator is a cluster of identical units (or one
/// unit); its status u is the committed share of its capacity. Per committable g and hour t, in stage t:
///
///     status_<g>@t     u[t]  ∈ [u_min[t], 1]     u_min = must-run share in the heating season (CHP), else 0
///     start_up_<g>@t   su[t] ∈ [0, 1]            cost C_su = start-up cost per MW · capacity
///     shut_down_<g>@t  sd[t] ∈ [0, 1]            cost C_sd = shut-down cost per MW · capacity
///
/// With U[t] = capacity · max(0, a[t]) and L[t] = capacity · p_min_pu · min(a[t], 1) (a the availability; the output
/// column p[t] keeps the bounds of ``GeneratorLimits``, whose lower bound is then only the CHP floor
/// must-run · capacity · min(a[t], 1)), and u[-1] = the status before the horizon (``UnitCommitment/statusBefore``):
///
///     com_p_lower_<g>@t:   p[t] - L[t] u[t] ≥ 0                        (only where L[t] > 0)
///     com_p_upper_<g>@t:   p[t] - U[t] u[t] ≤ 0
///     transition_start_up_<g>@t:   su[t] - u[t] + u[t-1] ≥ 0
///     transition_shut_down_<g>@t:  sd[t] + u[t] - u[t-1] ≥ 0
///     min_up_<g>@t:       -u[t] + Σ_{k<N_up} su[t-k] ≤ -1 if t < N_up - up time before (the cluster started then),
///                                                       else 0          (N_up = min up time in snapshots, if > 0)
///     min_down_<g>@t:      u[t] + Σ_{k<N_dn} sd[t-k] ≤ 1 - (1 if t < N_dn - down time before, else 0)
///
/// (terms with t-k < 0 left out). Without the tightening rows below (start-up and shut-down costs differ), su and sd
/// appear nowhere else but with costs ≥ 0 and on the small side of the minimum-time rows, so lowering both by the
/// same amount never hurts: the two transition rows are then one, with the same optimum,
///
///     transition_<g>@t:    su[t] - sd[t] - u[t] + u[t-1] = 0
///
/// and a minimum time of 1 snapshot (su[t] ≤ u[t], sd[t] ≤ 1 - u[t]) adds no row. The windows of the minimum up and
/// down times reach N - 1 hours back, further than the stage rule allows. Row t touches su[t] and su[t-1] itself;
/// chained state columns carry the older start-ups (shut-downs) forward one hour at a time, so every row touches
/// stages t and t-1 only:
///
///     up_lag<j>_<g>@t  c_j[t] = su[t-j]  (j = 1 ..< N_up - 1),   up_lag1_<g>@t: c_1[t] - su[t-1] = 0,
///                      up_lag<j>_<g>@t: c_j[t] - c_{j-1}[t-1] = 0   (t ≥ 1; c_j[0] fixed at 0)
///
/// and Σ_{k<N_up} su[t-k] = su[t] + su[t-1] + Σ_j c_j[t-1]; `down_lag<j>_<g>` likewise for shut-downs. A cluster
/// with minimum times N_up, N_dn adds N_up + N_dn - 4 such columns and rows per hour (when both are ≥ 2).
///
/// Ramp limits (instead of ``Ramping``'s row; the up row when a ramp rate or a start-up ramp is given, the down row
/// when a ramp rate or a shut-down ramp is given), with RU = RD = ramp rate · capacity · Δt (capacity · Δt without
/// one), RSU = start-up ramp · capacity, RSD = shut-down ramp · capacity (capacity without one):
///
///     ramp_up_<g>@t:    p[t] - p[t-1] - RU u[t-1] - RSU (u[t] - u[t-1]) ≤ 0
///     ramp_down_<g>@t:  p[t] - p[t-1] + RD u[t] + RSD (u[t-1] - u[t]) ≥ 0
///
/// When the start-up and shut-down costs are equal, PyPSA tightens the relaxation with
///
///     com_p_before_<g>@t:         p[t-1] - RSD u[t-1] - (U[t] - RSD)(u[t] - su[t]) ≤ 0
///     com_p_current_<g>@t:        p[t] - U[t] u[t] + (U[t] - RSU) su[t] ≤ 0
///     com_partly_start_up_<g>@t:  p[t] - p[t-1] - (L[t] + RU) u[t] + L[t] u[t-1] + (L[t] + RU - RSU) su[t] ≤ 0
///     com_partly_shut_down_<g>@t: p[t-1] - p[t] - RSD u[t-1] + (RSD - RD) u[t] - (L[t] + RD - RSD) su[t] ≤ 0
///
/// Rows with p[t-1] exist at t = 0 only when the cluster was off before the horizon (PyPSA's `p_init` is then 0; it
/// is unknown when the cluster was on), with p[-1] = 0 and u[-1] = 0.
struct Commitment {
  /// One committable generator as the LP sees it.
  private struct Cluster {
    var generator: Int
    var parameters: UnitCommitment
    var capacityMW: Double
    var pMinPU: Double
    var availability: [Double]?
    /// Committed share and output floor per hour from the CHP must-run (empty: none).
    var mustRun: [Double]
    var minUp: Int
    var minDown: Int
    var rampUpMW: Double
    var rampDownMW: Double
    var rampStartUpMW: Double
    var rampShutDownMW: Double
    var hasRampUpRow: Bool
    var hasRampDownRow: Bool
    var tightened: Bool
  }

  private struct Stems {
    var status, startUp, shutDown, pLower, pUpper, transition, startUpRow, shutDownRow, minUp, minDown: Int32
    var upRecent: [Int32]
    var downRecent: [Int32]
    var rampUp, rampDown, pBefore, pCurrent, partlyStartUp, partlyShutDown: Int32
  }

  private let clusters: [Cluster]
  private let stems: [Stems]
  /// Status, start-up and shut-down columns of each committable generator per hour ([cluster][t]).
  private(set) var statusColumns: [[Int]]
  private(set) var startUpColumns: [[Int]]
  private(set) var shutDownColumns: [[Int]]
  /// The chained start-ups and shut-downs of the hour last built ([cluster][j - 1]).
  private var upRecent: [[Int]]
  private var downRecent: [[Int]]

  /// Index in `network.generators` of each committable generator, in the order of the column arrays.
  var generators: [Int] { clusters.map(\.generator) }

  /// - Parameter mustRunShare: per generator and hour, the CHP must-run share in force (empty arrays: none).
  init(network: Network, mustRunShare: [[Double]], hoursPerSnapshot dt: Double, _ lp: inout ProgramBuilder) {
    func snapshots(_ hours: Int) -> Int { hours <= 0 ? 0 : Int((Double(hours) / dt).rounded(.up)) }
    clusters = network.generators.enumerated().compactMap { g, gen in
      guard let uc = gen.commitment else { return nil }
      let cap = gen.capacityMW
      return Cluster(
        generator: g, parameters: uc, capacityMW: cap, pMinPU: gen.pMinPU, availability: gen.availability,
        mustRun: mustRunShare[g], minUp: snapshots(uc.minUpTimeHours), minDown: snapshots(uc.minDownTimeHours),
        rampUpMW: (gen.rampPUPerHour ?? 1) * cap * dt, rampDownMW: (gen.rampPUPerHour ?? 1) * cap * dt,
        rampStartUpMW: (uc.rampStartUpPU ?? 1) * cap, rampShutDownMW: (uc.rampShutDownPU ?? 1) * cap,
        hasRampUpRow: gen.rampPUPerHour != nil || uc.rampStartUpPU != nil,
        hasRampDownRow: gen.rampPUPerHour != nil || uc.rampShutDownPU != nil,
        tightened: uc.startUpCostCNYPerMW == uc.shutDownCostCNYPerMW)
    }
    stems = clusters.map { c in
      let id = network.generators[c.generator].id
      return Stems(
        status: lp.stem("status_\(id)"), startUp: lp.stem("start_up_\(id)"), shutDown: lp.stem("shut_down_\(id)"),
        pLower: lp.stem("com_p_lower_\(id)"), pUpper: lp.stem("com_p_upper_\(id)"),
        transition: lp.stem("transition_\(id)"),
        startUpRow: lp.stem("transition_start_up_\(id)"), shutDownRow: lp.stem("transition_shut_down_\(id)"),
        minUp: lp.stem("min_up_\(id)"), minDown: lp.stem("min_down_\(id)"),
        upRecent: (1..<max(c.minUp - 1, 1)).map { lp.stem("up_lag\($0)_\(id)") },
        downRecent: (1..<max(c.minDown - 1, 1)).map { lp.stem("down_lag\($0)_\(id)") },
        rampUp: lp.stem("ramp_up_\(id)"), rampDown: lp.stem("ramp_down_\(id)"),
        pBefore: lp.stem("com_p_before_\(id)"), pCurrent: lp.stem("com_p_current_\(id)"),
        partlyStartUp: lp.stem("com_partly_start_up_\(id)"), partlyShutDown: lp.stem("com_partly_shut_down_\(id)"))
    }
    statusColumns = clusters.map { _ in [] }
    startUpColumns = statusColumns
    shutDownColumns = statusColumns
    upRecent = statusColumns
    downRecent = statusColumns
  }

  static func size(_ network: Network, hours: Int) -> ProgramSize {
    var size = ProgramSize()
    for gen in network.generators {
      guard let uc = gen.commitment else { continue }
      let recent = max(uc.minUpTimeHours - 2, 0) + max(uc.minDownTimeHours - 2, 0)
      size = size + ProgramSize(columns: (3 + recent) * hours, rows: (12 + recent) * hours,
                                nonzeros: (40 + 2 * recent + uc.minUpTimeHours + uc.minDownTimeHours) * hours)
    }
    return size
  }

  /// Hour t's columns: status, start-up, shut-down and the recent start-ups and shut-downs.
  mutating func addColumns(hour t: Int, _ lp: inout ProgramBuilder) {
    for (k, c) in clusters.enumerated() {
      let floor = c.mustRun.isEmpty ? 0 : min(c.mustRun[t], 1)
      statusColumns[k].append(lp.addColumn(stems[k].status, hour: t, stage: t, cost: 0, lower: floor, upper: 1))
      startUpColumns[k].append(
        lp.addColumn(stems[k].startUp, hour: t, stage: t,
                     cost: c.parameters.startUpCostCNYPerMW * c.capacityMW, lower: 0, upper: 1))
      shutDownColumns[k].append(
        lp.addColumn(stems[k].shutDown, hour: t, stage: t,
                     cost: c.parameters.shutDownCostCNYPerMW * c.capacityMW, lower: 0, upper: 1))
    }
  }

  /// Hour t's rows (after the output columns of hours t and t-1 exist).
  mutating func addRows(hour t: Int, generatorColumns: [[Int]], _ lp: inout ProgramBuilder) {
    for (k, c) in clusters.enumerated() {
      let s = stems[k]
      let p = generatorColumns[c.generator][t]
      let u = statusColumns[k][t]
      let su = startUpColumns[k][t]
      let sd = shutDownColumns[k][t]
      let previous = t > 0 ? (p: generatorColumns[c.generator][t - 1], u: statusColumns[k][t - 1]) : nil
      let before = c.parameters.statusBefore
      let a = c.availability.map { t < $0.count ? $0[t] : 0 } ?? 1
      let upper = c.capacityMW * max(0, a)
      let lower = c.capacityMW * c.pMinPU * min(max(a, 0), 1)

      if lower > 0 {
        lp.addRow(s.pLower, hour: t, stage: t, lower: 0, upper: .infinity, terms: [(p, 1), (u, -lower)])
      }
      lp.addRow(s.pUpper, hour: t, stage: t, lower: -.infinity, upper: 0, terms: [(p, 1), (u, -upper)])
      if c.tightened {
        // Transitions: su[t] ≥ u[t] - u[t-1], sd[t] ≥ u[t-1] - u[t].
        lp.term(su, 1)
        lp.term(u, -1)
        if let previous { lp.term(previous.u, 1) }
        lp.closeRow(s.startUpRow, hour: t, stage: t, lower: previous == nil ? -before : 0, upper: .infinity)
        lp.term(sd, 1)
        lp.term(u, 1)
        if let previous { lp.term(previous.u, -1) }
        lp.closeRow(s.shutDownRow, hour: t, stage: t, lower: previous == nil ? before : 0, upper: .infinity)
      } else {
        // One row: su[t] - sd[t] = u[t] - u[t-1].
        lp.term(su, 1)
        lp.term(sd, -1)
        lp.term(u, -1)
        if let previous { lp.term(previous.u, 1) }
        let rhs = previous == nil ? -before : 0
        lp.closeRow(s.transition, hour: t, stage: t, lower: rhs, upper: rhs)
      }

      if c.minUp > 0 && (c.minUp > 1 || c.tightened) {
        let earlier = t > 0 ? startUpColumns[k][t - 1] : nil
        let carried = upRecent[k]
        upRecent[k] = addRecent(hour: t, stems: s.upRecent, previousColumn: earlier, chain: carried, &lp)
        lp.term(u, -1)
        lp.term(su, 1)
        if c.minUp > 1, let earlier { lp.term(earlier, 1) }
        for r in carried { lp.term(r, 1) }
        let started = t < c.parameters.hoursForcedOn ? 1.0 : 0
        lp.closeRow(s.minUp, hour: t, stage: t, lower: -.infinity, upper: -started)
      }
      if c.minDown > 0 && (c.minDown > 1 || c.tightened) {
        let earlier = t > 0 ? shutDownColumns[k][t - 1] : nil
        let carried = downRecent[k]
        downRecent[k] = addRecent(hour: t, stems: s.downRecent, previousColumn: earlier, chain: carried, &lp)
        lp.term(u, 1)
        lp.term(sd, 1)
        if c.minDown > 1, let earlier { lp.term(earlier, 1) }
        for r in carried { lp.term(r, 1) }
        let stopped = t < c.parameters.hoursForcedOff ? 1.0 : 0
        lp.closeRow(s.minDown, hour: t, stage: t, lower: -.infinity, upper: 1 - stopped)
      }

      // Rows with the previous hour: at t = 0 only when the cluster was off (p[-1] = u[-1] = 0).
      let hasPrevious = previous != nil || before == 0
      let (ru, rd, rsu, rsd) = (c.rampUpMW, c.rampDownMW, c.rampStartUpMW, c.rampShutDownMW)
      if hasPrevious && c.hasRampUpRow {
        // p[t] - p[t-1] - RSU u[t] + (RSU - RU) u[t-1] ≤ 0
        lp.term(p, 1)
        lp.term(u, -rsu)
        if let previous {
          lp.term(previous.p, -1)
          lp.term(previous.u, rsu - ru)
        }
        lp.closeRow(s.rampUp, hour: t, stage: t, lower: -.infinity, upper: 0)
      }
      if hasPrevious && c.hasRampDownRow {
        // p[t] - p[t-1] + (RD - RSD) u[t] + RSD u[t-1] ≥ 0
        lp.term(p, 1)
        lp.term(u, rd - rsd)
        if let previous {
          lp.term(previous.p, -1)
          lp.term(previous.u, rsd)
        }
        lp.closeRow(s.rampDown, hour: t, stage: t, lower: 0, upper: .infinity)
      }
      guard c.tightened else { continue }
      if hasPrevious {
        // p[t-1] - RSD u[t-1] - (U - RSD) u[t] + (U - RSD) su[t] ≤ 0
        if let previous {
          lp.term(previous.p, 1)
          lp.term(previous.u, -rsd)
        }
        lp.term(u, -(upper - rsd))
        lp.term(su, upper - rsd)
        lp.closeRow(s.pBefore, hour: t, stage: t, lower: -.infinity, upper: 0)
      }
      lp.addRow(s.pCurrent, hour: t, stage: t, lower: -.infinity, upper: 0,
                terms: [(p, 1), (u, -upper), (su, upper - rsu)])
      if hasPrevious {
        // p[t] - p[t-1] - (L + RU) u[t] + L u[t-1] + (L + RU - RSU) su[t] ≤ 0
        lp.term(p, 1)
        lp.term(u, -(lower + ru))
        lp.term(su, lower + ru - rsu)
        if let previous {
          lp.term(previous.p, -1)
          lp.term(previous.u, lower)
        }
        lp.closeRow(s.partlyStartUp, hour: t, stage: t, lower: -.infinity, upper: 0)
        // p[t-1] - p[t] - RSD u[t-1] + (RSD - RD) u[t] - (L + RD - RSD) su[t] ≤ 0
        lp.term(p, -1)
        lp.term(u, rsd - rd)
        lp.term(su, -(lower + rd - rsd))
        if let previous {
          lp.term(previous.p, 1)
          lp.term(previous.u, -rsd)
        }
        lp.closeRow(s.partlyShutDown, hour: t, stage: t, lower: -.infinity, upper: 0)
      }
    }
  }

  /// Adds hour t's chained columns c_1..c_{N-2} (c_1[t] = x[t-1], c_j[t] = c_{j-1}[t-1], all fixed at 0 at t = 0)
  /// with their rows, given hour t-1's chain, and returns them.
  private func addRecent(hour t: Int, stems: [Int32], previousColumn: Int?, chain: [Int],
                         _ lp: inout ProgramBuilder) -> [Int] {
    guard !stems.isEmpty else { return [] }
    var columns: [Int] = []
    columns.reserveCapacity(stems.count)
    for (j, stem) in stems.enumerated() {
      guard let previousColumn else {
        columns.append(lp.addColumn(stem, hour: t, stage: t, cost: 0, lower: 0, upper: 0))
        continue
      }
      let r = lp.addColumn(stem, hour: t, stage: t, cost: 0, lower: 0, upper: 1)
      columns.append(r)
      let earlier = j == 0 ? previousColumn : chain[j - 1]
      lp.addRow(stem, hour: t, stage: t, lower: 0, upper: 0, terms: [(r, 1), (earlier, -1)])
    }
    return columns
  }
}
