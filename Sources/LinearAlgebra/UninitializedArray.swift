extension Array where Element == Double {
  /// An array of `count` doubles whose memory is allocated but not written: for large buffers that are always
  /// written before they are read. Writing zeros first would touch (and page in) every page of the allocation once
  /// more than the real first write does.
  public init(uninitializedCount count: Int) {
    self.init(unsafeUninitializedCapacity: count) { _, initializedCount in initializedCount = count }
  }
}
