// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "GridPlan",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "gridplan", targets: ["gridplan"]),
    .library(name: "LinearProgramming", targets: ["LinearProgramming"]),
    .library(name: "GridIO", targets: ["GridIO"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CLinearAlgebra",
      pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev", "liblapacke-dev", "libsuitesparse-dev", "pkg-config"])]
    ),
    // Small dense kernels in C (with an AVX2/FMA version chosen at run time) for the stage blocks.
    .target(name: "CDenseKernels"),
    .target(name: "LinearAlgebra", dependencies: ["CLinearAlgebra", "CDenseKernels"]),
    // The interior-point iterations' passes over the columns in C (AVX-512, AVX2 or portable, chosen at run time).
    .target(name: "CColumnPasses"),
    .target(name: "LinearProgramming", dependencies: ["LinearAlgebra", "CColumnPasses"]),
    .target(name: "GridModel"),
    .target(name: "GridIO", dependencies: ["GridModel", .product(name: "Yams", package: "Yams")]),
    .target(name: "DispatchModel", dependencies: ["GridModel", "LinearProgramming"]),
    .target(name: "FlowTracing", dependencies: ["GridModel", "DispatchModel", "LinearAlgebra"]),
    .target(name: "Plots"),
    .target(
      name: "Studies", dependencies: ["GridModel", "GridIO", "DispatchModel", "LinearProgramming", "FlowTracing"]),
    .target(name: "ProfileSynthesis"),
    .target(
      name: "GridPlanCLI",
      dependencies: [
        "LinearProgramming", "GridModel", "GridIO", "DispatchModel", "Studies", "ProfileSynthesis", "Plots",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "gridplan", dependencies: ["GridPlanCLI", "LinearAlgebra"]),
    .executableTarget(
      name: "gridplan-bench",
      dependencies: [
        "LinearAlgebra", "LinearProgramming", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Benchmarks/Sources/gridplan-bench"
    ),
    // The reference tests' Python interpreter and scripts (HiGHS, PyPSA), found in one place.
    .target(name: "ReferencePython", path: "Tests/ReferencePython"),
    .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"]),
    .testTarget(
      name: "LinearProgrammingTests", dependencies: ["LinearProgramming", "CColumnPasses", "ReferencePython"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "GridModelTests", dependencies: ["GridModel"]),
    .testTarget(name: "GridIOTests", dependencies: ["GridIO", "GridModel"], resources: [.copy("Fixtures")]),
    .testTarget(name: "DispatchModelTests", dependencies: ["DispatchModel", "GridModel", "GridIO", "LinearProgramming"]),
    .testTarget(name: "ProfileSynthesisTests", dependencies: ["ProfileSynthesis"]),
    .testTarget(name: "StudiesTests", dependencies: ["Studies", "DispatchModel", "GridModel", "GridIO"]),
    .testTarget(name: "FlowTracingTests", dependencies: ["FlowTracing", "DispatchModel", "GridModel"]),
    .testTarget(name: "PlotsTests", dependencies: ["Plots"]),
    .testTarget(
      name: "GridPlanCLITests",
      dependencies: ["GridPlanCLI", "LinearProgramming", "Plots", "Studies", "ReferencePython"]),
  ]
)
