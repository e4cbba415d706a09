"""The sixty-ninth set's page builder: a designed report as fixed sheets of HTML and CSS (A4 portrait
or landscape), printed by Chromium. Written for this set; it shares no layout code with the earlier
sets (only ``heldout_finance.Statement`` for the numbers and ``Gold`` for registering what is printed).

A report's ``items`` is a list of sheets ``("sheet", options, blocks)``. Every printed string goes
through ``gold.render`` (places and percentages marked as in the first set); headings, table rows
and statements are registered as they are drawn. Blocks (tuples; a last dict holds options):

    ("cover", {...})                 the front: colour field, photo, kicker, title, caption
    ("h1"|"h2"|"h3", text)           a heading (gold unless {"gold": False})
    ("kicker", text) ("p", text) ("lead", text) ("small", text) ("ul", [texts])
    ("cols", n, [blocks])            CSS columns     ("grid", "1fr 2fr", [[blocks], ...])
    ("box", [blocks])                tinted panel    ("band", [blocks])  a full-bleed colour band
    ("quote", text, by)              pull quote      ("tiles", [(value, label)])  key-figure tiles
    ("bars", title, [(label, value, fraction)])      a small bar chart with its numbers
    ("donut", title, [(label, share, fraction)])     an ownership chart with its legend
    ("photo", seed, scene, caption)  ("collage", [(seed, scene, caption)])
    ("people", [(name, [lines])])    portrait cards  ("toc", [(title, page)])
    ("dl", [(label, value)])         label / name pairs in a grid (not a table)
    ("table", rows)                  ("stmt", Statement, {title, split})  ("sign", place_date, [(name, title)])
    ("space", mm)

``CHECK`` is a script run before printing: a sheet (or a box marked ``fit``) whose content overflows
prints "SHEET OVERFLOW", which the generator refuses, so every sheet holds what it draws.
"""
from __future__ import annotations

import html

import h69_art
from heldout_finance import Statement

