import Foundation
import FuzzSupport
import GridIO

/// Any bytes as network.yaml of a copy of the three-bus example give a network or problems, never a crash.
let folder = FuzzFolder.copy(example: "three-bus")

func fuzzOne(_ text: String) {
  FuzzFolder.write(text, to: folder.appendingPathComponent("network.yaml"))
  _ = NetworkReader.check(folder: folder)
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { Fuzzer.feed(data, size, fuzzOne) }

@_cdecl("FuzzNetwork_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  Fuzzer.run(argc, argv)
}
