import Foundation
import Testing

/// The network folders under Fixtures/, and edited copies of them in temporary folders.
enum Fixture {
  static let root: URL =
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// Three internal buses in a line cycle, an external receiving end, profiles and a scenario; 48 hours.
  static var threeBus: URL { root.appendingPathComponent("three-bus") }

  /// A text edit of one file of the copy: replace `old` (which must occur) with `new`.
  struct Edit: Sendable {
    var file: String
    var old: String
    var new: String

    init(_ file: String, _ old: String, _ new: String) {
      self.file = file
      self.old = old
      self.new = new
    }

    /// An edit of network.yaml.
    init(_ old: String, _ new: String) { self.init("network.yaml", old, new) }
  }

  /// A copy of `source` in a new temporary folder with the edits applied and `files` (relative path → text) written.
  static func copy(of source: URL = threeBus, edits: [Edit] = [], files: [String: String] = [:]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gridio-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: source, to: dir)
    for e in edits {
      let url = dir.appendingPathComponent(e.file)
      let text = try String(contentsOf: url, encoding: .utf8)
      guard text.contains(e.old) else { throw FixtureError.editNotFound(e.file, e.old) }
      try text.replacingOccurrences(of: e.old, with: e.new).write(to: url, atomically: true, encoding: .utf8)
    }
    for (name, text) in files {
      let url = dir.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return dir
  }

  static func remove(_ url: URL) { try? FileManager.default.removeItem(at: url) }

  /// 1-based number of the first line of `file` in `folder` that contains `marker`.
  static func line(of marker: String, in file: String = "network.yaml", folder: URL) throws -> Int {
    let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let i = lines.firstIndex(where: { $0.contains(marker) }) else { throw FixtureError.markerNotFound(marker) }
    return i + 1
  }

  /// The columns of a profile CSV read the simple way (split and `Double(String)`), as an independent reference.
  static func column(_ name: String, of file: String, folder: URL = threeBus) throws -> [Double] {
    let text = try String(contentsOf: folder.appendingPathComponent("profiles/\(file)"), encoding: .utf8)
    let rows = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    guard let c = rows.first?.firstIndex(where: { $0 == name }) else { throw FixtureError.markerNotFound(name) }
    return rows.dropFirst().map { Double(String($0[c])) ?? .nan }
  }

  enum FixtureError: Error {
    case editNotFound(String, String)
    case markerNotFound(String)
  }
}
