"""Layout the twenty-second held-out set adds to the earlier sets' mechanics, registering gold as it goes.

    designed_html(report, gold)   a designed annual report for Chromium: a coloured cover band
                                  (``report["cover"]``: title line, subtitle), the body in TWO CSS
                                  columns; besides the fourth set's HTML items it knows
        ("photo", back, front, caption)  a group photo (no text in it) across its column, the
                                          caption in small italic type under it
        ("band", title, {page})           a full-width coloured section band (a gold heading) that
                                          closes the columns and opens new ones under it; ``page``
                                          starts it on a new page (a key figures page)
        ("wide", [items])                 items over the full width (key figures, statements)

Everything else is the fourth set's ``h4_html.items_html``.
"""
from __future__ import annotations

import base64
from itertools import groupby

import h4_html
import heldout_images

DESIGN_CSS = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
.cover { background: %(accent)s; color: #fff; padding: 14pt 16pt 12pt 16pt; margin-bottom: 10pt; }
.cover .t { font-size: 26pt; font-weight: bold; letter-spacing: 0.5pt; }
.cover .s { font-size: 10pt; margin-top: 3pt; }
.cols2 { column-count: 2; column-gap: 8mm; font-size: 9pt; }
.cols2 h2 { font-size: 12pt; border: none; margin-top: 4pt; }
.band { background: %(accent)s; color: #fff; font-weight: bold; font-size: 12pt; padding: 4pt 8pt;
        margin: 10pt 0 6pt 0; break-after: avoid; }
figure { margin: 4pt 0 8pt 0; break-inside: avoid; }
figure img { width: 100%%; display: block; }
figcaption { font-size: 7.6pt; font-style: italic; color: #444; margin-top: 2pt; }
"""


def _photo_html(gold, back: int, front: int, caption: str, seed: int) -> str:
    data = base64.b64encode(heldout_images.group_photo_png(back, front, seed=seed)).decode()
    return (f'<figure><img src="data:image/png;base64,{data}" alt="">'
            f"<figcaption>{h4_html._esc(gold.render(caption))}</figcaption></figure>")


def _own_html(gold, item: tuple, seed: int) -> str:
    if item[0] == "photo":
        return _photo_html(gold, item[1], item[2], item[3], seed)
    if item[0] == "band":
        title = gold.render(item[1])
        gold.headings.append(title)
        style = ' style="break-before: page"' if h4_html._opts(item).get("page") else ""
        return f'</div>\n<div class="band"{style}>{h4_html._esc(title)}</div>\n<div class="cols2">'
    return f'</div>\n{h4_html.items_html(gold, item[1])}\n<div class="cols2">'  # "wide"


OWN = ("photo", "band", "wide")


def items_html(gold, items: list[tuple]) -> str:
    out = []
    for own, run in groupby(enumerate(items), key=lambda pair: pair[1][0] in OWN):
        run = list(run)
        out += ([_own_html(gold, item, seed=n) for n, item in run] if own
                else [h4_html.items_html(gold, [item for _, item in run])])
    return "\n".join(out)


def designed_html(report: dict, gold) -> str:
    accent = "#" + report.get("accent", "1D5C63")
    style = h4_html.CSS % {"accent": accent, "shade": "#E2ECEC"} + DESIGN_CSS % {"accent": accent}
    title, subtitle = report["cover"]
    esc = h4_html._esc
    head = f'<div class="cover"><div class="t">{esc(gold.render(title))}</div><div class="s">{esc(gold.render(subtitle))}</div></div>'
    body = f'<div class="cols2">\n{items_html(gold, report["items"])}\n</div>'
    return (f'<!DOCTYPE html>\n<html lang="no"><head><meta charset="utf-8"><title>{esc(gold.strip(report["title"]))}</title>'
            f"<style>{style}</style></head>\n<body>\n{head}\n{body}\n</body></html>\n")
