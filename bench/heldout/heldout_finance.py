"""Financial statements as data: lines, columns, units, and the gold key figures they imply.

A ``Statement`` holds the numbers *as printed* (in its unit: kroner, thousands, millions) and
renders them the way the report does (space or dot thousands, minus or parentheses for
negatives, decimals). Gold key figures are the printed number times the unit, so document and
gold cannot disagree. Sums are computed here, never typed: ``income`` and ``balance`` build the
usual Norwegian layouts from their detail lines.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ACTUAL, BUDGET, OTHER = "actual", "budget", "other"

LABELS = {
    "nb": {
        "inc": "Driftsinntekter", "sum_inc": "Sum driftsinntekter", "cost": "Driftskostnader",
        "sum_cost": "Sum driftskostnader", "op": "Driftsresultat",
        "fin": "Finansinntekter og finanskostnader", "net_fin": "Netto finansposter",
        "result": "Årsresultat",
        "assets": "Eiendeler", "fixed": "Anleggsmidler", "sum_fixed": "Sum anleggsmidler",
        "current": "Omløpsmidler", "sum_current": "Sum omløpsmidler", "sum_assets": "Sum eiendeler",
        "eq_debt": "Egenkapital og gjeld", "equity": "Egenkapital", "sum_equity": "Sum egenkapital",
        "debt": "Gjeld", "long": "Langsiktig gjeld", "short": "Kortsiktig gjeld",
        "sum_debt": "Sum gjeld", "sum_eq_debt": "Sum egenkapital og gjeld",
    },
    "nn": {
        "inc": "Driftsinntekter", "sum_inc": "Sum driftsinntekter", "cost": "Driftskostnader",
        "sum_cost": "Sum driftskostnader", "op": "Driftsresultat",
        "fin": "Finansinntekter og finanskostnader", "net_fin": "Netto finanspostar",
        "result": "Årsresultat",
        "assets": "Eigedelar", "fixed": "Anleggsmidlar", "sum_fixed": "Sum anleggsmidlar",
        "current": "Omløpsmidlar", "sum_current": "Sum omløpsmidlar", "sum_assets": "Sum eigedelar",
        "eq_debt": "Eigenkapital og gjeld", "equity": "Eigenkapital", "sum_equity": "Sum eigenkapital",
        "debt": "Gjeld", "long": "Langsiktig gjeld", "short": "Kortsiktig gjeld",
        "sum_debt": "Sum gjeld", "sum_eq_debt": "Sum eigenkapital og gjeld",
    },
}
# The totals a careful reader lists as key figures (EVAL.md: "financial figures from tables").
KEY_LINES = {"sum_inc", "sum_cost", "op", "result", "sum_assets", "sum_equity", "sum_debt", "sum_eq_debt"}


@dataclass
class Col:
    header: str
    year: int | None
    basis: str = ACTUAL


@dataclass
class Line:
    label: str
    values: list[float | None] = field(default_factory=list)  # per column, in the printed unit
    note: str = ""
    key: bool = False
    bold: bool = False

    @property
    def is_head(self) -> bool:
        return not any(v is not None for v in self.values)


@dataclass
class Statement:
    title: str
    cols: list[Col]
    lines: list[Line]
    unit: float = 1               # printed number x unit = NOK
    decimals: int = 0
    thousands: str = " "          # " ", ".", "\u00a0"
    negative: str = "minus"       # "minus" -> -1 234, "paren" -> (1 234)
    note_col: str | None = None   # header of a note column ("Note", "Noter", "Note nr")
    label_header: str = ""        # top-left header cell ("Tal i 1000 kr", "Beløp i NOK", "")
    above: str | None = None      # a line printed above the table (unit statement, "Alle tall i ...")
    below: str | None = None      # a caption printed below the table
    render: str = "ruled"         # ruled | unruled | tabs | image
    gold_rows: bool = True

    def fmt(self, value: float | None) -> str:
        if value is None:
            return ""
        neg = value < 0
        text = f"{abs(value):,.{self.decimals}f}"
        whole, _, frac = text.partition(".")
        whole = whole.replace(",", self.thousands)
        text = whole + ("," + frac if frac else "")
        if neg:
            text = f"({text})" if self.negative == "paren" else f"-{text}"
        return text

    def header_row(self) -> list[str]:
        row = [self.label_header]
        if self.note_col is not None:
            row.append(self.note_col)
        return row + [c.header for c in self.cols]

    def body_rows(self) -> list[tuple[Line, list[str]]]:
        out = []
        for line in self.lines:
            row = [line.label]
            if self.note_col is not None:
                row.append(line.note)
            row += [self.fmt(v) for v in line.values] if not line.is_head else [""] * len(self.cols)
            out.append((line, row))
        return out

    def nok(self, value: float) -> float | int:
        v = round(value * self.unit, 2)
        return int(v) if float(v).is_integer() else v


def _sum(lines: list[tuple], ncols: int) -> list[float]:
    return [round(sum((l[2][i] or 0) for l in lines), 2) for i in range(ncols)]


def income(lang: str, ncols: int, inc: list[tuple], cost: list[tuple], fin: list[tuple] | None = None,
           labels: dict | None = None, tax: tuple | None = None, heads: bool = True,
           extra_key: tuple = ()) -> list[Line]:
    """Detail lines are (label, note, [values]); returns the statement with its sums.

    ``labels`` overrides the standard wording ("sum_inc": "Sum inntekter", ...); a label set to
    None drops that line (a club statement without "Netto finansposter", say)."""
    lab = {**LABELS[lang], **(labels or {})}
    out: list[Line] = []

    def add(key, values, bold=True):
        if lab.get(key):
            out.append(Line(lab[key], values, key=key in KEY_LINES or key in extra_key, bold=bold))

    if heads and lab.get("inc"):
        out.append(Line(lab["inc"], [None] * ncols, bold=True))
    out += [Line(l, v, note=n) for l, n, v in inc]
    s_inc = _sum(inc, ncols)
    add("sum_inc", s_inc)
    if heads and lab.get("cost"):
        out.append(Line(lab["cost"], [None] * ncols, bold=True))
    out += [Line(l, v, note=n) for l, n, v in cost]
    s_cost = _sum(cost, ncols)
    add("sum_cost", s_cost)
    op = [round(a - b, 2) for a, b in zip(s_inc, s_cost)]
    add("op", op)
    result = op
    if fin:
        if heads and lab.get("fin"):
            out.append(Line(lab["fin"], [None] * ncols, bold=True))
        out += [Line(l, v, note=n) for l, n, v in fin]
        net = _sum(fin, ncols)
        add("net_fin", net)
        result = [round(a + b, 2) for a, b in zip(op, net)]
    if tax:
        out.append(Line(lab.get("pre_tax", "Resultat før skattekostnad"), result, bold=True))
        out.append(Line(tax[0], tax[2], note=tax[1]))
        result = [round(a - b, 2) for a, b in zip(result, tax[2])]
    add("result", result)
    return out


def balance(lang: str, ncols: int, fixed: list[tuple], current: list[tuple], equity: list[tuple],
            long: list[tuple], short: list[tuple], labels: dict | None = None,
            sum_debt: bool = True, heads: bool = True) -> list[Line]:
    """Assets must equal equity and debt: raises when the detail lines do not balance. The last
    current-asset line may give "plug" as its values (bank deposits, typically): it is computed."""
    lab = {**LABELS[lang], **(labels or {})}
    if current and current[-1][2] == "plug":
        rest = _sum(fixed + current[:-1], ncols)
        target = _sum(equity + long + short, ncols)
        current = current[:-1] + [(current[-1][0], current[-1][1], [round(t - r, 2) for t, r in zip(target, rest)])]
    out: list[Line] = []

    def head(key):
        if heads and lab.get(key):
            out.append(Line(lab[key], [None] * ncols, bold=True))

    def total(key, values):
        if lab.get(key):
            out.append(Line(lab[key], values, key=key in KEY_LINES, bold=True))

    def detail(lines):
        out.extend(Line(l, v, note=n) for l, n, v in lines)

    head("assets")
    if fixed:
        head("fixed"); detail(fixed); total("sum_fixed", _sum(fixed, ncols))
    head("current"); detail(current); total("sum_current", _sum(current, ncols))
    assets = _sum(fixed + current, ncols)
    total("sum_assets", assets)
    head("eq_debt")
    head("equity"); detail(equity); total("sum_equity", _sum(equity, ncols))
    head("debt")
    if long:
        head("long"); detail(long)
    head("short"); detail(short)
    if sum_debt:
        total("sum_debt", _sum(long + short, ncols))
    eq_debt = _sum(equity + long + short, ncols)
    if any(abs(a - b) > 0.5 for a, b in zip(assets, eq_debt)):
        raise ValueError(f"balance does not balance: {assets} vs {eq_debt}")
    total("sum_eq_debt", eq_debt)
    return out
