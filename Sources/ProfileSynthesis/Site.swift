import Foundation

/// A place that gets one column in every profile file, with the calibration targets of its wind and solar output.
public struct Site: Sendable, Equatable {
  /// Which daily load shape applies: SWITCH-China's daily peak/min ratio is 1.10 in the west, 1.28 in the east.
  public enum LoadClass: String, Sendable, Equatable {
    case west, east
  }

  /// Bus id, also the CSV column name.
  public var id: String
  public var name: String
  /// Grid area: MX (Mengxi) or MD (Mengdong).
  public var area: String
  public var latitude: Double
  public var longitude: Double
  /// Target annual capacity factor of wind (mean of the hourly availability).
  public var windCapacityFactor: Double
  /// Target annual capacity factor of solar PV.
  public var solarCapacityFactor: Double
  public var loadClass: LoadClass
  /// Where the targets come from.
  public var note: String

  public init(
    id: String, name: String, area: String, latitude: Double, longitude: Double,
    windCapacityFactor: Double, solarCapacityFactor: Double, loadClass: LoadClass, note: String = ""
  ) {
    self.id = id
    self.name = name
    self.area = area
    self.latitude = latitude
    self.longitude = longitude
    self.windCapacityFactor = windCapacityFactor
    self.solarCapacityFactor = solarCapacityFactor
    self.loadClass = loadClass
    self.note = note
  }

  /// Great-circle distance in km (haversine, Earth radius 6371 km).
  public func distanceKm(to other: Site) -> Double {
    let rad = Double.pi / 180
    let dLat = (other.latitude - latitude) * rad
    let dLon = (other.longitude - longitude) * rad
    let a =
      sin(dLat / 2) * sin(dLat / 2)
      + cos(latitude * rad) * cos(other.latitude * rad) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * 6371 * asin(min(1, a.squareRoot()))
  }
}

extension Site {
  /// The 14 buses of the Inner Mongolia facts sheet (`shared/data/inner-mongolia-facts.md`), in its order.
  ///
  /// Coordinates: city seats (M), converter and UHV sites (L). Wind targets (facts sheet, E): Xilingol and Ulanqab
  /// 0.30, Mengdong 0.28, Baotou and Hohhot 0.27, Bayannur and Alxa 0.25; the sheet gives none for Ordos, Wuhai and
  /// Shanghaimiao, which take their neighbours' values (Ordos: Baotou's 0.27; Wuhai and Shanghaimiao: Bayannur's and
  /// Alxa's 0.25). Solar targets (sheet, E): desert west 0.19 (Alxa, Bayannur, Wuhai, Shanghaimiao), Mengdong 0.16,
  /// others 0.175-0.18; Ordos (Kubuqi and Mu Us desert bases, between the two) 0.185. Load class: Mengxi buses west,
  /// Mengdong buses east.
  public static let innerMongolia: [Site] = [
    Site(
      id: "HHT", name: "Hohhot", area: "MX", latitude: 40.84, longitude: 111.75, windCapacityFactor: 0.27,
      solarCapacityFactor: 0.175, loadClass: .west, note: "wind: sheet (Baotou/Hohhot); solar: others, hazier plain"),
    Site(
      id: "BT", name: "Baotou", area: "MX", latitude: 40.66, longitude: 109.84, windCapacityFactor: 0.27,
      solarCapacityFactor: 0.18, loadClass: .west, note: "wind: sheet; solar: others"),
    Site(
      id: "ORD", name: "Ordos", area: "MX", latitude: 39.61, longitude: 109.78, windCapacityFactor: 0.27,
      solarCapacityFactor: 0.185, loadClass: .west, note: "wind: neighbour Baotou; solar: Kubuqi desert, E"),
    Site(
      id: "ULQ", name: "Ulanqab", area: "MX", latitude: 41.03, longitude: 113.13, windCapacityFactor: 0.30,
      solarCapacityFactor: 0.18, loadClass: .west, note: "wind: sheet; solar: others"),
    Site(
      id: "BYN", name: "Bayannur", area: "MX", latitude: 40.76, longitude: 107.39, windCapacityFactor: 0.25,
      solarCapacityFactor: 0.19, loadClass: .west, note: "wind: sheet; solar: desert west"),
    Site(
      id: "WH", name: "Wuhai", area: "MX", latitude: 39.66, longitude: 106.79, windCapacityFactor: 0.25,
      solarCapacityFactor: 0.19, loadClass: .west, note: "wind: neighbours Bayannur/Alxa; solar: desert west"),
    Site(
      id: "ALX", name: "Alxa", area: "MX", latitude: 38.84, longitude: 105.73, windCapacityFactor: 0.25,
      solarCapacityFactor: 0.19, loadClass: .west, note: "wind: sheet; solar: desert west"),
    Site(
      id: "XLG", name: "Xilingol", area: "MX", latitude: 43.93, longitude: 116.09, windCapacityFactor: 0.30,
      solarCapacityFactor: 0.18, loadClass: .west, note: "wind: sheet; solar: others"),
    Site(
      id: "SHM", name: "Shanghaimiao converter", area: "MX", latitude: 38.2, longitude: 107.0,
      windCapacityFactor: 0.25, solarCapacityFactor: 0.19, loadClass: .west,
      note: "wind: neighbours Wuhai/Alxa; solar: desert west"),
    Site(
      id: "CF", name: "Chifeng", area: "MD", latitude: 42.26, longitude: 118.89, windCapacityFactor: 0.28,
      solarCapacityFactor: 0.16, loadClass: .east, note: "Mengdong"),
    Site(
      id: "TL", name: "Tongliao", area: "MD", latitude: 43.65, longitude: 122.24, windCapacityFactor: 0.28,
      solarCapacityFactor: 0.16, loadClass: .east, note: "Mengdong"),
    Site(
      id: "JRD", name: "Jarud converter", area: "MD", latitude: 44.55, longitude: 120.90, windCapacityFactor: 0.28,
      solarCapacityFactor: 0.16, loadClass: .east, note: "Mengdong"),
    Site(
      id: "HG", name: "Hinggan (Ulanhot)", area: "MD", latitude: 46.08, longitude: 122.07, windCapacityFactor: 0.28,
      solarCapacityFactor: 0.16, loadClass: .east, note: "Mengdong"),
    Site(
      id: "HLB", name: "Hulunbuir (Hailar)", area: "MD", latitude: 49.21, longitude: 119.77,
      windCapacityFactor: 0.28, solarCapacityFactor: 0.16, loadClass: .east, note: "Mengdong"),
  ]
}
