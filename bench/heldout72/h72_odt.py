"""This set's own LibreOffice Writer layout: a flat ODT (.fodt) written as XML and turned into a PDF by
LibreOffice, for the reports made in Writer rather than Word: text frames and text boxes beside the
running text, and grids of ruled cells laid out like a spreadsheet print. Gold is registered as text
is written (``gold.render`` for every string, see make_heldout.py).

The report's ``page`` says the paper (``land``), margins, font, ``header`` and ``footer`` ("{PAGE}"
is the page number). The report's ``items`` are its blocks, tuples, the last element may be a dict of options:

    ("h", level, text)                 a heading (gold)
    ("p", text, {b, i, size, align, indent, after, keep})      ("li", [texts])  a bulleted list
    ("frame", [blocks], {width, side, fill, border, text})     a frame holding blocks, anchored in a
                                       paragraph (``text``, may be empty) that the following text wraps
    ("table", rows, {widths, grid, gold_rows, size, head_fill, bold_rows})  a table; a cell is text or
                                       a dict {t, span, b, i, fill, al}; a cell's about is its row label
    ("stmt", Statement, {title, widths, grid})                  a statement (title is a gold heading)
    ("sign", place_date, [(name, role)], {cols})               ("break",)
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

from h72_common import heading, is_number, register_row, statement_rows

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')
ALIGN = {"l": "start", "r": "end", "c": "center", "j": "justify"}


def xml_text(text: str) -> str:
    """Text as ODF paragraph content: tabs, line breaks and runs of spaces as their elements."""
    out = escape(text).replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")
    return re.sub(r"  +", lambda m: " " + f'<text:s text:c="{len(m.group()) - 1}"/>', out)


def opts(block: tuple) -> dict:
    return block[-1] if isinstance(block[-1], dict) else {}


class Styles:
    """Automatic styles made as they are first needed, named by what they hold."""

    def __init__(self):
        self.xml, self.names = [], {}

    def get(self, family: str, props: str) -> str:
        key = (family, props)
        if key not in self.names:
            name = f"{family[0].upper()}{len(self.names) + 1}"
            self.names[key] = name
            self.xml.append(f'<style:style style:name="{name}" style:family="{family}" {props}</style:style>')
        return self.names[key]

    def para(self, b=False, i=False, size=None, align=None, indent=0, after=1.6, before=0, keep=False, colour=None) -> str:
        pp = (f'<style:paragraph-properties fo:margin-top="{before}mm" fo:margin-bottom="{after}mm" '
              f'fo:margin-left="{indent}mm"' + (f' fo:text-align="{ALIGN[align]}"' if align else "")
              + (' fo:keep-with-next="always"' if keep else "") + "/>")
        tp = ("<style:text-properties" + (' fo:font-weight="bold"' if b else "") + (' fo:font-style="italic"' if i else "")
              + (f' fo:font-size="{size}pt"' if size else "") + (f' fo:color="#{colour}"' if colour else "") + "/>")
        return self.get("paragraph", f'style:parent-style-name="Standard">{pp}{tp}')


class Writer:
    def __init__(self, report: dict, gold):
        self.report, self.gold, self.styles, self.frames = report, gold, Styles(), 0
        self.page = {"land": False, "margin": 18, "font": "DejaVu Serif", "size": 10, **report.get("page", {})}

    def r(self, text: str) -> str:
        return xml_text(self.gold.render(text))

    # ---------- blocks ----------

    def open_table(self, name: str, widths) -> str:
        style = self.styles.get("table", f'><style:table-properties style:width="{sum(widths)}mm" table:align="left" '
                                         f'fo:margin-bottom="3mm"/>')
        return f'<table:table table:name="{name}" table:style-name="{style}">{self.columns(widths)}'

    def columns(self, widths) -> str:
        out = []
        for w in widths:
            style = self.styles.get("table-column", f'><style:table-column-properties style:column-width="{w}mm"/>')
            out.append(f'<table:table-column table:style-name="{style}"/>')
        return "".join(out)

    def para(self, text: str, **kw) -> str:
        return f'<text:p text:style-name="{self.styles.para(**kw)}">{self.r(text)}</text:p>'

    def cell(self, spec, row_bold: bool, fill: str | None, grid: bool, size: float) -> tuple[str, int]:
        spec = spec if isinstance(spec, dict) else {"t": spec}
        span = spec.get("span", 1)
        border = "0.5pt solid #9a9a9a" if grid else "none"
        cell_style = self.styles.get("table-cell", f'><style:table-cell-properties fo:padding="0.7mm" fo:border="{border}"'
                                     + (f' fo:background-color="#{spec.get("fill") or fill}"' if (spec.get("fill") or fill) else "")
                                     + ' style:vertical-align="top"/>')
        text = spec["printed"]
        align = spec.get("al") or ("r" if is_number(text) else None)
        pstyle = self.styles.para(b=spec.get("b", row_bold), i=spec.get("i", False), size=size, align=align, after=0)
        attrs = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        xml = (f'<table:table-cell table:style-name="{cell_style}" office:value-type="string"{attrs}>'
               f'<text:p text:style-name="{pstyle}">{xml_text(text)}</text:p></table:table-cell>')
        return xml + "<table:covered-table-cell/>" * (span - 1), span

    def table(self, rows, widths, grid=True, gold_rows=True, size=8.5, head_fill=None, bold_rows=(), head=True) -> str:
        self.frames += 1
        name = f"Tabell{self.frames}"
        out = [self.open_table(name, widths)]
        for i, row in enumerate(rows):
            specs = [c if isinstance(c, dict) else {"t": c} for c in row]
            printed = register_row(self.gold, [s["t"] for s in specs], gold_rows)
            for s, p in zip(specs, printed):
                s["printed"] = p
            fill = head_fill if (head and i == 0) else None
            cells = "".join(self.cell(s, (head and i == 0) or i in bold_rows, fill, grid, size)[0] for s in specs)
            out.append(f"<table:table-row>{cells}</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    def statement(self, st, title=None, widths=None, grid=False) -> str:
        parts = []
        if title:
            parts.append(f'<text:h text:style-name="{self.styles.para(b=True, size=11, before=3, after=1.5, keep=True)}" '
                         f'text:outline-level="3">{xml_text(heading(self.gold, title))}</text:h>')
        if st.above:
            parts.append(self.para(st.above, i=True, size=8.5))
        header, body = statement_rows(self.gold, st)
        ncols = len(header)
        widths = widths or ([70] + ([14] if st.note_col is not None else []) + [28] * len(st.cols))
        self.frames += 1
        out = [self.open_table(f"Regnskap{self.frames}", widths)]
        first = 2 if st.note_col is not None else 1
        for k, (line, cells) in enumerate([(None, header)] + body):
            bold = line is None or line.bold
            rule = "0.5pt solid #9a9a9a" if grid else "none"
            top = "0.6pt solid #333333" if (line is not None and line.key and not grid) else rule
            cstyle = self.styles.get("table-cell", f'><style:table-cell-properties fo:padding="0.6mm" fo:border="{rule}" fo:border-top="{top}"/>')
            tds = []
            for c, text in enumerate(cells[:ncols]):
                align = "r" if c >= first else ("c" if c == 1 and first == 2 else None)
                pstyle = self.styles.para(b=bold, size=8.6, align=align, after=0)
                tds.append(f'<table:table-cell table:style-name="{cstyle}" office:value-type="string">'
                           f'<text:p text:style-name="{pstyle}">{xml_text(text)}</text:p></table:table-cell>')
            out.append(f"<table:table-row>{''.join(tds)}</table:table-row>")
        out.append("</table:table>")
        parts.append("".join(out))
        if st.below:
            parts.append(self.para(st.below, i=True, size=8))
        return "".join(parts)

    def frame(self, blocks, width=62, side="right", fill="EEF0E8", border=True, text="", height=None) -> str:
        self.frames += 1
        wrap = "left" if side == "right" else "right"
        gstyle = self.styles.get("graphic", f'><style:graphic-properties fo:background-color="#{fill}" draw:fill="solid" draw:fill-color="#{fill}" '
                                 f'fo:border="{"0.5pt solid #6f7a66" if border else "none"}" fo:padding="2.5mm" '
                                 f'style:wrap="{wrap}" style:number-wrapped-paragraphs="no-limit" '
                                 f'style:horizontal-pos="{side}" style:horizontal-rel="paragraph" style:vertical-pos="top" '
                                 f'style:vertical-rel="paragraph" fo:margin-left="4mm" fo:margin-right="4mm" fo:margin-bottom="2mm"/>')
        inner = "".join(self.block(b, in_frame=True) for b in blocks)
        size = f' fo:min-height="{height}mm"' if height else ' fo:min-height="10mm"'
        box = (f'<draw:frame draw:style-name="{gstyle}" draw:name="Ramme{self.frames}" text:anchor-type="paragraph" '
               f'svg:width="{width}mm" draw:z-index="{self.frames}"><draw:text-box{size}>{inner}</draw:text-box></draw:frame>')
        return f'<text:p text:style-name="{self.styles.para(after=0)}">{box}{self.r(text)}</text:p>'

    def signatures(self, place_date, people, cols=3) -> str:
        width = (170 if not self.page["land"] else 250) / cols
        rows, out = [], [self.para(place_date, before=6, after=8)]
        for k in range(0, len(people), cols):
            chunk = people[k:k + cols]
            rows.append(["_" * 22 for _ in chunk] + [""] * (cols - len(chunk)))
            rows.append([n for n, _ in chunk] + [""] * (cols - len(chunk)))
            rows.append([t for _, t in chunk] + [""] * (cols - len(chunk)))
        out.append(self.table(rows, [width] * cols, grid=False, gold_rows=False, size=9, head=False))
        return "".join(out)

    def block(self, b: tuple, in_frame: bool = False) -> str:
        kind, o = b[0], opts(b)
        if kind == "h":
            level = b[1]
            size = {1: 17, 2: 13, 3: 11}[level]
            style = self.styles.para(b=True, size=size, before=4 if level > 1 else 0, after=2, keep=True,
                                     colour=self.page.get("heading_colour"))
            return (f'<text:h text:style-name="{style}" text:outline-level="{level}">'
                    f"{xml_text(heading(self.gold, b[2]))}</text:h>")
        if kind == "p":
            kw = {k: o[k] for k in ("b", "i", "size", "align", "indent", "after", "keep", "before") if k in o}
            return self.para(b[1], **kw)
        if kind == "li":
            style = self.styles.para(indent=5, after=0.8)
            return "".join(f'<text:p text:style-name="{style}">•  {self.r(t)}</text:p>' for t in b[1])
        if kind == "frame":
            return self.frame(b[1], **o)
        if kind == "table":
            return self.table(b[1], o["widths"], o.get("grid", True), o.get("gold_rows", True), o.get("size", 8.5),
                              o.get("head_fill"), o.get("bold_rows", ()), o.get("head", True))
        if kind == "stmt":
            return self.statement(b[1], o.get("title"), o.get("widths"), o.get("grid", False))
        if kind == "sign":
            return self.signatures(b[1], b[2], o.get("cols", 3))
        if kind == "break":
            style = self.styles.get("paragraph", 'style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/>')
            return f'<text:p text:style-name="{style}"/>'
        raise ValueError(f"unknown block {kind!r}")

    def header_footer(self, key: str) -> str:
        text = self.page.get(key)
        if not text:
            return ""
        parts = xml_text(self.gold.render(text)).split("{PAGE}")
        body = '<text:page-number text:select-page="current">1</text:page-number>'.join(parts)
        tag = "style:header" if key == "header" else "style:footer"
        return f'<{tag}><text:p text:style-name="HF">{body}</text:p></{tag}>'

    def document(self) -> str:
        body = "\n".join(self.block(b) for b in self.report["items"])
        w, h = (297, 210) if self.page["land"] else (210, 297)
        m = self.page["margin"]
        font, size = self.page["font"], self.page["size"]
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(self.gold.strip(self.report["title"]))}</dc:title><meta:initial-creator>{escape(self.report.get("author", "Kontoret"))}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="nb" fo:country="NO"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="{font}" fo:font-size="{size}pt"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="{font}" fo:font-size="7.5pt" fo:color="#555555"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{w}mm" fo:page-height="{h}mm" style:print-orientation="{"landscape" if self.page["land"] else "portrait"}" fo:margin-top="{m - 6}mm" fo:margin-bottom="{m - 8}mm" fo:margin-left="{m}mm" fo:margin-right="{m}mm"/>
<style:header-style><style:header-footer-properties fo:min-height="5mm" fo:margin-bottom="4mm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="5mm" fo:margin-top="4mm"/></style:footer-style></style:page-layout>
{"".join(self.styles.xml)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{self.header_footer("header")}{self.header_footer("footer")}</style:master-page></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""


def fodt_document(report: dict, gold) -> str:
    return Writer(report, gold).document()
