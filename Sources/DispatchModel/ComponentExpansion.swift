import GridModel
import LinearProgramming

/// Capacities the optimiser chooses (``CapacityExpansion``, PyPSA's `*_extendable`): one border column per extendable
/// generator, link, line, storage unit or store, and per hour rows that bound that component's columns of the hour by
/// it. The component's own family (``GeneratorLimits``, ``Corridors``, ``Kirchhoff``, ``Storage``) adds its columns as
/// for a fixed capacity; this family then replaces their capacity bounds by the rows below.
///
///     nom_<kind>_<id>:       border column ∈ [minimum, maximum], cost = annualised cost · T Δt / 8760
///
/// per hour t (stage t; P = the capacity column, a = the hour's availability, u = `availablePU`):
///
///     generator:     pcap_<g>@t:   p[t] - a_t P ≤ 0                 p[t] ∈ [0, ∞)
///                    pmin_<g>@t:   p[t] - p_min min(a_t, 1) P ≥ 0   (only with p_min_pu > 0)
///     link:          pcap_<k>@t:   p[t] - u P ≤ 0                   p[t] ∈ [0, ∞), free when p_min < 0
///                    pmin_<k>@t:   p[t] - p_min P ≥ 0               (only with p_min_pu ≠ 0)
///     line:          fmax_<l>@t:   f[t] - u P ≤ 0                   f[t] free
///                    fmin_<l>@t:   f[t] + u P ≥ 0
///     storage unit:  chargecap_<s>@t, dischargecap_<s>@t: charge[t] - P ≤ 0, discharge[t] - P ≤ 0
///                    energycap_<s>@t:  soc[t] - h P ≤ 0             (h = durationH; soc, charge, discharge ≥ 0)
///     store:         energycap_<s>@t:  soc[t] - P ≤ 0               (P in MWh)
///                    chargecap_<s>@t, dischargecap_<s>@t: charge[t] - P / Δt ≤ 0, discharge[t] - P / Δt ≤ 0
///
/// (a store's power is bounded only by its energy; see ``Storage`` for why P / Δt changes no optimum).
///
/// These are PyPSA's `Generator-ext-p-upper` etc. with p_nom a variable. Each row touches one hour's columns and one
/// border column, so the stage rule holds; each extendable component adds one dense row and column to the staged
/// backend's Schur complement.
struct ComponentExpansion {
  enum Kind: String { case generator, link, line, storage }

  struct Entry {
    var kind: Kind
    var index: Int
    var expansion: CapacityExpansion
    var isStore = false
    var pMinPU = 0.0
    var availability: [Double]? = nil
    var stem: Int32 = 0
    var rowStems: [Int32] = []
    var column = -1
  }

  private(set) var entries: [Entry] = []
  private let hoursPerSnapshot: Double

  init(network: Network, hoursPerSnapshot: Double, _ lp: inout ProgramBuilder) {
    self.hoursPerSnapshot = hoursPerSnapshot
    for (g, gen) in network.generators.enumerated() {
      guard let e = gen.expansion else { continue }
      entries.append(Entry(kind: .generator, index: g, expansion: e, pMinPU: gen.pMinPU,
                           availability: gen.availability,
                           stem: lp.stem("nom_generator_\(gen.id)"),
                           rowStems: [lp.stem("pcap_\(gen.id)"), lp.stem("pmin_\(gen.id)")]))
    }
    for (k, link) in network.links.enumerated() {
      guard let e = link.expansion else { continue }
      entries.append(Entry(kind: .link, index: k, expansion: e, pMinPU: link.pMinPU,
                           stem: lp.stem("nom_link_\(link.id)"),
                           rowStems: [lp.stem("pcap_\(link.id)"), lp.stem("pmin_\(link.id)")]))
    }
    for (l, line) in network.lines.enumerated() {
      guard let e = line.expansion else { continue }
      entries.append(Entry(kind: .line, index: l, expansion: e, stem: lp.stem("nom_line_\(line.id)"),
                           rowStems: [lp.stem("fmax_\(line.id)"), lp.stem("fmin_\(line.id)")]))
    }
    for (s, unit) in network.storageUnits.enumerated() {
      guard let e = unit.expansion else { continue }
      entries.append(Entry(kind: .storage, index: s, expansion: e, isStore: unit.isStore,
                           stem: lp.stem("nom_storage_\(unit.id)"),
                           rowStems: [lp.stem("chargecap_\(unit.id)"), lp.stem("dischargecap_\(unit.id)"),
                                      lp.stem("energycap_\(unit.id)")]))
    }
  }

