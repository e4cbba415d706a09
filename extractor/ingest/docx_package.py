"""The checked Word package opened by python-docx, in memory, with what it would stop on repaired.

python-docx opens an in-memory copy of the checked bytes, so it inflates nothing itself. In
that copy content types follow the relationships: the main part is the plain document type
(python-docx refuses .docm and .dotx; macros are never run), parts not read here are opaque so
python-docx does not parse them, and a missing target gets an empty part (python-docx stops on
those: python-openxml/python-docx#797). Also here: the document's styles part and the
relationship targets its pictures name.
"""
from __future__ import annotations

import posixpath
import re

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.package import Package
from docx.parts.styles import StylesPart
from docx.styles.styles import Styles
from lxml import etree

from extractor.errors import Corrupt, UnsupportedFormat
from extractor.ingest import officezip
from extractor.ingest.docx_styles import DOCX_MARKUP_ERRORS
from extractor.ingest.docx_tables import w

# The parts read here, typed by relationship so python-docx parses them and only them.
PART_TYPES = {RT.OFFICE_DOCUMENT: CT.WML_DOCUMENT_MAIN, RT.STYLES: CT.WML_STYLES, RT.HEADER: CT.WML_HEADER, RT.FOOTER: CT.WML_FOOTER}
OPAQUE = "application/octet-stream"
SIDE_PART_TYPES = {CT.WML_STYLES, CT.WML_HEADER, CT.WML_FOOTER}  # a document is read without them
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RELS_NAME = re.compile(r"(.*/)?_rels/[^/]*\.rels")
STRICT_MAIN = b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
PACKAGE_RELS = f'<Relationships xmlns="{PR_NS}"><Relationship Id="rId1" Type="{RT.OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>'


def part_types_of(members: dict[str, bytes], broken: list[str] | None = None) -> dict[str, str]:
    """Content type per member, from the relationships pointing at it. Repairs what python-docx
    stops on: a missing target is added empty (so opaque), a relationship without a target dropped,
    and a styles, header or footer part that is not XML left opaque (its name added to ``broken``):
    the body is still read, where python-docx would refuse the whole file."""
    types: dict[str, str] = {}
    for rels_name in [n for n in members if RELS_NAME.fullmatch(n)]:
        try:
            rels = etree.fromstring(members[rels_name], officezip.safe_xml_parser())
        except etree.XMLSyntaxError:
            continue  # python-docx reports it if the part is reachable
        base = "/" + posixpath.dirname(posixpath.dirname(rels_name))
        for rel in rels.findall(f"{{{PR_NS}}}Relationship"):
            if not rel.get("Target"):
                rels.remove(rel)
                members[rels_name] = etree.tostring(rels)
            elif rel.get("TargetMode") != "External":
                name = PackURI.from_rel_ref(base, rel.get("Target")).membername
                if members.setdefault(name, b"") and types.get(name, OPAQUE) == OPAQUE:
                    types[name] = PART_TYPES.get(rel.get("Type"), OPAQUE)
                    if types[name] in SIDE_PART_TYPES and not parses(members[name]):
                        types[name] = OPAQUE
                        if broken is not None and name not in broken:
                            broken.append(name)
    return types


def parses(data: bytes) -> bool:
    try:
        etree.fromstring(data, officezip.safe_xml_parser())
    except etree.XMLSyntaxError:
        return False
    return True


def content_types_xml(members: dict[str, bytes], broken: list[str] | None = None) -> bytes:
    types = part_types_of(members, broken)
    root = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
    etree.SubElement(root, f"{{{CT_NS}}}Default", Extension="rels", ContentType=CT.OPC_RELATIONSHIPS)
    for name in [n for n in members if not RELS_NAME.fullmatch(n) and n != "[Content_Types].xml"]:
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName="/" + name, ContentType=types.get(name, OPAQUE))
    return etree.tostring(root)


def open_document(pkg: officezip.OfficeZip, warnings: list[str] | None = None) -> DocxDocument:
    """python-docx's ``Document`` over an in-memory copy of the checked package (see module doc);
    a styles, header or footer part that is not XML is left out, with a line in ``warnings``."""
    members = officezip.read_members(pkg)
    members.setdefault("_rels/.rels", PACKAGE_RELS.encode())
    broken: list[str] = []
    try:
        members["[Content_Types].xml"] = content_types_xml(members, broken)
        main = Package.open(officezip.members_to_zip(members)).main_document_part
    except etree.XMLSyntaxError as exc:
        raise Corrupt(f"an XML part is malformed or nested too deeply: {exc}") from exc
    except (KeyError, *DOCX_MARKUP_ERRORS) as exc:  # python-docx on a broken package graph
        if STRICT_MAIN in members["_rels/.rels"]:
            raise UnsupportedFormat("a Strict Open XML document; save it as a standard Word document") from exc
        raise Corrupt(f"the package has no readable main Word document part: {exc}") from exc
    if main.content_type != CT.WML_DOCUMENT_MAIN:
        raise Corrupt("the package has no main Word document part")
    if main.element.tag != w("document"):
        raise UnsupportedFormat(f"the main part is not a WordprocessingML document ({etree.QName(main.element).namespace})")
    if broken and warnings is not None:
        warnings.append(f"malformed XML part(s) left out, the text read without them: {', '.join(broken)}")
    return main.document


def styles_of(document: DocxDocument) -> Styles | None:
    """The document's styles; None when it has no styles part (python-docx would add its
    own template's styles)."""
    part = next((r.target_part for r in document.part.rels.values() if r.reltype == RT.STYLES and not r.is_external), None)
    return part.styles if isinstance(part, StylesPart) else None


def image_members(document: DocxDocument) -> dict[str, str]:
    """Relationship id → package member name, for the main part's internal targets."""
    return {rid: rel.target_part.partname.membername for rid, rel in document.part.rels.items()
            if not rel.is_external}
