import Testing
import DispatchModel
import GridModel
@testable import Studies

@Suite("Summary and tables")
struct SummaryTests {
  @Test(arguments: [
    (0.0, 3, "0"), (1.5, 3, "1.5"), (-2.25, 1, "-2.3"), (1234.5678, 3, "1234.568"), (0.0004, 3, "0"),
    (-0.0004, 3, "0"), (100, 3, "100"), (0.001, 3, "0.001"), (Double.nan, 3, ""),
  ])
  func fixedFormatting(_ value: Double, _ decimals: Int, _ expected: String) {
    #expect(Fixed.format(value, decimals: decimals) == expected)
  }

  /// One bus, 24 hours, coal 100 MW at 200 and wind 100 MW with availability 0.5, load 80 MW: wind gives 50 MW,
  /// coal 30 MW; per day: wind 1,200 MWh, coal 720 MWh, CO2 720 t at 1 t/MWh; water 720·2 m3.
  @Test func summaryFigures() throws {
    let net = Network(
      name: "one", carriers: [Carrier(id: "coal", clean: false), Carrier(id: "wind", clean: true)],
      buses: [Bus(id: "A")],
      generators: [
        Generator(id: "coal", bus: "A", carrier: "coal", capacityMW: 100, marginalCostCNYPerMWh: 200,
                  co2TonnesPerMWh: 1, waterM3PerMWh: 2),
        Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100,
                  availability: [Double](repeating: 0.5, count: 24)),
      ],
      loads: [Load(id: "d", bus: "A", demandMW: [Double](repeating: 80, count: 24))],
      snapshots: (0..<24).map { String(format: "2024-07-01T%02d:00", $0) })
    let r = try DispatchProblem(network: net).solve()
    let rows = Summary.rows(r)
    func value(_ m: String, _ c: String) -> Double? { rows.first { $0.metric == m && $0.component == c }.flatMap { Double($0.value) } }
    #expect(abs((value("generation", "wind") ?? 0) - 1200e-6) < 1e-9)
    #expect(abs((value("generation", "coal") ?? 0) - 720e-6) < 1e-9)
    #expect(abs((value("co2", "") ?? 0) - 720e-6) < 1e-9)
    #expect(abs((value("water", "") ?? 0) - 1440e-6) < 1e-9)
    #expect(value("curtailment_share", "wind") == 0)
    let tables = HourlyTables.tables(r)
    let p = try #require(tables["generators-p.csv"])
    #expect(p.hasPrefix("snapshot,coal,wind\n2024-07-01T00:00,30,50\n"))
  }
}
