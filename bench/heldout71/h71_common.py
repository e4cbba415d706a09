"""What the seventy-first set's report modules share: statements built from their detail lines
(sums computed by the first set's ``heldout_finance``) and amounts quoted in prose read off those
statements, so a figure in a sentence cannot disagree with its table."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def statements(lang: str, years: tuple[int, int], inc, cost, fin, fixed, current, equity, long, short,
               titles=("Resultatregnskap", "Balanse"), labels_inc=None, labels_bal=None, cls=Statement,
               **fmt) -> tuple[Statement, Statement]:
    """An income statement and a balance over the two years, both of class ``cls``, with the
    formatting options ``fmt`` (unit, note_col, label_header, above, below, thousands, render) given to
    both; ``dated`` heads the balance's columns "31.12.YYYY"."""
    dated = fmt.pop("dated", False)
    cols = [Col(str(years[0]), years[0]), Col(str(years[1]), years[1])]
    result = cls(titles[0], cols, income(lang, 2, inc, cost, fin, labels=labels_inc), **fmt)
    bal_cols = [Col(f"31.12.{years[0]}", years[0]), Col(f"31.12.{years[1]}", years[1])] if dated else cols
    bal = cls(titles[1], bal_cols, balance(lang, 2, fixed, current, equity, long, short, labels=labels_bal),
              **fmt)
    return result, bal


def value(st: Statement, label: str, col: int = 0) -> float:
    return next(line.values[col] for line in st.lines if line.label == label)


def quote(st: Statement, label: str, col: int = 0, sign: bool = True) -> str:
    """The amount as the statement prints it ("1 234 567"), without its sign when ``sign`` is False."""
    v = value(st, label, col)
    return st.fmt(v if sign else abs(v))
