import Foundation
import LinearProgramming

/// SplitMix64: a small, fast, deterministic pseudo-random generator (Steele, Lea and Flood 2014).
///
/// Used instead of the system generator so that an LP is the same for a seed on every platform and Swift version.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1), 53 random bits.
  mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// Uniform in [a, b).
  mutating func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * uniform() }

  /// Uniform integer in 0 ..< n (n > 0), by rejection so without modulo bias.
  mutating func integer(below n: Int) -> Int {
    precondition(n > 0)
    let bound = UInt64(n)
    let limit = UInt64.max - UInt64.max % bound
    while true {
      let r = next()
      if r < limit { return Int(r % bound) }
    }
  }

  /// Standard normal, by the Box-Muller transform.
  mutating func normal() -> Double {
    let u1 = 1 - uniform()  // in (0, 1]
    let u2 = uniform()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }
}

/// A synthetic hourly dispatch LP for benchmarks, deterministic for a seed.
///
/// The power system has `buses` buses (default 15) joined by `lines` AC lines (default 25) in a connected random
/// meshed graph (a nearest-neighbour spanning tree plus short extra lines), modelled by DC power flow in the
/// cycle (KVL) form. Per hour `t` it has
///
/// * columns: one coal unit per bus `p_coal<i>@t` in [0.4 cap, cap] with a marginal cost of 200–400 CNY/MWh; as
///   many wind `p_wind<i>@t` and solar `p_solar<i>@t` units, at random buses, in [0, available] (no separate
///   curtailment column; solar is fixed at 0 at night, l = u = 0) with costs near 0; line flows `f_l<l>@t` in
///   [-rating, rating]; per storage unit charge `ch_s<k>@t`, discharge `dis_s<k>@t` (cost 1) and state of charge
///   `soc_s<k>@t`; export links `exp_k<k>@t` in [0, rating] with cost -price (a revenue of 250–350 CNY/MWh) from a
///   bus to a sink outside the system; and load shedding `shed_b<b>@t` in [0, load] at 10,000 CNY/MWh;
/// * rows: per bus a balance equality `bal_b<b>@t` (generation + inflow - outflow + discharge - charge - export +
///   shed = load); per fundamental cycle of the spanning tree a KVL equality `kvl_c<c>@t`, the sum over the cycle
///   of ±x_l f_l = 0; for t >= 1 per coal unit a ramp range row `ramp_c<i>@t`, -0.5 cap <= p_t - p_{t-1} <= 0.5 cap,
///   and per storage unit `socb_s<k>@t`: soc_t - (1 - loss) soc_{t-1} - 0.92 ch_t + dis_t / 0.92 = 0.
///
/// The state-of-charge row of hour 0 is a border row `soc_cyclic_s<k>` (no `@`): soc_0 - (1 - loss) soc_{T-1} -
/// 0.92 ch_0 + dis_0 / 0.92 = 0, which makes the storage cycle over the study.
///
/// Load has diurnal, weekly and seasonal shapes with persistent noise, and never falls below 0.6 of a bus's base
/// load; a coal unit's minimum output is at most 0.54 of its bus's base load, so every hour is feasible on its own
/// (coal at minimum, no flows, storage empty, shedding the rest). Wind has multi-hour persistence (an AR(1) process
/// with a common regional component), solar a day length and height that follow the season and persistent clouds.
/// Hourly profiles are drawn hour by hour, so the first hours of a long LP equal those of a short one with the same
/// seed (only the cyclic border rows differ). Loads, bounds and costs are rounded to 0.001 (compact MPS files).
struct SyntheticDispatch {
  /// The fixed parts of the system: network, units and their parameters.
  struct System {
    var buses: Int
    var baseLoad: [Double]
    var lineFrom: [Int]
    var lineTo: [Int]
    var reactance: [Double]
    var rating: [Double]
    /// Fundamental cycles: (line, ±1) in traversal order.
    var cycles: [[(line: Int, sign: Double)]]
    var coalCapacity: [Double]
    var coalCost: [Double]
    var windBus: [Int]
    var windCapacity: [Double]
    var solarBus: [Int]
    var solarCapacity: [Double]
    var storageBus: [Int]
    var storagePower: [Double]
    var storageEnergy: [Double]
    var linkBus: [Int]
    var linkRating: [Double]
    var linkPrice: [Double]
  }

