import Foundation
import LinearProgramming

/// Writes an LP solution as CSV: `kind,name,value,dual` with one line per column (value, reduced cost) and one per
/// row (activity, dual). Written to a temporary file and renamed into place.
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
    try AtomicWrite.write(out, to: url)
  }

  static func quote(_ s: String) -> String {
    if s.contains(",") || s.contains("\"") || s.contains("\n") {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }
}

/// Writing through a temporary file in the same folder and renaming, so readers never see half a file.
enum AtomicWrite {
  static func write(_ text: String, to url: URL) throws {
    let dir = url.deletingLastPathComponent()
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try text.write(to: tmp, atomically: false, encoding: .utf8)
      if FileManager.default.fileExists(atPath: url.path) { _ = try FileManager.default.removeItem(at: url) }
      try FileManager.default.moveItem(at: tmp, to: url)
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw error
    }
  }
}
