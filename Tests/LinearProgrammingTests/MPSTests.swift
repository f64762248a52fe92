import Foundation
import ReferencePython
import Testing

@testable import LinearProgramming

@Suite struct MPSTests {
  static func fixture(_ name: String) throws -> URL {
    let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return directory.appendingPathComponent("mps").appendingPathComponent(name)
  }

  /// Compares every field, so that a failure says which one differs.
  static func expectSame(
    _ lp: LinearProgram, _ expected: LinearProgram, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(lp.name == expected.name, sourceLocation: sourceLocation)
    #expect(lp.objective == expected.objective, sourceLocation: sourceLocation)
    #expect(lp.objectiveConstant == expected.objectiveConstant, sourceLocation: sourceLocation)
    #expect(lp.columnNames == expected.columnNames, sourceLocation: sourceLocation)
    #expect(lp.columnLower == expected.columnLower, sourceLocation: sourceLocation)
    #expect(lp.columnUpper == expected.columnUpper, sourceLocation: sourceLocation)
    #expect(lp.rowNames == expected.rowNames, sourceLocation: sourceLocation)
    #expect(lp.rowLower == expected.rowLower, sourceLocation: sourceLocation)
    #expect(lp.rowUpper == expected.rowUpper, sourceLocation: sourceLocation)
    #expect(lp.matrix.rowCount == expected.matrix.rowCount, sourceLocation: sourceLocation)
    #expect(lp.matrix.columnCount == expected.matrix.columnCount, sourceLocation: sourceLocation)
    #expect(lp.matrix.rowStart == expected.matrix.rowStart, sourceLocation: sourceLocation)
    #expect(lp.matrix.columnIndices == expected.matrix.columnIndices, sourceLocation: sourceLocation)
    #expect(lp.matrix.values == expected.matrix.values, sourceLocation: sourceLocation)
    #expect(lp == expected, sourceLocation: sourceLocation)
  }

  /// What Fixtures/mps/free.mps holds (a maximisation, turned into a minimisation).
  static var freeFixtureLP: LinearProgram {
    var lp = LinearProgram(name: "TESTLP")
    let inf = Double.infinity
    let columns: [(String, Double, Double, Double)] = [
      ("X1", -1.5, 0, 4),  // UP 4; the UP of set BND2 is ignored
      ("X2", 2, -1, inf),  // LO -1, UP 1e30 = +inf
      ("X3", 0, 2, 2),  // FX 2
      ("X4", -1, -inf, inf),  // FR
      ("X5", 0, -inf, 3),  // MI, UP 3
      ("X6", 0, 0, inf),  // PL
      ("X7", 0, -inf, -2),  // negative UP on a default lower bound
      ("X8", 0, 0, -1),  // LO 0 given explicitly, then negative UP
      ("X9", 0, -inf, inf),  // LO -1e30
    ]
    for (name, cost, lower, upper) in columns { lp.addColumn(name: name, cost: cost, lower: lower, upper: upper) }
    lp.addRow(name: "EQPOS", lower: 4, upper: 6, terms: [(0, 1), (7, 1), (8, 1)])  // E, R = 2
    lp.addRow(name: "EQNEG", lower: -4.5, upper: -3, terms: [(1, 3)])  // E, R = -1.5
    lp.addRow(name: "LIM", lower: -inf, upper: 8, terms: [(0, 2)])  // L; explicit 0 dropped; RHS2 ignored
    lp.addRow(name: "LOW", lower: 1, upper: inf, terms: [(1, 1), (4, 0.25)])  // G
    lp.addRow(name: "LRANGE", lower: 2, upper: 6, terms: [(2, 4)])  // L, R = -4
    lp.addRow(name: "GRANGE", lower: 2, upper: 5, terms: [(2, -1), (5, 1)])  // G, R = 3
    lp.addRow(name: "EQZERO", lower: 5, upper: 5, terms: [(2, 1)])  // E, no range
    lp.addRow(name: "NORHS", lower: 0, upper: inf, terms: [(3, 1)])  // G, default RHS 0
    lp.objectiveConstant = 10  // RHS 10 on the objective: constant -10 in the maximisation
    return lp
  }

  /// What Fixtures/mps/fixed.mps holds.
  static var fixedFixtureLP: LinearProgram {
    var lp = LinearProgram(name: "FIXED LP")
    lp.addColumn(name: "X ONE", cost: 1, lower: 0, upper: 8)
    lp.addColumn(name: "X TWO", cost: 2.5, lower: -.infinity, upper: .infinity)
    lp.addColumn(name: "Z", cost: 0, lower: -.infinity, upper: -4)
    lp.addRow(name: "LIMIT 1", lower: 6, upper: 10, terms: [(0, 1), (1, -1)])
    lp.addRow(name: "LIMIT 2", lower: 2, upper: .infinity, terms: [(0, 1), (2, 3)])
    lp.addRow(name: "BAL ANCE", lower: 3, upper: 3, terms: [(1, 1)])
    lp.objectiveConstant = 5
    return lp
  }