  static let shedCost = 10_000.0
  static let chargeEfficiency = 0.92
  static let dischargeEfficiency = 0.92
  static let storageLossPerHour = 0.0002
  static let dischargeCost = 1.0

  /// Builds the LP and its stage structure (which equals `StageStructure.fromNames(lp)`).
  ///
  /// - Parameters:
  ///   - hours: the number of hourly stages, at least 2.
  ///   - seed: the random seed; equal seeds give equal LPs.
  ///   - buses: buses (at least 2); also the number of coal, wind and solar units.
  ///   - lines: AC lines, from `buses - 1` (a tree) to `buses * (buses - 1) / 2`.
  ///   - storage: storage units.
  ///   - links: export links (at most `buses`).
  static func build(
    hours: Int, seed: UInt64, buses: Int = 15, lines: Int = 25, storage: Int = 10, links: Int = 4
  ) -> (LinearProgram, StageStructure) {
    precondition(hours >= 2, "hours must be at least 2")
    precondition(buses >= 2 && lines >= buses - 1 && lines <= buses * (buses - 1) / 2, "bad network size")
    precondition(storage >= 0 && links >= 0 && links <= buses, "bad unit counts")
    let system = makeSystem(seed: seed, buses: buses, lines: lines, storage: storage, links: links)
    return makeLP(system, hours: hours, seed: seed)
  }

  // MARK: - System

  static func makeSystem(seed: UInt64, buses: Int, lines: Int, storage: Int, links: Int) -> System {
    var rng = SplitMix64(seed: seed ^ 0x5EED_0000_0000_0001)
    let x = (0..<buses).map { _ in rng.uniform() }
    let y = (0..<buses).map { _ in rng.uniform() }
    func distance(_ a: Int, _ b: Int) -> Double {
      ((x[a] - x[b]) * (x[a] - x[b]) + (y[a] - y[b]) * (y[a] - y[b])).squareRoot()
    }

    // Spanning tree: every bus joins its nearest earlier bus. Lines 0 ..< buses - 1 are the tree.
    var from: [Int] = []
    var to: [Int] = []
    var connected = Set<Int>()  // a * buses + b with a < b
    for b in 1..<buses {
      var best = 0
      for a in 1..<b where distance(a, b) < distance(best, b) { best = a }
      from.append(best)
      to.append(b)
      connected.insert(best * buses + b)
    }
    // Extra lines: short ones, chosen at random among the shortest remaining pairs.
    var candidates: [(Int, Int, Double)] = []
    for a in 0..<buses {
      for b in (a + 1)..<buses where !connected.contains(a * buses + b) { candidates.append((a, b, distance(a, b))) }
    }
    candidates.sort { $0.2 < $1.2 }
    while from.count < lines {
      let remaining = lines - from.count
      let k = rng.integer(below: min(candidates.count, 2 * remaining + 2))
      let (a, b, _) = candidates.remove(at: k)
      if rng.uniform() < 0.5 {
        from.append(a)
        to.append(b)
      } else {
        from.append(b)
        to.append(a)
      }
    }
    let reactance = (0..<lines).map { l in r3(0.02 + 0.1 * distance(from[l], to[l]) + rng.uniform(0, 0.01)) }
    let rating = (0..<lines).map { _ in r3(rng.uniform(300, 900)) }
    let cycles = fundamentalCycles(buses: buses, from: from, to: to)

    let baseLoad = (0..<buses).map { _ in r3(rng.uniform(150, 550)) }
    // Coal: one unit per bus, capacity 1.0-1.35 x base load (so 0.4 cap <= 0.54 base load), evenly spread costs.
    let order = shuffled(Array(0..<buses), &rng)
    let coalCapacity = (0..<buses).map { b in r3(baseLoad[b] * rng.uniform(1.0, 1.35)) }
    let coalCost = (0..<buses).map { b in r3(200 + 200 * (Double(order[b]) + rng.uniform(0.2, 0.8)) / Double(buses)) }
    let windBus = (0..<buses).map { _ in rng.integer(below: buses) }
    let windCapacity = (0..<buses).map { _ in r3(rng.uniform(150, 450)) }
    let solarBus = (0..<buses).map { _ in rng.integer(below: buses) }
    let solarCapacity = (0..<buses).map { _ in r3(rng.uniform(150, 500)) }
    let storageBus = (0..<storage).map { _ in rng.integer(below: buses) }
    let storagePower = (0..<storage).map { _ in r3(rng.uniform(80, 250)) }
    let storageEnergy = (0..<storage).map { k in r3(storagePower[k] * rng.uniform(2, 6)) }
    let linkBus = Array(shuffled(Array(0..<buses), &rng).prefix(links))
    let linkRating = (0..<links).map { _ in r3(rng.uniform(300, 700)) }
    let linkPrice = (0..<links).map { _ in r3(rng.uniform(280, 320)) }
    return System(
      buses: buses, baseLoad: baseLoad, lineFrom: from, lineTo: to, reactance: reactance, rating: rating,
      cycles: cycles, coalCapacity: coalCapacity, coalCost: coalCost, windBus: windBus, windCapacity: windCapacity,
      solarBus: solarBus, solarCapacity: solarCapacity, storageBus: storageBus, storagePower: storagePower,
      storageEnergy: storageEnergy, linkBus: linkBus, linkRating: linkRating, linkPrice: linkPrice)
  }

