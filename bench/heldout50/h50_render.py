"""What the fiftieth held-out set adds to the designed report for Chromium (the twenty-second set's
cover band and two columns, the twenty-fourth set's photo collage), registering gold as it goes.

    ("kpi", [(figure, unit, label)], {per_row, title})  a key-figure spread across the page: a big
                                   number, its unit small beside it, a short label under it
                                   ("48,2" "MNOK" "Omsetning"); the figure's about is its label
    ("quote", text, who)           a pull quote in large italic type with the speaker under it
    ("sidebar", title, [lines])    a coloured fact box inside the column (title a gold heading)
    ("cols3", [items])             the items in THREE columns across the page
    ("cards", [(name, role)], {per_row, title, inline})  portraits with the caption under each;
                                   ``inline`` prints "Name, role" on one line, else name and role
                                   on two lines
    report["runner"]               a line a designer repeats at the foot of every page, the page
                                   number at the right

Everything else is ``h24_render.items_html`` (and through it the twenty-second and fourth sets').
"""
from __future__ import annotations

import base64
from itertools import groupby

import h3_render
import h4_html
import h22_render
import h24_render

CSS = """
.kpi { display: grid; gap: 10pt 12pt; margin: 6pt 0 12pt 0; break-inside: avoid; }
.kpi div { border-top: 2.5pt solid %(accent)s; padding-top: 3pt; }
.kpi .n { white-space: nowrap; font-size: 26pt; font-weight: bold; color: %(accent)s; line-height: 1.05; }
.kpi .u { font-size: 11pt; font-weight: bold; color: %(accent)s; margin-left: 3pt; }
.kpi .l { font-size: 8.5pt; color: #333; }
.quote { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 14pt; line-height: 1.25;
         color: %(accent)s; border-left: 3pt solid %(accent)s; padding: 2pt 0 2pt 8pt; margin: 8pt 0 10pt 0;
         break-inside: avoid; }
.quote .who { font-family: 'DejaVu Sans', sans-serif; font-style: normal; font-size: 7.8pt; color: #444; margin-top: 3pt; }
.sidebar { background: %(soft)s; padding: 6pt 8pt; margin: 4pt 0 10pt 0; font-size: 8.2pt; break-inside: avoid; }
.sidebar .st { font-weight: bold; font-size: 9.5pt; color: %(accent)s; margin-bottom: 3pt; }
.cols3 { column-count: 3; column-gap: 6mm; font-size: 8.6pt; }
.cols3 h2 { font-size: 11pt; border: none; margin-top: 4pt; }
.cards { display: grid; gap: 8pt 8pt; margin: 4pt 0 10pt 0; break-inside: avoid; }
.cards figure { margin: 0; }
.cards img { width: 100%%; display: block; }
.cards figcaption { font-style: normal; font-size: 7.8pt; color: #222; margin-top: 2pt; text-align: left; }
"""
# the runner in the page's own margin boxes (CSS paged media, Chromium 131+), with the page number
RUNNER_CSS = """
@page { @bottom-left { content: "%(runner)s"; font-size: 7pt; color: #777; }
        @bottom-right { content: "Side " counter(page); font-size: 7pt; color: #777; } }
"""


def _esc(text: str) -> str:
    return h4_html._esc(text)


def _title(gold, opts: dict) -> str:
    if not opts.get("title"):
        return ""
    text = gold.render(opts["title"])
    gold.headings.append(text)
    return f'<p class="bh">{_esc(text)}</p>'


def kpi_html(gold, figures, per_row=3, title=None) -> str:
    cells = []
    for figure, unit, label in figures:
        shown = gold.strip(label)
        cells.append(f'<div><span class="n">{_esc(gold.render(figure, about=shown))}</span>'
                     f'<span class="u">{_esc(gold.render(unit))}</span>'
                     f'<div class="l">{_esc(gold.render(label))}</div></div>')
    return (_title(gold, {"title": title}) + f'<div class="kpi" style="grid-template-columns: repeat({per_row}, 1fr)">'
            + "".join(cells) + "</div>")


def cards_html(gold, people, per_row=4, title=None, inline=False, seed=0) -> str:
    cells = []
    for i, (name, role) in enumerate(people):
        data = base64.b64encode(h3_render.portrait_png(seed + i)).decode()
        if inline:
            caption = f"{_esc(gold.render(name + ', ' + role))}"
        else:
            caption = f"<b>{_esc(gold.render(name))}</b><br>{_esc(gold.render(role))}"
        cells.append(f'<figure><img src="data:image/png;base64,{data}" alt=""><figcaption>{caption}</figcaption></figure>')
    return (_title(gold, {"title": title}) + f'<div class="cards" style="grid-template-columns: repeat({per_row}, 1fr)">'
            + "".join(cells) + "</div>")


OWN = ("kpi", "quote", "sidebar", "cols3", "cards")


def _own_html(gold, item: tuple, seed: int) -> str:
    kind, opts = item[0], h4_html._opts(item)
    if kind == "kpi":
        return f'</div>\n{kpi_html(gold, item[1], opts.get("per_row", 3), opts.get("title"))}\n<div class="cols2">'
    if kind == "cols3":
        return f'</div>\n<div class="cols3">{items_html(gold, item[1])}</div>\n<div class="cols2">'
    if kind == "cards":
        return cards_html(gold, item[1], opts.get("per_row", 4), opts.get("title"), opts.get("inline", False), seed=seed)
    if kind == "quote":
        return (f'<div class="quote">{_esc(gold.render(item[1]))}'
                f'<div class="who">{_esc(gold.render(item[2]))}</div></div>')
    title = gold.render(item[1])
    gold.headings.append(title)
    lines = "<br>".join(_esc(gold.render(line)) for line in item[2])
    return f'<div class="sidebar"><div class="st">{_esc(title)}</div>{lines}</div>'


def items_html(gold, items: list[tuple]) -> str:
    out = []
    for own, run in groupby(enumerate(items), key=lambda pair: pair[1][0] in OWN):
        run = list(run)
        if own:
            out += [_own_html(gold, item, seed=n * 10) for n, item in run]
        else:
            out.append(h24_render.items_html(gold, [item for _, item in run]))
    return "\n".join(out)


def designed_html(report: dict, gold) -> str:
    """The twenty-fourth set's designed page (cover band, two columns) with this set's items."""
    accent = "#" + report.get("accent", "1D5C63")
    soft = "#" + report.get("soft", "E4EFEF")
    style = (h4_html.CSS % {"accent": accent, "shade": soft} + h22_render.DESIGN_CSS % {"accent": accent}
             + h24_render.FACES_CSS + CSS % {"accent": accent, "soft": soft})
    title, subtitle = report["cover"]
    head = (f'<div class="cover"><div class="t">{_esc(gold.render(title))}</div>'
            f'<div class="s">{_esc(gold.render(subtitle))}</div></div>')
    if report.get("runner"):
        style += RUNNER_CSS % {"runner": gold.render(report["runner"]).replace('"', "'")}
    body = f'<div class="cols2">\n{items_html(gold, report["items"])}\n</div>'
    return (f'<!DOCTYPE html>\n<html lang="no"><head><meta charset="utf-8"><title>{_esc(gold.strip(report["title"]))}</title>'
            f"<style>{style}</style></head>\n<body>\n{head}\n{body}\n</body></html>\n")
