import Foundation
import GridModel

extension MATPOWERCase {
  /// The case as a one-snapshot network whose one-hour dispatch is MATPOWER's DC optimal power flow (`rundcopf`,
  /// MATPOWER 7/8: `makeBdc`, `makeAang`, `opf_setup`), exactly:
  ///
  /// - buses: all but isolated ones (type 4); the load at a bus is Pd + Gs (MATPOWER's DC model takes the shunt
  ///   conductance as a load at 1 p.u. voltage);
  /// - branches in service between live buses: susceptance b = 1 / (x·tap) (tap 0 means 1) as the line's
  ///   reactance x·tap (any common scale; KVL only needs ratios); a phase shift φ gives MATPOWER's fixed flow
  ///   Pfinj = -b·φ·baseMVA, entered as a withdrawal at the from bus and an injection at the to bus, the LP line
  ///   flow being b·(θf - θt)·baseMVA; flow limits: |Pf| <= rateA when 0 < rateA < 1e10, and angle-difference limits
  ///   by MATPOWER's rule (`makeAang`: a limit counts when ANGMIN or ANGMAX is non-zero and inside ±360°), folded into
  ///   bounds on the line flow (exact in DC: the flow is b·Δθ·baseMVA);
  /// - generators in service at live buses, output in [Pmin, Pmax]; costs: polynomial (model 2) of degree <= 2 (or
  ///   of higher degree with zero higher coefficients), c2 P² + c1 P + c0 with P in MW: marginal cost c1 and
  ///   quadratic cost c2 >= 0 (``Generator/marginalCostQuadraticCNYPerMW2h``; `rundcopf` solves such a case as a
  ///   QP, GridPlan's solver takes the separable quadratic term in its diagonal), c0 to `objectiveConstant`;
  ///   piecewise linear (model 1), convex: one generator per segment inside [Pmin, Pmax] with the segment's slope as
  ///   marginal cost (segments fill in order because the slopes rise); the cost at Pmin goes to
  ///   `objectiveConstant`;
  /// - a generator whose first segment ends at or below 0 MW (a dispatchable load, Pmax <= 0) has its output
  ///   written Pmin + p' with p' >= 0: Pmin becomes a fixed load at its bus (`generatorOutputOffsetMW`);
  /// - every load gets a value of lost load far above every cost, so shedding only shows an infeasible case.
  ///
  /// `mpc.dcline` is ignored, as `rundcopf` does unless the DC line extension is switched on.
  ///
  /// - Throws: ``NetworkReadError`` listing every problem: a polynomial cost of degree 3 or more, a negative
  ///   quadratic coefficient (a non-convex cost), a non-convex piecewise-linear cost, a
  ///   reactance of 0, unknown buses, a missing cost row, infeasible bounds.
  public func dispatchNetwork(snapshot: String = "2024-01-01T00:00") throws -> MATPOWERNetwork {
    var problems: [InputProblem] = []
    var notes: [String] = []
    func fail(_ m: Matrix, _ r: Int, column: String? = nil, _ message: String) {
      let field = "\(m.field) row \(r + 1)" + (column.map { " column \($0)" } ?? "")
      problems.append(InputProblem(at: SourceLocation(file: file, line: m.lines[r]), field: field, message))
    }
    // Buses.
    var busIndex: [Int: Int] = [:]  // bus number -> row
    var live = Set<Int>()
    var isolated = 0
    for (r, row) in bus.rows.enumerated() {
      let number = Int(exactly: row[0])
      guard let n = number, n > 0 else {
        fail(bus, r, column: "1 (BUS_I)", "\(bus.field) row \(r + 1): bus number is \(row[0]); allowed: an integer > 0")
        continue
      }
      if busIndex[n] != nil {
        fail(bus, r, column: "1 (BUS_I)", "\(bus.field) row \(r + 1): bus number \(n) is used twice; allowed: unique numbers")
      }
      busIndex[n] = r
      let type = row[1]
      guard [1, 2, 3, 4].contains(type) else {
        fail(bus, r, column: "2 (BUS_TYPE)", "\(bus.field) row \(r + 1): bus type is \(row[1]); allowed: 1 (PQ), 2 (PV), 3 (reference), 4 (isolated)")
        continue
      }
      if type == 4 { isolated += 1 } else { live.insert(n) }
      for (c, label) in [(2, "3 (PD)"), (4, "5 (GS)")] where !row[c].isFinite {
        fail(bus, r, column: label, "\(bus.field) row \(r + 1): \(label) is \(row[c]); allowed: a finite number (MW)")
      }
    }
    if isolated > 0 { notes.append("\(isolated) isolated bus(es) (type 4) dropped with their loads, generators and branches") }
    func busOK(_ m: Matrix, _ r: Int, _ value: Double, column: String) -> Int? {
      guard let n = Int(exactly: value), busIndex[n] != nil else {
        fail(m, r, column: column, "\(m.field) row \(r + 1): bus \(value) is not in \(bus.field); allowed: a bus number of \(bus.field)")
        return nil
      }
      return live.contains(n) ? n : nil
    }
    var demand = [Double](repeating: 0, count: bus.rows.count)
    for (r, row) in bus.rows.enumerated() where row[1] != 4 { demand[r] = row[2] + row[4] }

    // Branches.
    var lines: [Line] = []
    var lower: [Double] = [], upper: [Double] = [], offset: [Double] = [], branchRows: [Int] = []
    var offlineBranches = 0
    struct PendingLine { var r: Int; var f: Int; var t: Int; var lo: Double; var hi: Double; var pfinj: Double; var x: Double }
    var pending: [PendingLine] = []
    for (r, row) in branch.rows.enumerated() {
      let fb = busOK(branch, r, row[0], column: "1 (F_BUS)")
      let tb = busOK(branch, r, row[1], column: "2 (T_BUS)")
      guard row[10] > 0 else { offlineBranches += 1; continue }
      guard let f = fb, let t = tb else { continue }
      let x = row[3]
      guard x != 0, x.isFinite else {
        fail(branch, r, column: "4 (BR_X)", "\(branch.field) row \(r + 1): reactance x is \(x); allowed: a non-zero finite number (p.u.; MATPOWER's DC model divides by it)")
        continue
      }
      let tap = row[8] == 0 ? 1 : row[8]
      let b = 1 / (x * tap)
      let pfinj = -b * row[9] * Double.pi / 180 * baseMVA
      var lo = -Double.infinity
      var hi = Double.infinity
      let rate = row[5]
      if rate < 0 || rate.isNaN {
        fail(branch, r, column: "6 (RATE_A)", "\(branch.field) row \(r + 1): rateA is \(rate); allowed: a number >= 0 (MVA; 0 = unlimited)")
        continue
      }
      if rate != 0 && rate < 1e10 {
        lo = -rate - pfinj
        hi = rate - pfinj
      }
      let amin = row.count > 11 ? row[11] : 0
      let amax = row.count > 12 ? row[12] : 0
      if (amin != 0 && amin > -360) || (amax != 0 && amax < 360) || (amin != 0) != (amax != 0) {
        let la = amin < -360 ? -Double.infinity : amin * Double.pi / 180
        let ua = amax > 360 ? Double.infinity : amax * Double.pi / 180
        guard la <= ua else {
          fail(branch, r, column: "12-13 (ANGMIN, ANGMAX)", "\(branch.field) row \(r + 1): angle limits [\(amin), \(amax)] degrees are empty; allowed: ANGMIN <= ANGMAX")
          continue
        }
        let e1 = baseMVA * b * la
        let e2 = baseMVA * b * ua
        lo = max(lo, min(e1, e2).isNaN ? -.infinity : min(e1, e2))
        hi = min(hi, max(e1, e2).isNaN ? .infinity : max(e1, e2))
      }
      guard lo <= hi else {
        fail(branch, r, "\(branch.field) row \(r + 1): rateA \(rate) with the phase shift and angle limits leaves no feasible flow; allowed: limits that admit some flow")
        continue
      }
      pending.append(PendingLine(r: r, f: f, t: t, lo: lo, hi: hi, pfinj: pfinj, x: x * tap))
      if pfinj != 0, let fr = busIndex[f], let tr = busIndex[t] {
        demand[fr] += pfinj
        demand[tr] -= pfinj
      }
    }
    if offlineBranches > 0 { notes.append("\(offlineBranches) out-of-service branch(es) dropped") }

    // Generators and costs.
    if gencost.rows.count < gen.rows.count {
      problems.append(InputProblem(
        at: SourceLocation(file: file, line: gencost.rows.isEmpty ? gen.line : gencost.line), field: gencost.field,
        "\(gencost.field) has \(gencost.rows.count) rows for \(gen.rows.count) generators; allowed: one cost row per generator (an OPF needs costs)"))
    }
    var generators: [Generator] = []
    var generatorRows: [Int] = []
    var outputOffset = [Double?](repeating: nil, count: gen.rows.count)
    var constant = 0.0
    var maxSlope = 0.0
    var offlineGenerators = 0
    var injectionScale = 0.0
    var nonConvex: [Int] = []
    for (r, row) in gen.rows.enumerated() {
      let busNumber = busOK(gen, r, row[0], column: "1 (GEN_BUS)")
      guard row[7] > 0 else { offlineGenerators += 1; continue }
      guard let bn = busNumber, r < gencost.rows.count else { continue }
      let pmax = row[8]
      let pmin = row[9]
      guard pmin.isFinite, pmax.isFinite, pmin <= pmax else {
        fail(gen, r, column: "9-10 (PMAX, PMIN)", "\(gen.field) row \(r + 1): Pmin \(pmin) and Pmax \(pmax) MW; allowed: finite numbers with Pmin <= Pmax")
        continue
      }
      injectionScale += max(abs(pmin), abs(pmax))
      guard let cost = costPieces(row: r, pmin: pmin, pmax: pmax, nonConvex: &nonConvex, fail: fail) else { continue }
      // Output = offset + sum of the pieces' outputs; the first piece starts at Pmin.
      let ends = cost.pieces.map(\.upper)
      // A quadratic cost (c2 > 0) comes with a single piece (a polynomial).
      let c2 = cost.quadratic
      var units: [(capacity: Double, minimum: Double, slope: Double)] = []
      var base = 0.0
      var constantHere = cost.costAtPmin
      if ends[0] > 0 {
        // First piece [Pmin, end] as one generator of capacity `end` with minimum output Pmin (may be negative):
        // its output is P, its cost c1 P + c2 P² and the rest of the cost at Pmin, c0, a constant.
        units.append((ends[0], pmin, cost.pieces[0].slope))
        constantHere -= cost.pieces[0].slope * pmin + c2 * pmin * pmin
        for k in cost.pieces.indices.dropFirst() { units.append((ends[k] - ends[k - 1], 0, cost.pieces[k].slope)) }
      } else {
        // A dispatchable load (its first piece ends at or below 0): output = Pmin + p', Pmin as a fixed load. With
        // a quadratic cost, c2 (Pmin + p')² + c1 (Pmin + p') + c0 = cost(Pmin) + (c1 + 2 c2 Pmin) p' + c2 p'².
        base = pmin
        if let br = busIndex[bn] { demand[br] -= pmin }
        var start = pmin
        for k in cost.pieces.indices {
          units.append((ends[k] - start, 0, cost.pieces[k].slope + 2 * c2 * pmin))
          start = ends[k]
        }
      }
      constant += constantHere
      outputOffset[r] = base
      for (k, u) in units.enumerated() {
        maxSlope = max(maxSlope, abs(u.slope))
        let capacity = max(u.capacity, 0)
        generators.append(Generator(
          id: units.count == 1 ? "gen\(r + 1)" : "gen\(r + 1)-seg\(k + 1)", bus: String(bn), carrier: "matpower",
          capacityMW: capacity, pMinPU: capacity > 0 ? u.minimum / capacity : 0, marginalCostCNYPerMWh: u.slope,
          marginalCostQuadraticCNYPerMW2h: c2))
        generatorRows.append(r + 1)
      }
    }
    if !nonConvex.isEmpty {
      notes.append(
        "piecewise-linear costs that are not convex (\(gencost.field) rows \(nonConvex.map(String.init).joined(separator: ", "))): "
          + "costed, as MATPOWER does, at the maximum of their segments' lines")
    }
    if offlineGenerators > 0 { notes.append("\(offlineGenerators) out-of-service generator(s) dropped") }
    for f in ignoredFields where f.hasSuffix("dcline") {
      notes.append("\(f) ignored (rundcopf ignores DC lines unless the dcline extension is on)")
    }
    guard problems.isEmpty else { throw NetworkReadError(problems: problems) }

    // Unlimited sides stay infinite in the LP bounds (MATPOWER has no bound there): a finite placeholder far above
    // every flow makes the interior-point method fail on large cases (case9241pegase: 9,754 placeholders of
    // 1.8e6 MW against flows of hundreds). The network's ratings need a finite number: the placeholder, a bound no
    // flow reaches (every flow is a combination of injections with PTDF weights of at most 1 in magnitude when
    // reactances are positive; twice the total, checked after a solve by the caller).
    let totalDemand = demand.reduce(0) { $0 + abs($1) }
    let unlimited = max(1e3, 2 * (injectionScale + totalDemand))
    for p in pending {
      let v = bus.rows[busIndex[p.f]!][9]
      let kv = v > 0 ? v : 1
      lines.append(Line(
        id: "branch\(p.r + 1)", bus0: String(p.f), bus1: String(p.t), ratingMW: 0,
        reactanceOhm: p.x * kv * kv / baseMVA, voltageKV: kv))
      lower.append(p.lo)
      upper.append(p.hi)
      lines[lines.count - 1].ratingMW = max(p.lo.isFinite ? abs(p.lo) : unlimited,
                                            p.hi.isFinite ? abs(p.hi) : unlimited)
      offset.append(p.pfinj)
      branchRows.append(p.r + 1)
    }
    let voll = max(1e4, 1000 * maxSlope)
    var loads: [Load] = []
    var buses: [Bus] = []
    for (r, row) in bus.rows.enumerated() where row[1] != 4 {
      let id = String(Int(row[0]))
      buses.append(Bus(id: id, area: String(Int(row[6]))))
      if demand[r] != 0 {
        loads.append(Load(id: "load\(id)", bus: id, demandMW: [demand[r]], valueOfLostLoadCNYPerMWh: voll))
      }
    }
    let network = Network(
      name: name, description: "MATPOWER case \(name) (\(file)), DC optimal power flow, costs in $/h",
      study: StudySettings(start: snapshot, hours: 1), carriers: [Carrier(id: "matpower", clean: false)],
      buses: buses, lines: lines, generators: generators, loads: loads, snapshots: [snapshot])
    return MATPOWERNetwork(
      network: network, objectiveConstant: constant, lineFlowLowerMW: lower, lineFlowUpperMW: upper,
      lineFlowOffsetMW: offset, branchRows: branchRows, generatorRows: generatorRows,
      generatorOutputOffsetMW: outputOffset, unlimitedFlowMW: unlimited, valueOfLostLoad: voll, notes: notes)
  }

