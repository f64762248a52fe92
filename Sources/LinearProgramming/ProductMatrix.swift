import LinearAlgebra

/// A or A' for the products of the interior-point iterations: the pattern as 32-bit row starts and column indices,
/// the values the ``SparseMatrix``'s own array (shared, not copied).
///
/// Each iteration makes several products and passes over a year's two million entries; they are bound by memory,
/// and an entry moves 12 bytes here instead of 16 (a row start 4 instead of 8). ``init(_:)`` returns nil when the
/// matrix has 2^31 entries or more (then the LP's size is the error, see ``LinearProgramError/tooLarge(_:)``).
struct ProductMatrix: @unchecked Sendable {
  let rowCount: Int
  let columnCount: Int
  private let rowStart: [Int32]
  private let columnIndices: [Int32]
  private let values: [Double]

  /// With `parallel`, the 32-bit copies are written in two halves on two threads (see
  /// ``Buffer/init(count:repeating:parallel:)``).
  init?(_ a: SparseMatrix, parallel: Bool = false) {
    guard a.nonzeroCount < Int(Int32.max), a.columnCount < Int(Int32.max) else { return nil }
    rowCount = a.rowCount
    columnCount = a.columnCount
    rowStart = Self.narrowed(a.rowStart, parallel: parallel)
    columnIndices = Self.narrowed(a.columnIndices, parallel: parallel)
    values = a.values
  }

  private static func narrowed(_ wide: [Int], parallel: Bool) -> [Int32] {
    wide.withUnsafeBufferPointer { w in
      [Int32](unsafeUninitializedCapacity: w.count) { out, count in
        if let from = w.baseAddress, let to = out.baseAddress {
          let (source, target) = (SharedConstPointer(from), SharedPointer(to))
          Chunks.run(w.count, parallel: parallel) { lo, hi, _ in
            for k in lo..<hi { target.p[k] = Int32(truncatingIfNeeded: source.p[k]) }
          }
        }
        count = w.count
      }
    }
  }

  /// Calls `body` with the row starts, column indices and values as pointers that two threads may share.
  func withUnsafeStorage<R>(
    _ body: (SharedConstPointer<Int32>, SharedConstPointer<Int32>, SharedConstPointer<Double>) throws -> R
  ) rethrows -> R {
    try rowStart.withUnsafeBufferPointer { rs in
      try columnIndices.withUnsafeBufferPointer { ci in
        try values.withUnsafeBufferPointer { v in
          // An empty array has no base address; no entry is read then.
          try body(SharedConstPointer(rs.baseAddress!),
                   SharedConstPointer(ci.baseAddress ?? UnsafePointer<Int32>(bitPattern: 8)!),
                   SharedConstPointer(v.baseAddress ?? UnsafePointer(bitPattern: 8)!))
        }
      }
    }
  }

  /// y = A x, or y = A diag(d) x with `scaledBy` (x scaled entry by entry as it is read, without forming the scaled
  /// vector), plus z with `adding`; rows split over two threads when the matrix is large. Each row's entries are
  /// summed in their stored order (then z added).
  func multiply(_ x: UnsafePointer<Double>, scaledBy d: UnsafePointer<Double>? = nil,
                adding z: UnsafePointer<Double>? = nil, into y: UnsafeMutablePointer<Double>, parallel: Bool) {
    let (xs, ys) = (SharedConstPointer(x), SharedPointer(y))
    // The branches are the same for every entry, so they are predicted: the loop waits on its gathers and on the
    // rows' varying lengths, not on its branches (one loop per variant, in C, runs no faster).
    let (scaled, added) = (d != nil, z != nil)
    let ds = SharedConstPointer(d ?? x)
    let zs = SharedConstPointer(z ?? x)
    withUnsafeStorage { r, c, vv in
      Chunks.run(rowCount, parallel: parallel) { lo, hi, _ in
        for i in lo..<hi {
          var s = 0.0
          var k = Int(r.p[i])
          let end = Int(r.p[i + 1])
          while k < end {
            let j = Int(c.p[k])
            s += vv.p[k] * (scaled ? ds.p[j] * xs.p[j] : xs.p[j])
            k += 1
          }
          ys.p[i] = added ? s + zs.p[i] : s
        }
      }
    }
  }
}
