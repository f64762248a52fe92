import FuzzSupport
import LinearProgramming

/// Any bytes as an MPS file give a program or an MPSError, never a crash.
func fuzzOne(_ text: String) { _ = try? MPS.read(string: text, fileName: "fuzz.mps") }

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { Fuzzer.feed(data, size, fuzzOne) }

@_cdecl("FuzzMPS_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  Fuzzer.run(argc, argv)
}