  /// The fundamental cycles of the spanning tree formed by lines `0 ..< buses - 1`, one per other line: the line
  /// itself (traversed from `from` to `to`) followed by the tree path back, each line with +1 when traversed in its
  /// own direction and -1 against it.
  static func fundamentalCycles(buses: Int, from: [Int], to: [Int]) -> [[(line: Int, sign: Double)]] {
    var adjacency = [[(bus: Int, line: Int)]](repeating: [], count: buses)
    for l in 0..<(buses - 1) {
      adjacency[from[l]].append((to[l], l))
      adjacency[to[l]].append((from[l], l))
    }
    var parent = [Int](repeating: -1, count: buses)
    var parentLine = [Int](repeating: -1, count: buses)
    var depth = [Int](repeating: -1, count: buses)
    depth[0] = 0
    var queue = [0]
    var head = 0
    while head < queue.count {
      let u = queue[head]
      head += 1
      for (v, l) in adjacency[u] where depth[v] < 0 {
        depth[v] = depth[u] + 1
        parent[v] = u
        parentLine[v] = l
        queue.append(v)
      }
    }
    var cycles: [[(line: Int, sign: Double)]] = []
    for l in (buses - 1)..<from.count {
      let a = from[l]
      var u = to[l]
      var v = a
      var cycle: [(line: Int, sign: Double)] = [(l, 1)]
      var down: [(line: Int, sign: Double)] = []
      // Walk up from both ends to their lowest common ancestor.
      while u != v {
        if depth[u] >= depth[v] {
          let pl = parentLine[u]
          cycle.append((pl, from[pl] == u ? 1 : -1))  // u -> parent(u)
          u = parent[u]
        } else {
          let pl = parentLine[v]
          down.append((pl, to[pl] == v ? 1 : -1))  // parent(v) -> v, traversed later
          v = parent[v]
        }
      }
      cycle.append(contentsOf: down.reversed())
      cycles.append(cycle)
    }
    return cycles
  }

  // MARK: - LP

