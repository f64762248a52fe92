import GridModel
import LinearProgramming

/// Flexible loads (``LoadFlexibility``) and converting loads (``LoadConversion``, electrolysers). Per load d with
/// that part and hour t, in stage t (MW; energies in MWh; n = snapshots per day, 24/Δt; W = window in snapshots):
///
/// Curtailment, at the load's curtailment price c:
///
///     curtail_<d>@t ∈ [0, share_c · demand[t]]     cost Δt c               +1 in the bus's balance
///     daily cap:    curtail_day_<d>@t ∈ [0, cap_day]   (MWh curtailed so far that day)
///                   curtail_day_<d>@t:  cd[t] - [t mod n ≠ 0] cd[t-1] - Δt curtail[t] = 0
///     horizon cap:  curtail_year_<d>:   Σ_t Δt curtail[t] ≤ cap_year        (one border row, like a CO2 cap)
///
/// Shifting: demand deferred now is served later, within its window:
///
///     defer_<d>@t   ∈ [0, share_s · demand[t]]     cost Δt · 1 CNY/MWh     +1 in the bus's balance
///     recover_<d>@t ∈ [0, shift max]                                        -1 in the bus's balance
///     backlog_<d>@t ∈ [0, b̄[t]]   b̄[t] = 0 at the last snapshot of each window and of the horizon, else ∞
///     backlog_<d>@t:  b[t] - b[t-1] - Δt defer[t] + Δt recover[t] = 0       (b[-1] = 0)
///
/// The backlog is a store chained hour to hour, so every row touches two neighbouring hours. "Served within W hours
/// of its deferral" would need a row over the next W hours (not local); instead the backlog must be empty at the end
/// of each fixed window of W hours from the horizon's start: energy is never served before it was deferred
/// (b ≥ 0) and never carried past its window's end. This is stricter than a sliding window (energy deferred in the
/// window's last hour must be served that hour) and never looser. The cost of 1 CNY per MWh deferred keeps the LP
/// from shifting where it gains nothing (as the discharge cost of storage does).
///
/// Conversion, at the product value v and efficiency η (MWh of product per MWh drawn):
///
///     draw_<d>@t ∈ [0, capacity]                   cost -Δt η v             -1 in the bus's balance
///     required output q per day:
///                  product_day_<d>@t ∈ [q̲[t], ∞)  q̲ = q at a day's last snapshot (q · n'/n for a last part-day
///                                                  of n' snapshots), else 0
///                  product_day_<d>@t:  y[t] - [t mod n ≠ 0] y[t-1] - Δt η draw[t] = 0
struct FlexibleLoads {
  private let loads: [Load]
  private let bus: [Int?]
  private let hours: Int
  private let hoursPerSnapshot: Double
  private let snapshotsPerDay: Int
  private struct Stems {
    var curtail, curtailDay, curtailYear, deferral, recover, backlog, draw, productDay: Int32
  }
  private let stems: [Stems]
  /// Per load and hour ([load][t]); empty arrays for loads without that part.
  private(set) var curtailColumns: [[Int]]
  private(set) var curtailDayColumns: [[Int]]
  private(set) var deferColumns: [[Int]]
  private(set) var recoverColumns: [[Int]]
  private(set) var backlogColumns: [[Int]]
  private(set) var drawColumns: [[Int]]
  private(set) var productColumns: [[Int]]

  /// The extra cost of each MWh deferred (CNY/MWh).
  static let shiftCostCNYPerMWh = 1.0

  init(network: Network, busIndex: [String: Int], hours: Int, hoursPerSnapshot: Double, _ lp: inout ProgramBuilder) {
    loads = network.loads
    bus = network.loads.map { busIndex[$0.bus] }
    self.hours = hours
    self.hoursPerSnapshot = hoursPerSnapshot
    snapshotsPerDay = max(1, Int((24 / hoursPerSnapshot).rounded()))
    stems = network.loads.map { l in
      Stems(
        curtail: lp.stem("curtail_\(l.id)"), curtailDay: lp.stem("curtail_day_\(l.id)"),
        curtailYear: lp.stem("curtail_year_\(l.id)"), deferral: lp.stem("defer_\(l.id)"),
        recover: lp.stem("recover_\(l.id)"), backlog: lp.stem("backlog_\(l.id)"), draw: lp.stem("draw_\(l.id)"),
        productDay: lp.stem("product_day_\(l.id)"))
    }
    let empty = network.loads.map { _ in [Int]() }
    (curtailColumns, curtailDayColumns, deferColumns, recoverColumns) = (empty, empty, empty, empty)
    (backlogColumns, drawColumns, productColumns) = (empty, empty, empty)
  }

  static func size(_ network: Network, hours: Int) -> ProgramSize {
    let flexible = network.loads.filter { $0.flexibility != nil || $0.conversion != nil }.count
    return ProgramSize(columns: 7 * flexible * hours, rows: 3 * flexible * hours, nonzeros: 14 * flexible * hours)
  }

