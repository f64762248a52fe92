import Foundation
import GridModel
import Testing

@testable import GridIO

/// The MATPOWER case reader and its conversion to a one-snapshot network: syntax, located errors, and the
/// conversion's arithmetic on small cases worked by hand.
@Suite("MATPOWER case reader")
struct MATPOWERCaseTests {
  /// A two-bus version 2 case: generator 1 (PWL, 0-100 MW at 10 then 30 $/MWh) at bus 1, generator 2 (linear 50
  /// $/MWh + 7 $/h) at bus 2 with 60 MW of load, a 40 MW line with tap 0.5 and a 2 degree phase shift.
  static let twoBus = """
    function mpc = twobus
    %TWOBUS  a hand-made case
    mpc.version = '2';
    mpc.baseMVA = 100;
    mpc.bus = [
    \t1\t3\t0\t0\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9;
    \t2\t1\t50\t0\t10\t0\t1\t1\t0\t230\t1\t1.1\t0.9;   % Gs 10 MW counts as load
    \t3\t4\t99\t0\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9;
    ];
    mpc.gen = [
    \t1\t0\t0\t0\t0\t1\t100\t1\t100\t0;
    \t2\t0\t0\t0\t0\t1\t100\t1\t80, 5;
    \t3\t0\t0\t0\t0\t1\t100\t1\t80\t0;
    ];
    mpc.branch = [
    \t1\t2\t0\t0.1\t0\t40\t0\t0\t0.5\t2\t1\t-360\t360;
    \t1\t3\t0\t0.1\t0\t0\t0\t0\t0\t0\t1\t-360\t360;
    ];
    mpc.gencost = [
    \t1\t0\t0\t3\t0\t0\t50\t500\t100\t2000;
    \t2\t0\t0\t3\t0\t50\t7\t0\t0\t0;
    \t2\t0\t0\t2\t1e-3\t0\t0\t0\t0\t0;
    ];
    mpc.bus_name = {
    \t'one; [two]';
    \t'two % not a comment';
    };
    mpc.areas = [1 1];
    """

  static func parse(_ text: String) throws -> MATPOWERCase { try MATPOWERCase.parse(text, file: "cases/x.m") }

  /// The problems a text raises (empty when it parses and converts).
  static func problems(_ text: String) -> [InputProblem] {
    do {
      _ = try parse(text).dispatchNetwork()
      return []
    } catch let e as NetworkReadError {
      return e.problems
    } catch {
      return [InputProblem(at: SourceLocation(file: "?"), "\(error)")]
    }
  }

  @Test func readsVersion2Syntax() throws {
    let c = try Self.parse(Self.twoBus)
    #expect(c.version == "2" && c.name == "twobus" && c.baseMVA == 100)
    #expect(c.bus.rows.count == 3 && c.gen.rows.count == 3 && c.branch.rows.count == 2 && c.gencost.rows.count == 3)
    #expect(c.gen.rows[1][8] == 80 && c.gen.rows[1][9] == 5)  // comma separated
    #expect(c.gencost.rows[2][4] == 1e-3)
    #expect(c.bus.lines == [6, 7, 8] && c.gencost.lines[1] == 21)
    #expect(c.ignoredFields == ["mpc.bus_name", "mpc.areas"])
  }

  @Test func readsVersion1ContinuationAndInf() throws {
    let text = """
      function [baseMVA, bus, gen, branch, areas, gencost] = v1
      baseMVA = 100;
      bus = [ 1 3 10 0 0 0 1 1 0 345 1 1.1 0.9;
        2 1 20 0 0 0 1 1 0 345 1 1.1 0.9 ];
      gen = [1 0 0 0 0 1 100 1 ...
        Inf 0];
      branch = [1 2 0 0.05 0 0 0 0 0 0 1];
      gencost = [2 0 0 2 10 0];
      """
    let c = try Self.parse(text)
    #expect(c.version == "1" && c.bus.rows.count == 2 && c.gen.rows == [[1, 0, 0, 0, 0, 1, 100, 1, .infinity, 0]])
  }

