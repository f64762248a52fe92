import Dispatch

/// Runs two independent pieces of work side by side, one per core, and returns both results: after the solve, the
/// flow tracing (sequential hour by hour) and the formatting of the hourly tables need nothing from each other.
enum BothCores {
  static func run<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = Results<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 { results.first = first() } else { results.second = second() }
    }
    return (results.first!, results.second!)
  }
}

/// The two results, each written by one thread before `concurrentPerform` returns.
private final class Results<A, B>: @unchecked Sendable {
  var first: A?
  var second: B?
}
