import Foundation
import GridModel
import Yams

/// A YAML document as a plain value tree in which every node remembers where it was written. Scenarios and
/// `--set` overrides edit this tree before it becomes a `Network`, so their values get the same checks and their
/// errors point at the scenario file or the option.
struct YNode: Sendable {
  enum Value: Sendable {
    /// A scalar as written; `quoted` for single- or double-quoted and block scalars (always text).
    case scalar(String, quoted: Bool)
    case list([YNode])
    case map([YEntry])
  }

  var value: Value
  var location: SourceLocation

  init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }

  static func emptyMap(at location: SourceLocation) -> YNode { YNode(.map([]), at: location) }
}

struct YEntry: Sendable {
  var key: String
  var keyLocation: SourceLocation
  var value: YNode
}

/// A scalar resolved by YAML 1.2 core-schema rules (plus `.nan`, `.inf`): quoted scalars are always text.
enum YScalar: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case text(String)
}

extension YNode {
  var entries: [YEntry]? {
    if case .map(let e) = value { return e }
    return nil
  }

  var items: [YNode]? {
    if case .list(let l) = value { return l }
    return nil
  }

  /// The scalar's text as written (any scalar, whatever it resolves to); nil for lists and mappings.
  var rawText: String? {
    if case .scalar(let s, _) = value { return s }
    return nil
  }

  subscript(key: String) -> YNode? {
    entries?.first(where: { $0.key == key })?.value
  }

  var scalar: YScalar? {
    guard case .scalar(let s, let quoted) = value else { return nil }
    if quoted { return .text(s) }
    return YNode.resolve(s)
  }

  static func resolve(_ s: String) -> YScalar {
    switch s {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    case ".nan", ".NaN", ".NAN": return .number(.nan)
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
    case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
    default: break
    }
    // [-+]? (digits [. digits?] | . digits) ([eE] [-+]? digits)?, underscores between digits allowed.
    let u = Array(s.utf8.filter { $0 != 95 })
    var i = 0
    if i < u.count && (u[i] == 43 || u[i] == 45) { i += 1 }
    var digits = 0
    while i < u.count && u[i] >= 48 && u[i] <= 57 { i += 1; digits += 1 }
    if i < u.count && u[i] == 46 {
      i += 1
      while i < u.count && u[i] >= 48 && u[i] <= 57 { i += 1; digits += 1 }
    }
    guard digits > 0 else { return .text(s) }
    if i < u.count && (u[i] == 101 || u[i] == 69) {
      i += 1
      if i < u.count && (u[i] == 43 || u[i] == 45) { i += 1 }
      var e = 0
      while i < u.count && u[i] >= 48 && u[i] <= 57 { i += 1; e += 1 }
      guard e > 0 else { return .text(s) }
    }
    guard i == u.count, let v = Double(String(decoding: u, as: UTF8.self)) else { return .text(s) }
    return .number(v)
  }

  /// The node as shown in messages: a number or word as written, a quoted text, "empty", "a list", "a mapping".
  var shown: String {
    switch value {
    case .list: return "a list"
    case .map: return "a mapping"
    case .scalar(let s, let quoted):
      if quoted { return ValidationProblem.show(s) }
      switch YNode.resolve(s) {
      case .null: return "empty"
      case .bool, .number: return s
      case .text: return ValidationProblem.show(s)
      }
    }
  }
}

enum YAMLTree {
  /// Parses one YAML document; an empty document is an empty mapping.
  static func parse(_ text: String, file: String) throws(InputProblem) -> YNode {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw problem(error, file: file)
    } catch {
      throw InputProblem(at: SourceLocation(file: file), "malformed YAML: \(error)")
    }
    guard let root else { return YNode.emptyMap(at: SourceLocation(file: file, line: 1)) }
    return convert(root, file: file)
  }

  static func convert(_ node: Node, file: String) -> YNode {
    let loc = SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    switch node {
    case .scalar(let s):
      return YNode(.scalar(s.string, quoted: s.style != .plain && s.style != .any), at: loc)
    case .sequence(let seq):
      return YNode(.list(seq.map { convert($0, file: file) }), at: loc)
    case .mapping(let map):
      let entries = map.map { pair in
        YEntry(
          key: pair.key.scalar?.string ?? "\(pair.key)",
          keyLocation: SourceLocation(file: file, line: pair.key.mark?.line, column: pair.key.mark?.column),
          value: convert(pair.value, file: file))
      }
      return YNode(.map(entries), at: loc)
    case .alias(let a):
      return YNode(.scalar("*\(a.anchor)", quoted: true), at: loc)
    }
  }

  static func problem(_ error: YamlError, file: String) -> InputProblem {
    func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
    func context(_ c: YamlError.Context?) -> String {
      guard let c else { return "" }
      return " (\(c.text) at line \(c.mark.line), column \(c.mark.column))"
    }
    let allowed = "; allowed: YAML as described in Networks/FORMAT.md"
    switch error {
    case .scanner(let c, let problem, let mark, _), .parser(let c, let problem, let mark, _),
      .composer(let c, let problem, let mark, _):
      return InputProblem(at: at(mark), "malformed YAML: \(problem)\(context(c))\(allowed)")
    case .duplicatedKeysInMapping(let duplicates, let c):
      let keys = duplicates.joined(separator: ", ")
      return InputProblem(
        at: at(c.mark), "malformed YAML: the key \(keys) appears twice in one mapping; allowed: each key once")
    case .reader(let problem, _, _, _):
      return InputProblem(at: SourceLocation(file: file), "unreadable YAML: \(problem); allowed: UTF-8 text")
    default:
      return InputProblem(at: SourceLocation(file: file), "malformed YAML: \(error)\(allowed)")
    }
  }
}
