import LinearAlgebra

/// A sparse matrix in compressed sparse row (CSR) form.
///
/// Row `i` holds the entries `values[rowStart[i] ..< rowStart[i + 1]]` in the columns
/// `columnIndices[rowStart[i] ..< rowStart[i + 1]]`. Column indices within a row are kept in the order they were
/// added; duplicates are summed by ``compacted()``.
public struct SparseMatrix: Sendable, Equatable {
  public private(set) var rowCount: Int
  public var columnCount: Int
  public private(set) var rowStart: [Int]
  public private(set) var columnIndices: [Int]
  public private(set) var values: [Double]

  public init(columnCount: Int) {
    self.rowCount = 0
    self.columnCount = columnCount
    self.rowStart = [0]
    self.columnIndices = []
    self.values = []
  }

  /// Builds a matrix from its CSR arrays; the caller guarantees consistency.
  public init(rowCount: Int, columnCount: Int, rowStart: [Int], columnIndices: [Int], values: [Double]) {
    precondition(rowStart.count == rowCount + 1 && columnIndices.count == values.count)
    self.rowCount = rowCount
    self.columnCount = columnCount
    self.rowStart = rowStart
    self.columnIndices = columnIndices
    self.values = values
  }

  public var nonzeroCount: Int { values.count }

  /// Appends a row with the given (column, value) terms.
  public mutating func appendRow<S: Sequence>(_ terms: S) where S.Element == (Int, Double) {
    for (j, v) in terms {
      precondition(j >= 0 && j < columnCount, "column index \(j) out of range 0..<\(columnCount)")
      columnIndices.append(j)
      values.append(v)
    }
    rowStart.append(columnIndices.count)
    rowCount += 1
  }

  /// Appends one entry to the last row. Used by readers that discover entries column by column.
  public mutating func reserve(nonzeros: Int) {
    columnIndices.reserveCapacity(nonzeros)
    values.reserveCapacity(nonzeros)
  }

  /// The entries of row `i`.
  public func row(_ i: Int) -> Zip2Sequence<ArraySlice<Int>, ArraySlice<Double>> {
    zip(columnIndices[rowStart[i]..<rowStart[i + 1]], values[rowStart[i]..<rowStart[i + 1]])
  }

  /// The transpose, also in CSR form (so the CSC form of this matrix).
  public func transposed() -> SparseMatrix {
    var counts = [Int](repeating: 0, count: columnCount + 1)
    for j in columnIndices { counts[j + 1] += 1 }
    for j in 0..<columnCount { counts[j + 1] += counts[j] }
    var next = counts
    var idx = [Int](repeating: 0, count: values.count)
    var val = [Double](repeating: 0, count: values.count)
    for i in 0..<rowCount {
      for k in rowStart[i]..<rowStart[i + 1] {
        let j = columnIndices[k]
        let p = next[j]
        idx[p] = i
        val[p] = values[k]
        next[j] = p + 1
      }
    }
    return SparseMatrix(rowCount: columnCount, columnCount: rowCount, rowStart: counts, columnIndices: idx, values: val)
  }

  /// Whether every row has strictly ascending columns and no explicit zeros, so that ``compacted()`` is the matrix
  /// itself (as for every matrix the MPS reader builds).
  public var isCompact: Bool {
    for i in 0..<rowCount {
      var previous = -1
      for k in rowStart[i]..<rowStart[i + 1] {
        if columnIndices[k] <= previous || values[k] == 0 { return false }
        previous = columnIndices[k]
      }
    }
    return true
  }

  /// The same matrix with duplicate entries in a row summed, explicit zeros dropped and columns sorted in each row.
  public func compacted() -> SparseMatrix {
    if isCompact { return self }
    var out = SparseMatrix(columnCount: columnCount)
    out.reserve(nonzeros: nonzeroCount)
    var acc = [Double](repeating: 0, count: columnCount)
    var mark = [Bool](repeating: false, count: columnCount)
    var touched: [Int] = []
    for i in 0..<rowCount {
      touched.removeAll(keepingCapacity: true)
      for k in rowStart[i]..<rowStart[i + 1] {
        let j = columnIndices[k]
        if !mark[j] {
          mark[j] = true
          touched.append(j)
        }
        acc[j] += values[k]
      }
      touched.sort()
      var terms: [(Int, Double)] = []
      terms.reserveCapacity(touched.count)
      for j in touched {
        if acc[j] != 0 { terms.append((j, acc[j])) }
        acc[j] = 0
        mark[j] = false
      }
      out.appendRow(terms)
    }
    return out
  }

  /// y = A x
  public func multiply(_ x: [Double]) -> [Double] {
    var y = [Double](repeating: 0, count: rowCount)
    multiply(x, into: &y)
    return y
  }

  /// y = A x, writing into an existing buffer.
  public func multiply(_ x: [Double], into y: inout [Double]) {
    precondition(x.count == columnCount && y.count == rowCount)
    rowStart.withUnsafeBufferPointer { rs in
      columnIndices.withUnsafeBufferPointer { ci in
        values.withUnsafeBufferPointer { v in
          x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
              for i in 0..<rowCount {
                var s = 0.0
                for k in rs[i]..<rs[i + 1] { s += v[k] * xp[ci[k]] }
                yp[i] = s
              }
            }
          }
        }
      }
    }
  }

  /// Scales entry (i, j) by r[i] * s[j].
  public mutating func scale(rows r: [Double], columns s: [Double]) {
    for i in 0..<rowCount {
      for k in rowStart[i]..<rowStart[i + 1] { values[k] *= r[i] * s[columnIndices[k]] }
    }
  }

  /// Calls `body` with the row starts and column indices, and the values to update in place, as pointers that two
  /// threads may share (each updating its own rows).
  mutating func withUnsafeMutableStorage<R>(
    _ body: (SharedConstPointer<Int>, SharedConstPointer<Int>, SharedPointer<Double>) throws -> R
  ) rethrows -> R {
    try rowStart.withUnsafeBufferPointer { rs in
      try columnIndices.withUnsafeBufferPointer { ci in
        try values.withUnsafeMutableBufferPointer { v in
          // An empty array has no base address; no entry is touched then.
          try body(SharedConstPointer(rs.baseAddress!),
                   SharedConstPointer(ci.baseAddress ?? UnsafePointer<Int>(bitPattern: 8)!),
                   SharedPointer(v.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!))
        }
      }
    }
  }

  /// Replaces the values array (same pattern).
  public mutating func setValues(_ newValues: [Double]) {
    precondition(newValues.count == values.count)
    values = newValues
  }
}

