import GridPlanCLI

#if canImport(Glibc)
import Glibc

// A year-long study allocates about a gigabyte in large arrays (the LP, the factor, the iterates). By default glibc
// maps them in 4 KB pages, and faulting them in costs about 350,000 page faults (0.6 s of a 15 s solve). glibc's
// hugetlb tunable makes malloc ask for transparent huge pages instead (15,000 faults), but it is read only at
// start-up: so set it and execute this program once more. A GLIBC_TUNABLES already set by the user is left alone,
// as is everything when GRIDPLAN_SMALL_PAGES is set or the re-execution fails.
if getenv("GLIBC_TUNABLES") == nil && getenv("GRIDPLAN_SMALL_PAGES") == nil {
  setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1)
  execv("/proc/self/exe", CommandLine.unsafeArgv)
  unsetenv("GLIBC_TUNABLES")
}
#endif

GridPlanCommand.main()
