"""Municipal-style statements for the forty-ninth set: the driftsrekneskap a kommunalt foretak or an
IKS on kommunal rekneskap prints ("Økonomisk oversikt drift" with budget columns beside the actuals),
and its balance. Sums are computed from the detail lines, never typed."""
from __future__ import annotations

from heldout_finance import Line


def _sum(lines, n):
    return [round(sum((v[i] or 0) for _, v in lines), 2) for i in range(n)]


def drift(n: int, inc: list, cost: list, fin_inc: list, fin_cost: list, fond: list | None = None,
          words: dict | None = None) -> list[Line]:
    """Driftsinntekter, driftsutgifter, Brutto driftsresultat, the external finance lines, motpost
    avskrivingar, Netto driftsresultat; then fund movements and the rekneskapsmessige resultat.
    Detail lines are (label, [values]); the depreciation line is the cost line whose label starts
    with "Avskriv"."""
    w = {"inc": "Driftsinntekter", "sum_inc": "Sum driftsinntekter", "cost": "Driftsutgifter",
         "sum_cost": "Sum driftsutgifter", "brutto": "Brutto driftsresultat",
         "fin_inc": "Finansinntekter", "sum_fin_inc": "Sum eksterne finansinntekter",
         "fin_cost": "Finansutgifter", "sum_fin_cost": "Sum eksterne finansutgifter",
         "fin": "Resultat eksterne finanstransaksjonar", "motpost": "Motpost avskrivingar",
         "netto": "Netto driftsresultat", "result": "Rekneskapsmessig meir-/mindreforbruk",
         **(words or {})}
    out = [Line(w["inc"], [None] * n, bold=True)]
    out += [Line(l, v) for l, v in inc]
    s_inc = _sum(inc, n)
    out.append(Line(w["sum_inc"], s_inc, key=True, bold=True))
    out.append(Line(w["cost"], [None] * n, bold=True))
    out += [Line(l, v) for l, v in cost]
    s_cost = _sum(cost, n)
    out.append(Line(w["sum_cost"], s_cost, key=True, bold=True))
    brutto = [round(a - b, 2) for a, b in zip(s_inc, s_cost)]
    out.append(Line(w["brutto"], brutto, key=True, bold=True))
    out.append(Line(w["fin_inc"], [None] * n, bold=True))
    out += [Line(l, v) for l, v in fin_inc]
    s_fi = _sum(fin_inc, n)
    out.append(Line(w["sum_fin_inc"], s_fi, bold=True))
    out.append(Line(w["fin_cost"], [None] * n, bold=True))
    out += [Line(l, v) for l, v in fin_cost]
    s_fc = _sum(fin_cost, n)
    out.append(Line(w["sum_fin_cost"], s_fc, bold=True))
    fin = [round(a - b, 2) for a, b in zip(s_fi, s_fc)]
    out.append(Line(w["fin"], fin, bold=True))
    dep = _sum([c for c in cost if c[0].startswith("Avskriv")], n)
    out.append(Line(w["motpost"], dep))
    netto = [round(b + f + d, 2) for b, f, d in zip(brutto, fin, dep)]
    out.append(Line(w["netto"], netto, key=True, bold=True))
    if fond is not None:
        out += [Line(l, v) for l, v in fond]
        res = [round(x + y, 2) for x, y in zip(netto, _sum(fond, n))]
        out.append(Line(w["result"], res, bold=True))
    return out


def balance(n: int, fixed: list, current: list, equity: list, long: list, short: list) -> list[Line]:
    """A kommunal balance: Eigedelar (anleggs- and omløpsmidlar), Eigenkapital og gjeld; the last
    current line may be "plug" (bankinnskot), computed so that the sides agree."""
    if current[-1][1] == "plug":
        rest = _sum(fixed + current[:-1], n)
        target = _sum(equity + long + short, n)
        current = current[:-1] + [(current[-1][0], [round(t - r, 2) for t, r in zip(target, rest)])]
    out = [Line("EIGEDELAR", [None] * n, bold=True)]
    out += [Line(l, v) for l, v in fixed]
    out.append(Line("Sum anleggsmidlar", _sum(fixed, n), bold=True))
    out += [Line(l, v) for l, v in current]
    out.append(Line("Sum omløpsmidlar", _sum(current, n), bold=True))
    out.append(Line("Sum eigedelar", _sum(fixed + current, n), key=True, bold=True))
    out.append(Line("EIGENKAPITAL OG GJELD", [None] * n, bold=True))
    out += [Line(l, v) for l, v in equity]
    out.append(Line("Sum eigenkapital", _sum(equity, n), key=True, bold=True))
    out += [Line(l, v) for l, v in long]
    out.append(Line("Sum langsiktig gjeld", _sum(long, n), bold=True))
    out += [Line(l, v) for l, v in short]
    out.append(Line("Sum kortsiktig gjeld", _sum(short, n), bold=True))
    out.append(Line("Sum eigenkapital og gjeld", _sum(equity + long + short, n), key=True, bold=True))
    return out