  // MARK: Reading the fixtures

  @Test func readsFreeFixture() throws {
    let lp = try MPS.read(contentsOf: Self.fixture("free.mps"))
    Self.expectSame(lp, Self.freeFixtureLP)
    let explicit = try MPS.read(contentsOf: Self.fixture("free.mps"), format: .free)
    #expect(explicit == lp)
  }

  @Test func readsFixedFixtureWithSpacesInNames() throws {
    let lp = try MPS.read(contentsOf: Self.fixture("fixed.mps"), format: .fixed)
    Self.expectSame(lp, Self.fixedFixtureLP)
    // Detection: free parsing fails on the names with spaces, so the file is read as fixed MPS.
    let detected = try MPS.read(contentsOf: Self.fixture("fixed.mps"))
    #expect(detected == lp)
    #expect(throws: MPSError.self) { try MPS.read(contentsOf: Self.fixture("fixed.mps"), format: .free) }
  }

  @Test func readsStringWithoutFile() throws {
    let url = try Self.fixture("free.mps")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(try MPS.read(string: text) == Self.freeFixtureLP)
  }

  // MARK: Sections and conventions

  static let smallBody = """
    ROWS
     N  obj
     L  c1
    COLUMNS
     x  obj  2  c1  1
     y  obj  -3  c1  1
    RHS
     rhs  c1  4  obj  1.5
    ENDATA
    """

  @Test(arguments: [
    ("OBJSENSE MAX\n", true), ("OBJSENSE    MAXIMIZE\n", true), ("OBJSENSE\n    MAX\n", true),
    ("OBJSENSE\nMAXIMIZE\n", true), ("OBJSENSE\n  max\n", true), ("OBJSENSE MIN\n", false),
    ("OBJSENSE\n    MINIMIZE\n", false), ("", false),
  ])
  func objectiveSense(header: String, maximize: Bool) throws {
    let lp = try MPS.read(string: "NAME small\n" + header + Self.smallBody)
    // The file's objective is 2x - 3y - 1.5 (RHS 1.5 on the objective row means constant -1.5).
    #expect(lp.objective == (maximize ? [-2, 3] : [2, -3]))
    #expect(lp.objectiveConstant == (maximize ? 1.5 : -1.5))
    #expect(lp.rowLower == [-.infinity])
    #expect(lp.rowUpper == [4])
    #expect(lp.name == "small")
  }

  @Test func toleratesCommentsBlankLinesTabsAndCRLF() throws {
    let text =
      "* comment\r\nNAME\r\n\r\nROWS\r\n N obj\r\n\tE\tc1\r\n* another\r\nCOLUMNS\r\n x\tobj\t1\tc1\t2\r\n"
      + "RHS\r\n c1 3\r\nBOUNDS\r\n UP x 5\r\nENDATA\r\nthis text after ENDATA is ignored\r\n"
    let lp = try MPS.read(string: text)
    #expect(lp.name == "")
    #expect(lp.objective == [1])
    #expect(lp.rowLower == [3])
    #expect(lp.rowUpper == [3])
    #expect(lp.columnUpper == [5])
    #expect(lp.matrix.values == [2])
  }

  @Test func freeFormatOptionalSetNamesAndUnindentedData() throws {
    let text = """
      NAME
      ROWS
      N obj
      G c1
      G c2
      COLUMNS
      x obj 1 c1 1
      x c2 1
      RHS
      c1 2 c2 3
      RANGES
      c1 1
      BOUNDS
      UP x 7
      MI x
      ENDATA
      """
    let lp = try MPS.read(string: text)
    #expect(lp.rowLower == [2, 3])
    #expect(lp.rowUpper == [3, .infinity])
    #expect(lp.columnLower == [-.infinity])
    #expect(lp.columnUpper == [7])
  }

  @Test func numbersInManyForms() throws {
    let values = [
      "1.", ".5", "-0", "+2", "1E+3", "-1.25e-2", "0.1", "0.30000000000000004", "9007199254740993",
      "2.2250738585072014e-308", "123456789012345678901234567890", "1e400", "-Infinity", "inf", "1e30", "-1e29",
    ]
    let expected: [Double] = [
      1, 0.5, 0, 2, 1000, -0.0125, 0.1, 0.30000000000000004, 9007199254740992, 2.2250738585072014e-308,
      1.2345678901234568e29, .infinity, -.infinity, .infinity, .infinity, -1e29,
    ]
    var text = "ROWS\n N obj\n"
    for k in values.indices { text += " G r\(k)\n" }
    text += "COLUMNS\n x obj 1\nRHS\n"
    for (k, v) in values.enumerated() { text += " rhs r\(k) \(v)\n" }
    text += "ENDATA\n"
    let lp = try MPS.read(string: text)
    #expect(lp.rowLower == expected)
  }

