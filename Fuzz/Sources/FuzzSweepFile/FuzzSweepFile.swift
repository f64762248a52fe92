import Foundation
import FuzzSupport
import GridIO

/// Any bytes as a sweep file give a sweep definition or a clear error, never a crash.
let folder = FuzzFolder.copy(example: "three-bus")

func fuzzOne(_ text: String) {
  let file = folder.appendingPathComponent("sweep.yaml")
  FuzzFolder.write(text, to: file)
  _ = try? SweepFile.read(file)
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { Fuzzer.feed(data, size, fuzzOne) }

@_cdecl("FuzzSweepFile_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  Fuzzer.run(argc, argv)
}