CSS = """
@page { size: %(page)s; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: '%(font)s', sans-serif; color: %(ink)s; font-size: %(size)s; line-height: 1.38; }
.sheet { width: %(w)s; height: %(h)s; overflow: hidden; position: relative; break-after: page;
         padding: %(pad)s; background: %(paper)s; }
.sheet:last-of-type { break-after: auto; }
.foot { position: absolute; bottom: 7mm; left: %(padx)s; right: %(padx)s; font-size: 7pt; color: #777;
        display: flex; justify-content: space-between; border-top: 0.4pt solid #bbb; padding-top: 2pt; }
h1 { font-size: 24pt; line-height: 1.1; margin: 0 0 5mm 0; color: %(accent)s; font-weight: bold; }
h2 { font-size: 14pt; margin: 5mm 0 2mm 0; color: %(accent)s; }
h3 { font-size: 10.5pt; margin: 3.5mm 0 1mm 0; text-transform: %(h3case)s; letter-spacing: .3pt; }
p { margin: 0 0 2.4mm 0; } ul { margin: 0 0 2.4mm 0; padding-left: 5mm; }
.kicker { text-transform: uppercase; letter-spacing: 1.6pt; font-size: 8pt; color: %(accent2)s; font-weight: bold; margin-bottom: 2mm; }
.lead { font-size: 12pt; line-height: 1.35; color: %(accent)s; }
.small { font-size: 7.6pt; color: #555; }
.cols { column-gap: 7mm; } .cols > * { break-inside: avoid-column; }
.grid { display: grid; gap: 6mm; align-items: start; }
.box { background: %(tint)s; padding: 4mm 5mm; border-radius: 1.5mm; margin-bottom: 3mm; }
.band { margin-left: -%(padx)s; margin-right: -%(padx)s; padding: 6mm %(padx)s; background: %(accent)s; color: #fff; margin-bottom: 5mm; }
.band h1, .band h2, .band h3, .band .kicker, .band .lead { color: #fff; }
.quote { font-family: 'DejaVu Serif', serif; font-size: 15pt; line-height: 1.3; color: %(accent)s; border-left: 2mm solid %(accent2)s;
         padding: 1mm 0 1mm 5mm; margin: 4mm 0; }
.quote .by { display: block; font-family: '%(font)s', sans-serif; font-size: 8pt; color: #555; margin-top: 2mm; }
.tiles { display: grid; gap: 3mm; margin: 2mm 0 4mm 0; }
.tile { background: %(accent)s; color: #fff; padding: 3.5mm 4mm; border-radius: 1mm; min-height: 24mm; }
.tile:nth-child(even) { background: %(accent2)s; }
.tile .v { font-size: 21pt; font-weight: bold; line-height: 1.05; display: block; }
.tile .l { font-size: 8pt; display: block; margin-top: 1.5mm; }
.bars { margin: 2mm 0 4mm 0; } .bars .t { font-weight: bold; font-size: 9pt; margin-bottom: 1.5mm; }
.bar { display: grid; grid-template-columns: 34%% 1fr 17mm; gap: 2mm; align-items: center; font-size: 8pt; margin-bottom: 1.2mm; }
.bar .track { background: #e6e6e6; height: 3.6mm; } .bar .fill { background: %(accent2)s; height: 100%%; }
.bar .n { text-align: right; font-weight: bold; }
.donut { display: grid; grid-template-columns: 34mm 1fr; gap: 4mm; align-items: center; margin: 2mm 0 4mm 0; }
.donut svg { width: 34mm; height: 34mm; } .legend div { display: flex; gap: 2mm; align-items: center; font-size: 8.5pt; margin-bottom: 1.2mm; }
.legend i { width: 3mm; height: 3mm; display: inline-block; } .legend b { margin-left: auto; }
.photo { margin: 0 0 3mm 0; } .photo svg.art { width: 100%%; display: block; }
.photo .frame { overflow: hidden; } .photo .frame svg.art { height: 100%%; }
.photo .cap { font-size: 7.4pt; color: #555; margin-top: 1mm; line-height: 1.3; }
.collage { display: grid; gap: 3mm; grid-template-columns: 1fr 1fr 1fr; margin-bottom: 3mm; }
.collage .photo:first-child { grid-column: span 2; grid-row: span 2; } .collage.flat .photo:first-child { grid-row: auto; grid-column: auto; }
.people { display: grid; gap: 5mm 4mm; margin: 2mm 0 4mm 0; }
.card { font-size: 8.4pt; line-height: 1.3; } .card svg.face { width: 100%%; display: block; margin-bottom: 1.5mm; }
.people.round .card { text-align: center; } .people.round svg.face { border-radius: 50%%; width: 70%%; margin: 0 auto 1.5mm auto; }
.card .n { font-weight: bold; font-size: 9pt; display: block; } .card .r { color: %(accent2)s; display: block; }
.card .chip { display: inline-block; background: %(accent)s; color: #fff; font-size: 7pt; padding: .4mm 1.6mm; margin-bottom: 1mm; text-transform: uppercase; letter-spacing: .5pt; }
.card.caps .n { text-transform: uppercase; letter-spacing: .4pt; }
.toc div { display: flex; border-bottom: 0.4pt dotted #999; padding: 1.4mm 0; font-size: 10pt; }
.toc div b { margin-left: auto; color: %(accent)s; }
.dl { display: grid; grid-template-columns: 30mm 1fr; gap: 1.2mm 3mm; font-size: 9pt; margin-bottom: 3mm; }
.dl .k { color: %(accent2)s; font-weight: bold; }
table { border-collapse: collapse; width: 100%%; font-size: 8.6pt; margin: 1mm 0 4mm 0; }
th { text-align: left; font-weight: bold; border-bottom: 0.9pt solid %(accent)s; padding: 1.3mm 1.5mm; color: %(accent)s; }
td { padding: 0.9mm 1.5mm; border-bottom: 0.3pt solid #ddd; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; } td.note, th.note { text-align: center; width: 11mm; }
tr.head td { font-weight: bold; padding-top: 2.4mm; border-bottom: none; color: %(accent)s; }
tr.key td { font-weight: bold; border-top: 0.8pt solid #333; background: %(tint)s; }
.split { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
.sign { display: grid; gap: 9mm 6mm; margin-top: 5mm; font-size: 8.4pt; }
.sign div { border-top: 0.6pt solid #333; padding-top: 1mm; margin-top: 9mm; }
.sign.esign div { border-top: none; margin-top: 0; } .sign.esign div:before { content: ''; display: block; height: 3mm; border-bottom: 0.4pt dashed #999; margin-bottom: 1mm; }
.cover { position: absolute; inset: 0; } .cover svg.art { width: 100%%; height: 100%%; display: block; }
"""

