import Testing

@testable import Plots

@Suite("CSV reading")
struct CSVFileTests {
  @Test func quotedCellsAndNumbers() throws {
    let text =
      "point,buses,power_mw,note\r\n1,\"XLG,ULQ\",1000,\"say \"\"hi\"\"\"\n2,XLG,,\"two\nlines\"\n3,BT,-inf,x\n\n"
    let f = try CSVFile(text: text, path: "sweep.csv")
    #expect(f.header == ["point", "buses", "power_mw", "note"])
    #expect(f.rows.count == 3)
    #expect(try f.strings("buses") == ["XLG,ULQ", "XLG", "BT"])
    #expect(try f.strings("note") == ["say \"hi\"", "two\nlines", "x"])
    let p = try f.numbers("power_mw")
    #expect(p[0] == 1000 && p[1].isNaN && p[2] == -.infinity)
    #expect(f.lines == [2, 3, 5])
  }

  @Test func aBadNumberNamesFileLineColumnAndWhatIsAllowed() {
    let text = "snapshot,A-coal\n2024-01-01T00:00,1\n2024-01-01T01:00,12x\n"
    do {
      _ = try CSVFile(text: text, path: "r/generators-p.csv").numbers("A-coal")
      Issue.record("no error")
    } catch let e as PlotInputError {
      #expect(
        e.description
          == "r/generators-p.csv:3: column A-coal is \"12x\"; allowed: a number (e.g. 1250.5, -3, 2e-4), inf, -inf or an empty cell"
      )
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func raggedRowsUnclosedQuotesAndEmptyFilesAreErrors() {
    #expect(
      throws: PlotInputError.malformed(
        file: "x.csv", line: 3, problem: "3 cells, the header has 2",
        allowed: "one cell per header column on every line")
    ) { try CSVFile(text: "a,b\n1,2\n1,2,3\n", path: "x.csv") }
    #expect(throws: PlotInputError.self) { try CSVFile(text: "a,b\n1,\"2\n", path: "x.csv") }
    #expect(throws: PlotInputError.self) { try CSVFile(text: "", path: "x.csv") }
    #expect(throws: PlotInputError.self) { try CSVFile(text: "\n\n", path: "x.csv") }
  }

  @Test func aMissingColumnListsTheHeader() {
    do {
      _ = try CSVFile(text: "snapshot,a,b\n", path: "t.csv").numbers("c")
      Issue.record("no error")
    } catch {
      #expect(String(describing: error) == "t.csv:1: no column 'c'; the header has: snapshot, a, b")
    }
  }

  @Test func sweepColumnNames() {
    #expect(SweepCurves.parseKPI("clean_share[Ximeng-Taizhou] (%)") == ("clean_share", "Ximeng-Taizhou", "%"))
    #expect(SweepCurves.parseKPI("total_cost (CNY)") == ("total_cost", "", "CNY"))
    #expect(SweepCurves.parseKPI("generation[coal] (TWh)") == ("generation", "coal", "TWh"))
    #expect(SweepCurves.parseKPI("solver_status") == ("solver_status", "", ""))
  }
}
