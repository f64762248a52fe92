import Foundation
import Yams

/// A sweep definition file (`gridplan sweep --file sweep.yaml`):
///
/// ```yaml
/// network: Networks/inner-mongolia     # optional, default the command's NETWORK argument
/// scenario: mengxi-bth                 # optional
/// hours: 8760                          # optional
/// start: "2024-01-01T00:00"            # optional
/// at: [[ORD], [XLG, ULQ]]              # bus groups: storage is split equally over a group's buses
/// power_mw: [0, 1000, 2000, 4000]
/// duration_h: [2, 4]
/// ```
public struct SweepFile: Sendable, Equatable, Decodable {
  public var network: String?
  public var scenario: String?
  public var hours: Int?
  public var start: String?
  public var at: [[String]]
  public var powerMW: [Double]
  public var durationH: [Double]

  enum CodingKeys: String, CodingKey {
    case network, scenario, hours, start, at
    case powerMW = "power_mw"
    case durationH = "duration_h"
  }

  /// Reads and checks a sweep file; errors name the file and what is wrong.
  public static func read(_ url: URL) throws -> SweepFile {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw InputProblem(at: SourceLocation(file: url.path), "cannot read the sweep file")
    }
    let file: SweepFile
    do {
      file = try YAMLDecoder().decode(SweepFile.self, from: text)
    } catch let DecodingError.keyNotFound(key, _) {
      throw InputProblem(at: SourceLocation(file: url.path), "'\(key.stringValue)' is missing; allowed keys: network, scenario, hours, start, at, power_mw, duration_h")
    } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      throw InputProblem(at: SourceLocation(file: url.path), "\(path): \(context.debugDescription)")
    } catch {
      throw InputProblem(at: SourceLocation(file: url.path), "malformed YAML: \(error)")
    }
    for p in file.powerMW where !(p.isFinite && p >= 0) {
      throw InputProblem(at: SourceLocation(file: url.path), "power_mw has \(p); allowed: numbers >= 0")
    }
    for d in file.durationH where !(d.isFinite && d > 0) {
      throw InputProblem(at: SourceLocation(file: url.path), "duration_h has \(d); allowed: numbers > 0")
    }
    return file
  }
}
