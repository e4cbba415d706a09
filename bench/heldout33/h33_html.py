"""Designed and exported layouts of the thirty-third held-out set, printed by Chromium: the fourth
set's HTML items (``h4_html``) plus the shapes designed reports use. Gold is registered as the
items are written (``gold.render``), as ``h4_html`` does; the standard items are handed to it.

Extra items (the last element may be a dict of options):

    ("slide", [items], {title})    one landscape slide: a page of its own, a big heading
    ("kpi", [(big, small)])        key figures as large numbers with a small label under each
    ("cards", [(name, [lines])], {per_row, title})  portrait cards: a photo, the name under it,
                                   the role lines under the name
    ("cols3", [items])             the items in three text columns (a magazine page)
    ("pull", text)                 a pull quote across the column
    ("side", title, [items])       a shaded sidebar box
    ("cookie", [lines])            a cookie banner's text (a web page printed as it was seen)
    ("fig", caption)               a photo (a grey picture, no text in it) with its caption under it

Report options: ``landscape`` (a slide deck's page), ``running`` (left header, right header,
footer: printed on every page by CSS page-margin boxes; "{page}" and "{pages}" become counters),
``site`` (a web site's frame as the fifth set's, with menu, breadcrumb and a footer).
"""
from __future__ import annotations

import h4_html

_esc = h4_html._esc

CSS = """
.slide { break-after: page; min-height: 170mm; position: relative; padding: 4mm 6mm; }
.slide h1 { font-size: 30pt; margin-bottom: 10pt; }
.slide .lead { font-size: 15pt; color: #333; }
.kpi { display: grid; gap: 10pt 18pt; margin: 10pt 0 14pt 0; }
.kpi div { text-align: left; }
.kpi .big { display: block; font-size: 30pt; font-weight: bold; color: %(accent)s; line-height: 1.05; }
.kpi .small { display: block; font-size: 8.5pt; color: #555; text-transform: none; }
.cards { display: grid; gap: 12pt 14pt; margin: 8pt 0 12pt 0; }
.pcard { text-align: center; font-size: 8.5pt; color: #444; }
.pcard svg { width: 26mm; height: 30mm; display: block; margin: 0 auto 4pt auto; }
.pcard .nm { display: block; font-size: 10pt; font-weight: bold; color: #111; }
.cols3 { column-count: 3; column-gap: 7mm; text-align: justify; }
.pull { font-family: 'DejaVu Serif', serif; font-size: 14pt; font-style: italic; color: %(accent)s;
        border-top: 2pt solid %(accent)s; border-bottom: 2pt solid %(accent)s; padding: 5pt 0; margin: 8pt 0;
        break-inside: avoid; }
.side { background: #eef1ea; padding: 6pt 8pt; margin: 6pt 0 10pt 0; font-size: 8.4pt; break-inside: avoid; }
.side .st { font-weight: bold; font-size: 9.5pt; text-transform: uppercase; letter-spacing: 0.5pt; }
.fig { margin: 4pt 0 8pt 0; break-inside: avoid; }
.fig svg { width: 100%%; height: 38mm; display: block; }
.fig figcaption { font-size: 7.5pt; font-style: italic; color: #555; margin-top: 2pt; }
.cookie { border: 1pt solid #999; background: #fafafa; padding: 5pt 8pt; font-size: 8pt; margin: 0 0 8pt 0; }
.site { border-bottom: 2px solid %(accent)s; margin-bottom: 8pt; padding-bottom: 4pt; }
.site .name { font-size: 15pt; font-weight: bold; color: %(accent)s; }
.site nav { font-size: 8.5pt; color: #444; margin-top: 3pt; }
.site nav span { margin-right: 12pt; }
.crumb { font-size: 7.5pt; color: #666; margin-bottom: 6pt; }
footer.sitefoot { border-top: 1px solid #aaa; margin-top: 14pt; padding-top: 4pt; font-size: 7.5pt; color: #555; }
"""

# a head and shoulders: grey, no text in it
PHOTO = ('<svg viewBox="0 0 60 70" xmlns="http://www.w3.org/2000/svg"><rect width="60" height="70" fill="%s"/>'
         '<circle cx="30" cy="26" r="12" fill="#8a8f96"/><ellipse cx="30" cy="66" rx="22" ry="18" fill="#8a8f96"/></svg>')
SHADES = ("#d9dde2", "#e2ddd5", "#d5e0da", "#e0d8e0")


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _title(gold, opts: dict) -> str:
    if not opts.get("title"):
        return ""
    text = gold.render(opts["title"])
    gold.headings.append(text)
    return f'<p class="bh">{_esc(text)}</p>'


