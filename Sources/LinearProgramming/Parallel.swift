import Dispatch
import Foundation
import LinearAlgebra

/// A buffer pointer that loops on two threads may share: each thread touches its own index range.
///
/// Large buffers are paged in by their first write. A work vector that is always written before it is read is
/// therefore allocated uninitialised (``init(uninitializedCount:)``): its pages are touched once, by the loop that
/// first writes it (usually on two threads), not once more beforehand by a zero fill on one thread.
struct Buffer: @unchecked Sendable {
  let p: UnsafeMutablePointer<Double>
  let count: Int

  /// A buffer whose entries are undefined until written.
  init(uninitializedCount count: Int) {
    self.count = count
    guard let memory = malloc(max(count, 1) * MemoryLayout<Double>.stride) else {
      fatalError("out of memory for \(count) doubles")
    }
    p = memory.bindMemory(to: Double.self, capacity: max(count, 1))
  }

  /// A buffer of zeros.
  init(count: Int) { self.init(count: count, repeating: 0) }

  /// A buffer of `value`s, written in two halves on two threads when long and `parallel`: a large buffer's pages are
  /// then first touched (paged in) by both processors, which on a virtual machine that hands memory back to its host
  /// is most of the cost of a fresh buffer.
  init(count: Int, repeating value: Double, parallel: Bool = false) {
    self.init(uninitializedCount: count)
    let target = SharedPointer(p)
    Chunks.run(count, parallel: parallel) { lo, hi, _ in (target.p + lo).update(repeating: value, count: hi - lo) }
  }

  /// A copy of `values`, written in two halves as ``init(count:repeating:parallel:)``.
  init(_ values: [Double], parallel: Bool = false) {
    self.init(uninitializedCount: values.count)
    let target = SharedPointer(p)
    values.withUnsafeBufferPointer { v in
      guard let base = v.baseAddress else { return }
      let source = SharedConstPointer(base)
      Chunks.run(values.count, parallel: parallel) { lo, hi, _ in
        (target.p + lo).update(from: source.p + lo, count: hi - lo)
      }
    }
  }

  func free() { Foundation.free(p) }

  var array: [Double] { Array(UnsafeBufferPointer(start: p, count: count)) }

  func copy(from other: Buffer) { p.update(from: other.p, count: count) }

  func fill(_ v: Double) { p.update(repeating: v, count: count) }

  @inline(__always) subscript(i: Int) -> Double {
    get { p[i] }
    nonmutating set { p[i] = newValue }
  }
}

/// Which bounds of each column are finite, one byte per column: bit 0 the lower bound (the mask mL of the
/// interior-point formulas), bit 1 the upper (mU). The passes over the columns are bound by memory, and one byte
/// moves an eighth of what a Double mask does.
struct BoundMasks: @unchecked Sendable {
  let p: UnsafeMutablePointer<UInt8>

  /// Masks whose entries are undefined until written.
  init(count: Int) {
    guard let memory = malloc(max(count, 1)) else { fatalError("out of memory for \(count) bound masks") }
    p = memory.bindMemory(to: UInt8.self, capacity: max(count, 1))
  }

  func free() { Foundation.free(p) }

  /// mL and mU as numbers (1 where the bound is finite, else 0).
  @inline(__always) func lower(_ j: Int) -> Double { Double(p[j] & 1) }
  @inline(__always) func upper(_ j: Int) -> Double { Double(p[j] >> 1) }
  @inline(__always) func hasLower(_ j: Int) -> Bool { p[j] & 1 != 0 }
  @inline(__always) func hasUpper(_ j: Int) -> Bool { p[j] & 2 != 0 }
}

/// Splits loops over large vectors into two halves run on two threads; small loops, and every loop of a solve that
/// must stay on one thread (`parallel` false: several solves run side by side, as in a sweep), run inline.
enum Chunks {
  /// Loops shorter than this run on the calling thread.
  static let threshold = 50_000

  /// Calls `body(lo, hi, part)` on disjoint ranges covering 0..<n (part is 0 or 1).
  static func run(_ n: Int, parallel: Bool, _ body: @Sendable (Int, Int, Int) -> Void) {
    if n < threshold || !parallel {
      body(0, n, 0)
      return
    }
    let half = n / 2
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 { body(0, half, 0) } else { body(half, n, 1) }
    }
  }

  /// The smallest values of a pair computed per range over 0..<n, in two halves (step lengths).
  static func minima(_ n: Int, parallel: Bool, _ pair: @Sendable (Int, Int) -> (Double, Double)) -> (Double, Double) {
    reduce(n, parallel: parallel, (Double.infinity, Double.infinity), { (min($0.0, $1.0), min($0.1, $1.1)) }, pair)
  }

  /// Combines per-range results over 0..<n (two halves on two threads when long) with `combine`; a half that does
  /// not run (a short or serial loop) contributes `identity`.
  static func reduce<T: Sendable>(_ n: Int, parallel: Bool, _ identity: T, _ combine: (T, T) -> T,
                                  _ body: @Sendable (Int, Int) -> T) -> T {
    // Raw storage, not a Swift array: two threads writing to elements of one array race on its copy-on-write check.
    let parts = UnsafeMutablePointer<T>.allocate(capacity: 2)
    parts.initialize(repeating: identity, count: 2)
    defer {
      parts.deinitialize(count: 2)
      parts.deallocate()
    }
    let slots = SharedPointer(parts)
    run(n, parallel: parallel) { lo, hi, part in slots.p[part] = body(lo, hi) }
    return combine(parts[0], parts[1])
  }

  /// The largest of a value computed per range over 0..<n, in two halves (a maximum is the same in any order).
  static func maximum(_ n: Int, parallel: Bool, _ term: @Sendable (Int, Int) -> Double) -> Double {
    reduce(n, parallel: parallel, -Double.infinity, max, term)
  }

  /// Sums a per-element value over 0..<n, in two halves.
  static func sum(_ n: Int, parallel: Bool, _ term: @Sendable (Int, Int) -> Double) -> Double {
    reduce(n, parallel: parallel, 0, +, term)
  }
}
