/// What can go wrong while synthesising profiles; each case names the value and what would be valid.
public enum ProfileSynthesisError: Error, Equatable, CustomStringConvertible {
  /// The site correlation matrix is not positive definite (two sites at the same place, or a bad length scale).
  case correlationNotPositiveDefinite(order: Int)
  /// A calibration target cannot be met within [0, 1] (e.g. a capacity factor above the share of daylight hours).
  case unreachableTarget(kind: String, column: String, target: Double, reached: Double)
  /// Two sites share an id (ids are CSV column names).
  case duplicateSite(id: String)
  /// A setting is out of range.
  case invalidSetting(name: String, value: Double, allowed: String)
  /// An export corridor's schedule cannot be built (rating, energy above rating x hours, in-service date).
  case invalidCorridor(id: String, problem: String)

  public var description: String {
    switch self {
    case .correlationNotPositiveDefinite(let order):
      return "site correlation matrix is not positive definite (leading minor \(order)); "
        + "check for sites at the same coordinates or a non-positive correlation length"
    case .unreachableTarget(let kind, let column, let target, let reached):
      return "\(kind) column \(column): annual mean \(target) cannot be reached within [0, 1] "
        + "(reached \(reached)); lower the target"
    case .duplicateSite(let id):
      return "site id \(id) appears twice; ids must be unique (they are the CSV column names)"
    case .invalidSetting(let name, let value, let allowed):
      return "setting \(name) = \(value) is out of range; allowed: \(allowed)"
    case .invalidCorridor(let id, let problem):
      return "corridor \(id): \(problem)"
    }
  }
}
