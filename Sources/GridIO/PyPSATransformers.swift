import Foundation
import GridModel

extension PyPSAReader {
  /// PyPSA transformers as GridPlan lines with the same weight in Kirchhoff's voltage law.
  ///
  /// PyPSA's linear power flow gives a transformer the effective reactance x_pu_eff = x / s_nom · tap_ratio (x is per
  /// unit of its own rating s_nom; x_pu_eff on a 1 MVA base) and a phase shift φ (degrees) with
  /// x_pu_eff · s = θ0 - θ1 - φ; a line has x_pu_eff = x / v_nom². The GridPlan line `Transformer_<name>` gets the
  /// reactance in ohm at bus0's voltage v that gives the same per-unit value, reactance_ohm = x_pu_eff · v² (so
  /// ``Line/effectiveReactancePU`` = 100 x_pu_eff, the same factor 100 as for every line), rating s_nom · s_max_pu,
  /// and `phase_shift_deg` = φ (see Kirchhoff.swift for the cycle rows' constant).
  ///
  /// Refused, with the attribute named: a standard `type` (GridPlan carries PyPSA's line types but not its transformer
  /// types, whose tap positions and T-model change x), s_nom <= 0 or x <= 0, a T-model (`model` t, PyPSA's default)
  /// with a shunt g or b other than 0 (PyPSA then converts the T to a pi and changes x_pu), extendable transformers.
  /// `r`, `g` and `b` otherwise play no part in the linear power flow.
  mutating func readTransformers(_ network: inout Network, voltage: [String: Double]) {
    guard let t = table("transformers") else { return }
    for r in t.rows.indices {
      let name = t.rows[r].first ?? ""
      let c = "transformers[\(name)]"
      requireDefault(
        t, r, c, "type", { _ in false },
        allowed: "empty (give x and s_nom; GridPlan has no transformer types)")
      requireDefault(t, r, c, "s_nom_extendable", Self.isFalse, allowed: "False (GridPlan does not expand transformers)")
      let model = t.cell(r, "model") ?? "t"
      if model == "t" {
        requireDefault(t, r, c, "g", Self.isZero, allowed: "0 with model t (a T-model shunt changes PyPSA's x)")
        requireDefault(t, r, c, "b", Self.isZero, allowed: "0 with model t (a T-model shunt changes PyPSA's x)")
      } else if model != "pi" {
        fail(t.file, t.lines[r], "\(c).model", "\(c).model is \(ValidationProblem.show(model)); allowed: t or pi")
      }
      let x = number(t, r, c, "x", default: 0)
      if x <= 0 {
        fail(t.file, t.lines[r], "\(c).x", "\(c).x is \(csvNumber(x)); allowed: a reactance > 0 (per unit of s_nom)")
      }
      let sNom = number(t, r, c, "s_nom", default: 0)
      if sNom <= 0 {
        fail(t.file, t.lines[r], "\(c).s_nom",
             "\(c).s_nom is \(csvNumber(sNom)); allowed: MVA > 0 (x is per unit of s_nom)")
      }
      let tap = number(t, r, c, "tap_ratio", default: 1)
      if tap <= 0 {
        fail(t.file, t.lines[r], "\(c).tap_ratio", "\(c).tap_ratio is \(csvNumber(tap)); allowed: a number > 0")
      }
      let shift = number(t, r, c, "phase_shift", default: 0)
      if abs(shift) > 180 {
        fail(t.file, t.lines[r], "\(c).phase_shift",
             "\(c).phase_shift is \(csvNumber(shift)); allowed: degrees, -180 to 180")
      }
      let bus0 = t.cell(r, "bus0") ?? ""
      let v = voltage[bus0] ?? 1
      let xPerUnit = sNom > 0 ? x / sNom * tap : 1
      network.lines.append(
        Line(
          id: "Transformer_\(Self.gridID(name))", bus0: Self.gridID(bus0), bus1: Self.gridID(t.cell(r, "bus1") ?? ""),
          ratingMW: sNom * number(t, r, c, "s_max_pu", default: 1), reactanceOhm: xPerUnit * v * v, voltageKV: v,
          phaseShiftDegrees: shift))
    }
  }
}