  func size(hours: Int) -> ProgramSize {
    ProgramSize(columns: entries.count, rows: 3 * entries.count * hours, nonzeros: 6 * entries.count * hours)
  }

  /// The border capacity columns; before any hour's columns.
  mutating func addCapacityColumns(horizonHours: Double, _ lp: inout ProgramBuilder) {
    for i in entries.indices {
      let e = entries[i].expansion
      entries[i].column = lp.addColumn(entries[i].stem, hour: nil, stage: StageStructure.border,
                                       cost: e.cost(horizonHours: horizonHours), lower: e.minimum,
                                       upper: e.maximum ?? .infinity)
    }
  }

  /// Hour t's capacity rows, after the families have added hour t's columns (their bounds are replaced here).
  func addRows(hour t: Int, generatorColumns: [[Int]], linkColumns: [[Int]], lineColumns: [[Int]],
               chargeColumns: [[Int]], dischargeColumns: [[Int]], socColumns: [[Int]], _ lp: inout ProgramBuilder) {
    for entry in entries {
      let P = entry.column
      let u = entry.expansion.availablePU
      let stems = entry.rowStems
      switch entry.kind {
      case .generator:
        let p = generatorColumns[entry.index][t]
        let a = entry.availability.map { t < $0.count ? max(0, $0[t]) : 0 } ?? 1
        lp.setBounds(p, lower: 0, upper: .infinity)
        lp.addRow(stems[0], hour: t, stage: t, lower: -.infinity, upper: 0, terms: [(p, 1), (P, -a)])
        if entry.pMinPU > 0 {
          lp.addRow(stems[1], hour: t, stage: t, lower: 0, upper: .infinity,
                    terms: [(p, 1), (P, -entry.pMinPU * min(a, 1))])
        }
      case .link:
        let p = linkColumns[entry.index][t]
        lp.setBounds(p, lower: entry.pMinPU < 0 ? -.infinity : 0, upper: .infinity)
        lp.addRow(stems[0], hour: t, stage: t, lower: -.infinity, upper: 0, terms: [(p, 1), (P, -u)])
        if entry.pMinPU != 0 {
          lp.addRow(stems[1], hour: t, stage: t, lower: 0, upper: .infinity, terms: [(p, 1), (P, -entry.pMinPU)])
        }
      case .line:
        let f = lineColumns[entry.index][t]
        lp.setBounds(f, lower: -.infinity, upper: .infinity)
        lp.addRow(stems[0], hour: t, stage: t, lower: -.infinity, upper: 0, terms: [(f, 1), (P, -u)])
        lp.addRow(stems[1], hour: t, stage: t, lower: 0, upper: .infinity, terms: [(f, 1), (P, u)])
      case .storage:
        let (c, d, e) = (chargeColumns[entry.index][t], dischargeColumns[entry.index][t], socColumns[entry.index][t])
        lp.setBounds(c, lower: 0, upper: .infinity)
        lp.setBounds(d, lower: 0, upper: .infinity)
        lp.setBounds(e, lower: 0, upper: .infinity)
        if entry.isStore {
          let perHour = -1 / hoursPerSnapshot
          lp.addRow(stems[0], hour: t, stage: t, lower: -.infinity, upper: 0, terms: [(c, 1), (P, perHour)])
          lp.addRow(stems[1], hour: t, stage: t, lower: -.infinity, upper: 0, terms: [(d, 1), (P, perHour)])
          lp.addRow(stems[2], hour: t, stage: t, lower: -.infinity, upper: 0, terms: [(e, 1), (P, -1)])
        } else {
          lp.addRow(stems[0], hour: t, stage: t, lower: -.infinity, upper: 0, terms: [(c, 1), (P, -1)])
          lp.addRow(stems[1], hour: t, stage: t, lower: -.infinity, upper: 0, terms: [(d, 1), (P, -1)])
          lp.addRow(stems[2], hour: t, stage: t, lower: -.infinity, upper: 0,
                    terms: [(e, 1), (P, -entry.expansion.durationH)])
        }
      }
    }
  }

  /// The capacity column of each extendable component of a kind, by component index.
  func columns(_ kind: Kind) -> [Int: Int] {
    var out: [Int: Int] = [:]
    for e in entries where e.kind == kind { out[e.index] = e.column }
    return out
  }
}