CHECK = """<script>
const bad = [];
document.querySelectorAll('.sheet, .fit').forEach((e, i) => {
  if (e.scrollHeight > e.clientHeight + 2 || e.scrollWidth > e.clientWidth + 2)
    bad.push(i + ':' + e.className + ':' + e.scrollWidth + 'x' + e.scrollHeight + '/' + e.clientWidth + 'x' + e.clientHeight);
});
if (bad.length) { const d = document.createElement('div'); d.textContent = 'SHEET OVERFLOW ' + bad.join(' ');
  d.style.cssText = 'position:fixed;top:0;left:0;background:#fff;z-index:9'; document.body.prepend(d); }
</script>"""

PAGES = {"A4": ("210mm", "297mm"), "A4 landscape": ("297mm", "210mm")}
DEFAULT_DESIGN = {"page": "A4", "font": "DejaVu Sans", "ink": "#222", "size": "9.2pt", "padx": "17mm",
                  "pady": "16mm", "accent": "#1d4e5f", "accent2": "#c0612b", "tint": "#eef2f3",
                  "paper": "#fff", "h3case": "none"}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(block: tuple) -> dict:
    return block[-1] if isinstance(block[-1], dict) else {}


class Sheets:
    """Draws one report's sheets, registering gold on the way."""

    def __init__(self, report: dict, gold):
        self.report, self.gold = report, gold
        self.design = {**DEFAULT_DESIGN, **report.get("design", {})}

    def t(self, text: str, about: str | None = None) -> str:
        """Printed text (markup resolved, gold registered), escaped for HTML."""
        return esc(self.gold.render(text, about=about))

    def heading(self, level: int, text: str, gold: bool = True, cls: str = "") -> str:
        printed = self.gold.render(text)
        if gold:
            self.gold.headings.append(printed)
        return f'<h{level} class="{cls}">{esc(printed)}</h{level}>'

    # ---------- blocks ----------

    def block(self, b: tuple) -> str:
        kind, o = b[0], _opts(b)
        if kind in ("h1", "h2", "h3"):
            return self.heading(int(kind[1]), b[1], o.get("gold", True))
        if kind in ("kicker", "lead", "small"):
            return f'<div class="{kind}">{self.t(b[1])}</div>'
        if kind == "p":
            return f'<p class="{o.get("cls", "")}">{self.t(b[1])}</p>'
        if kind == "ul":
            return "<ul>" + "".join(f"<li>{self.t(x)}</li>" for x in b[1]) + "</ul>"
        if kind == "cols":
            style = f'column-count:{b[1]};{o.get("style", "")}'
            return f'<div class="cols" style="{style}">{self.blocks(b[2])}</div>'
        if kind == "grid":
            cells = "".join(f"<div>{self.blocks(c)}</div>" for c in b[2])
            return f'<div class="grid" style="grid-template-columns:{b[1]};{o.get("style", "")}">{cells}</div>'
        if kind in ("box", "band"):
            style = "".join(f"{k}:{v};" for k, v in o.items() if k in ("background", "color", "height", "padding"))
            fit = " fit" if "height" in o else ""
            return f'<div class="{kind}{fit}" style="{style}">{self.blocks(b[1])}</div>'
        if kind == "quote":
            by = f'<span class="by">{self.t(b[2])}</span>' if len(b) > 2 and isinstance(b[2], str) else ""
            return f'<div class="quote">{self.t(b[1])}{by}</div>'
        if kind == "tiles":
            return self.tiles(b[1], o)
        if kind == "bars":
            return self.bars(b[1], b[2], o)
        if kind == "donut":
            return self.donut(b[1], b[2], o)
        if kind == "photo":
            return self.photo(b[1], b[2], b[3] if len(b) > 3 and isinstance(b[3], str) else None, o)
        if kind == "collage":
            style = f' style="grid-template-columns:{o["columns"]}"' if "columns" in o else ""
            frame = {"height": o["height"]} if "height" in o else {}
            cls = "collage flat" if frame else "collage"
            return f'<div class="{cls}"{style}>' + "".join(self.photo(s, sc, cap, frame) for s, sc, cap in b[1]) + "</div>"
        if kind == "people":
            return self.people(b[1], o)
        if kind == "toc":
            return '<div class="toc">' + "".join(f"<div><span>{self.t(a)}</span><b>{self.t(str(p))}</b></div>"
                                                for a, p in b[1]) + "</div>"
        if kind == "dl":
            cells = "".join(f'<span class="k">{self.t(k)}</span><span>{self.t(v)}</span>' for k, v in b[1])
            style = f' style="grid-template-columns:{o["columns"]}"' if "columns" in o else ""
            return f'<div class="dl"{style}>{cells}</div>'
        if kind == "table":
            return self.table(b[1], header=o.get("header", True), gold_rows=o.get("gold_rows", True))
        if kind == "stmt":
            return self.statement(b[1], o)
        if kind == "sign":
            cols = o.get("cols", 3)
            cells = "".join(f"<div>{self.t(n)}<br>{self.t(r)}</div>" for n, r in b[2])
            cls = "sign esign" if o.get("esign") else "sign"
            return (f"<p>{self.t(b[1])}</p>" if b[1] else "") + \
                f'<div class="{cls}" style="grid-template-columns:repeat({cols},1fr)">{cells}</div>'
        if kind == "space":
            return f'<div style="height:{b[1]}mm"></div>'
        if kind == "cover":
            return self.cover(o)
        raise ValueError(f"unknown block {kind!r}")

    def blocks(self, bs: list[tuple]) -> str:
        return "\n".join(self.block(b) for b in bs)

    def tiles(self, tiles: list[tuple], o: dict) -> str:
        out = []
        for value, label in tiles:
            about = self.gold.strip(label)
            out.append(f'<div class="tile"><span class="v">{self.t(value, about)}</span><span class="l">{self.t(label)}</span></div>')
        return f'<div class="tiles" style="grid-template-columns:repeat({o.get("cols", len(tiles))},1fr)">{"".join(out)}</div>'

    def bars(self, title: str, rows: list[tuple], o: dict) -> str:
        out = [f'<div class="t">{self.t(title)}</div>'] if title else []
        for label, value, frac in rows:
            about = self.gold.strip(label)
            out.append(f'<div class="bar"><span>{self.t(label)}</span><span class="track"><span class="fill" '
                       f'style="display:block;width:{frac * 100:.0f}%"></span></span><span class="n">{self.t(value, about)}</span></div>')
        return f'<div class="bars">{"".join(out)}</div>'

    def donut(self, title: str, rows: list[tuple], o: dict) -> str:
        colors = o.get("colors", [self.design["accent"], self.design["accent2"], "#9aa9b0", "#d8b35a"])
        svg = h69_art.donut([(frac, colors[i]) for i, (_, _, frac) in enumerate(rows)])
        legend = "".join(f'<div><i style="background:{colors[i]}"></i><span>{self.t(label)}</span>'
                         f'<b>{self.t(share, self.gold.strip(label))}</b></div>' for i, (label, share, _) in enumerate(rows))
        head = f'<div class="bars"><div class="t">{self.t(title)}</div></div>' if title else ""
        return f'{head}<div class="donut">{svg}<div class="legend">{legend}</div></div>'

    def photo(self, seed: int, scene: str, caption: str | None, o: dict) -> str:
        cap = f'<div class="cap">{self.t(caption)}</div>' if caption else ""
        style = f' class="frame" style="height:{o["height"]}"' if "height" in o else ""
        return f'<div class="photo"><div{style}>{h69_art.photo(seed, scene)}</div>{cap}</div>'

    def people(self, people: list[tuple], o: dict) -> str:
        cards = []
        for i, (name, lines) in enumerate(people):
            face = h69_art.portrait(o.get("seed", 7) * 31 + i, o.get("face_bg", "#dfe6ea")) if o.get("faces", True) else ""
            chips = "".join(f'<span class="chip">{self.t(c)}</span><br>' for c in o.get("chips", {}).get(name, []))
            rest = "".join(f'<span class="r">{self.t(x)}</span>' for x in lines)
            below = "".join(f'<span class="small" style="display:block">{self.t(x)}</span>' for x in o.get("below", {}).get(name, []))
            if o.get("role_first"):  # the role as a small line above the name, the rest under it
                cards.append(f'<div class="card">{face}{rest}<span class="n">{self.t(name)}</span>{below}</div>')
            else:
                caps = " caps" if o.get("caps") else ""
                cards.append(f'<div class="card{caps}">{face}{chips}<span class="n">{self.t(name)}</span>{rest}{below}</div>')
        cls = "people round" if o.get("round") else "people"
        return f'<div class="{cls}" style="grid-template-columns:repeat({o.get("cols", 4)},1fr)">{"".join(cards)}</div>'

    def table(self, rows: list[list[str]], header: bool = True, gold_rows: bool = True, classes=None,
              numeric=None, skip: int = -1) -> str:
        """A table; its rows are gold rows (but row ``skip``, a header printed a second time)."""
        out = ["<table>"]
        for r, row in enumerate(rows):
            label = self.gold.strip(row[0]) if row else ""
            printed = [self.gold.render(c, about=label or None) for c in row]
            self.gold.row_texts.append(" | ".join(printed))
            if gold_rows and r != skip and any(p.strip() for p in printed):
                self.gold.table_rows.append([p for p in printed if p.strip()])
            tag = "th" if header and r == 0 else "td"
            cls = f' class="{classes[r]}"' if classes and classes[r] else ""
            cells = []
            for c, text in enumerate(printed):
                kind = (numeric or {}).get(c, "num" if c and text.replace(" ", "").replace("-", "").replace(",", "").isdigit() else "")
                cells.append(f'<{tag} class="{kind}">{esc(text)}</{tag}>')
            out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
        out.append("</table>")
        return "".join(out)

    def statement(self, st: Statement, o: dict) -> str:
        """A statement as a table; ``split`` names the line where a balance's right half begins
        (assets left, equity and debt right: one statement, two tables side by side)."""
        self.gold.statements.append(st)
        head = self.heading(o.get("level", 2), o["title"]) if o.get("title") else ""
        above = f'<p class="small">{self.t(st.above)}</p>' if st.above else ""
        below = f'<p class="small">{self.t(st.below)}</p>' if st.below else ""
        numeric = {i: "num" for i in range(1, len(st.header_row()))}
        if st.note_col is not None:
            numeric[1] = "note"
        body = [(line, cells) for line, cells in st.body_rows()]
        parts = [body]
        if o.get("split"):
            at = next(i for i, (line, _) in enumerate(body) if line.label == o["split"])
            parts = [body[:at], body[at:]]
        tables = []
        for n, part in enumerate(parts):
            rows = [st.header_row()] + [c for _, c in part]
            classes = [""] + ["head" if line.is_head else "key" if line.key or line.bold else "" for line, _ in part]
            tables.append(self.table(rows, gold_rows=st.gold_rows, classes=classes, numeric=numeric,
                                     skip=0 if n else -1))
        inner = tables[0] if len(tables) == 1 else f'<div class="split">{"".join(f"<div>{t}</div>" for t in tables)}</div>'
        return head + above + inner + below

    def cover(self, o: dict) -> str:
        d = self.design
        photo = h69_art.photo(o.get("seed", 1), o.get("scene", "fjord"))
        title = self.heading(1, o["title"], o.get("gold", True))
        parts = [f'<div class="kicker">{self.t(o["kicker"])}</div>' if o.get("kicker") else "", title]
        parts += [f'<div class="lead">{self.t(x)}</div>' for x in o.get("lines", [])]
        cap = f'<div class="small" style="color:inherit;opacity:.85">{self.t(o["caption"])}</div>' if o.get("caption") else ""
        if o.get("layout") == "side":  # photo on the left half, text field on the right
            return (f'<div class="cover" style="display:grid;grid-template-columns:1.1fr 1fr">'
                    f'<div style="overflow:hidden" class="fill">{photo}</div>'
                    f'<div style="background:{d["accent"]};color:#fff;padding:22mm 16mm;display:flex;flex-direction:column;'
                    f'justify-content:flex-end" class="band-like">{"".join(parts)}{cap}</div></div>')
        if o.get("layout") == "overlay":  # full-bleed photo, title on a dark strip near the foot
            return (f'<div class="cover"><div style="position:absolute;inset:0">{photo}</div>'
                    f'<div style="position:absolute;left:0;right:0;bottom:0;background:rgba(10,30,40,.82);color:#fff;'
                    f'padding:12mm {d["padx"]} 14mm {d["padx"]}" class="band-like">{"".join(parts)}{cap}</div></div>')
        if o.get("layout") == "frame":  # a broad colour frame round a photo, the title under it
            return (f'<div class="cover" style="border:14mm solid {d["accent"]};padding:10mm;display:grid;'
                    f'grid-template-rows:1fr auto"><div style="overflow:hidden">{photo}</div>'
                    f'<div style="padding-top:8mm">{"".join(parts)}{cap}</div></div>')
        if o.get("layout") == "numeral":  # the year as a huge outlined numeral on a colour field
            return (f'<div class="cover band-like" style="background:{d["accent"]};color:#fff;padding:24mm {d["padx"]}">'
                    f'<div style="font-size:120pt;font-weight:bold;line-height:1;color:transparent;'
                    f'-webkit-text-stroke:1.5pt #fff">{self.t(o["numeral"])}</div>{"".join(parts)}'
                    f'<div style="height:88mm;overflow:hidden;margin:8mm 0 3mm 0">{photo}</div>{cap}</div>')
        # stacked: a colour field on top, the photo below it
        return (f'<div class="cover" style="display:grid;grid-template-rows:{o.get("split", "45%")} 1fr">'
                f'<div style="background:{d["accent"]};color:#fff;padding:20mm {d["padx"]} 10mm {d["padx"]}" class="band-like">'
                f'{"".join(parts)}</div><div style="overflow:hidden;position:relative">{photo}'
                f'<div style="position:absolute;bottom:6mm;left:{d["padx"]};right:{d["padx"]};color:#fff">{cap}</div></div></div>')

    # ---------- the document ----------

    def sheet(self, o: dict, blocks: list[tuple], number: int) -> str:
        style = f'background:{o["background"]};' if "background" in o else ""
        foot = ""
        if o.get("foot", True) and self.report.get("foot"):
            foot = f'<div class="foot"><span>{self.t(self.report["foot"])}</span><span>{number}</span></div>'
        return f'<section class="sheet {o.get("cls", "")}" style="{style}">{self.blocks(blocks)}{foot}</section>'

    def document(self) -> str:
        d = self.design
        w, h = PAGES[d["page"]]
        css = CSS % {**d, "w": w, "h": h, "pad": f'{d["pady"]} {d["padx"]} 18mm {d["padx"]}'}
        css += ".band-like h1, .band-like .kicker, .band-like .lead { color: #fff; }" + self.report.get("css", "")
        sheets = [self.sheet(o, blocks, i + 1) for i, (_, o, blocks) in enumerate(self.report["items"])]
        title = esc(self.gold.strip(self.report["title"]))
        return (f'<!DOCTYPE html>\n<html lang="{self.report.get("html_lang", "nb")}"><head><meta charset="utf-8">'
                f'<title>{title}</title><style>{css}</style></head>\n<body>\n' + "\n".join(sheets) + f"\n{CHECK}\n</body></html>\n")


def html_document(report: dict, gold) -> str:
    return Sheets(report, gold).document()


def sheet_count(report: dict) -> int:
    return len(report["items"])