  static func makeLP(_ s: System, hours: Int, seed: UInt64) -> (LinearProgram, StageStructure) {
    let nb = s.buses
    let nl = s.lineFrom.count
    let ns = s.storageBus.count
    let nk = s.linkBus.count
    let nc = s.cycles.count
    let columnsPerHour = 3 * nb + nl + 3 * ns + nk + nb
    let rowsPerHour = nb + nc + nb + ns
    let cycleNonzeros = s.cycles.reduce(0) { $0 + $1.count }
    let nonzerosPerHour = (3 * nb + 2 * nl + 2 * ns + nk + nb) + cycleNonzeros + 2 * nb + 4 * ns
    var b = Builder(columns: columnsPerHour * hours, rows: rowsPerHour * hours, nonzeros: nonzerosPerHour * hours)

    // Incidence per bus, computed once.
    var windAt = [[Int]](repeating: [], count: nb)
    var solarAt = [[Int]](repeating: [], count: nb)
    var linesOut = [[Int]](repeating: [], count: nb)
    var linesIn = [[Int]](repeating: [], count: nb)
    var storageAt = [[Int]](repeating: [], count: nb)
    var linksAt = [[Int]](repeating: [], count: nb)
    for i in 0..<nb {
      windAt[s.windBus[i]].append(i)
      solarAt[s.solarBus[i]].append(i)
    }
    for l in 0..<nl {
      linesOut[s.lineFrom[l]].append(l)
      linesIn[s.lineTo[l]].append(l)
    }
    for k in 0..<ns { storageAt[s.storageBus[k]].append(k) }
    for k in 0..<nk { linksAt[s.linkBus[k]].append(k) }

    let coalName = (0..<nb).map { "p_coal\($0)" }
    let windName = (0..<nb).map { "p_wind\($0)" }
    let solarName = (0..<nb).map { "p_solar\($0)" }
    let flowName = (0..<nl).map { "f_l\($0)" }
    let chargeName = (0..<ns).map { "ch_s\($0)" }
    let dischargeName = (0..<ns).map { "dis_s\($0)" }
    let socName = (0..<ns).map { "soc_s\($0)" }
    let linkName = (0..<nk).map { "exp_k\($0)" }
    let shedName = (0..<nb).map { "shed_b\($0)" }
    let balanceName = (0..<nb).map { "bal_b\($0)" }
    let kvlName = (0..<nc).map { "kvl_c\($0)" }
    let rampName = (0..<nb).map { "ramp_c\($0)" }
    let socRowName = (0..<ns).map { "socb_s\($0)" }
    let keep = 1 - storageLossPerHour
    let chargeCoefficient = -chargeEfficiency
    let dischargeCoefficient = 1 / dischargeEfficiency

    var profiles = Profiles(system: s, seed: seed)
    var previous = HourColumns(coal: 0, wind: 0, solar: 0, flow: 0, storage: 0, link: 0, shed: 0)
    var first = previous
    for t in 0..<hours {
      let suffix = "@\(t)"
      let hour = profiles.next(hour: t)
      // Columns.
      var c = HourColumns(coal: b.columnCount, wind: 0, solar: 0, flow: 0, storage: 0, link: 0, shed: 0)
      for i in 0..<nb {
        b.addColumn(
          coalName[i] + suffix, t, cost: s.coalCost[i], lower: r3(0.4 * s.coalCapacity[i]), upper: s.coalCapacity[i])
      }
      c.wind = b.columnCount
      for i in 0..<nb {
        b.addColumn(windName[i] + suffix, t, cost: 1 + 0.01 * Double(i), lower: 0, upper: hour.wind[i])
      }
      c.solar = b.columnCount
      for i in 0..<nb {
        b.addColumn(solarName[i] + suffix, t, cost: 0.5 + 0.01 * Double(i), lower: 0, upper: hour.solar[i])
      }
      c.flow = b.columnCount
      for l in 0..<nl { b.addColumn(flowName[l] + suffix, t, cost: 0, lower: -s.rating[l], upper: s.rating[l]) }
      c.storage = b.columnCount  // ch, dis, soc per unit
      for k in 0..<ns {
        b.addColumn(chargeName[k] + suffix, t, cost: 0, lower: 0, upper: s.storagePower[k])
        b.addColumn(dischargeName[k] + suffix, t, cost: dischargeCost, lower: 0, upper: s.storagePower[k])
        b.addColumn(socName[k] + suffix, t, cost: 0, lower: 0, upper: s.storageEnergy[k])
      }
      c.link = b.columnCount
      for k in 0..<nk { b.addColumn(linkName[k] + suffix, t, cost: -hour.price[k], lower: 0, upper: s.linkRating[k]) }
      c.shed = b.columnCount
      for i in 0..<nb { b.addColumn(shedName[i] + suffix, t, cost: shedCost, lower: 0, upper: hour.load[i]) }

      // Rows.
      for i in 0..<nb {
        b.addEntry(c.coal + i, 1)
        for w in windAt[i] { b.addEntry(c.wind + w, 1) }
        for p in solarAt[i] { b.addEntry(c.solar + p, 1) }
        for l in linesIn[i] { b.addEntry(c.flow + l, 1) }
        for l in linesOut[i] { b.addEntry(c.flow + l, -1) }
        for k in storageAt[i] {
          b.addEntry(c.storage + 3 * k + 1, 1)
          b.addEntry(c.storage + 3 * k, -1)
        }
        for k in linksAt[i] { b.addEntry(c.link + k, -1) }
        b.addEntry(c.shed + i, 1)
        b.finishRow(balanceName[i] + suffix, t, lower: hour.load[i], upper: hour.load[i])
      }
      for (ci, cycle) in s.cycles.enumerated() {
        for (l, sign) in cycle { b.addEntry(c.flow + l, sign * s.reactance[l]) }
        b.finishRow(kvlName[ci] + suffix, t, lower: 0, upper: 0)
      }
      if t > 0 {
        for i in 0..<nb {
          b.addEntry(c.coal + i, 1)
          b.addEntry(previous.coal + i, -1)
          let r = r3(0.5 * s.coalCapacity[i])
          b.finishRow(rampName[i] + suffix, t, lower: -r, upper: r)
        }
        for k in 0..<ns {
          b.addEntry(c.storage + 3 * k + 2, 1)
          b.addEntry(previous.storage + 3 * k + 2, -keep)
          b.addEntry(c.storage + 3 * k, chargeCoefficient)
          b.addEntry(c.storage + 3 * k + 1, dischargeCoefficient)
          b.finishRow(socRowName[k] + suffix, t, lower: 0, upper: 0)
        }
      } else {
        first = c
      }
      previous = c
    }
    // Border rows: the state of charge of hour 0 follows from that of the last hour.
    for k in 0..<ns {
      b.addEntry(first.storage + 3 * k + 2, 1)
      b.addEntry(previous.storage + 3 * k + 2, -keep)
      b.addEntry(first.storage + 3 * k, chargeCoefficient)
      b.addEntry(first.storage + 3 * k + 1, dischargeCoefficient)
      b.finishRow("soc_cyclic_s\(k)", StageStructure.border, lower: 0, upper: 0)
    }
    return b.finish(name: "synthetic-\(hours)h")
  }

