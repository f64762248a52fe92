// swift-tools-version: 6.0
// Coverage-guided fuzzing of GridPlan's readers with libFuzzer (run.sh builds with -sanitize=fuzzer,address).
import PackageDescription

let package = Package(
  name: "GridPlanFuzz",
  dependencies: [.package(name: "GridPlan", path: "..")],
  targets: [
    .target(name: "FuzzSupport"),
    .executableTarget(
      name: "FuzzMPS", dependencies: ["FuzzSupport", .product(name: "LinearProgramming", package: "GridPlan")]),
    .executableTarget(
      name: "FuzzMATPOWER", dependencies: ["FuzzSupport", .product(name: "GridIO", package: "GridPlan")]),
    .executableTarget(
      name: "FuzzNetwork", dependencies: ["FuzzSupport", .product(name: "GridIO", package: "GridPlan")]),
    .executableTarget(
      name: "FuzzProfile", dependencies: ["FuzzSupport", .product(name: "GridIO", package: "GridPlan")]),
    .executableTarget(
      name: "FuzzSweepFile", dependencies: ["FuzzSupport", .product(name: "GridIO", package: "GridPlan")]),
  ]
)
