"""Helpers the thirty-sixth set's reports share: the statements of a full årsregnskap built from
their detail lines (result carried into equity, bank deposits computed so the balance balances,
a cash-flow statement whose closing cash is the balance's bank line) and a five-year key-figure
table. Sums are computed, never typed; the layout is the earlier sets' (imported by the generator).
"""
from __future__ import annotations

from heldout_finance import Col, Line, Statement, balance, income


def result_of(lines: list[Line]) -> list[float]:
    """The last line of an income statement built by ``heldout_finance.income``: the year's result."""
    return lines[-1].values


def line_values(lines: list[Line], label: str) -> list[float]:
    return next(line.values for line in lines if line.label == label)


def cash_flow(labels: dict, result: list[float], depreciation: list[float], investments: list[float],
              loans: list[float], cash_end: list[float], cash_start_oldest: float) -> list[Line]:
    """Indirect method: result, depreciation, a working-capital line that makes the sum agree with
    the change in cash, investments (negative), loans; the columns are this year, last year."""
    starts = [cash_end[1], cash_start_oldest]
    change = [round(e - s, 2) for e, s in zip(cash_end, starts)]
    working = [round(c - r - d + i - l, 2)
               for c, r, d, i, l in zip(change, result, depreciation, investments, loans)]
    operating = [round(r + d + w, 2) for r, d, w in zip(result, depreciation, working)]
    neg = [-i for i in investments]
    out = [
        Line(labels["op_head"], [None, None], bold=True),
        Line(labels["result"], result),
        Line(labels["dep"], depreciation),
        Line(labels["working"], working),
        Line(labels["op_sum"], operating, bold=True),
        Line(labels["inv_head"], [None, None], bold=True),
        Line(labels["inv"], neg),
        Line(labels["inv_sum"], neg, bold=True),
        Line(labels["fin_head"], [None, None], bold=True),
        Line(labels["loan"], loans),
        Line(labels["fin_sum"], loans, bold=True),
        Line(labels["change"], change, bold=True),
        Line(labels["start"], starts),
        Line(labels["end"], cash_end, bold=True),
    ]
    return out


CASH_NB = {"op_head": "Kontantstrømmer fra operasjonelle aktiviteter", "result": "Årsresultat",
           "dep": "Ordinære avskrivninger", "working": "Endring i kundefordringer, leverandørgjeld og andre poster",
           "op_sum": "Netto kontantstrøm fra operasjonelle aktiviteter",
           "inv_head": "Kontantstrømmer fra investeringsaktiviteter",
           "inv": "Utbetalinger ved kjøp av varige driftsmidler",
           "inv_sum": "Netto kontantstrøm fra investeringsaktiviteter",
           "fin_head": "Kontantstrømmer fra finansieringsaktiviteter", "loan": "Nedbetaling av langsiktig gjeld",
           "fin_sum": "Netto kontantstrøm fra finansieringsaktiviteter",
           "change": "Netto endring i bankinnskudd og kontanter",
           "start": "Bankinnskudd og kontanter 01.01", "end": "Bankinnskudd og kontanter 31.12"}

CASH_NN = {"op_head": "Kontantstraumar frå operasjonelle aktivitetar", "result": "Årsresultat",
           "dep": "Ordinære avskrivingar", "working": "Endring i kundefordringar, leverandørgjeld og andre postar",
           "op_sum": "Netto kontantstraum frå operasjonelle aktivitetar",
           "inv_head": "Kontantstraumar frå investeringsaktivitetar",
           "inv": "Utbetalingar ved kjøp av varige driftsmiddel",
           "inv_sum": "Netto kontantstraum frå investeringsaktivitetar",
           "fin_head": "Kontantstraumar frå finansieringsaktivitetar", "loan": "Nedbetaling av langsiktig gjeld",
           "fin_sum": "Netto kontantstraum frå finansieringsaktivitetar",
           "change": "Netto endring i bankinnskot og kontantar",
           "start": "Bankinnskot og kontantar 01.01", "end": "Bankinnskot og kontantar 31.12"}


def five_years(years: list[int], rows: list[tuple[str, list[float]]], unit: float, label_header: str,
               negative: str = "minus") -> Statement:
    """A key-figure table's money rows, newest year first; every row is a key line."""
    return Statement("Nøkkeltall", [Col(str(y), y) for y in years],
                     [Line(label, values, key=True) for label, values in rows],
                     unit=unit, label_header=label_header, negative=negative, gold_rows=True)


def equity_share(equity: float, total: float) -> str:
    """"41,2 %" printed the Norwegian way, from the balance's own sums."""
    return f"{100 * equity / total:.1f}".replace(".", ",") + " %"


__all__ = ["Col", "Line", "Statement", "balance", "income", "cash_flow", "five_years", "equity_share",
           "result_of", "line_values", "CASH_NB", "CASH_NN"]
