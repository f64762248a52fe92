/// Errors in the input of a solve (as opposed to statuses such as infeasible, which are results).
public enum LinearProgramError: Error, Equatable, CustomStringConvertible {
  /// A number that must be finite is NaN or infinite; names the field, the row or column, and the value.
  case invalidValue(field: String, name: String, value: Double)
  /// Arrays that must have equal length do not.
  case inconsistentSizes(String)
  /// The staged backend was given a stage structure that does not fit the LP.
  case invalidStageStructure(String)
  /// The LP is larger than the solver's 32-bit indices allow.
  case tooLarge(String)

  public var description: String {
    switch self {
    case .invalidValue(let field, let name, let value):
      return "\(field) of '\(name)' is \(value); allowed: a finite number"
        + (field.contains("bound") ? " (or ±infinity for a bound; NaN is never allowed)" : "")
    case .inconsistentSizes(let s): return "inconsistent LP: \(s)"
    case .invalidStageStructure(let s): return "invalid stage structure: \(s)"
    case .tooLarge(let s): return "LP too large: \(s)"
    }
  }
}