  /// Hour t's columns and rows (after the load's demand is in its bus's balance).
  mutating func add(hour t: Int, _ lp: inout ProgramBuilder, _ balance: inout BusBalance) {
    let dt = hoursPerSnapshot
    let dayStart = t % snapshotsPerDay == 0
    for (d, load) in loads.enumerated() {
      let demand = max(0, t < load.demandMW.count ? load.demandMW[t] : 0)
      let s = stems[d]
      if let f = load.flexibility {
        if f.curtailableShare > 0 {
          let c = lp.addColumn(s.curtail, hour: t, stage: t, cost: dt * f.curtailPriceCNYPerMWh, lower: 0,
                               upper: f.curtailableShare * demand)
          curtailColumns[d].append(c)
          inject(d, c, 1, &balance)
          if let cap = f.curtailMaxMWhPerDay {
            let cd = lp.addColumn(s.curtailDay, hour: t, stage: t, cost: 0, lower: 0, upper: cap)
            curtailDayColumns[d].append(cd)
            var terms = [(cd, 1.0), (c, -dt)]
            if !dayStart { terms.append((curtailDayColumns[d][t - 1], -1)) }
            lp.addRow(s.curtailDay, hour: t, stage: t, lower: 0, upper: 0, terms: terms)
          }
        }
        if f.shiftableShare > 0 {
          let peak = load.demandMW.max() ?? 0
          let window = max(1, Int((Double(f.shiftWindowHours) / dt).rounded()))
          let windowEnd = t % window == window - 1 || t == hours - 1
          let deferral = lp.addColumn(s.deferral, hour: t, stage: t, cost: dt * Self.shiftCostCNYPerMWh, lower: 0,
                                      upper: f.shiftableShare * demand)
          let recover = lp.addColumn(s.recover, hour: t, stage: t, cost: 0, lower: 0,
                                     upper: f.shiftMaxMW ?? f.shiftableShare * peak)
          let backlog = lp.addColumn(s.backlog, hour: t, stage: t, cost: 0, lower: 0,
                                     upper: windowEnd ? 0 : .infinity)
          deferColumns[d].append(deferral)
          recoverColumns[d].append(recover)
          backlogColumns[d].append(backlog)
          inject(d, deferral, 1, &balance)
          inject(d, recover, -1, &balance)
          var terms = [(backlog, 1.0), (deferral, -dt), (recover, dt)]
          if t > 0 { terms.append((backlogColumns[d][t - 1], -1)) }
          lp.addRow(s.backlog, hour: t, stage: t, lower: 0, upper: 0, terms: terms)
        }
      }
      if let conv = load.conversion {
        let draw = lp.addColumn(s.draw, hour: t, stage: t, cost: -dt * conv.efficiency * conv.productValueCNYPerMWh,
                                lower: 0, upper: conv.capacityMW)
        drawColumns[d].append(draw)
        inject(d, draw, -1, &balance)
        if let q = conv.requiredOutputMWhPerDay {
          let dayEnd = t % snapshotsPerDay == snapshotsPerDay - 1
          let lastPartDay = t == hours - 1 && !dayEnd
          let required = dayEnd ? q : lastPartDay ? q * Double(t % snapshotsPerDay + 1) / Double(snapshotsPerDay) : 0
          let y = lp.addColumn(s.productDay, hour: t, stage: t, cost: 0, lower: required, upper: .infinity)
          productColumns[d].append(y)
          var terms = [(y, 1.0), (draw, -dt * conv.efficiency)]
          if !dayStart { terms.append((productColumns[d][t - 1], -1)) }
          lp.addRow(s.productDay, hour: t, stage: t, lower: 0, upper: 0, terms: terms)
        }
      }
    }
  }

  /// The horizon caps on curtailed energy (border rows), after all hours.
  func addHorizonRows(_ lp: inout ProgramBuilder) {
    for (d, load) in loads.enumerated() {
      guard let cap = load.flexibility?.curtailMaxMWhPerYear, !curtailColumns[d].isEmpty else { continue }
      for c in curtailColumns[d] { lp.term(c, hoursPerSnapshot) }
      lp.closeRow(stems[d].curtailYear, hour: nil, stage: StageStructure.border, lower: -.infinity, upper: cap)
    }
  }

  private func inject(_ d: Int, _ column: Int, _ coefficient: Double, _ balance: inout BusBalance) {
    if let b = bus[d] { balance.inject(bus: b, column: column, coefficient: coefficient) }
  }
}

/// The flexible loads' columns in a built ``DispatchProblem`` ([load][t], one entry per network load; empty arrays
/// for loads without that part).
public struct FlexibleLoadIndex: Sendable {
  public var curtailColumns: [[Int]] = []
  public var deferColumns: [[Int]] = []
  public var recoverColumns: [[Int]] = []
  public var backlogColumns: [[Int]] = []
  public var drawColumns: [[Int]] = []

  init() {}

  init(_ f: FlexibleLoads) {
    curtailColumns = f.curtailColumns
    deferColumns = f.deferColumns
    recoverColumns = f.recoverColumns
    backlogColumns = f.backlogColumns
    drawColumns = f.drawColumns
  }
}
