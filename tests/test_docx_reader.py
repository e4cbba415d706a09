"""DOCX reader on small generated packages (one feature each) and on the corpus file."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from extractor.document import Block, BlockKind, Format, SourceInfo, Table
from extractor.errors import Empty
from extractor.ingest import load
from extractor.ingest.docx import load_docx
from extractor.ingest.docx_text import normalize_text
from extractor.settings import DEFAULT_SETTINGS

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NAMESPACES}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="Overskrift 1"/></w:style>
<w:style w:type="paragraph" w:styleId="MinTittel"><w:name w:val="Min tittel"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="Kapittel"><w:name w:val="Kapittel"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/></w:style>
</w:styles>"""


def para(text: str, style: str | None = None, ppr: str = "", run_pr: str = "") -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f'<w:p><w:pPr>{style_xml}{ppr}</w:pPr><w:r><w:rPr>{run_pr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def cell(inner: str, tc_pr: str = "") -> str:
    return f"<w:tc><w:tcPr>{tc_pr}</w:tcPr>{inner}</w:tc>"


def table(*rows: str) -> str:
    cols = rows[0].count("<w:tc>") if rows else 0  # Word and LibreOffice expect the declared grid
    grid = "<w:tblGrid>" + '<w:gridCol w:w="2000"/>' * cols + "</w:tblGrid>"
    return f"<w:tbl><w:tblPr/>{grid}" + "".join(rows) + "</w:tbl>"


def row(*cells: str, tr_pr: str = "") -> str:
    return f"<w:tr><w:trPr>{tr_pr}</w:trPr>{''.join(cells)}</w:tr>"


DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def make_docx(path: Path, body: str, header: str | None = None, footer: str | None = None,
              content_type: str = DOCX_MAIN, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal, valid WordprocessingML package around ``body``."""
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    parts = {"word/styles.xml": STYLES}
    for rid, kind, xml in (("rId2", "header", header), ("rId3", "footer", footer)):
        if xml is not None:
            tag = "w:hdr" if kind == "header" else "w:ftr"
            parts[f"word/{kind}1.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><{tag} {NAMESPACES}>{xml}</{tag}>'
            rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{content_type}"/>
</Types>""")
        zf.writestr("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>""")
        zf.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {NAMESPACES}><w:body>{body}<w:sectPr/></w:body></w:document>')
        zf.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>")
        for name, data in {**parts, **(extra or {})}.items():
            zf.writestr(name, data)
    return path


def read(path: Path):
    return load_docx(path, SourceInfo(str(path), "0", Format.DOCX), DEFAULT_SETTINGS)


def blocks(doc) -> list[tuple[str, int | None, str]]:
    return [(b.kind.value, b.level, b.text) for b in doc.blocks()]


def test_docx_headings_by_style_name_outline_and_number(tmp_path: Path) -> None:
    body = "".join([
        para("Årsrapport 2022", "Heading1"),
        para("Styret", "Overskrift1"),
        para("Arvet fra heading 2", "MinTittel"),
        para("Kapittel via stil", "Kapittel"),
        para("Direkte disposisjonsnivå", ppr='<w:outlineLvl w:val="1"/>'),
        para("1.2 Nummerert overskrift", run_pr="<w:b/>"),
        para("1.2 ikke fet, altså vanlig tekst"),
        para("Vanlig avsnitt."),
    ])
    doc = read(make_docx(tmp_path / "h.docx", body))
    assert blocks(doc) == [
        ("heading", 1, "Årsrapport 2022"),
        ("heading", 1, "Styret"),
        ("heading", 2, "Arvet fra heading 2"),
        ("heading", 3, "Kapittel via stil"),
        ("heading", 2, "Direkte disposisjonsnivå"),
        ("heading", 2, "1.2 Nummerert overskrift"),
        ("paragraph", None, "1.2 ikke fet, altså vanlig tekst"),
        ("paragraph", None, "Vanlig avsnitt."),
    ]


