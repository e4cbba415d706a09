"""The one layout the eleventh held-out set adds: a designer's page (as InDesign lays one out),
printed by Chromium. Each page is a set of absolutely placed text frames; the frames are written to
the page in the order the report lists them (sidebars, pull quotes and photo captions first, body
text last, say), which is the order their text lands in the PDF, while ``x``/``y`` put them where a
reader sees them. A frame's items are the fourth set's HTML items (``h4_html.items_html``), so gold
is registered as they are written.

    report["frames"] = [{"page": 0, "x": 140, "y": 20, "w": 55, "h": None, "cls": "side", "items": [...]}, ...]
    cls: "side" (shaded box), "quote" (large italic pull quote), "cap" (small caption), "photo"
         (a grey picture area, no text), "" (plain text)
"""
from __future__ import annotations

import h4_html

FRAME_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; }
.page { position: relative; width: 210mm; height: 296mm; overflow: hidden; break-after: page; }
.frame { position: absolute; }
.side { background: #EDF1E6; padding: 3mm 3.5mm; font-size: 8.4pt; border-top: 2pt solid %(accent)s; }
.quote { font-family: 'DejaVu Serif', serif; font-size: 15pt; font-style: italic; color: %(accent)s; }
.cap { font-size: 7.2pt; color: #555; font-style: italic; }
.photo { background: linear-gradient(160deg, #9fb0a4, #5f7468); }
"""


def frame_html(gold, frame: dict) -> str:
    style = f"left:{frame['x']}mm;top:{frame['y']}mm;width:{frame['w']}mm"
    if frame.get("h"):
        style += f";height:{frame['h']}mm"
    body = h4_html.items_html(gold, frame.get("items", []))
    return f'<div class="frame {frame.get("cls", "")}" style="{style}">{body}</div>'


def html_document(report: dict, gold) -> str:
    """The frames in their written order, each on its page."""
    pages: dict[int, list[str]] = {}
    for frame in report["frames"]:
        pages.setdefault(frame["page"], []).append(frame_html(gold, frame))
    subs = {"accent": "#" + report.get("accent", "3E5B2F"), "shade": "#" + report.get("shade", "E3E9DA")}
    style = h4_html.CSS % subs + FRAME_CSS % subs
    body = "\n".join(f'<div class="page">{"".join(pages[p])}</div>' for p in sorted(pages))
    title = h4_html._esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="no"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")
