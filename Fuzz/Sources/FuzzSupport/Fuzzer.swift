import Foundation

/// libFuzzer's driver (from the runtime that `-sanitize=fuzzer` links).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The two entry points of a fuzz target: libFuzzer's `LLVMFuzzerTestOneInput` hands each input to `feed`, and the
/// target's `main` (`<Target>_main`, the name SwiftPM links as `main`) hands the command line to libFuzzer's driver.
public enum Fuzzer {
  /// Gives the input to `body` as text (invalid UTF-8 repaired, as the readers see a file).
  public static func feed(_ data: UnsafePointer<UInt8>?, _ size: Int, _ body: (String) -> Void) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    body(String(decoding: bytes, as: UTF8.self))
    return 0
  }

  /// Runs libFuzzer's driver on the command line; it calls `LLVMFuzzerTestOneInput` for each input.
  public static func run(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var values = argv
    return LLVMFuzzerRunDriver(&count, &values) { data, size in testOneInput(data, size) }
  }
}

@_silgen_name("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt

/// A private copy of an example network for targets that read a folder, and writing an input into it.
public enum FuzzFolder {
  /// Copies `Networks/examples/NAME` (relative to the package root, two levels above this file's folder) into a
  /// fresh temporary folder.
  public static func copy(example name: String) -> URL {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let source = root.appendingPathComponent("Networks/examples/\(name)")
    let target = FileManager.default.temporaryDirectory.appendingPathComponent("gridplan-fuzz-\(getpid())-\(name)")
    try? FileManager.default.removeItem(at: target)
    do {
      try FileManager.default.copyItem(at: source, to: target)
    } catch {
      fatalError("cannot copy \(source.path): \(error)")
    }
    return target
  }

  public static func write(_ text: String, to url: URL) {
    do { try Data(text.utf8).write(to: url) } catch { fatalError("cannot write \(url.path): \(error)") }
  }
}