  /// One linear piece of a generator's cost: marginal cost `slope` up to output `upper` (MW).
  struct CostPiece {
    var upper: Double
    var slope: Double
  }

  /// The cost of gen row `r` on [pmin, pmax] as the cost at pmin plus rising linear pieces, and the coefficient c2
  /// of P² of a polynomial cost (0 otherwise; a quadratic cost has one piece of slope c1); nil after a failure.
  func costPieces(
    row r: Int, pmin: Double, pmax: Double, nonConvex: inout [Int], fail: (Matrix, Int, String?, String) -> Void
  ) -> (costAtPmin: Double, pieces: [CostPiece], quadratic: Double)? {
    let c = gencost.rows[r]
    let model = c[0]
    guard let n = Int(exactly: c[3]), n >= 1 else {
      fail(gencost, r, "4 (NCOST)", "\(gencost.field) row \(r + 1): NCOST is \(c[3]); allowed: an integer >= 1")
      return nil
    }
    switch model {
    case 2:
      guard c.count >= 4 + n else {
        fail(gencost, r, nil, "\(gencost.field) row \(r + 1) has \(c.count) columns for NCOST \(n); allowed: at least \(4 + n)")
        return nil
      }
      let coefficients = Array(c[4..<(4 + n)])  // c(n-1) ... c0
      for (k, a) in coefficients.enumerated() where n - 1 - k >= 3 && a != 0 {
        fail(gencost, r, "\(5 + k)",
             "\(gencost.field) row \(r + 1): polynomial cost of degree \(n - 1 - k) (coefficient of P^\(n - 1 - k) is "
               + "\(a)); allowed: degree 2 at most (c2 P^2 + c1 P + c0 with c2 >= 0: GridPlan's solver handles "
               + "separable convex quadratic costs), or piecewise-linear costs; a zero coefficient is fine")
        return nil
      }
      let c2 = n >= 3 ? coefficients[n - 3] : 0
      let c1 = n >= 2 ? coefficients[n - 2] : 0
      let c0 = coefficients[n - 1]
      guard c2 >= 0, c2.isFinite, c1.isFinite, c0.isFinite else {
        fail(gencost, r, "\(4 + n - 2)",
             "\(gencost.field) row \(r + 1): polynomial cost with coefficients c2 = \(c2), c1 = \(c1), c0 = \(c0); "
               + "allowed: finite coefficients with c2 >= 0 (a convex cost)")
        return nil
      }
      return (c2 * pmin * pmin + c1 * pmin + c0, [CostPiece(upper: pmax, slope: c1)], c2)
    case 1:
      guard n >= 2, c.count >= 4 + 2 * n else {
        fail(gencost, r, nil, "\(gencost.field) row \(r + 1): piecewise-linear cost with NCOST \(n) and \(c.count) columns; allowed: NCOST >= 2 points and \(4 + 2 * max(n, 2)) columns")
        return nil
      }
      let xs = (0..<n).map { c[4 + 2 * $0] }
      let ys = (0..<n).map { c[5 + 2 * $0] }
      var slopes: [Double] = []
      for k in 0..<(n - 1) {
        guard xs[k + 1] > xs[k] else {
          fail(gencost, r, "\(5 + 2 * (k + 1))", "\(gencost.field) row \(r + 1): breakpoint \(k + 2) at \(xs[k + 1]) MW does not follow \(xs[k]) MW; allowed: increasing MW breakpoints")
          return nil
        }
        slopes.append((ys[k + 1] - ys[k]) / (xs[k + 1] - xs[k]))
        if k > 0 && slopes[k] < slopes[k - 1] && !nonConvex.contains(r + 1) {
          nonConvex.append(r + 1)
        }
      }
      // MATPOWER's cost is the maximum of the segments' lines (y >= each line), convex even when the points are
      // not; its upper envelope on [Pmin, Pmax], piece by piece from Pmin.
      let intercepts = (0..<(n - 1)).map { ys[$0] - slopes[$0] * xs[$0] }
      func cost(_ p: Double) -> Double { (0..<(n - 1)).map { slopes[$0] * p + intercepts[$0] }.max()! }
      func top(at p: Double) -> Int {
        var best = 0
        for k in 1..<(n - 1) {
          let v = slopes[k] * p + intercepts[k]
          let w = slopes[best] * p + intercepts[best]
          if v > w + 1e-12 * max(1, abs(w)) || (abs(v - w) <= 1e-12 * max(1, abs(w)) && slopes[k] > slopes[best]) {
            best = k
          }
        }
        return best
      }
      var pieces: [CostPiece] = []
      var p = pmin
      var k = top(at: pmin)
      while true {
        // The next line to take over: the first crossing to the right by a steeper line.
        var next: (at: Double, line: Int)? = nil
        for j in 0..<(n - 1) where slopes[j] > slopes[k] {
          let x = (intercepts[k] - intercepts[j]) / (slopes[j] - slopes[k])
          if x > p, x < pmax, next == nil || x < next!.at || (x == next!.at && slopes[j] > slopes[next!.line]) {
            next = (x, j)
          }
        }
        guard let nx = next else {
          pieces.append(CostPiece(upper: pmax, slope: slopes[k]))
          break
        }
        pieces.append(CostPiece(upper: nx.at, slope: slopes[k]))
        p = nx.at
        k = nx.line
      }
      return (cost(pmin), pieces, 0)
    default:
      fail(gencost, r, "1 (MODEL)", "\(gencost.field) row \(r + 1): cost model is \(model); allowed: 1 (piecewise linear) or 2 (polynomial)")
      return nil
    }
  }
}
