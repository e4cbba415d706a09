"""The browser review, end to end in headless Chromium (Debian's chromium driven by
Playwright): open the page, accept one item, edit another, and the JSON on disk changes."""
from __future__ import annotations

import http.client
import io
import json
import shutil
import threading
from pathlib import Path

import pytest
from PIL import Image

from extractor.ingest.ocr_render import capped_scale, render_gray
from extractor.review.queue import resolve_pointer
from extractor.review.web import RENDER_SCALE, make_server, render_page_png, word_context
from extractor.settings import DEFAULT_SETTINGS
from hostile_files import one_page_pdf, stream, text_ops
from probes.render_html import CHROMIUM, CHROMIUM_ARGS
from tests.review_support import FORCED, extracted_outputs, load, outputs  # noqa: F401 - fixtures



@pytest.fixture()
def server(outputs, samples_dir):
    srv = make_server([outputs], "browser-tester", port=0, docs=samples_dir)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture()
def page():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (Debian package chromium; scripts/test.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is missing (pip install playwright)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": 1400, "height": 900})
        finally:
            browser.close()


def test_review_web_accept_and_edit_in_chromium(server, page, outputs):
    (year_file, year_ptr, _), (board_file, board_ptr, _) = FORCED[:2]
    original_year = resolve_pointer(load(outputs / year_file), year_ptr)
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    assert page.inner_text("#label") == "report.year"
    # the evidence: the PDF page rendered, the box drawn, the hit marked in the source text
    page.wait_for_function("document.getElementById('page').naturalWidth > 0")
    assert page.is_visible("#box") and page.inner_text("#source mark") == str(original_year["value"])

    page.keyboard.press("a")
    page.wait_for_function("document.getElementById('status').textContent.includes('accepted')")
    year = resolve_pointer(load(outputs / year_file), year_ptr)
    assert year["review"]["decision"] == "accepted" and year["review"]["who"] == "browser-tester"
    assert year["confidence"] == 1.0 and year["reviewed"] and year["value"] == original_year["value"]

    assert page.inner_text("#label") == "board[0]"
    page.keyboard.press("e")
    page.wait_for_selector("#edit input[name=name]:focus")
    page.fill("#edit input[name=name]", "Kari Nordvik-Berg")
    page.select_option("#edit select[name=role]", "NEST")
    page.focus("#edit input[name=name]")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('status').textContent.includes('edited')")
    board = resolve_pointer(load(outputs / board_file), board_ptr)
    assert (board["name"], board["role"], board["confidence"]) == ("Kari Nordvik-Berg", "NEST", 1.0)
    assert board["review"]["decision"] == "edited" and board["review"]["old_value"]["role"] == "LEDE"

    page.keyboard.press("b")  # back: the decided item shows its decision
    page.wait_for_function("document.getElementById('decision').textContent.includes('edited')")


def test_review_web_word_source_shows_paragraph(server, page, outputs):
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    page.keyboard.press("s")
    page.keyboard.press("s")  # places[0] of the Word output
    assert page.inner_text("#file") == FORCED[2][0]
    assert page.is_visible("#word .hit") and not page.is_visible("#pagebox")
    assert page.inner_text("#word mark")


def _request(server, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response.status, response.read()


def test_review_web_binds_loopback_and_guards_requests(server, outputs):
    assert server.server_address[0] == "127.0.0.1"
    status, _ = _request(server, "GET", "/api/queue", headers={"Host": "evil.example:80"})
    assert status == 403
    before = (outputs / FORCED[0][0]).read_text(encoding="utf-8")
    body = json.dumps({"file": 0, "pointer": FORCED[0][1], "decision": "accepted"})
    status, _ = _request(server, "POST", "/api/decision", body, {"Content-Type": "text/plain"})
    assert status == 415
    status, data = _request(server, "POST", "/api/decision", json.dumps({"file": 99, "pointer": "/ceo",
                            "decision": "accepted"}), {"Content-Type": "application/json"})
    assert status == 400 and b"no file" in data
    assert (outputs / FORCED[0][0]).read_text(encoding="utf-8") == before


def test_review_web_page_image_is_png(server):
    status, queue = _request(server, "GET", "/api/queue")
    item = next(i for i in json.loads(queue)["items"] if i["image"])
    status, png = _request(server, "GET", item["image"])
    assert status == 200 and png.startswith(b"\x89PNG")


def test_review_web_finds_source_pdf_in_docs_folder(outputs, samples_dir, tmp_path):
    """The source path recorded at extraction may not hold from here: --docs names a folder."""
    moved = tmp_path / "elsewhere"
    shutil.copytree(outputs, moved)
    doc = load(moved / "fjordvekst-2023.pdf.json")
    doc["source"]["path"] = "/nowhere/fjordvekst-2023.pdf"
    (moved / "fjordvekst-2023.pdf.json").write_text(json.dumps(doc), encoding="utf-8")
    without = make_server([moved], "t").state
    with_docs = make_server([moved], "t", docs=samples_dir).state
    for state in (without, with_docs):
        state_items = [i for i in state.queue_json() if i["file_name"] == "fjordvekst-2023.pdf.json"]
        assert bool(state_items[0]["image"]) is (state is with_docs)


def test_review_web_word_context_for_table_cell():
    doc = {"tables": [{"path": "body/tbl[0]", "rows": [["Navn", "Rolle"], ["Kari", "Styreleder"]],
                       "cells": [[{"path": "body/tbl[0]/tr[0]/tc[0]"}, {"path": "body/tbl[0]/tr[0]/tc[1]"}],
                                 [{"path": "body/tbl[0]/tr[1]/tc[0]"}, {"path": "body/tbl[0]/tr[1]/tc[1]"}]]}]}
    context = word_context(doc, "body/tbl[0]/tr[1]/tc[1]/p[0]")
    assert (context["kind"], context["row"], context["col"]) == ("table", 1, 1)


def test_review_web_page_image_of_a_huge_mediabox_is_capped(tmp_path, monkeypatch):
    # a 200 x 200 inch page rendered at 1.5 px/pt was 21 600 x 21 600 pixels (1.9 GB)
    path = tmp_path / "huge.pdf"
    path.write_bytes(one_page_pdf(stream(text_ops([(72, 14000, "Styret")], size=400)), mediabox="0 0 14400 14400"))
    assert capped_scale(14400, 14400, RENDER_SCALE, DEFAULT_SETTINGS.render_max_pixels) ** 2 * 14400 ** 2 <= 60_000_000
    monkeypatch.setattr(DEFAULT_SETTINGS, "render_max_pixels", 1_000_000)  # the same cap, small to test quickly
    image = Image.open(io.BytesIO(render_page_png(path, 1)))
    assert image.width * image.height <= 1_000_000 and image.width == image.height
    gray, _, _ = render_gray(path, 1, 300, DEFAULT_SETTINGS.render_max_pixels)  # the OCR renderer: same cap
    assert gray.width * gray.height <= 1_000_000


def many_values_output(folder: Path, count: int) -> Path:
    """An output with ``count`` percentages, all below the review threshold (invented values)."""
    import schemas

    percentages = [schemas.fields.Percentage(value=i, text=f"{i} %", context=f"Andel {i}", confidence=0.1)
                   for i in range(count)]
    report = schemas.Report(tool_version="0", source=schemas.SourceFile(path="x.pdf", sha256="ab" * 32, format="pdf"),
                            percentages=percentages)
    path = folder / "many.pdf.json"
    path.write_text(report.model_dump_json(indent=2), encoding="utf-8")
    return path


def test_review_web_concurrent_decisions_are_all_kept(tmp_path):
    """Lost updates: 60 decisions on one file at once, half posted to the web review (two tabs),
    half from the terminal review's path; every one is on disk afterwards."""
    from concurrent.futures import ThreadPoolExecutor

    from extractor.review.decisions import record_decision

    count = 60
    path = many_values_output(tmp_path, count)
    srv = make_server([path], "web-tester", port=0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    start = threading.Barrier(count)

    def decide(i: int) -> int:
        pointer = f"/percentages/{i}"
        start.wait()
        if i % 2:
            record_decision(path, pointer, "accepted", "terminal-tester")
            return 200
        body = json.dumps({"file": 0, "pointer": pointer, "decision": "rejected"})
        return _request(srv, "POST", "/api/decision", body, {"Content-Type": "application/json"})[0]

    try:
        with ThreadPoolExecutor(count) as pool:
            statuses = list(pool.map(decide, range(count)))
    finally:
        srv.shutdown()
        srv.server_close()
    assert statuses == [200] * count
    saved = load(path)["percentages"]
    assert [p["review"]["decision"] if p["review"] else None for p in saved] == \
        ["accepted" if i % 2 else "rejected" for i in range(count)]


def box_offset_in_page_units(page, page_width: float) -> list[float]:
    """The evidence box's edges, measured on screen, in the PDF's points."""
    return page.evaluate("""(pageWidth) => {
        const img = document.getElementById('page').getBoundingClientRect();
        const box = document.getElementById('box').getBoundingClientRect();
        const k = pageWidth / img.width;
        return [(box.left - img.left) * k, (box.top - img.top) * k, (box.right - img.left) * k, (box.bottom - img.top) * k];
    }""", page_width)


def test_review_web_evidence_box_follows_the_image_after_a_resize(server, page):
    """The box kept its pixel position after a window resize and framed the wrong text."""
    first = json.loads(_request(server, "GET", "/api/queue")[1])["items"][0]
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    page.wait_for_function("document.getElementById('page').naturalWidth > 0")
    for width in (1400, 760, 1100):
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(200)
        edges = box_offset_in_page_units(page, first["page_size"][0])
        assert all(abs(a - b) < 2.5 for a, b in zip(edges, first["source"]["bbox"])), (width, edges)


def test_review_web_buttons_beside_the_keys_and_the_legend_stays_in_view(server, page, outputs):
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    for key in ("a", "e", "r", "s", "b"):
        assert page.is_visible(f"#keys button[data-key={key}]")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    legend = page.evaluate("document.getElementById('keys').getBoundingClientRect().top")
    assert 0 <= legend < 100
    page.click("#keys button[data-key=a]")
    page.wait_for_function("document.getElementById('status').textContent.includes('accepted')")
    year_file, year_ptr, _ = FORCED[0]
    assert resolve_pointer(load(outputs / year_file), year_ptr)["review"]["decision"] == "accepted"
