import Foundation
import LinearProgramming

/// Writes an LP solution as CSV: `kind,name,value,dual` with one line per column (value, reduced cost) and one per
/// row (activity, dual). Written to a temporary file and renamed into place (`.atomic`).
enum SolutionCSV {
  static func write(_ s: LPSolution, of lp: LinearProgram, to url: URL) throws {
    var out = "kind,name,value,dual\n"
    out.reserveCapacity(64 * (lp.columnCount + lp.rowCount))
    for j in 0..<lp.columnCount {
      out += "column,\(quote(lp.columnNames[j])),\(s.x[j]),\(s.reducedCosts[j])\n"
    }
    let activity = lp.matrix.multiply(s.x.map { $0.isNaN ? 0 : $0 })
    for i in 0..<lp.rowCount {
      out += "row,\(quote(lp.rowNames[i])),\(activity[i]),\(s.rowDuals[i])\n"
    }
    try Data(out.utf8).write(to: url, options: .atomic)  // a temporary file renamed into place
  }

  static func quote(_ s: String) -> String {
    if s.contains(",") || s.contains("\"") || s.contains("\n") {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }
}