  /// Hand conversion of `twoBus`: bus 3 is isolated (dropped with its load, generator and branch); the load at
  /// bus 2 is Pd + Gs = 60; branch 1 has b = 1 / (0.1 · 0.5) = 20 p.u., Pfinj = -20 · (2π/180) · 100 = -69.8132 MW,
  /// so its LP flow (b·Δθ) lies in [-40 + 69.8132, 40 + 69.8132]; generator 1's PWL (slopes 10 and 30, cost 0 at
  /// Pmin 0) gives two generators; generator 2 is linear at 50 with c0 = 7 and Pmin 5 (cost at Pmin 257, constant
  /// 257 - 50·5 = 7).
  @Test func convertsByHand() throws {
    let m = try Self.parse(Self.twoBus).dispatchNetwork()
    let net = m.network
    #expect(net.buses.map(\.id) == ["1", "2"])
    #expect(net.generators.map(\.id) == ["gen1-seg1", "gen1-seg2", "gen2"])
    #expect(net.generators.map(\.capacityMW) == [50, 50, 80])
    #expect(net.generators.map(\.marginalCostCNYPerMWh) == [10, 30, 50])
    #expect(abs(net.generators[2].pMinPU * 80 - 5) < 1e-12)
    #expect(abs(m.objectiveConstant - 7) < 1e-12)
    let pfinj = -20 * (2 * Double.pi / 180) * 100
    #expect(net.lines.count == 1 && m.branchRows == [1])
    #expect(abs(m.lineFlowOffsetMW[0] - pfinj) < 1e-9)
    #expect(abs(m.lineFlowLowerMW[0] - (-40 - pfinj)) < 1e-9 && abs(m.lineFlowUpperMW[0] - (40 - pfinj)) < 1e-9)
    #expect(m.hasAsymmetricLineBounds)
    // Loads: bus 1 withdraws Pfinj (the shifter's fixed flow leaves it), bus 2 gets it: 60 - Pfinj.
    let demand = Dictionary(uniqueKeysWithValues: net.loads.map { ($0.bus, $0.demandMW[0]) })
    #expect(abs(demand["1"]! - pfinj) < 1e-9 && abs(demand["2"]! - (60 - pfinj)) < 1e-9)
    #expect(net.loads.allSatisfy { $0.valueOfLostLoadCNYPerMWh >= 1e4 })
    #expect(m.notes.contains { $0.contains("isolated") })
    // Reactance: the line's per-unit reactance on GridPlan's 100 MVA convention is x·tap (baseMVA 100).
    #expect(abs(net.lines[0].effectiveReactancePU! - 0.05) < 1e-12)
    #expect(m.generatorOutputsMW(generatorP: [50, 10, 20]).map { $0 ?? -1 } == [60, 20, -1])
  }

  /// A dispatchable load (Pmin -30, Pmax 0, cost 20 $/MWh): output written -30 + p', p' in [0, 30]; the 30 MW go
  /// to the bus's load and the cost at Pmin (-600) to the constant.
  @Test func dispatchableLoad() throws {
    let text = Self.twoBus.replacingOccurrences(
      of: "\t2\t0\t0\t0\t0\t1\t100\t1\t80, 5;", with: "\t2\t0\t0\t0\t0\t1\t100\t1\t0\t-30;"
    ).replacingOccurrences(of: "\t2\t0\t0\t3\t0\t50\t7\t0", with: "\t2\t0\t0\t2\t20\t0\t0\t0")
    let m = try Self.parse(text).dispatchNetwork()
    let g = m.network.generators[2]
    #expect(g.id == "gen2" && g.capacityMW == 30 && g.pMinPU == 0 && g.marginalCostCNYPerMWh == 20)
    #expect(abs(m.objectiveConstant - (-600)) < 1e-9)
    #expect(m.generatorOutputOffsetMW[1] == -30)
    let demand = m.network.loads.first { $0.bus == "2" }!.demandMW[0]
    #expect(abs(demand - (60 + 30 - m.lineFlowOffsetMW[0])) < 1e-9)
  }

  // MARK: - Errors: file, line, field, value, what is allowed

  /// A degree-2 polynomial cost c2 P² + c1 P + c0 becomes the generator's quadratic cost c2 (and c1, c0 as before).
  @Test func quadraticCostIsAQuadraticGeneratorCost() throws {
    let m = try Self.parse(
      Self.twoBus.replacingOccurrences(of: "\t2\t0\t0\t3\t0\t50\t7\t0", with: "\t2\t0\t0\t3\t0.01\t50\t7\t0")
    ).dispatchNetwork()
    let g = try #require(m.network.generators.first { $0.id == "gen2" })
    #expect(g.marginalCostQuadraticCNYPerMW2h == 0.01 && g.marginalCostCNYPerMWh == 50)
  }

  @Test func cubicOrConcaveCostIsRejected() throws {
    let cubic = Self.problems(Self.twoBus.replacingOccurrences(of: "\t2\t0\t0\t3\t0\t50\t7\t0", with: "\t2\t0\t0\t4\t0.001\t0\t50\t7"))
    #expect(cubic.count == 1)
    #expect(cubic.first?.location == SourceLocation(file: "cases/x.m", line: 21))
    #expect(cubic.first?.field == "mpc.gencost row 2 column 5")
    #expect(cubic.first?.message.contains("degree 3") == true && cubic.first?.message.contains("0.001") == true)
    #expect(cubic.first?.message.contains("degree 2 at most") == true)
    let concave = Self.problems(Self.twoBus.replacingOccurrences(of: "\t2\t0\t0\t3\t0\t50\t7\t0", with: "\t2\t0\t0\t3\t-0.01\t50\t7\t0"))
    #expect(concave.count == 1 && concave.first?.field == "mpc.gencost row 2 column 5")
    #expect(concave.first?.message.contains("c2 = -0.01") == true && concave.first?.message.contains("c2 >= 0") == true)
  }