def items_html(gold, items: list[tuple]) -> str:
    out, run = [], []

    def flush():
        if run:
            out.append(h4_html.items_html(gold, list(run)))
            run.clear()

    for item in items:
        kind, opts = item[0], _opts(item)
        if kind not in ("slide", "kpi", "cards", "cols3", "pull", "side", "cookie", "fig"):
            run.append(item)
            continue
        flush()
        if kind == "slide":
            out.append('<section class="slide">' + items_html(gold, item[1]) + "</section>")
        elif kind == "kpi":
            cells = [f'<div><span class="big">{_esc(gold.render(big, about=gold.strip(small)))}</span>'
                     f'<span class="small">{_esc(gold.render(small))}</span></div>' for big, small in item[1]]
            per_row = opts.get("per_row", min(4, len(cells)))
            out.append(_title(gold, opts) + f'<div class="kpi" style="grid-template-columns: repeat({per_row}, 1fr)">'
                       + "".join(cells) + "</div>")
        elif kind == "cards":
            cards = []
            for i, (name, lines) in enumerate(item[1]):
                body = "<br>".join(_esc(gold.render(line)) for line in lines)
                cards.append(f'<div class="pcard">{PHOTO % SHADES[i % len(SHADES)]}'
                             f'<span class="nm">{_esc(gold.render(name))}</span>{body}</div>')
            per_row = opts.get("per_row", 4)
            out.append(_title(gold, opts) + f'<div class="cards" style="grid-template-columns: repeat({per_row}, 1fr)">'
                       + "".join(cards) + "</div>")
        elif kind == "cols3":
            out.append('<div class="cols3">' + items_html(gold, item[1]) + "</div>")
        elif kind == "pull":
            out.append(f'<div class="pull">{_esc(gold.render(item[1]))}</div>')
        elif kind == "side":
            out.append(f'<div class="side"><div class="st">{_esc(gold.render(item[1]))}</div>'
                       + items_html(gold, item[2]) + "</div>")
        elif kind == "fig":
            out.append(f'<figure class="fig">{PHOTO % SHADES[len(out) % len(SHADES)]}'
                       f'<figcaption>{_esc(gold.render(item[1]))}</figcaption></figure>')
        elif kind == "cookie":
            out.append('<div class="cookie">' + "<br>".join(_esc(gold.render(l)) for l in item[1]) + "</div>")
    flush()
    return "\n".join(out)


def _css_text(text: str) -> str:
    """A running line as CSS content: quoted text with the page counters between."""
    parts = []
    for chunk in text.replace("{pages}", "\0pages\0").replace("{page}", "\0page\0").split("\0"):
        if chunk in ("page", "pages"):
            parts.append(f"counter({chunk})")
        elif chunk:
            parts.append('"' + chunk.replace('"', '\\"') + '"')
    return " ".join(parts)


def _page_css(report: dict) -> str:
    size = "A4 landscape" if report.get("landscape") else "A4"
    margin = "12mm 14mm 12mm 14mm" if report.get("landscape") else "20mm 17mm 18mm 17mm"
    boxes = ""
    if report.get("running"):
        left, right, foot = report["running"]
        style = "font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #666;"
        boxes = (f"@top-left {{ content: {_css_text(left)}; {style} }}"
                 f"@top-right {{ content: {_css_text(right)}; {style} }}"
                 f"@bottom-center {{ content: {_css_text(foot)}; {style} }}")
    return f"@page {{ size: {size}; margin: {margin}; {boxes} }}"


def _site(report: dict, gold, body: str) -> str:
    site = report.get("site")
    if not site:
        return body
    head = (f'<div class="site"><div class="name">{_esc(gold.render(site["name"]))}</div><nav>'
            + "".join(f"<span>{_esc(gold.render(m))}</span>" for m in site["menu"]) + "</nav></div>"
            f'<div class="crumb">{_esc(gold.render(site["crumb"]))}</div>')
    foot = '<footer class="sitefoot">' + "<br>".join(_esc(gold.render(l)) for l in site["footer"]) + "</footer>"
    return head + "\n" + body + "\n" + foot


def html_document(report: dict, gold) -> str:
    values = {"accent": "#" + report.get("accent", "1F3B5A"), "shade": "#" + report.get("shade", "E6EAF0")}
    style = (h4_html.CSS % values).replace("@page { size: A4; margin: 18mm 17mm 18mm 17mm; }", _page_css(report))
    style += CSS % values
    body = _site(report, gold, items_html(gold, report["items"]))
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "no")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")
