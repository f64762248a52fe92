/// An error found while reading or writing an MPS file.
///
/// The ``description`` reads like a compiler diagnostic, `model.mps:12: unknown row 'R9' in COLUMNS (declare it in
/// ROWS)`: the file (when known), the 1-based line number (0 when the error is not tied to a line, as for the writer)
/// and a message that names the offending token and what is allowed instead.
public struct MPSError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The file name, or `nil` when the text did not come from a file.
  public var file: String?
  /// The 1-based line number, or 0 when the error does not belong to one line.
  public var line: Int
  /// What went wrong, naming the offending token and what is allowed.
  public var message: String

  public init(file: String? = nil, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, `line N: message` without a file, `file: message` without a line.
  public var description: String {
    switch (file, line > 0) {
    case (let file?, true): return "\(file):\(line): \(message)"
    case (let file?, false): return "\(file): \(message)"
    case (nil, true): return "line \(line): \(message)"
    case (nil, false): return message
    }
  }
}
