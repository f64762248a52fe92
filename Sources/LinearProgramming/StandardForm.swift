/// The LP (or separable convex QP) in the form the interior-point method works on, after presolve and scaling:
///
///     minimise c'x + 1/2 x'Qx  subject to  A x = b,  x_j >= l_j (j in lowerBounded),  x_j <= u_j (j in upperBounded)
///
/// with Q = diag(q) >= 0 (q empty for an LP; a slack column has q_j = 0).
///
/// Presolve removes fixed columns (l = u; their contribution moves into the row bounds), empty rows, free rows
/// (no finite bound), rows that the column bounds already satisfy (see ``isRedundant(_:row:lower:upper:columnLower:
/// columnUpper:presolved:)``; their dual is 0) and empty columns (set to the bound their cost prefers). Each
/// remaining row with `rowLower < rowUpper` gets a slack column s in [rowLower, rowUpper] and becomes `a'x - s = 0`.
///
/// Scaling: Ruiz equilibration (rows and columns to unit infinity norm), then the objective is divided by its largest
/// entry and the bounds and right-hand side by their largest finite entry. The original solution is
/// `x = colScale * xbar / boundScale` and `y = rowScale * ybar / costScale`. The scaled objective is
/// costScale * boundScale times the original one, so with x_j = colScale_j xbar_j / boundScale the quadratic term
/// 1/2 Q_jj x_j^2 becomes 1/2 qbar_j xbar_j^2 with qbar_j = Q_jj colScale_j^2 costScale / boundScale; when Q is
/// present the cost scale makes the largest of |cbar_j| and qbar_j (before it) 1 instead of the largest |cbar_j|.
///
/// Presolve with Q: a fixed column adds c_j x_j + 1/2 Q_jj x_j^2 to the offset; an empty column with Q_jj > 0 is set
/// to its unconstrained minimiser -c_j / Q_jj clamped to its bounds.
struct StandardForm {
  var a: SparseMatrix
  /// A' in CSR form (the columns of A), built once after scaling for the normal equations and the iterations.
  var at = SparseMatrix(columnCount: 0)
  var b: [Double]
  var c: [Double]
  /// The diagonal of Q (scaled), one entry per column; empty for an LP.
  var q: [Double] = []
  var lower: [Double]
  var upper: [Double]
  /// For every standard-form row, its row in the original LP.
  var originalRow: [Int]
  /// For every standard-form column, its column in the original LP, or -1 - row for the slack of a row.
  var originalColumn: [Int]
  var rowScale: [Double]
  var colScale: [Double]
  var costScale = 1.0
  var boundScale = 1.0
  /// Values of the columns presolve removed (NaN for kept columns).
  var presolvedValue: [Double]
  /// The objective's constant plus the cost of the columns presolve fixed, in original units.
  var objectiveOffset = 0.0
  /// Stages of standard-form rows and columns when the caller gave a structure.
  var rowStage: [Int]?
  var columnStage: [Int]?

  /// Drops this copy's A and A' (the rest serves ``recover(x:y:originalRows:)`` and the measures of the iterations).
  mutating func releaseMatrices() {
    a = SparseMatrix(columnCount: 0)
    at = SparseMatrix(columnCount: 0)
  }

  var rowCount: Int { b.count }
  var columnCount: Int { c.count }

  /// What presolve could decide alone.
  enum Verdict {
    case reduced(StandardForm)
    case primalInfeasible(String)
    case dualInfeasible(String)
  }

