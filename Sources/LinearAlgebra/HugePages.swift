#if canImport(Glibc)
import Glibc
#endif

/// Process start-up: transparent huge pages for large arrays, on request.
///
/// A year-long study allocates several hundred megabytes in large arrays (the LP, the factor, the iterates). glibc's
/// hugetlb tunable (glibc 2.35 and later) makes malloc ask for transparent huge pages for them, which cuts the number
/// of page faults about 500-fold; glibc reads it only at start-up, so the program executes itself once more with it
/// set. They are opt-in because on a virtual machine whose memory the host backs lazily and takes back when freed
/// (Firecracker, the project's machine), every fresh 2 MB page costs the host's work on the whole page: there the
/// solver's start-up (presolve to the end of the first iteration) takes 1.19-1.28 s with huge pages against
/// 0.47-0.67 s without, the synthetic benchmark solve 5.3-5.8 s against 4.6-5.1 s, with equally fast iterations
/// (interleaved runs). Set `GRIDPLAN_HUGE_PAGES=1` to turn them on where memory is cheap to fault in (bare metal, or
/// a virtual machine whose memory stays backed).
public enum HugePages {
  /// With `GRIDPLAN_HUGE_PAGES=1` (and `GLIBC_TUNABLES` not set by the user), sets the tunable and executes this
  /// program once more with the same arguments; returns otherwise, or when the re-execution failed (not Linux). Call
  /// it first thing in `main`, before any threads exist.
  public static func reexecuteWithHugePagesIfAsked() {
    #if canImport(Glibc)
    guard let asked = getenv("GRIDPLAN_HUGE_PAGES"), String(cString: asked) == "1",
          getenv("GLIBC_TUNABLES") == nil else { return }
    setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1)
    execv("/proc/self/exe", CommandLine.unsafeArgv)
    unsetenv("GLIBC_TUNABLES")
    #endif
  }
}