def test_docx_list_items_by_style_and_numbering(tmp_path: Path) -> None:
    body = (para("Punkt via stil", "ListBullet")
            + para("Punkt via nummerering", ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>')
            + para("Nummerering fjernet", "ListBullet", ppr='<w:numPr><w:numId w:val="0"/></w:numPr>'))
    assert [k for k, _, _ in blocks(read(make_docx(tmp_path / "l.docx", body)))] == ["list_item", "list_item", "paragraph"]


def test_docx_text_normalised_like_pdf(tmp_path: Path) -> None:
    body = ('<w:p><w:r><w:t xml:space="preserve">  Sam\u00adarbeid\u00a0med   NAV</w:t><w:tab/><w:t>og</w:t>'
            '<w:br/><w:t>kommunen </w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
            '<w:del><w:r><w:delText>slettet</w:delText></w:r></w:del></w:p><w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>')
    doc = read(make_docx(tmp_path / "n.docx", body))
    # a tab and a line break stay, as the columns and lines they separate (see the module doc)
    assert blocks(doc) == [("paragraph", None, "Samarbeid med NAV\tog\nkommunen")]
    assert normalize_text("a\u202fb\u2007c\r\nd") == "a b c d"
    assert normalize_text(" a \t b\u00a0\n\n c \n", keep_breaks=True) == "a\tb\nc"


def test_docx_heading_and_page_break_text_is_one_line(tmp_path: Path) -> None:
    body = ('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>3.1</w:t><w:tab/><w:t>Økonomi</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>Slutt på side</w:t><w:br w:type="page"/><w:t>ny side</w:t></w:r></w:p>')
    assert [t for _, _, t in blocks(read(make_docx(tmp_path / "h.docx", body)))] == ["3.1 Økonomi", "Slutt på side ny side"]


def test_docx_paths_count_empty_paragraphs_and_tables(tmp_path: Path) -> None:
    body = para("først") + "<w:p/>" + table(row(cell(para("x")))) + para("etter")
    doc = read(make_docx(tmp_path / "p.docx", body))
    assert [i.prov.path for i in doc.items] == ["body/p[0]", "body/tbl[0]", "body/p[2]"]
    assert doc.items[1].rows[0][0].prov.path == "body/tbl[0]/tr[0]/tc[0]"


def test_docx_text_box_read_once_after_its_anchor(tmp_path: Path) -> None:
    box = f"<w:txbxContent>{para('Tekst i boks')}</w:txbxContent>"
    anchor = ('<w:p><w:r><w:t>Anker</w:t></w:r><w:r><mc:AlternateContent>'
              f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
              f'<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>'
              '</mc:AlternateContent></w:r></w:p>')
    vml_only = f'<w:p><w:r><w:pict><v:shape><v:textbox>{box.replace("i boks", "i VML")}</v:textbox></v:shape></w:pict></w:r></w:p>'
    doc = read(make_docx(tmp_path / "t.docx", anchor + para("Neste") + vml_only))
    assert blocks(doc) == [
        ("paragraph", None, "Anker"),
        ("text_box", None, "Tekst i boks"),
        ("paragraph", None, "Neste"),
        ("text_box", None, "Tekst i VML"),
    ]
    assert doc.items[1].prov.path == "body/p[0]/txbx[0]/p[0]"


def test_docx_headers_footers_go_to_furniture(tmp_path: Path) -> None:
    footer = '<w:p><w:r><w:t xml:space="preserve">Side </w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>'
    doc = read(make_docx(tmp_path / "f.docx", para("Brødtekst"), header=para("Asker Produkt AS"), footer=footer))
    assert blocks(doc) == [("paragraph", None, "Brødtekst")]
    assert sorted(b.text for b in doc.furniture) == ["Asker Produkt AS", "Side 3"]
    assert {b.prov.path for b in doc.furniture} == {"header1/p[0]", "footer1/p[0]"}


def test_docx_pages_from_rendered_page_breaks(tmp_path: Path) -> None:
    body = (para("Side en") + '<w:p><w:r><w:lastRenderedPageBreak/><w:t>Side to</w:t></w:r></w:p>'
            + '<w:p><w:r><w:t>Starter på to</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>fortsetter på tre</w:t></w:r></w:p>'
            + para("Side tre"))
    doc = read(make_docx(tmp_path / "pg.docx", body))
    assert [b.prov.page for b in doc.blocks()] == [1, 2, 2, 3]
    assert doc.source.pages == 3


def test_docx_pages_unknown_without_rendered_marks(tmp_path: Path) -> None:
    doc = read(make_docx(tmp_path / "np.docx", para("a") + '<w:p><w:r><w:br w:type="page"/><w:t>b</w:t></w:r></w:p>'))
    assert [b.prov.page for b in doc.blocks()] == [None, None]


def test_docx_empty_body_is_empty_error(tmp_path: Path) -> None:
    with pytest.raises(Empty, match="header/footer"):
        read(make_docx(tmp_path / "e.docx", "<w:p/>", header=para("Bare topptekst")))


def test_docm_read_as_text_with_warning(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "m.docm", para("Makrodokument"),
                     content_type="application/vnd.ms-word.document.macroEnabled.main+xml",
                     extra={"word/vbaProject.bin": b"\x00" * 64})
    doc = load(path)
    assert blocks(doc) == [("paragraph", None, "Makrodokument")]
    assert any("macro" in w for w in doc.source.warnings)


def test_docx_corpus_asker_headings_and_tables(corpus_dir: Path) -> None:
    doc = load(corpus_dir / "asker-produkt-2022.docx")
    heads = [(b.level, b.text) for b in doc.blocks() if b.kind is BlockKind.HEADING]
    assert heads[0] == (1, "Årsrapport 2022")
    assert (2, "Styret pr. 31.12.22:") in heads
    tables = list(doc.tables())
    assert len(tables) == 6 and all(t.strategy == "word" for t in tables)
    board = tables[0].text_rows()
    assert board[0] == ["Styreleder:", "Per S. Thoresen", "Ansattvalg:", "Erlend Wiik"]
    goals = next(t for t in tables if t.rows[0][0].text.startswith("Mål og resultater"))
    assert goals.rows[0][0].col_span == 7 and all(c.merged for c in goals.rows[0][1:])
    assert goals.header_rows == 2
    assert goals.text_rows()[2][:3] == ["12 faste plasser,", "64%", "100%"]
    assert [b.text for b in doc.furniture if b.prov.path.startswith("header")] == ["Asker Produkt AS – Årsrapport 2022"]
    assert all(isinstance(i, (Block, Table)) for i in doc.items)


def test_docx_unstyled_headings_read_as_the_pdf_reader_does(tmp_path: Path) -> None:
    body_text = "Asker Produkt AS gir tilpasset opplæring og arbeid til mange deltakere hvert år."
    body = "".join([
        para("Årsmelding 2023", run_pr='<w:sz w:val="40"/>'),
        para(body_text),
        para("Styrets arbeid", run_pr="<w:b/>"),
        para(body_text),
        para("2.1 Resultat og økonomi"),
        para("Dette er en fet setning som slutter med punktum.", run_pr="<w:b/>"),
        para("2.1 lite tall i teksten"),
    ])
    doc = read(make_docx(tmp_path / "u.docx", body))
    assert [(k, lvl) for k, lvl, _ in blocks(doc)] == [
        ("heading", 1), ("paragraph", None), ("heading", 2), ("paragraph", None),
        ("heading", 2), ("paragraph", None), ("paragraph", None),
    ]


def test_docx_unstyled_bold_heading_below_styled_ones(tmp_path: Path) -> None:
    body = para("Kapittel", "Heading1") + para("Mellomtittel", run_pr="<w:b/>") + para("Tekst i avsnittet her.")
    assert blocks(read(make_docx(tmp_path / "s.docx", body)))[:2] == [("heading", 1, "Kapittel"), ("heading", 2, "Mellomtittel")]


def test_docx_unicode_digit_size_and_outline_are_ignored(tmp_path: Path) -> None:
    # str.isdigit() accepts "²", int() raised on it (w:sz, w:outlineLvl, also in styles.xml)
    styles = STYLES.replace("</w:styles>", '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="²"/></w:rPr>'
                            "</w:rPrDefault></w:docDefaults></w:styles>")
    body = para("Overskrift", ppr='<w:outlineLvl w:val="²"/>', run_pr='<w:sz w:val="²"/>') + para("Tekst.")
    doc = read(make_docx(tmp_path / "u.docx", body, extra={"word/styles.xml": styles}))
    assert blocks(doc) == [("paragraph", None, "Overskrift"), ("paragraph", None, "Tekst.")]


def test_docx_footnotes_and_endnotes_are_read_after_the_body(tmp_path: Path) -> None:
    """Word's notes (word/footnotes.xml, endnotes.xml) are part of the report; their separators
    (ids -1 and 0) are not."""
    notes = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {NAMESPACES}>'
             f'<w:footnote w:type="separator" w:id="-1">{para("---")}</w:footnote>'
             f'<w:footnote w:id="1">{para("Herav 58 prosent fra Fredrikstad.")}</w:footnote></w:footnotes>')
    ends = f'<?xml version="1.0" encoding="UTF-8"?><w:endnotes {NAMESPACES}><w:endnote w:id="1">{para("Kilde: SSB.")}</w:endnote></w:endnotes>'
    doc = read(make_docx(tmp_path / "f.docx", para("Skolen hadde 3 915 elever."),
                         extra={"word/footnotes.xml": notes, "word/endnotes.xml": ends}))
    texts = [b.text for b in doc.blocks()]
    assert texts == ["Skolen hadde 3 915 elever.", "Herav 58 prosent fra Fredrikstad.", "Kilde: SSB."]
    assert [b.prov.path for b in doc.blocks()][1:] == ["footnotes/footnote[1]/p[0]", "endnotes/endnote[1]/p[0]"]