  static func validate(_ lp: LinearProgram) throws {
    let n = lp.columnCount
    let m = lp.rowCount
    guard lp.columnLower.count == n, lp.columnUpper.count == n, lp.columnNames.count == n,
      lp.matrix.columnCount == n
    else { throw LinearProgramError.inconsistentSizes("column arrays differ in length from \(n) objective entries") }
    guard lp.rowUpper.count == m, lp.rowNames.count == m, lp.matrix.rowCount == m else {
      throw LinearProgramError.inconsistentSizes("row arrays differ in length from \(m) row lower bounds")
    }
    for j in 0..<n {
      if !lp.objective[j].isFinite {
        throw LinearProgramError.invalidValue(field: "objective coefficient", name: lp.columnNames[j],
                                              value: lp.objective[j])
      }
      if lp.columnLower[j].isNaN || lp.columnLower[j] == .infinity {
        throw LinearProgramError.invalidValue(field: "lower bound", name: lp.columnNames[j], value: lp.columnLower[j])
      }
      if lp.columnUpper[j].isNaN || lp.columnUpper[j] == -.infinity {
        throw LinearProgramError.invalidValue(field: "upper bound", name: lp.columnNames[j], value: lp.columnUpper[j])
      }
    }
    // Usually every coefficient is finite, and one flat pass says so; else the rows are searched in order.
    let finite = !lp.matrix.values.contains { !$0.isFinite }
    for i in 0..<m {
      if lp.rowLower[i].isNaN || lp.rowLower[i] == .infinity {
        throw LinearProgramError.invalidValue(field: "row lower bound", name: lp.rowNames[i], value: lp.rowLower[i])
      }
      if lp.rowUpper[i].isNaN || lp.rowUpper[i] == -.infinity {
        throw LinearProgramError.invalidValue(field: "row upper bound", name: lp.rowNames[i], value: lp.rowUpper[i])
      }
      if finite { continue }
      for (j, v) in lp.matrix.row(i) where !v.isFinite {
        throw LinearProgramError.invalidValue(
          field: "coefficient in row '\(lp.rowNames[i])'", name: lp.columnNames[j], value: v)
      }
    }
    if !lp.quadratic.isEmpty {
      guard lp.quadratic.count == n else {
        throw LinearProgramError.inconsistentSizes(
          "\(lp.quadratic.count) quadratic objective entries for \(n) columns (allowed: none, or one per column)")
      }
      for j in 0..<n where !(lp.quadratic[j].isFinite && lp.quadratic[j] >= 0) {
        throw LinearProgramError.invalidValue(
          field: "quadratic objective coefficient (allowed: finite and >= 0, a convex objective)",
          name: lp.columnNames[j], value: lp.quadratic[j])
      }
    }
    if !lp.objectiveConstant.isFinite {
      throw LinearProgramError.invalidValue(field: "objective constant", name: lp.name, value: lp.objectiveConstant)
    }
  }

