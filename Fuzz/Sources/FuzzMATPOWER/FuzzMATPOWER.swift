import Foundation
import FuzzSupport
import GridIO

/// Any bytes as a MATPOWER case file give a case (then a network or a clear error), never a crash.
func fuzzOne(_ text: String) {
  guard let mpc = try? MATPOWERCase.parse(text, file: "fuzz.m") else { return }
  _ = try? mpc.dispatchNetwork()
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { Fuzzer.feed(data, size, fuzzOne) }

@_cdecl("FuzzMATPOWER_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  Fuzzer.run(argc, argv)
}