  /// First column index of each group of one hour's columns.
  struct HourColumns {
    var coal: Int
    var wind: Int
    var solar: Int
    var flow: Int
    var storage: Int
    var link: Int
    var shed: Int
  }

  /// Appends rows and columns straight into CSR arrays with reserved capacity.
  struct Builder {
    var lp = LinearProgram()
    var rowStage: [Int] = []
    var columnStage: [Int] = []
    var rowStart: [Int] = [0]
    var columnIndices: [Int] = []
    var values: [Double] = []

    init(columns: Int, rows: Int, nonzeros: Int) {
      lp.objective.reserveCapacity(columns)
      lp.columnLower.reserveCapacity(columns)
      lp.columnUpper.reserveCapacity(columns)
      lp.columnNames.reserveCapacity(columns)
      columnStage.reserveCapacity(columns)
      lp.rowLower.reserveCapacity(rows)
      lp.rowUpper.reserveCapacity(rows)
      lp.rowNames.reserveCapacity(rows)
      rowStage.reserveCapacity(rows)
      rowStart.reserveCapacity(rows + 1)
      columnIndices.reserveCapacity(nonzeros)
      values.reserveCapacity(nonzeros)
    }

    var columnCount: Int { lp.objective.count }

    mutating func addColumn(_ name: String, _ stage: Int, cost: Double, lower: Double, upper: Double) {
      lp.objective.append(cost)
      lp.columnLower.append(lower)
      lp.columnUpper.append(upper)
      lp.columnNames.append(name)
      columnStage.append(stage)
    }

    mutating func addEntry(_ column: Int, _ value: Double) {
      columnIndices.append(column)
      values.append(value)
    }

    mutating func finishRow(_ name: String, _ stage: Int, lower: Double, upper: Double) {
      lp.rowLower.append(lower)
      lp.rowUpper.append(upper)
      lp.rowNames.append(name)
      rowStage.append(stage)
      rowStart.append(columnIndices.count)
    }

    consuming func finish(name: String) -> (LinearProgram, StageStructure) {
      lp.name = name
      lp.matrix = SparseMatrix(
        rowCount: lp.rowNames.count, columnCount: lp.objective.count, rowStart: rowStart,
        columnIndices: columnIndices, values: values)
      return (lp, StageStructure(rowStage: rowStage, columnStage: columnStage))
    }
  }

  // MARK: - Profiles

  /// One hour of load, renewable availability and export prices.
  struct Hour {
    var load: [Double]
    var wind: [Double]
    var solar: [Double]
    var price: [Double]
  }

  /// Hour-by-hour generator of load, wind, solar and price profiles (persistent AR(1) noise).
  struct Profiles {
    let system: System
    var rng: SplitMix64
    var loadNoise: [Double]
    var windRegional = 0.0
    var windLocal: [Double]
    var cloudRegional = 0.0
    var cloudLocal: [Double]