  @Test func laterNRowsAreIgnored() throws {
    let text = """
      ROWS
       N  obj
       N  free1
       E  c1
      COLUMNS
       x  free1  5  obj  1
       x  c1  1
      RHS
       rhs  free1  3  c1  2
      RANGES
       rng  free1  1
      ENDATA
      """
    let lp = try MPS.read(string: text)
    #expect(lp.rowNames == ["c1"])
    #expect(lp.objective == [1])
    #expect(lp.matrix.values == [1])
    #expect(lp.rowLower == [2])
  }

  @Test func longModelNameWithSpacesSurvives() throws {
    var lp = LinearProgram(name: String(repeating: "a long model name ", count: 8) + "end")
    lp.addColumn(name: "x", cost: 1)
    #expect(try MPS.read(string: try MPS.write(lp)).name == lp.name)
  }

  @Test func emptyColumnsAndRowsSurvive() throws {
    let text = "ROWS\n N obj\n L c1\n G c2\nCOLUMNS\n x obj 0\nENDATA\n"
    let lp = try MPS.read(string: text)
    #expect(lp.columnCount == 1)
    #expect(lp.rowCount == 2)
    #expect(lp.matrix.nonzeroCount == 0)
    #expect(lp.matrix.rowStart == [0, 0, 0])
    #expect(lp.rowUpper == [0, .infinity])
  }