  /// Presolves and converts; `stages` (optional) is carried to the standard-form rows and columns. With `parallel`,
  /// scaling runs on two threads.
  static func make(_ lp: LinearProgram, stages: StageStructure?, scalingPasses: Int, parallel: Bool) throws -> Verdict {
    try validate(lp)
    let n = lp.columnCount
    let m = lp.rowCount
    if let s = stages, s.rowStage.count != m || s.columnStage.count != n {
      throw LinearProgramError.invalidStageStructure(
        "\(s.rowStage.count) row stages and \(s.columnStage.count) column stages for \(m) rows and \(n) columns")
    }
    for j in 0..<n where lp.columnLower[j] > lp.columnUpper[j] {
      return .primalInfeasible(
        "column '\(lp.columnNames[j])' has lower bound \(lp.columnLower[j]) above upper bound \(lp.columnUpper[j])")
    }
    for i in 0..<m where lp.rowLower[i] > lp.rowUpper[i] {
      return .primalInfeasible(
        "row '\(lp.rowNames[i])' has lower bound \(lp.rowLower[i]) above upper bound \(lp.rowUpper[i])")
    }
    let a = lp.matrix.compacted()
    var columnNonzeros = [Int](repeating: 0, count: n)
    for j in a.columnIndices { columnNonzeros[j] += 1 }
    // Columns fixed by their bounds, or empty.
    var presolved = [Double](repeating: .nan, count: n)
    for j in 0..<n {
      if lp.columnLower[j] == lp.columnUpper[j] {
        presolved[j] = lp.columnLower[j]
      } else if columnNonzeros[j] == 0 {
        let cj = lp.objective[j]
        let (l, u) = (lp.columnLower[j], lp.columnUpper[j])
        let qj = lp.quadraticCoefficient(j)
        if qj > 0 {
          presolved[j] = min(max(-cj / qj, l), u)
        } else if cj > 0 {
          if !l.isFinite { return .dualInfeasible("column '\(lp.columnNames[j])' has cost \(cj) and no lower bound") }
          presolved[j] = l
        } else if cj < 0 {
          if !u.isFinite { return .dualInfeasible("column '\(lp.columnNames[j])' has cost \(cj) and no upper bound") }
          presolved[j] = u
        } else {
          presolved[j] = min(max(0, l), u)
        }
      }
    }
    // Rows: remove the fixed part, drop empty, free and redundant rows.
    var keptRows: [Int] = []
    var rowLo: [Double] = []
    var rowUp: [Double] = []
    var keptNonzeros = 0
    for i in 0..<m {
      var fixedPart = 0.0
      var kept = 0
      for k in a.rowStart[i]..<a.rowStart[i + 1] {
        let j = a.columnIndices[k]
        if presolved[j].isNaN { kept += 1 } else { fixedPart += a.values[k] * presolved[j] }
      }
      let lo = lp.rowLower[i] - fixedPart
      let up = lp.rowUpper[i] - fixedPart
      if kept == 0 {
        let tol = 1e-9 * (1 + abs(fixedPart))
        if lo > tol || up < -tol {
          return .primalInfeasible(
            "row '\(lp.rowNames[i])' has only fixed columns, with activity \(fixedPart) outside "
              + "[\(lp.rowLower[i]), \(lp.rowUpper[i])]")
        }
        continue
      }
      if !lo.isFinite && !up.isFinite { continue }
      if isRedundant(a, row: i, lower: lo, upper: up, columnLower: lp.columnLower, columnUpper: lp.columnUpper,
                     presolved: presolved) { continue }
      keptRows.append(i)
      rowLo.append(lo)
      rowUp.append(up)
      keptNonzeros += kept
    }
    // Columns: the kept ones, then (appended row by row below) the slacks.
    var newColumn = [Int](repeating: -1, count: n)
    var originalColumn: [Int] = []
    var c: [Double] = []
    var q: [Double] = []
    var lower: [Double] = []
    var upper: [Double] = []
    var colStage: [Int]? = stages == nil ? nil : []
    let columnCapacity = n + keptRows.count
    originalColumn.reserveCapacity(columnCapacity)
    c.reserveCapacity(columnCapacity)
    lower.reserveCapacity(columnCapacity)
    upper.reserveCapacity(columnCapacity)
    colStage?.reserveCapacity(columnCapacity)
    for j in 0..<n where presolved[j].isNaN {
      newColumn[j] = originalColumn.count
      originalColumn.append(j)
      c.append(lp.objective[j])
      if !lp.quadratic.isEmpty { q.append(lp.quadratic[j]) }
      lower.append(lp.columnLower[j])
      upper.append(lp.columnUpper[j])
      colStage?.append(stages!.columnStage[j])
    }
    // The standard-form rows in CSR, written in place: a row's kept columns (ascending), then its slack.
    var b: [Double] = []
    var rowStage: [Int]? = stages == nil ? nil : []
    b.reserveCapacity(keptRows.count)
    rowStage?.reserveCapacity(keptRows.count)
    var rowStart: [Int] = [0]
    var columnIndices: [Int] = []
    var values: [Double] = []
    rowStart.reserveCapacity(keptRows.count + 1)
    columnIndices.reserveCapacity(keptNonzeros + keptRows.count)
    values.reserveCapacity(keptNonzeros + keptRows.count)
    for (k, i) in keptRows.enumerated() {
      for p in a.rowStart[i]..<a.rowStart[i + 1] where newColumn[a.columnIndices[p]] >= 0 {
        columnIndices.append(newColumn[a.columnIndices[p]])
        values.append(a.values[p])
      }
      if rowLo[k] == rowUp[k] {
        b.append(rowLo[k])
      } else {
        columnIndices.append(originalColumn.count)
        values.append(-1)
        originalColumn.append(-1 - i)
        c.append(0)
        if !lp.quadratic.isEmpty { q.append(0) }
        lower.append(rowLo[k])
        upper.append(rowUp[k])
        colStage?.append(stages!.rowStage[i])
        b.append(0)
      }
      rowStage?.append(stages!.rowStage[i])
      rowStart.append(columnIndices.count)
    }
    let sf = SparseMatrix(rowCount: keptRows.count, columnCount: originalColumn.count, rowStart: rowStart,
                          columnIndices: columnIndices, values: values)
    var form = StandardForm(
      a: sf, b: b, c: c, lower: lower, upper: upper, originalRow: keptRows, originalColumn: originalColumn,
      rowScale: [], colScale: [], presolvedValue: presolved, rowStage: rowStage, columnStage: colStage)
    form.q = lp.isQuadratic ? q : []
    form.objectiveOffset = lp.objectiveConstant
    for j in 0..<n where !presolved[j].isNaN {
      form.objectiveOffset += lp.objective[j] * presolved[j]
      let qj = lp.quadraticCoefficient(j)
      if qj != 0 { form.objectiveOffset += 0.5 * qj * presolved[j] * presolved[j] }
    }
    form.scale(passes: scalingPasses, parallel: parallel)  // sets rowScale and colScale
    form.at = form.a.transposed()
    return .reduced(form)
  }

