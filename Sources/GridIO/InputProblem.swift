import GridModel

/// Where a value came from: a file (shown as given, e.g. `Networks/x/network.yaml`) with a line and column, or a
/// command-line override (`--set PATH=VALUE`, no line).
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
  public var file: String
  /// 1-based; nil when the whole file or an option is meant.
  public var line: Int?
  /// 1-based; given for CSV cells.
  public var column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, `file:line` or `file`.
  public var description: String {
    var s = file
    if let line { s += ":\(line)" }
    if let column, line != nil { s += ":\(column)" }
    return s
  }
}

/// One problem found while reading or validating a network folder.
///
/// Description: `FILE:LINE: MESSAGE` for an error, `FILE:LINE: warning: MESSAGE` for a warning, e.g.
/// `Networks/x/network.yaml:42: generators[ORD-coal].capacity_mw is -5; allowed: a number >= 0`.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public var severity: ValidationProblem.Severity
  public var location: SourceLocation
  /// The field path (`generators[ORD-coal].capacity_mw`) when the problem is about one field.
  public var field: String?
  /// The message without the location: `FIELD is VALUE; allowed: ...` or a sentence about a file.
  public var message: String

  public init(
    _ severity: ValidationProblem.Severity = .error, at location: SourceLocation, field: String? = nil,
    _ message: String
  ) {
    self.severity = severity
    self.location = location
    self.field = field
    self.message = message
  }

  public var description: String {
    "\(location): " + (severity == .warning ? "warning: " : "") + message
  }
}

/// Thrown by ``NetworkReader/read(folder:scenario:overrides:hours:start:)``: every error found (warnings are left
/// out; ``NetworkReader/check(folder:scenario:overrides:hours:start:)`` returns them).
public struct NetworkReadError: Error, Sendable, Equatable, CustomStringConvertible {
  public var problems: [InputProblem]

  public init(problems: [InputProblem]) { self.problems = problems }

  /// One problem per line, then a count when there are several.
  public var description: String {
    var lines = problems.map(\.description)
    if problems.count > 1 { lines.append("\(problems.count) errors") }
    return lines.joined(separator: "\n")
  }
}

/// What ``NetworkReader/check(folder:scenario:overrides:hours:start:)`` found: the network when it could be built
/// at all, and every problem, errors first (in file and line order), then warnings.
public struct NetworkCheck: Sendable {
  /// Nil when network.yaml is missing or is not YAML; otherwise built with placeholders for the bad fields.
  public var network: Network?
  public var problems: [InputProblem]

  public init(network: Network?, problems: [InputProblem]) {
    self.network = network
    self.problems = problems
  }

  public var errors: [InputProblem] { problems.filter { $0.severity == .error } }
  public var warnings: [InputProblem] { problems.filter { $0.severity == .warning } }
}