  // MARK: Errors

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var text: String
    var format: MPSFormat?
    var line: Int
    var fragments: [String]
    var testDescription: String { fragments.first ?? "" }
  }

  static let head = "NAME t\nROWS\n N  obj\n L  R1\n"  // lines 1-4
  static let withColumn = head + "COLUMNS\n x  obj  1  R1  2\n"  // lines 5-6

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      text: head + "COLUMNS\n x  obj  1  R9  2\nENDATA\n", line: 6,
      fragments: ["unknown row 'R9' in COLUMNS (declare it in ROWS)"]),
    ErrorCase(
      text: head + "COLUMNS\n x  obj  abc\nENDATA\n", line: 6, fragments: ["value 'abc'", "is not a number"]),
    ErrorCase(
      text: head + "COLUMNS\n x  obj  nan\nENDATA\n", line: 6, fragments: ["value 'nan'", "is not a number"]),
    ErrorCase(
      text: head + "COLUMNS\n x  obj  0x10\nENDATA\n", line: 6, fragments: ["value '0x10'", "is not a number"]),
    ErrorCase(
      text: head + "COLUMNS\n x  R1  1e30\nENDATA\n", line: 6, fragments: ["coefficient '1e30'", "below 1e30"]),
    ErrorCase(
      text: head + "COLUMNS\n x  R1  1  R1  2\nENDATA\n", line: 6,
      fragments: ["duplicate entry for row 'R1' in column 'x'"]),
    ErrorCase(
      text: head + "COLUMNS\n x  R1  1\n y  R1  1\n x  obj  1\nENDATA\n", line: 8,
      fragments: ["column 'x' appears again", "line 6", "contiguous"]),
    ErrorCase(
      text: head + "COLUMNS\n x  R1  1  obj\nENDATA\n", line: 6,
      fragments: ["COLUMNS line has 4 fields", "column row value [row value]"]),
    ErrorCase(
      text: head + "COLUMNS\n MARKER  'MARKER'  'INTORG'\n x  R1  1\nENDATA\n", line: 6,
      fragments: ["'INTORG'", "integer variables are not supported by an LP solver"]),
    ErrorCase(
      text: withColumn + "BOUNDS\n XX BND  x  1\nENDATA\n", line: 8,
      fragments: ["bound type 'XX' (allowed: UP LO FX FR MI PL)"]),
    ErrorCase(
      text: withColumn + "BOUNDS\n BV BND  x\nENDATA\n", line: 8,
      fragments: ["bound type 'BV'", "integer", "(allowed: UP LO FX FR MI PL)"]),
    ErrorCase(
      text: withColumn + "BOUNDS\n SC BND  x  4\nENDATA\n", line: 8, fragments: ["bound type 'SC'", "semi-continuous"]),
    ErrorCase(
      text: withColumn + "BOUNDS\n UP BND  x9  1\nENDATA\n", line: 8, fragments: ["unknown column 'x9' in BOUNDS"]),
    ErrorCase(
      text: withColumn + "BOUNDS\n UP BND  x  1.2.3\nENDATA\n", line: 8,
      fragments: ["value '1.2.3' in BOUNDS is not a number"]),
    ErrorCase(
      text: withColumn + "BOUNDS\n UP BND  x\nENDATA\n", line: 8, fragments: ["missing value for bound UP", "'x'"]),
    ErrorCase(
      text: withColumn + "BOUNDS\n UP BND  x  1  2\nENDATA\n", line: 8, fragments: ["BOUNDS line has 5 fields"]),
    ErrorCase(
      text: withColumn + "RHS\n RHS  R7  1\nENDATA\n", line: 8, fragments: ["unknown row 'R7' in RHS"]),
    ErrorCase(
      text: withColumn + "RHS\n RHS  R1  1  R1  2\nENDATA\n", line: 8, fragments: ["duplicate RHS for row 'R1'"]),
    ErrorCase(
      text: withColumn + "RHS\n RHS  obj  1e30\nENDATA\n", line: 8, fragments: ["RHS '1e30'", "objective"]),
    ErrorCase(
      text: withColumn + "RANGES\n RNG  obj  1\nENDATA\n", line: 8,
      fragments: ["RANGES entry for objective row 'obj'"]),
    ErrorCase(
      text: withColumn + "RANGES\n RNG  R1  x\nENDATA\n", line: 8, fragments: ["value 'x' in RANGES is not a number"]),
    ErrorCase(
      text: "NAME t\nROWS\n N  obj\n L  R1\n G  R1\nENDATA\n", line: 5,
      fragments: ["duplicate row name 'R1'", "line 4"]),
    ErrorCase(text: "ROWS\n X  R2\nENDATA\n", line: 2, fragments: ["row type 'X' (allowed: N E L G)"]),
    ErrorCase(text: "ROWS\n L\nENDATA\n", line: 2, fragments: ["ROWS line has 1 fields"]),
    ErrorCase(text: "ROWS\n N  obj\nCOLUMN\nENDATA\n", line: 3, fragments: ["unknown section 'COLUMN'", "ROWS"]),
    ErrorCase(
      text: "ROWS\n N  obj\nQCMATRIX  c1\nENDATA\n", line: 3,
      fragments: ["section 'QCMATRIX' is not supported", "QUADOBJ"]),
    ErrorCase(text: "OBJSENSE\n    UP\nENDATA\n", line: 2, fragments: ["objective sense 'UP'", "MAX", "MINIMIZE"]),
    ErrorCase(text: "OBJSENSE\nROWS\nENDATA\n", line: 2, fragments: ["OBJSENSE section without a sense"]),
    ErrorCase(text: " x  obj  1\nENDATA\n", line: 1, fragments: ["before any section"]),
    ErrorCase(text: withColumn, line: 6, fragments: ["ends without ENDATA"]),
    ErrorCase(
      text: head + "COLUMNS\n    x         R1                   1.25\nENDATA\n", format: .fixed, line: 6,
      fragments: ["text '1.25' in column 37", "fixed MPS fields"]),
    ErrorCase(
      text: head + "COLUMNS\n    x         R1        1\tobj 1\nENDATA\n", format: .fixed, line: 6,
      fragments: ["tab character in column 26"]),
    ErrorCase(
      text: head + "COLUMNS\n    x         R1        12x\nENDATA\n", format: .fixed, line: 6,
      fragments: ["value '12x' in COLUMNS is not a number"]),
    ErrorCase(
      text: "NAME t\nROWS\n N  obj\n L  R 1\nCOLUMNS\n    x         R 9       1\nENDATA\n", format: .fixed,
      line: 6, fragments: ["unknown row 'R 9' in COLUMNS"]),
  ]

  @Test(arguments: errorCases)
  func errorsNameLineAndToken(_ errorCase: ErrorCase) throws {
    let error = #expect(throws: MPSError.self) {
      try MPS.read(string: errorCase.text, fileName: "model.mps", format: errorCase.format)
    }
    guard let error else { return }
    #expect(error.line == errorCase.line)
    #expect(error.file == "model.mps")
    #expect(error.description.hasPrefix("model.mps:\(errorCase.line): "))
    for fragment in errorCase.fragments {
      #expect(error.description.contains(fragment), "\(error.description) should contain \(fragment)")
    }
  }

  @Test func errorDescriptionForms() {
    #expect(
      MPSError(file: "model.mps", line: 12, message: "unknown row 'R9' in COLUMNS (declare it in ROWS)").description
        == "model.mps:12: unknown row 'R9' in COLUMNS (declare it in ROWS)")
    #expect(MPSError(line: 3, message: "m").description == "line 3: m")
    #expect(MPSError(file: "a.mps", line: 0, message: "m").description == "a.mps: m")
    #expect(MPSError(line: 0, message: "m").description == "m")
  }

  @Test func errorWithoutFileNameShowsLine() {
    let error = #expect(throws: MPSError.self) { try MPS.read(string: Self.head + "COLUMNS\n x  R9  1\nENDATA\n") }
    #expect(error?.description.hasPrefix("line 6: unknown row 'R9'") == true)
  }

  @Test func emptyAndMissingFiles() {
    let empty = #expect(throws: MPSError.self) { try MPS.read(string: "") }
    #expect(empty?.message.contains("empty") == true)
    let url = URL(fileURLWithPath: "/nonexistent/dir/none.mps")
    let missing = #expect(throws: MPSError.self) { try MPS.read(contentsOf: url) }
    #expect(missing?.file == "none.mps")
    #expect(missing?.message.contains("cannot read") == true)
  }

  @Test func detectionReportsTheFurthestError() {
    // A free file with an error on line 6: the fixed attempt fails earlier, so the free error is reported.
    let error = #expect(throws: MPSError.self) {
      try MPS.read(string: "ROWS\n N  objective\n L  constraint\nCOLUMNS\n x  objective  1\n x  nope  1\nENDATA\n")
    }
    #expect(error?.line == 6)
    #expect(error?.message.contains("unknown row 'nope'") == true)
  }

  // MARK: Writing and round trips

  /// An LP with every kind of row and bound, awkward numbers, and a matrix with duplicates, zeros and unsorted rows.
  static func randomLP(seed: UInt64, columns n: Int = 60, rows m: Int = 45) -> LinearProgram {
    var rng = SplitMix64(seed: seed)
    let awkward: [Double] = [
      0.1, 1.0 / 3, -2.5e-7, 1e20, -123456.789, 0.30000000000000004, 5e-324, 1e-300, 7, -1, 2.5, 1e15, 123456789012,
    ]
    func value() -> Double {
      rng.next() % 3 == 0 ? awkward[Int(rng.next() % UInt64(awkward.count))] : rng.double(in: -1000...1000)
    }
    var lp = LinearProgram(name: "random \(seed)")
    for j in 0..<n {
      let lower: Double
      let upper: Double
      switch rng.next() % 8 {
      case 0: (lower, upper) = (0, .infinity)
      case 1: (lower, upper) = ordered(value(), value())
      case 2: (lower, upper) = (-.infinity, .infinity)
      case 3: (lower, upper) = (-.infinity, value())
      case 4: (lower, upper) = (value(), .infinity)
      case 5: let v = value(); (lower, upper) = (v, v)
      case 6: (lower, upper) = (0, -abs(value()) - 1)  // infeasible, but must survive
      default: (lower, upper) = (0, abs(value()))
      }
      lp.addColumn(name: "col\(j)", cost: rng.next() % 4 == 0 ? 0 : value(), lower: lower, upper: upper)
    }
    for i in 0..<m {
      let lower: Double
      let upper: Double
      switch rng.next() % 6 {
      case 0: let v = value(); (lower, upper) = (v, v)
      case 1: (lower, upper) = (-.infinity, value())
      case 2: (lower, upper) = (value(), .infinity)
      case 3: (lower, upper) = (-.infinity, .infinity)
      default:
        var (a, b) = ordered(value(), value())
        if a == b { b = a + 1 }
        (lower, upper) = (a, b)
      }
      var terms: [(Int, Double)] = []
      for _ in 0..<Int(rng.next() % 7) {
        let j = Int(rng.next() % UInt64(n))
        terms.append((j, rng.next() % 9 == 0 ? 0 : value()))
        if rng.next() % 5 == 0 { terms.append((j, value())) }  // duplicate entry
      }
      lp.addRow(name: "row\(i)", lower: lower, upper: upper, terms: terms)
    }
    lp.objectiveConstant = value()
    return lp
  }

  static func ordered(_ a: Double, _ b: Double) -> (Double, Double) { a <= b ? (a, b) : (b, a) }

  static func compacted(_ lp: LinearProgram) -> LinearProgram {
    var out = lp
    out.matrix = lp.matrix.compacted()
    return out
  }

  /// Ranged rows (two different finite bounds) come back exactly when some double R gives lower + R == upper or
  /// upper - R == lower; otherwise (like [-0.3, 0.1]) no MPS range reproduces them and one bound may move by about
  /// half an ulp of upper - lower. This accepts such moves, and only those.
  static func withRangedRowsOf(_ back: LinearProgram, _ lp: LinearProgram) -> LinearProgram {
    var out = back
    for i in 0..<min(lp.rowCount, back.rowCount)
    where lp.rowLower[i].isFinite && lp.rowUpper[i].isFinite && lp.rowLower[i] != lp.rowUpper[i] {
      let tolerance = (lp.rowUpper[i] - lp.rowLower[i]).ulp
      if abs(back.rowLower[i] - lp.rowLower[i]) <= tolerance { out.rowLower[i] = lp.rowLower[i] }
      if abs(back.rowUpper[i] - lp.rowUpper[i]) <= tolerance { out.rowUpper[i] = lp.rowUpper[i] }
    }
    return out
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func freeRoundTrip(seed: UInt64) throws {
    let lp = Self.randomLP(seed: seed)
    let text = try MPS.write(lp)
    let back = try MPS.read(string: text, format: .free)
    Self.expectSame(Self.withRangedRowsOf(back, lp), Self.compacted(lp))
    // Detection picks free format, and writing again gives the same text.
    #expect(try MPS.read(string: text) == back)
    #expect(try MPS.write(back) == text)
  }

  @Test func rangedRowsRoundTrip() throws {
    var lp = LinearProgram(name: "ranges")
    let x = lp.addColumn(name: "x")
    let exact: [(Double, Double)] = [
      (0.1, 0.3), (-1e20, 1), (1, 1e20), (0.7, 0.7000000000000001), (1e-300, 1e-299), (123456.789, 987654.321),
      (-5e-324, 5e-324), (1.0 / 3, 2.0 / 3), (-2, 7), (10, 500), (0.95, 1.05), (-1e-9, 1e-9),
    ]
    let inexact: [(Double, Double)] = [(-0.3, 0.1)]
    for (k, (lower, upper)) in (exact + inexact).enumerated() {
      lp.addRow(name: "r\(k)", lower: lower, upper: upper, terms: [(x, 1)])
    }
    let back = try MPS.read(string: try MPS.write(lp))
    #expect(Array(back.rowLower.prefix(exact.count)) == exact.map(\.0))
    #expect(Array(back.rowUpper.prefix(exact.count)) == exact.map(\.1))
    #expect(back.rowLower.last == -0.3)
    #expect(back.rowUpper.last.map { abs($0 - 0.1) <= 0.4.ulp } == true)
  }

  @Test func writesReadableFreeMPS() throws {
    var lp = LinearProgram(name: "tiny")
    let x = lp.addColumn(name: "x", cost: 1, lower: 0, upper: 4)
    let y = lp.addColumn(name: "y", cost: -2.5, lower: -1, upper: .infinity)
    let z = lp.addColumn(name: "z", cost: 0, lower: -.infinity, upper: .infinity)
    lp.addRow(name: "c1", lower: 1, upper: 1, terms: [(x, 1), (y, 1)])
    lp.addRow(name: "c2", lower: 2, upper: 5, terms: [(x, 1), (z, 0.5)])
    lp.addRow(name: "c3", lower: -.infinity, upper: .infinity, terms: [(y, 3)])
    lp.objectiveConstant = 7
    let text = try MPS.write(lp)
    #expect(
      text == """
        NAME          tiny
        ROWS
         N  OBJ
         E  c1
         G  c2
         G  c3
        COLUMNS
            x         OBJ       1              c1        1
            x         c2        1
            y         OBJ       -2.5           c1        1
            y         c3        3
            z         c2        0.5
        RHS
            RHS       OBJ       -7             c1        1
            RHS       c2        2              c3        -1e+30
        RANGES
            RNG       c2        3
        BOUNDS
         UP BND       x         4
         LO BND       y         -1
         FR BND       z
        ENDATA

        """)
  }

  @Test func writerRenamesObjectiveAndReplacesWhitespaceInFreeNames() throws {
    var lp = LinearProgram(name: "names")
    let a = lp.addColumn(name: "my col", cost: 1)
    let b = lp.addColumn(name: "", cost: 1)
    lp.addRow(name: "OBJ", lower: 1, upper: .infinity, terms: [(a, 1), (b, 1)])
    lp.addRow(name: "tab\there", lower: 1, upper: .infinity, terms: [(a, 1)])
    let text = try MPS.write(lp)
    #expect(text.contains(" N  OBJ1\n"))
    let back = try MPS.read(string: text)
    #expect(back.columnNames == ["my_col", "_"])
    #expect(back.rowNames == ["OBJ", "tab_here"])
    #expect(back.objective == [1, 1])
  }

  @Test func fixedRoundTrip() throws {
    var lp = LinearProgram(name: "fixed model")
    let a = lp.addColumn(name: "X ONE", cost: 1.5, lower: -2, upper: 8)
    let b = lp.addColumn(name: "LONGNAME", cost: -1, lower: -.infinity, upper: -3)
    let c = lp.addColumn(name: "C", cost: 0, lower: 0, upper: -1)
    lp.addRow(name: "ROW 1", lower: 1, upper: 3, terms: [(a, 1), (b, -2.25)])
    lp.addRow(name: "R2", lower: -.infinity, upper: 1e-7, terms: [(b, 1), (c, 4)])
    lp.addRow(name: "FREE", lower: -.infinity, upper: .infinity, terms: [(a, 1)])
    lp.objectiveConstant = -12.5
    let text = try MPS.write(lp, format: .fixed)
    let back = try MPS.read(string: text, format: .fixed)
    Self.expectSame(back, lp)
    #expect(try MPS.read(string: text) == lp)  // detected as fixed (spaces in names)
    for line in text.split(separator: "\n") { #expect(line.utf8.count <= 61) }
  }

  @Test func fixedWriterRoundsLongNumbersToTwelveCharacters() throws {
    var lp = LinearProgram(name: "p")
    let values = [1.0 / 3, -2.0 / 3 * 1e-100, 123456789.123456789, 0.30000000000000004, -1.2345678901234567e20]
    for (k, v) in values.enumerated() { lp.addColumn(name: "x\(k)", cost: v) }
    let text = try MPS.write(lp, format: .fixed)
    let back = try MPS.read(string: text, format: .fixed)
    for (v, w) in zip(values, back.objective) { #expect(abs(v - w) <= 1e-5 * abs(v)) }
    #expect(text.contains("-1.234568e20"))
    #expect(text.contains("0.3333333333"))
  }

  @Test func writerErrors() {
    var long = LinearProgram(name: "p")
    long.addColumn(name: "ninechars")
    let e1 = #expect(throws: MPSError.self) { try MPS.write(long, format: .fixed) }
    #expect(e1?.message.contains("'ninechars'") == true)
    #expect(e1?.message.contains("8") == true)
    #expect(e1?.line == 0)

    var spaced = LinearProgram(name: "p")
    spaced.addColumn(name: " lead")
    #expect(throws: MPSError.self) { try MPS.write(spaced, format: .fixed) }

    var duplicate = LinearProgram(name: "p")
    duplicate.addColumn(name: "a b")
    duplicate.addColumn(name: "a_b")
    let e2 = #expect(throws: MPSError.self) { try MPS.write(duplicate) }
    #expect(e2?.message.contains("'a_b'") == true)

    var marker = LinearProgram(name: "p")
    marker.addRow(name: "'MARKER'", lower: 0, upper: 1, terms: [])
    #expect(throws: MPSError.self) { try MPS.write(marker) }
    #expect(throws: MPSError.self) { try MPS.write(marker, format: .fixed) }

    var nanCost = LinearProgram(name: "p")
    nanCost.addColumn(name: "x", cost: .nan)
    #expect(throws: MPSError.self) { try MPS.write(nanCost) }

    var crossed = LinearProgram(name: "p")
    crossed.addRow(name: "bad", lower: 2, upper: 1, terms: [])
    let e3 = #expect(throws: MPSError.self) { try MPS.write(crossed) }
    #expect(e3?.message.contains("'bad'") == true)

    var infiniteCoefficient = LinearProgram(name: "p")
    let x = infiniteCoefficient.addColumn(name: "x")
    infiniteCoefficient.addRow(name: "r", lower: 0, upper: 1, terms: [(x, .infinity)])
    #expect(throws: MPSError.self) { try MPS.write(infiniteCoefficient) }

    var inconsistent = LinearProgram(name: "p")
    inconsistent.addColumn(name: "x")
    inconsistent.columnUpper = []
    let e4 = #expect(throws: MPSError.self) { try MPS.write(inconsistent) }
    #expect(e4?.message.contains("inconsistent") == true)

    var badMatrix = LinearProgram(name: "p")
    badMatrix.addColumn(name: "x")
    badMatrix.addRow(name: "r", lower: 0, upper: 1, terms: [(0, 1)])
    badMatrix.matrix = SparseMatrix(rowCount: 1, columnCount: 1, rowStart: [0, 1], columnIndices: [5], values: [1])
    let e5 = #expect(throws: MPSError.self) { try MPS.write(badMatrix) }
    #expect(e5?.message.contains("column index 5") == true)
  }

  @Test func writeToFileAndReadBack() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mps-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("model.mps")
    let lp = Self.randomLP(seed: 42)
    try MPS.write(lp, to: url)
    try MPS.write(lp, to: url)  // replaces the existing file
    #expect(try MPS.read(contentsOf: url) == Self.compacted(lp))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["model.mps"])
    let missing = directory.appendingPathComponent("no/such/dir/model.mps")
    let error = #expect(throws: MPSError.self) { try MPS.write(lp, to: missing) }
    #expect(error?.file == "model.mps")
  }

  // MARK: HiGHS cross-check

  /// Prints, as one JSON line, the LP HiGHS reads from an MPS file (objective sense and offset, costs, bounds and
  /// names) and, with a second argument, the model status and objective after solving it.
  static let highsDump = """
    import json, math, sys, highspy
    h = highspy.Highs()
    h.silent()
    if h.readModel(sys.argv[1]) == highspy.HighsStatus.kError:
        sys.exit(f"HiGHS cannot read {sys.argv[1]}")
    lp = h.getLp()
    number = lambda x: float(x) if math.isfinite(x) else ("inf" if x > 0 else "-inf")
    numbers = lambda v: [number(x) for x in v]
    out = {"maximize": lp.sense_ == highspy.ObjSense.kMaximize, "offset": lp.offset_,
           "cost": numbers(lp.col_cost_), "col_lower": numbers(lp.col_lower_), "col_upper": numbers(lp.col_upper_),
           "row_lower": numbers(lp.row_lower_), "row_upper": numbers(lp.row_upper_),
           "col_names": list(lp.col_names_), "row_names": list(lp.row_names_)}
    if len(sys.argv) > 2:
        h.run()
        out["optimal"] = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
        out["objective"] = h.getInfo().objective_function_value
    print(json.dumps(out))
    """

  /// The numbers of a JSON array written by `highsDump` (infinities as "inf" and "-inf").
  static func doubles(_ value: Any?) throws -> [Double] {
    let array = try #require(value as? [Any], "not an array: \(String(describing: value))")
    return try array.map { item in
      switch item {
      case let number as NSNumber: return number.doubleValue
      case "inf" as String: return .infinity
      case "-inf" as String: return -.infinity
      default: throw ReferenceTestFailure("not a number: \(item)")
      }
    }
  }

  @Test(.enabled(if: ReferencePython.enabled("highspy"), "needs highspy: run `make test`"))
  func highsReadsTheFixtureLikeWeDo() throws {
    let url = try Self.fixture("free.mps")
    let highs = try ReferencePython.json(["-c", Self.highsDump, url.path])
    let ours = try MPS.read(contentsOf: url)
    #expect(highs["maximize"] as? Bool == true)
    let sign: Double = -1
    #expect((highs["offset"] as? Double).map { sign * $0 } == ours.objectiveConstant)
    #expect(try Self.doubles(highs["cost"]).map { sign * $0 } == ours.objective)
    // HiGHS 1.15 keeps a lower bound of 0 under a negative UP bound (X7); CPLEX semantics make it -inf.
    var highsLower = try Self.doubles(highs["col_lower"])
    try #require(highsLower.count == ours.columnLower.count)
    #expect(highsLower[6] == 0)
    highsLower[6] = -.infinity
    #expect(highsLower == ours.columnLower)
    #expect(try Self.doubles(highs["col_upper"]) == ours.columnUpper)
    #expect(try Self.doubles(highs["row_lower"]) == ours.rowLower)
    #expect(try Self.doubles(highs["row_upper"]) == ours.rowUpper)
    #expect(highs["col_names"] as? [String] == ours.columnNames)
    #expect(highs["row_names"] as? [String] == ours.rowNames)
  }

  @Test(.enabled(if: ReferencePython.enabled("highspy"), "needs highspy: run `make test`"))
  func highsSolvesWhatWeWrite() throws {
    // maximise 3x + 2y + 1  s.t.  x + y <= 4,  x + 3y <= 6,  1 <= x - y <= 5 (ranged),  x + 10y free,  0 <= x <= 3.
    // Optimum x = 3, y = 1: 3*3 + 2*1 + 1 = 12, so the minimisation we write has optimum -12.
    var lp = LinearProgram(name: "highs check")
    let x = lp.addColumn(name: "x", cost: -3, lower: 0, upper: 3)
    let y = lp.addColumn(name: "y", cost: -2)
    lp.addRow(name: "cap", lower: -.infinity, upper: 4, terms: [(x, 1), (y, 1)])
    lp.addRow(name: "mix", lower: -.infinity, upper: 6, terms: [(x, 1), (y, 3)])
    lp.addRow(name: "diff", lower: 1, upper: 5, terms: [(x, 1), (y, -1)])
    lp.addRow(name: "free", lower: -.infinity, upper: .infinity, terms: [(x, 1), (y, 10)])
    lp.objectiveConstant = -1
    #expect(lp.objectiveValue([3, 1]) == -12)
    #expect(lp.maximumRelativeViolation([3, 1]) == 0)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mps-highs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("tiny.mps")
    try MPS.write(lp, to: url)
    let highs = try ReferencePython.json(["-c", Self.highsDump, url.path, "solve"])
    #expect(try Self.doubles(highs["row_lower"]) == lp.rowLower)
    #expect(try Self.doubles(highs["row_upper"]) == lp.rowUpper)
    #expect(highs["optimal"] as? Bool == true)
    let objective = try #require(highs["objective"] as? Double)
    #expect(abs(objective - -12) < 1e-9)
  }
}

struct ReferenceTestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A small deterministic random number generator for the round-trip tests.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func double(in range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &self) }
}
