/// The time structure of a multi-period LP, given by the caller to the staged linear-system backend.
///
/// Every row and column belongs to a stage `0 ..< stageCount` (an hour of a dispatch study) or to the border
/// (``StageStructure/border``): rows or columns that touch many stages, such as a cyclic state-of-charge row, an annual
/// CO2 cap or a storage capacity chosen by the optimiser. Two rows that share a non-border column must lie in the
/// same stage or in neighbouring stages; the backend checks this and says which row and column break it.
public struct StageStructure: Sendable, Equatable {
  /// The stage value that marks a border row or column.
  public static let border = -1

  public var rowStage: [Int]
  public var columnStage: [Int]

  public init(rowStage: [Int], columnStage: [Int]) {
    self.rowStage = rowStage
    self.columnStage = columnStage
  }

  /// The number of stages: one more than the largest stage index.
  public var stageCount: Int { max(rowStage.max() ?? -1, columnStage.max() ?? -1) + 1 }

  /// Reads stages from names that end in `@<stage>` (for example `balance_ORD@17`); names without the suffix are
  /// border rows or columns. This is how MPS files carry their time structure to `gridplan solve --staged`.
  public static func fromNames(_ lp: LinearProgram) -> StageStructure {
    StageStructure(rowStage: lp.rowNames.map(stage(ofName:)), columnStage: lp.columnNames.map(stage(ofName:)))
  }

  static func stage(ofName name: String) -> Int {
    guard let at = name.lastIndex(of: "@"), let t = Int(name[name.index(after: at)...]), t >= 0 else {
      return border
    }
    return t
  }
}