  @Test func malformedMatrix() throws {
    let p = Self.problems(Self.twoBus.replacingOccurrences(of: "\t1\t2\t0\t0.1\t0\t40", with: "\t1\t2\t0\t0.1x\t0\t40"))
    #expect(p.count == 1)
    #expect(p.first?.description == "cases/x.m:16: mpc.branch row 1, column 4 is '0.1x'; allowed: a number (1, -2.5, 1e-3, Inf)")
    let ragged = Self.problems(Self.twoBus.replacingOccurrences(of: "\t1\t3\t0\t0.1\t0\t0\t0\t0\t0\t0\t1\t-360\t360;", with: "\t1\t3\t0\t0.1;"))
    #expect(ragged.count == 1 && ragged.first?.location.line == 17 && ragged.first?.message.contains("has 4 columns; allowed: 13") == true)
    let unclosed = Self.problems(Self.twoBus.replacingOccurrences(of: "mpc.areas = [1 1];", with: "mpc.areas = [1 1"))
    #expect(unclosed.count == 1)
    #expect(unclosed.first?.description == "cases/x.m:28: mpc.areas opened with '[' on line 28 is never closed; allowed: a matrix ending with '];'")
    // A matrix left open runs into the next statement, as MATLAB would read it: the stray text is named.
    let runOn = Self.problems(Self.twoBus.replacingOccurrences(of: "];\nmpc.gen", with: "\nmpc.gen"))
    #expect(runOn.contains { $0.location.line == 10 && $0.message.contains("column 1 is 'mpc.gen'") })
  }

  @Test func missingFieldAndBadVersion() throws {
    let noBranch = Self.twoBus.replacingOccurrences(of: "mpc.branch = [", with: "mpc.branchdata = [")
    let p = Self.problems(noBranch)
    #expect(p.count == 1 && p.first?.field == "mpc.branch" && p.first?.message.contains("is missing") == true)
    let v = Self.problems(Self.twoBus.replacingOccurrences(of: "mpc.version = '2';", with: "mpc.version = '3';"))
    #expect(v.first?.description == "cases/x.m:3: mpc.version is '3'; allowed: '2' (or a version 1 file, 'function [baseMVA, ...] = NAME')")
    let notACase = Self.problems("x = 1;\n")
    #expect(notACase.first?.message.contains("function mpc = NAME") == true)
    let base = Self.problems(Self.twoBus.replacingOccurrences(of: "mpc.baseMVA = 100;", with: "mpc.baseMVA = -1;"))
    #expect(base.first?.description == "cases/x.m:4: mpc.baseMVA is '-1'; allowed: a number > 0 (MVA)")
  }

  @Test func conversionErrorsNameRowAndColumn() throws {
    // Zero reactance, an unknown bus and a PWL with decreasing breakpoints: all reported at once.
    let text = Self.twoBus
      .replacingOccurrences(of: "\t1\t2\t0\t0.1\t0\t40", with: "\t1\t2\t0\t0\t0\t40")
      .replacingOccurrences(of: "\t3\t0\t0\t0\t0\t1\t100\t1\t80\t0;", with: "\t7\t0\t0\t0\t0\t1\t100\t1\t80\t0;")
      .replacingOccurrences(of: "\t50\t500\t100\t2000;", with: "\t50\t500\t40\t2000;")
    let p = Self.problems(text)
    #expect(p.count == 3)
    #expect(p.contains { $0.field == "mpc.branch row 1 column 4 (BR_X)" && $0.location.line == 16 && $0.message.contains("reactance x is 0.0") })
    #expect(p.contains { $0.field == "mpc.gen row 3 column 1 (GEN_BUS)" && $0.message.contains("bus 7.0 is not in mpc.bus") })
    #expect(p.contains { $0.field == "mpc.gencost row 1 column 9" && $0.message.contains("increasing MW breakpoints") })
    let short = Self.problems(Self.twoBus.replacingOccurrences(of: "\t2\t0\t0\t2\t1e-3\t0\t0\t0\t0\t0;\n", with: ""))
    #expect(short.first?.message == "mpc.gencost has 2 rows for 3 generators; allowed: one cost row per generator (an OPF needs costs)")
  }

  /// The committed standard cases all parse and convert.
  @Test(arguments: ["case5", "case30pwl", "case_RTS_GMLC", "t_case9_opf", "pglib_opf_case300_ieee"])
  func committedCasesRead(name: String) throws {
    let url = Fixture.root.appendingPathComponent("matpower/\(name).m")
    let c = try MATPOWERCase.read(contentsOf: url)
    let m = try c.dispatchNetwork()
    #expect(m.network.snapshots.count == 1 && !m.network.buses.isEmpty && m.lineFlowLowerMW.count == m.network.lines.count)
  }
}
