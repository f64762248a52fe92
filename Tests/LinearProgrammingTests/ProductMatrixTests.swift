import Testing

@testable import LinearProgramming

@Suite struct ProductMatrixTests {
  /// A fixed pseudo-random sparse matrix (linear congruential generator, seed 7) with empty rows and columns.
  static func matrix(rows: Int, columns: Int) -> SparseMatrix {
    var state: UInt64 = 7
    func next() -> Double {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Double(state >> 11) / Double(1 << 53)
    }
    var a = SparseMatrix(columnCount: columns)
    for i in 0..<rows {
      var terms: [(Int, Double)] = []
      if i % 5 != 3 {
        for j in 0..<columns where next() < 0.3 && j % 7 != 4 { terms.append((j, 2 * next() - 1)) }
      }
      a.appendRow(terms)
    }
    return a
  }

  /// The 32-bit products equal a product summed by hand in double precision (the same entries in the same order: the
  /// same bits), plain and scaled, on one thread and on two (rows split).
  @Test func productsMatchHandSums() throws {
    for (rows, columns) in [(0, 3), (1, 1), (17, 9), (60_000, 40)] {
      let a = Self.matrix(rows: rows, columns: columns)
      let p = try #require(ProductMatrix(a))
      let x = (0..<columns).map { 0.5 + Double($0 % 11) * 0.37 }
      let d = (0..<columns).map { 1.0 / (1.0 + Double($0 % 3)) }
      var plain = [Double](repeating: 0, count: rows)
      var scaled = [Double](repeating: 0, count: rows)
      for i in 0..<rows {
        for (j, v) in a.row(i) {
          plain[i] += v * x[j]
          scaled[i] += v * (d[j] * x[j])
        }
      }
      for parallel in [false, true] {
        var y = [Double](repeating: .nan, count: max(rows, 1))
        var z = [Double](repeating: .nan, count: max(rows, 1))
        x.withUnsafeBufferPointer { xp in
          y.withUnsafeMutableBufferPointer { p.multiply(xp.baseAddress!, into: $0.baseAddress!, parallel: parallel) }
          d.withUnsafeBufferPointer { dp in
            z.withUnsafeMutableBufferPointer {
              p.multiply(xp.baseAddress!, scaledBy: dp.baseAddress!, into: $0.baseAddress!, parallel: parallel)
            }
          }
        }
        #expect(Array(y.prefix(rows)) == plain, "\(rows) x \(columns), parallel \(parallel)")
        #expect(Array(z.prefix(rows)) == scaled, "\(rows) x \(columns), parallel \(parallel), scaled")
      }
    }
  }
}
