#if canImport(Glibc)
import Glibc
#endif

/// Process start-up: transparent huge pages for large arrays.
///
/// A year-long study allocates about a gigabyte in large arrays (the LP, the factor, the iterates). By default glibc
/// maps them in 4 KB pages, and faulting them in costs about 350,000 page faults (0.6 s of a 15 s solve on the test
/// machine). glibc's hugetlb tunable (glibc 2.35 and later) makes malloc ask for transparent huge pages instead
/// (about 16,000 faults), but glibc reads it only at start-up.
public enum HugePages {
  /// Sets the tunable and executes this program once more with the same arguments; returns only when it does not
  /// (not Linux, GLIBC_TUNABLES already set by the user, GRIDPLAN_SMALL_PAGES set, or the re-execution failed).
  /// Call it first thing in `main`, before any threads exist.
  public static func reexecuteWithHugePages() {
    #if canImport(Glibc)
    guard getenv("GLIBC_TUNABLES") == nil, getenv("GRIDPLAN_SMALL_PAGES") == nil else { return }
    setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1)
    execv("/proc/self/exe", CommandLine.unsafeArgv)
    unsetenv("GLIBC_TUNABLES")
    #endif
  }
}
