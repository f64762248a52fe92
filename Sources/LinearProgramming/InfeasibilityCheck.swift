/// Decides infeasibility by auxiliary LPs when the main solve stalls: both are feasible and bounded by construction,
/// so the interior-point method solves them reliably.
///
/// - Primal: minimise the total violation `sum(e+ + e-)` of the rows, each row `lo <= a'x + e+ - e- <= up`, each
///   elastic weighted by 1 / (1 + |bound|). A positive optimum proves that no x satisfies the rows and bounds.
/// - Dual: minimise `c'd` over directions with `A d` in the recession cone of the rows, d in the recession cone
///   of the bounds, and `-1 <= d <= 1`. A negative optimum is a ray of descent: the LP is unbounded (if feasible).
enum InfeasibilityCheck {
  /// The largest weighted violation that any x must incur, or nil if the check itself failed.
  static func primalViolation(_ lp: LinearProgram, settings: InteriorPointSettings) -> Double? {
    var aux = lp
    aux.name = lp.name + "-phase1"
    for j in 0..<aux.columnCount { aux.objective[j] = 0 }
    aux.quadratic = []
    aux.objectiveConstant = 0
    var stages = settings.backend.stages
    var elastic = SparseMatrix(columnCount: 0)
    var rows: [[(Int, Double)]] = []
    for i in 0..<lp.rowCount {
      var terms = Array(lp.matrix.row(i))
      let scale = 1 + max(abs(lp.rowLower[i].isFinite ? lp.rowLower[i] : 0),
                          abs(lp.rowUpper[i].isFinite ? lp.rowUpper[i] : 0))
      if lp.rowLower[i].isFinite || lp.rowUpper[i].isFinite {
        let plus = aux.addColumn(name: "e+\(i)", cost: 1 / scale)
        let minus = aux.addColumn(name: "e-\(i)", cost: 1 / scale)
        terms.append((plus, 1))
        terms.append((minus, -1))
        if let st = stages {
          stages!.columnStage.append(contentsOf: [st.rowStage[i], st.rowStage[i]])
        }
      }
      rows.append(terms)
    }
    elastic.columnCount = aux.columnCount
    for t in rows { elastic.appendRow(t) }
    aux.matrix = elastic
    var s = settings
    s.progress = nil
    s.tolerance = max(settings.tolerance, 1e-9)
    if let st = stages { s.backend = settings.backend.withStages(st) }
    guard let result = try? InteriorPointSolver(settings: s).solveDirect(aux), result.status == .optimal else {
      return nil
    }
    return result.objective
  }

  /// The most negative c'd over unit directions of recession, or nil if the check itself failed.
  static func descentRay(_ lp: LinearProgram, settings: InteriorPointSettings) -> Double? {
    var aux = lp
    aux.name = lp.name + "-ray"
    aux.objectiveConstant = 0
    for j in 0..<lp.columnCount {
      aux.columnLower[j] = lp.columnLower[j].isFinite ? 0 : -1
      aux.columnUpper[j] = lp.columnUpper[j].isFinite ? 0 : 1
    }
    // A direction of recession of a convex QP has Q d = 0: a column with a quadratic cost does not move.
    for (j, q) in lp.quadratic.enumerated() where q > 0 { (aux.columnLower[j], aux.columnUpper[j]) = (0, 0) }
    aux.quadratic = []
    for i in 0..<lp.rowCount {
      aux.rowLower[i] = lp.rowLower[i].isFinite ? 0 : -.infinity
      aux.rowUpper[i] = lp.rowUpper[i].isFinite ? 0 : .infinity
    }
    var s = settings
    s.progress = nil
    guard let result = try? InteriorPointSolver(settings: s).solveDirect(aux), result.status == .optimal else {
      return nil
    }
    return result.objective
  }
}