  /// Whether the column bounds alone keep row i's activity (over its columns not fixed by presolve) within
  /// [lower, upper], so that the row can be dropped with dual 0. Example: a ramp limit |p_t - p_{t-1}| <= 0.5 cap on a
  /// unit whose output is held in [0.5 cap, cap] at both hours (heating-season must-run). The activity range is
  /// compared with a relative margin of 1e-12, far inside the solver's feasibility tolerance.
  static func isRedundant(_ a: SparseMatrix, row i: Int, lower: Double, upper: Double, columnLower: [Double],
                          columnUpper: [Double], presolved: [Double]) -> Bool {
    var least = 0.0
    var most = 0.0
    var size = max(abs(lower.isFinite ? lower : 0), abs(upper.isFinite ? upper : 0))
    for k in a.rowStart[i]..<a.rowStart[i + 1] {
      let j = a.columnIndices[k]
      guard presolved[j].isNaN else { continue }
      let v = a.values[k]
      let (l, u) = (columnLower[j], columnUpper[j])
      least += v > 0 ? v * l : v * u
      most += v > 0 ? v * u : v * l
      size += abs(v) * max(abs(l), abs(u))
    }
    guard least.isFinite, most.isFinite else { return false }
    let margin = 1e-12 * max(size, 1)
    return least >= lower - margin && most <= upper + margin
  }

