import Foundation

/// Problems writing a folder of files (a network folder, a PyPSA CSV folder).
public enum FolderWriteError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A relative path that is empty, absolute, or has an empty, `.` or `..` component.
  case badPath(String)
  /// The destination exists and is not a folder.
  case notAFolder(String)

  public var description: String {
    switch self {
    case .badPath(let p):
      return "file path \"\(p)\" is not allowed; allowed: a relative path such as profiles/load.csv"
    case .notAFolder(let p): return "\(p) exists and is not a folder; allowed: a folder path or a new name"
    }
  }
}

/// Writes a folder as a whole (results, network folders, PyPSA CSV folders): every file goes into a temporary
/// sibling `.NAME.tmp-PID`, which replaces the destination by rename once all are written, so an error leaves the old
/// folder (or none). Files may sit in subfolders (`profiles/load.csv`).
public enum FolderWriter {
  /// - Parameters:
  ///   - files: relative path (`network.yaml`, `profiles/load.csv`) → file text.
  ///   - folder: the destination; created or replaced.
  public static func write(files: [String: String], to folder: URL) throws {
    for path in files.keys {
      let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      if path.isEmpty || path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
        throw FolderWriteError.badPath(path)
      }
    }
    let fm = FileManager.default
    let destination = folder.standardizedFileURL
    let parent = destination.deletingLastPathComponent()
    let name = destination.lastPathComponent
    let pid = ProcessInfo.processInfo.processIdentifier
    var isDirectory: ObjCBool = false
    let exists = fm.fileExists(atPath: destination.path, isDirectory: &isDirectory)
    if exists && !isDirectory.boolValue { throw FolderWriteError.notAFolder(destination.path) }
    try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    let temporary = parent.appendingPathComponent(".\(name).tmp-\(pid)")
    let old = parent.appendingPathComponent(".\(name).old-\(pid)")
    if fm.fileExists(atPath: temporary.path) { try fm.removeItem(at: temporary) }
    do {
      try fm.createDirectory(at: temporary, withIntermediateDirectories: false)
      for (path, text) in files.sorted(by: { $0.key < $1.key }) {
        let url = temporary.appendingPathComponent(path)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
      }
      if exists {
        if fm.fileExists(atPath: old.path) { try fm.removeItem(at: old) }
        try fm.moveItem(at: destination, to: old)
        do {
          try fm.moveItem(at: temporary, to: destination)
        } catch {
          try? fm.moveItem(at: old, to: destination)
          throw error
        }
        try? fm.removeItem(at: old)
      } else {
        try fm.moveItem(at: temporary, to: destination)
      }
    } catch {
      try? fm.removeItem(at: temporary)
      throw error
    }
  }
}
