import GridModel

/// A MATPOWER case as a one-snapshot GridPlan network whose one-hour dispatch is MATPOWER's DC optimal power flow
/// (`rundcopf`), with what the network alone cannot carry: the objective's constant, each line's exact flow bounds
/// and phase-shifter offset, and the map back to MATPOWER's rows.
///
/// To solve it: build the one-hour `DispatchProblem` of `network`, set the bounds of line l's flow column to
/// `lineFlowLowerMW[l]...lineFlowUpperMW[l]`, solve; then MATPOWER's objective f ($/h) is the LP objective plus
/// `objectiveConstant`, branch flows are ``branchFlowsMW(lineP0:)`` and generator outputs
/// ``generatorOutputsMW(generatorP:)``. The line ratings in `network` are the symmetric envelope
/// max(|lower|, |upper|) (`unlimitedFlowMW` for an infinite side), exact by themselves when
/// ``hasAsymmetricLineBounds`` is false.
public struct MATPOWERNetwork: Sendable {
  /// One bus per in-service bus (id = the MATPOWER bus number), one load per bus with load, one line per in-service
  /// branch (id `branch<ROW>`), one generator per cost segment (id `gen<ROW>` or `gen<ROW>-seg<K>`); one snapshot.
  public var network: Network
  /// Cost that does not depend on the dispatch ($/h): the polynomial constants c0 of every in-service generator,
  /// the cost of each piecewise-linear generator at its first segment's start, and the cost of output that is
  /// fixed by the conversion (see `generatorOutputOffsetMW`).
  public var objectiveConstant: Double
  /// Bounds of each line's flow variable in the LP (MW): the part b·(θf - θt)·baseMVA; rateA, angle-difference
  /// limits and the phase shift folded in. Unlimited sides are -∞ or +∞: a finite placeholder far above the
  /// flows would spoil the interior-point method's scaling and make large cases fail.
  public var lineFlowLowerMW: [Double]
  public var lineFlowUpperMW: [Double]
  /// Phase shifter flow per line (MW), MATPOWER's Pfinj·baseMVA: the branch flow is the LP flow plus this. Also
  /// entered in `network` as a fixed withdrawal at the from bus and injection at the to bus.
  public var lineFlowOffsetMW: [Double]
  /// MATPOWER branch row (1-based) of each line.
  public var branchRows: [Int]
  /// MATPOWER gen row (1-based) of each generator of `network` (several for a piecewise-linear cost).
  public var generatorRows: [Int]
  /// Per MATPOWER gen row (0-based index into `mpc.gen`): output fixed by the conversion (MW), added to the sum
  /// of its generators' outputs; nil for out-of-service generators.
  public var generatorOutputOffsetMW: [Double?]
  /// The rating `network` gives to the unlimited sides of lines (MW): far above any flow the case's injections can
  /// drive.
  public var unlimitedFlowMW: Double
  /// The value of lost load given to every load ($/MWh): shedding should never happen on a feasible case.
  public var valueOfLostLoad: Double
  /// What the conversion dropped or assumed (isolated buses, out-of-service units, ignored fields, ...).
  public var notes: [String]

  /// Whether some line's flow bounds are not symmetric (a one-sided angle limit, a phase shifter with a rating):
  /// then `network` alone (with symmetric ratings) is a relaxation and the bounds must be applied to the LP.
  public var hasAsymmetricLineBounds: Bool {
    zip(lineFlowLowerMW, lineFlowUpperMW).contains { lo, hi in
      lo.isInfinite || hi.isInfinite ? lo != -hi : abs(lo + hi) > 1e-9 * max(1, abs(hi))
    }
  }

  /// Branch flows in MATPOWER's rows (MW, from side, `PF`): LP flow plus the phase shifter's part; nil entries for
  /// out-of-service branches. `lineP0` is the dispatch's flow per line for the one hour.
  public func branchFlowsMW(lineP0: [Double], branchCount: Int) -> [Double?] {
    var out = [Double?](repeating: nil, count: branchCount)
    for (l, row) in branchRows.enumerated() { out[row - 1] = lineP0[l] + lineFlowOffsetMW[l] }
    return out
  }

  /// Generator outputs in MATPOWER's rows (MW, `PG`): the sum over its segments plus the fixed part; nil entries
  /// for out-of-service generators. `generatorP` is the dispatch's output per generator for the one hour.
  public func generatorOutputsMW(generatorP: [Double]) -> [Double?] {
    var out = generatorOutputOffsetMW
    for (g, row) in generatorRows.enumerated() { out[row - 1] = (out[row - 1] ?? 0) + generatorP[g] }
    return out
  }
}