  /// Ruiz equilibration, then objective and bound scaling.
  ///
  /// Each Ruiz pass takes the largest magnitude of every row and column and divides A by their square roots on both
  /// sides. One sweep over A applies a pass's scaling and takes the next pass's maxima; the rows are split over two
  /// threads with `parallel`, each thread keeping its own column maxima (a maximum does not depend on the order it
  /// is taken in).
  mutating func scale(passes: Int, parallel: Bool) {
    let m = rowCount
    let n = columnCount
    if passes > 0 && a.nonzeroCount > 0 {
      let r = Buffer(count: m, repeating: 1, parallel: parallel)
      let s = Buffer(count: n, repeating: 1, parallel: parallel)
      let dr = Buffer(uninitializedCount: m)
      let ds = Buffer(uninitializedCount: n)
      let rowMax = Buffer(uninitializedCount: m)
      // Zero between sweeps: the pass that reads the column maxima resets them.
      let colMax = (Buffer(count: n, repeating: 0, parallel: parallel),
                    Buffer(count: n, repeating: 0, parallel: parallel))
      defer { for buffer in [r, s, dr, ds, rowMax, colMax.0, colMax.1] { buffer.free() } }
      a.withUnsafeMutableStorage { rs, ci, v in
        /// Scales A by (dr, ds) when `scaling` (and the row scales r with it), then takes its maxima when
        /// `measuring`.
        func sweep(scaling: Bool, measuring: Bool) {
          Chunks.run(m, parallel: parallel) { lo, hi, part in
            let cm = part == 0 ? colMax.0 : colMax.1
            for i in lo..<hi {
              var rm = 0.0
              for k in rs.p[i]..<rs.p[i + 1] {
                let j = ci.p[k]
                if scaling { v.p[k] *= dr[i] * ds[j] }
                if measuring {
                  let x = abs(v.p[k])
                  rm = max(rm, x)
                  cm[j] = max(cm[j], x)
                }
              }
              if scaling { r[i] *= dr[i] }
              if measuring { rowMax[i] = rm }
            }
          }
        }
        sweep(scaling: false, measuring: true)
        for pass in 0..<passes {
          let rowWorst = Chunks.maximum(m, parallel: parallel) { lo, hi in
            var worst = 0.0
            for i in lo..<hi {
              dr[i] = 1
              if rowMax[i] > 0 {
                dr[i] = 1 / rowMax[i].squareRoot()
                worst = max(worst, abs(1 - rowMax[i]))
              }
            }
            return worst
          }
          let columnWorst = Chunks.maximum(n, parallel: parallel) { lo, hi in
            var worst = 0.0
            for j in lo..<hi {
              let cm = max(colMax.0[j], colMax.1[j])
              (colMax.0[j], colMax.1[j]) = (0, 0)
              ds[j] = 1
              if cm > 0 {
                ds[j] = 1 / cm.squareRoot()
                worst = max(worst, abs(1 - cm))
              }
            }
            return worst
          }
          if max(rowWorst, columnWorst) < 1e-3 { break }
          sweep(scaling: true, measuring: pass < passes - 1)
          Chunks.run(n, parallel: parallel) { lo, hi, _ in for j in lo..<hi { s[j] *= ds[j] } }
        }
      }
      rowScale = r.array
      colScale = s.array
      for i in 0..<m { b[i] *= rowScale[i] }
      for j in 0..<q.count { q[j] *= colScale[j] * colScale[j] }
      for j in 0..<n {
        c[j] *= colScale[j]
        lower[j] /= colScale[j]
        upper[j] /= colScale[j]
      }
    } else {
      rowScale = [Double](repeating: 1, count: m)
      colScale = [Double](repeating: 1, count: n)
    }
    var bmax = 0.0
    for v in b { bmax = max(bmax, abs(v)) }
    for j in 0..<n {
      if lower[j].isFinite { bmax = max(bmax, abs(lower[j])) }
      if upper[j].isFinite { bmax = max(bmax, abs(upper[j])) }
    }
    boundScale = bmax > 0 ? 1 / bmax : 1
    // The cost scale after the bound scale (they are independent for an LP): qbar_j depends on both.
    var cmax = 0.0
    for v in c { cmax = max(cmax, abs(v)) }
    for v in q { cmax = max(cmax, v / boundScale) }
    costScale = cmax > 0 ? 1 / cmax : 1
    for j in 0..<q.count { q[j] *= costScale / boundScale }
    for j in 0..<n {
      c[j] *= costScale
      lower[j] *= boundScale
      upper[j] *= boundScale
    }
    for i in 0..<m { b[i] *= boundScale }
  }

  /// Maps a standard-form solution back to the original LP: x for every column, y for every row.
  func recover(x xbar: [Double], y ybar: [Double], originalRows: Int) -> (x: [Double], y: [Double]) {
    var x = presolvedValue
    for (k, j) in originalColumn.enumerated() where j >= 0 {
      x[j] = colScale[k] * xbar[k] / boundScale
    }
    var y = [Double](repeating: 0, count: originalRows)
    for (k, i) in originalRow.enumerated() { y[i] = rowScale[k] * ybar[k] / costScale }
    return (x, y)
  }
}
