"""Layout the nineteenth held-out set adds to the earlier sets' mechanics, registering gold as it goes.

    KrPrefix                      a statement printed as a 1990s word processor did: "kr 1.234.567,-"
                                  (the first set's ``Statement`` with a prefix, the third set's
                                  ``Kroner`` suffix, dot thousands)
    newsletter_html(report, gold) a members' newsletter page for Chromium: a masthead, then the items
                                  in THREE narrow CSS columns; besides the fourth set's HTML items it
                                  knows
        ("box", title, [lines])   a boxed panel (the board list) kept whole in its column
        ("pull", text)            a pull quote in large type between rules
        ("wide", [items])         items after the columns, over the full width (a statement)

Everything else is the fourth set's ``h4_html.items_html``.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

import h4_html
from h3_render import Kroner

NEWS_CSS = """
.mast { border-top: 5pt solid %(accent)s; border-bottom: 1pt solid %(accent)s; padding: 4pt 0 5pt 0; margin-bottom: 8pt; }
.mast .paper { font-size: 24pt; font-weight: bold; color: %(accent)s; letter-spacing: 1pt; }
.mast .issue { font-size: 8pt; color: #444; }
.cols3 { column-count: 3; column-gap: 6mm; column-rule: 0.5pt solid #bbb; font-size: 8.6pt; }
.cols3 h2 { font-size: 11pt; border: none; margin-top: 6pt; }
.cols3 table { font-size: 7.6pt; }
.box { border: 1pt solid %(accent)s; background: #f1f4f2; padding: 5pt 6pt; margin: 6pt 0; break-inside: avoid; }
.box .bt { font-weight: bold; font-size: 9.5pt; margin-bottom: 3pt; }
.pull { font-size: 15pt; line-height: 1.2; font-style: italic; color: %(accent)s; border-top: 1.5pt solid %(accent)s;
        border-bottom: 1.5pt solid %(accent)s; padding: 5pt 0; margin: 8pt 0; break-inside: avoid; }
"""


@dataclass
class KrPrefix(Kroner):
    """"kr 1.234.567,-": the amount with a "kr " before it and ",-" after it."""
    prefix: str = "kr "

    def fmt(self, value):
        text = super().fmt(value)
        return self.prefix + text if text else text


def _own_html(gold, item: tuple) -> str:
    esc = h4_html._esc
    if item[0] == "box":
        title = gold.render(item[1])
        gold.headings.append(title)
        lines = "<br>".join(esc(gold.render(line)) for line in item[2])
        return f'<div class="box"><div class="bt">{esc(title)}</div>{lines}</div>'
    if item[0] == "pull":
        return f'<div class="pull">{esc(gold.render(item[1]))}</div>'
    return f'</div>\n{items_html(gold, item[1])}\n<div class="cols3">'  # "wide": close the columns, reopen


OWN = ("box", "pull", "wide")


def items_html(gold, items: list[tuple]) -> str:
    """Runs of the fourth set's items (so consecutive "li" stay one list), own items here."""
    out = []
    for own, run in groupby(items, key=lambda item: item[0] in OWN):
        out += [_own_html(gold, item) for item in run] if own else [h4_html.items_html(gold, list(run))]
    return "\n".join(out)


def newsletter_html(report: dict, gold) -> str:
    accent = "#" + report.get("accent", "2E5E4E")
    style = h4_html.CSS % {"accent": accent, "shade": "#E3EBE7"} + NEWS_CSS % {"accent": accent}
    mast = report["masthead"]
    head = (f'<div class="mast"><div class="paper">{h4_html._esc(gold.render(mast[0]))}</div>'
            f'<div class="issue">{h4_html._esc(gold.render(mast[1]))}</div></div>')
    body = f'<div class="cols3">\n{items_html(gold, report["items"])}\n</div>'
    title = h4_html._esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="no"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{style}</style></head>\n<body>\n{head}\n{body}\n</body></html>\n")
