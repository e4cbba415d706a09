"""The one layout the twenty-fourth held-out set adds to the earlier sets' mechanics: in the
twenty-second set's designed two-column report for Chromium (``h22_render``), the board as a
photo collage, one picture per person with a caption under it, as a designer places them.

    ("faces", [(name, role)], {per_row, title})   portraits (no text in the pictures) in a grid
                                                  across the column, name and role as the caption;
                                                  ``title`` a small bold line above (a gold heading)

Everything else is ``h22_render.items_html`` (and through it the fourth set's HTML items).
"""
from __future__ import annotations

import base64
from itertools import groupby

import h3_render
import h4_html
import h22_render

FACES_CSS = """
.faces { display: grid; gap: 6pt 8pt; margin: 4pt 0 10pt 0; break-inside: avoid; }
.faces figure { margin: 0; text-align: center; }
.faces img { width: 100%; display: block; border-radius: 2pt; }
.faces figcaption { font-style: normal; font-size: 7.6pt; color: #333; margin-top: 2pt; }
"""


def faces_html(gold, people: list[tuple[str, str]], per_row: int = 3, title: str | None = None, seed: int = 0) -> str:
    esc = h4_html._esc
    parts = []
    if title:
        text = gold.render(title)
        gold.headings.append(text)
        parts.append(f'<p class="bh">{esc(text)}</p>')
    cells = []
    for i, (name, role) in enumerate(people):
        data = base64.b64encode(h3_render.portrait_png(seed + i)).decode()
        cells.append(f'<figure><img src="data:image/png;base64,{data}" alt=""><figcaption><b>{esc(gold.render(name))}</b>'
                     f"<br>{esc(gold.render(role))}</figcaption></figure>")
    parts.append(f'<div class="faces" style="grid-template-columns: repeat({per_row}, 1fr)">' + "".join(cells) + "</div>")
    return "\n".join(parts)


def items_html(gold, items: list[tuple]) -> str:
    out = []
    for own, run in groupby(enumerate(items), key=lambda pair: pair[1][0] == "faces"):
        run = list(run)
        if own:
            out += [faces_html(gold, item[1], seed=n * 10, **h4_html._opts(item)) for n, item in run]
        else:
            out.append(h22_render.items_html(gold, [item for _, item in run]))
    return "\n".join(out)


def designed_html(report: dict, gold) -> str:
    """``h22_render.designed_html``'s page (cover band, two columns) with this set's items."""
    accent = "#" + report.get("accent", "1D5C63")
    style = (h4_html.CSS % {"accent": accent, "shade": "#E2ECEC"} + h22_render.DESIGN_CSS % {"accent": accent}
             + FACES_CSS)
    title, subtitle = report["cover"]
    esc = h4_html._esc
    head = (f'<div class="cover"><div class="t">{esc(gold.render(title))}</div>'
            f'<div class="s">{esc(gold.render(subtitle))}</div></div>')
    body = f'<div class="cols2">\n{items_html(gold, report["items"])}\n</div>'
    return (f'<!DOCTYPE html>\n<html lang="no"><head><meta charset="utf-8"><title>{esc(gold.strip(report["title"]))}</title>'
            f"<style>{style}</style></head>\n<body>\n{head}\n{body}\n</body></html>\n")
