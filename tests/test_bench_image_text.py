"""The image-text bench (bench/bench_image_text.py): the images it keeps with the letter test's
answer, the words of gold values it checks lost words against, and its totals."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import docx
from docx.shared import Cm
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bench_image_text as bench  # noqa: E402


def test_bench_image_text_gold_words_are_every_value_word_casefolded(tmp_path):
    gold = {"organization": {"name": "Storlia Vekst AS", "orgnr": 999888777},
            "board": [{"name": "Åse Brekkhus", "role": "LEDE"}], "flag": True, "note": "a"}
    (tmp_path / "storlia-2023.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    words = bench.gold_words(tmp_path / "storlia-2023.scan.pdf")
    assert {"storlia", "vekst", "as", "999888777", "åse", "brekkhus", "lede"} <= words
    assert "true" not in words and "a" not in words
    assert bench.gold_words(tmp_path / "other-2023.pdf") == set()


def test_bench_image_text_summary_counts_skips_and_empty_reads():
    files = {"a.pdf": [{"read": False, "test_cpu_s": 0.01, "tesseract_cpu_s": 0.5, "words": 2, "gold_words": ["og"]},
                       {"read": True, "test_cpu_s": 0.01, "tesseract_cpu_s": 1.0, "words": 0, "gold_words": []}],
             "b.docx": []}
    s = bench.summary(files)
    assert (s["files"], s["files_with_images"], s["images"], s["skipped"], s["read"]) == (2, 1, 2, 1, 1)
    assert s["skipped_words"] == 2 and s["skipped_gold_words"] == ["og"]
    assert s["read_without_words"] == 1 and s["read_without_words_cpu_s"] == 1.0


def _picture(path: Path, text: str | None) -> Path:
    image = Image.new("L", (900, 220), 255 if text else 128)
    if text:
        font = ImageFont.load_default(size=48)
        ImageDraw.Draw(image).text((20, 60), text, fill=0, font=font)
    image.save(path)
    return path


def test_bench_image_text_keeps_each_image_with_the_tests_answer(tmp_path):
    document = docx.Document()
    document.add_paragraph("Årsrapport 2023 for Storlia Vekst AS")
    document.add_picture(str(_picture(tmp_path / "words.png", "Styreleder Åse Brekkhus")), width=Cm(12))
    document.add_picture(str(_picture(tmp_path / "flat.png", None)), width=Cm(12))
    document.save(tmp_path / "storlia-2023.docx")
    rows = bench.measure(tmp_path / "storlia-2023.docx")
    assert [r["read"] for r in rows] == [True, False]  # the words read, the flat grey picture skipped
    assert rows[0]["words"] >= 2 and rows[1]["words"] == 0
    assert all(r["tesseract_cpu_s"] > 0 for r in rows)