    init(system: System, seed: UInt64) {
      self.system = system
      rng = SplitMix64(seed: seed ^ 0x9F0F_11E5_0000_0002)
      loadNoise = [Double](repeating: 0, count: system.buses)
      windLocal = [Double](repeating: 0, count: system.windBus.count)
      cloudLocal = [Double](repeating: 0, count: system.solarBus.count)
      windRegional = rng.normal()
      for i in windLocal.indices { windLocal[i] = rng.normal() }
      cloudRegional = rng.normal()
      for i in cloudLocal.indices { cloudLocal[i] = rng.normal() }
    }

    static func bump(_ h: Double, _ centre: Double, _ width: Double) -> Double {
      exp(-((h - centre) / width) * ((h - centre) / width))
    }

    mutating func next(hour t: Int) -> Hour {
      let h = Double(t % 24) + 0.5
      let day = Double(t / 24)
      let season = cos(2 * Double.pi * (day - 15) / 365)  // +1 mid-January, -1 mid-July
      let summer = cos(2 * Double.pi * (day - 196) / 365)  // +1 mid-July (cooling peak)
      let weekday = (t / 24) % 7 < 5 ? 1.0 : 0.94

      // Load: morning and evening peaks, a night trough; winter and summer peaks; persistent noise.
      let diurnal = 0.80 + 0.12 * Self.bump(h, 10, 3) + 0.22 * Self.bump(h, 19.5, 2.5) - 0.08 * Self.bump(h, 4, 2.5)
      let seasonal = 1 + 0.05 * season + 0.05 * max(0, summer)
      var load = [Double](repeating: 0, count: system.buses)
      for i in 0..<system.buses {
        loadNoise[i] = 0.9 * loadNoise[i] + 0.3 * rng.normal()
        let noise = min(1.03, max(0.97, 1 + 0.02 * loadNoise[i]))
        load[i] = r3(system.baseLoad[i] * max(0.6, diurnal * seasonal * weekday * noise))
      }

      // Wind: AR(1) with a common regional part; stronger in winter and at night.
      windRegional = 0.97 * windRegional + (1 - 0.97 * 0.97).squareRoot() * rng.normal()
      var wind = [Double](repeating: 0, count: system.windBus.count)
      for i in wind.indices {
        windLocal[i] = 0.9 * windLocal[i] + (1 - 0.9 * 0.9).squareRoot() * rng.normal()
        let z = 0.75 * windRegional + 0.66 * windLocal[i]
        let factor = 0.33 + 0.08 * season + 0.04 * cos(2 * Double.pi * (h - 3) / 24) + 0.2 * z
        wind[i] = r3(system.windCapacity[i] * min(1, max(0, factor)))
      }

      // Solar: day length and height follow the season; clouds persist for hours.
      let sunrise = 6.2 + 1.1 * season
      let sunset = 17.8 - 1.1 * season
      let height = 0.78 - 0.17 * season
      cloudRegional = 0.97 * cloudRegional + (1 - 0.97 * 0.97).squareRoot() * rng.normal()
      var solar = [Double](repeating: 0, count: system.solarBus.count)
      for i in solar.indices {
        cloudLocal[i] = 0.85 * cloudLocal[i] + (1 - 0.85 * 0.85).squareRoot() * rng.normal()
        guard h > sunrise && h < sunset else { continue }
        let clear = min(1, max(0.15, 0.8 + 0.2 * cloudRegional + 0.12 * cloudLocal[i]))
        let shape = sin(Double.pi * (h - sunrise) / (sunset - sunrise))
        solar[i] = r3(system.solarCapacity[i] * height * shape * clear)
      }

      // Export prices: 250-350 CNY/MWh, higher at the evening peak.
      var price = [Double](repeating: 0, count: system.linkBus.count)
      for k in price.indices {
        let p = system.linkPrice[k] + 35 * Self.bump(h, 19, 3) - 20 * Self.bump(h, 3, 3) + rng.uniform(-5, 5)
        price[k] = r3(min(350, max(250, p)))
      }
      return Hour(load: load, wind: wind, solar: solar, price: price)
    }
  }
}

/// Rounds to 0.001.
func r3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

/// A Fisher-Yates shuffle driven by `rng`.
func shuffled(_ a: [Int], _ rng: inout SplitMix64) -> [Int] {
  var a = a
  if a.count < 2 { return a }
  for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, rng.integer(below: i + 1)) }
  return a
}
