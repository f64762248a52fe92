import Testing
import DispatchModel
import GridModel
@testable import Studies

/// The summary and tables of converting loads and heat, on networks solved by hand.
@Suite("Heat and flexible-load summary")
struct HeatAndFlexibleSummaryTests {
  /// One bus A with 100 MW of wind (free) in one hour, no demand, a 50 MW export link (efficiency 1) to a receiving
  /// end that pays 300 CNY/MWh, and a 60 MW electrolyser (efficiency 0.5, hydrogen worth 700 CNY/MWh, so 350 CNY per
  /// MWh of power). The electrolyser outbids the export: it draws 60 MW and the link carries the other 40 MW. The
  /// export total is the link's 40 MWh only, all of it wind (clean share 100%); the electrolyser's 60 MWh are a load
  /// (`conversion_consumption`, 30 MWh of product) and appear in `loads-drawn_mw.csv` and `loads-served_mw.csv`.
  @Test func electrolyserIsALoadNotAnExport() throws {
    var net = Network(
      name: "h2", carriers: [Carrier(id: "wind", clean: true)],
      buses: [Bus(id: "A"), Bus(id: "X", external: true, priceCNYPerMWh: 300)],
      links: [Link(id: "A-X", bus0: "A", bus1: "X", ratingMW: 50)],
      generators: [Generator(id: "wind", bus: "A", carrier: "wind", capacityMW: 100, availability: [1])],
      loads: [Load(id: "h2", bus: "A", demandMW: [0])], snapshots: ["2024-07-01T12:00"])
    net.loads[0].conversion = LoadConversion(capacityMW: 60, efficiency: 0.5, productValueCNYPerMWh: 700)
    let r = try DispatchProblem(network: net).solve()
    #expect(r.status == .optimal)
    let rows = Summary.rows(r)
    func value(_ m: String, _ c: String) -> Double? {
      rows.first { $0.metric == m && $0.component == c }.flatMap { Double($0.value) }
    }
    #expect(abs((value("export", "total") ?? 0) - 40e-6) < 1e-9)
    #expect(abs((value("clean_share", "exports") ?? 0) - 100) < 1e-6)
    #expect(abs((value("conversion_consumption", "h2") ?? 0) - 60e-6) < 1e-9)
    #expect(abs((value("conversion_product", "h2") ?? 0) - 30e-6) < 1e-9)
    let tables = HourlyTables.tables(r)
    #expect(tables["loads-drawn_mw.csv"] == "snapshot,h2\n2024-07-01T12:00,60\n")
    #expect(tables["loads-served_mw.csv"] == "snapshot,h2\n2024-07-01T12:00,60\n")
  }
}
