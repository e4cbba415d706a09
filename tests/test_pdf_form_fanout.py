"""Nested form XObjects that fan out (each form draws the next several times) are refused
before layout, as ``too_large``; nested forms drawn a few times still read."""
from __future__ import annotations

import json
from pathlib import Path

from hostile_files import HELVETICA, raw_pdf, run_child, stream


def fanout_pdf(levels: int, fanout: int) -> bytes:
    """A page drawing form 1 ``fanout`` times; form k draws form k+1 ``fanout`` times; the
    last form writes a word."""
    first_form = 6
    draws = b" ".join([b"/X Do"] * fanout)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", HELVETICA,
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
               b"/XObject << /X %d 0 R >> >> /Contents 5 0 R >>" % first_form,
               stream(b"BT /F1 11 Tf 72 700 Td (Arsmelding for Fjordlaget 2021) Tj ET " + draws)]
    for level in range(levels):
        last = level == levels - 1
        body = b"BT /F1 9 Tf 72 600 Td (Sykefravaer 3,1 prosent) Tj ET" if last else draws
        resources = b"<< /Font << /F1 3 0 R >> >>" if last else b"<< /XObject << /X %d 0 R >> >>" % (first_form + level + 1)
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %s /Length %d >>\n"
                       b"stream\n%s\nendstream" % (resources, len(body), body))
    return raw_pdf(objects)


LOAD = """
import json, sys
from extractor.errors import ExtractorError
from extractor.ingest import load
try:
    doc = load(sys.argv[1] if len(sys.argv) > 1 else {path!r})
    print(json.dumps({{"ok": True, "text": " ".join(b.text for b in doc.blocks())}}))
except ExtractorError as exc:
    print(json.dumps({{"ok": False, "code": exc.code, "message": exc.message}}))
"""


def load_in_child(path: Path) -> dict:
    done = run_child(LOAD.format(path=str(path)), timeout=90)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_pdf_form_xobjects_fanning_out_are_too_large(tmp_path):
    """4 draws per level, 10 levels: a million forms from 2 KB (it ran past 90 s and near 3 GB)."""
    path = tmp_path / "fanout.pdf"
    path.write_bytes(fanout_pdf(levels=10, fanout=4))
    result = load_in_child(path)
    assert not result["ok"] and result["code"] == "too_large", result
    assert "form" in result["message"]


def test_pdf_nested_forms_drawn_a_few_times_still_read(tmp_path):
    path = tmp_path / "nested.pdf"
    path.write_bytes(fanout_pdf(levels=3, fanout=2))
    result = load_in_child(path)
    assert result["ok"], result
    assert "Fjordlaget" in result["text"]  # (the innermost word is drawn eight times over itself)
