"""Pictures for the seventy-first set's designer reports, as SVG drawn from a seed: portraits and
scenes carry no text at all (a name or a place is only ever in the caption or card under them);
charts are vector shapes whose labels the page builder hands in already printed (gold-rendered),
so a legend is real text in the PDF.

    portrait(seed)                 head and shoulders on a tinted field
    scene(kind, seed)              "workshop", "forest", "field", "harbour", "hall", "water", "garden"
    pie(slices, legend, seed)      slices as (share, colour); legend lines drawn beside the pie
    bars(values, colours)          horizontal bars without labels (the legend is beside them)
"""
from __future__ import annotations

import html
import math
import random

SKIN = ("#f1d2b9", "#e0b496", "#c69678", "#e9c4aa", "#fadec8")
HAIR = ("#3c281e", "#785a3c", "#c8aa6e", "#5a5a5a", "#1e1914", "#aa7850")
SHIRT = ("#28467a", "#8c2832", "#3c6e46", "#5a5a64", "#c8c8d2", "#1e1e28", "#a0642d")
FIELD = ("#cdd6de", "#ded7c8", "#c8dacd", "#e4dee6", "#d9e2ea")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def portrait(seed: int) -> str:
    """A 90 x 110 head-and-shoulders picture scaled by its box."""
    rng = random.Random(seed)
    hair, skin = rng.choice(HAIR), rng.choice(SKIN)
    long_hair = rng.random() < 0.5
    parts = [f'<rect width="90" height="110" fill="{rng.choice(FIELD)}"/>',
             f'<ellipse cx="45" cy="118" rx="40" ry="36" fill="{rng.choice(SHIRT)}"/>']
    if long_hair:
        parts.append(f'<rect x="22" y="22" width="46" height="62" rx="20" fill="{hair}"/>')
    parts += [f'<ellipse cx="45" cy="50" rx="19" ry="24" fill="{skin}"/>',
              f'<path d="M25 46 Q45 14 65 46 Q60 30 45 29 Q30 30 25 46Z" fill="{hair}"/>',
              '<circle cx="38" cy="50" r="2" fill="#333"/><circle cx="52" cy="50" r="2" fill="#333"/>',
              '<path d="M38 62 Q45 67 52 62" stroke="#7a3c3c" stroke-width="1.6" fill="none"/>']
    return ('<svg viewBox="0 0 90 110" preserveAspectRatio="xMidYMid slice" xmlns="http://www.w3.org/2000/svg">'
            + "".join(parts) + "</svg>")


def _hills(rng: random.Random, colour: str, base: float) -> str:
    pts = [f"0,{base}"]
    for x in range(0, 321, 40):
        pts.append(f"{x},{base - rng.uniform(10, 45):.0f}")
    return f'<polygon points="{" ".join(pts)} 320,200 0,200" fill="{colour}"/>'


def _tree(x: float, y: float, h: float) -> str:
    return (f'<rect x="{x - 2}" y="{y - h * 0.25}" width="4" height="{h * 0.25}" fill="#5a4030"/>'
            f'<polygon points="{x},{y - h} {x - h * 0.3},{y - h * 0.2} {x + h * 0.3},{y - h * 0.2}" fill="#2f5a3a"/>')


def _person(x: float, y: float, colour: str) -> str:
    return (f'<circle cx="{x}" cy="{y - 34}" r="6" fill="#e0b496"/>'
            f'<rect x="{x - 7}" y="{y - 27}" width="14" height="22" rx="4" fill="{colour}"/>'
            f'<rect x="{x - 6}" y="{y - 6}" width="5" height="14" fill="#333"/>'
            f'<rect x="{x + 1}" y="{y - 6}" width="5" height="14" fill="#333"/>')


def scene(kind: str, seed: int) -> str:
    """A 320 x 200 scene without any text."""
    rng = random.Random(seed)
    sky = rng.choice(("#bcd3e6", "#cddceb", "#d8e4ee", "#e9d9c4"))
    parts = [f'<rect width="320" height="200" fill="{sky}"/>']
    if kind in ("forest", "field", "garden"):
        parts.append(_hills(rng, "#8fa88a", 110))
        parts.append(f'<rect y="130" width="320" height="70" fill="{"#a8c07a" if kind != "forest" else "#6f8f5e"}"/>')
        for _ in range(9 if kind == "forest" else 4):
            parts.append(_tree(rng.uniform(10, 310), rng.uniform(135, 175), rng.uniform(40, 70)))
        if kind == "garden":
            for i in range(6):
                parts.append(f'<rect x="{30 + i * 45}" y="168" width="30" height="14" fill="#7b5a3a"/>')
    elif kind in ("harbour", "water"):
        parts.append(_hills(rng, "#7d8f9e", 95))
        parts.append('<rect y="115" width="320" height="85" fill="#5f86a6"/>')
        for i in range(3 if kind == "harbour" else 1):
            x = rng.uniform(30, 260)
            parts.append(f'<path d="M{x} 140 h50 l-8 14 h-34z" fill="#f4f1ea"/>'
                         f'<rect x="{x + 22}" y="110" width="3" height="30" fill="#444"/>')
        if kind == "harbour":
            parts.append('<rect x="0" y="160" width="120" height="12" fill="#8a6a4a"/>')
    else:  # workshop, hall: an interior with people at work
        parts.append('<rect y="120" width="320" height="80" fill="#b9aa94"/>'
                     '<rect x="20" y="25" width="80" height="55" fill="#eef3f7" stroke="#777"/>'
                     '<rect x="220" y="25" width="80" height="55" fill="#eef3f7" stroke="#777"/>')
        parts.append('<rect x="40" y="120" width="240" height="14" fill="#7b5a3a"/>' if kind == "workshop"
                     else '<rect x="0" y="150" width="320" height="4" fill="#d94" />')
        for i in range(rng.randint(2, 4)):
            parts.append(_person(70 + i * 60 + rng.uniform(-8, 8), 150, rng.choice(SHIRT)))
    return ('<svg viewBox="0 0 320 200" preserveAspectRatio="xMidYMid slice" xmlns="http://www.w3.org/2000/svg">'
            + "".join(parts) + "</svg>")


def pie(slices: list[tuple[float, str]], legend: list[str], width_mm: float = 80) -> str:
    """A pie (vector paths) with its legend drawn as SVG text to its right, one line a slice."""
    total = sum(s for s, _ in slices)
    cx, cy, r = 60, 60, 52
    parts, angle = [], -math.pi / 2
    for share, colour in slices:
        sweep = 2 * math.pi * share / total
        x1, y1 = cx + r * math.cos(angle), cy + r * math.sin(angle)
        angle += sweep
        x2, y2 = cx + r * math.cos(angle), cy + r * math.sin(angle)
        large = 1 if sweep > math.pi else 0
        parts.append(f'<path d="M{cx} {cy} L{x1:.2f} {y1:.2f} A{r} {r} 0 {large} 1 {x2:.2f} {y2:.2f}Z" '
                     f'fill="{colour}" stroke="#fff" stroke-width="1.5"/>')
    for i, (line, (_, colour)) in enumerate(zip(legend, slices)):
        y = 30 + i * 24
        parts.append(f'<rect x="128" y="{y - 9}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="144" y="{y}" font-family="DejaVu Sans" font-size="10">{_esc(line)}</text>')
    height = max(124, 30 + len(legend) * 24)
    return (f'<svg viewBox="0 0 300 {height}" width="{width_mm}mm" xmlns="http://www.w3.org/2000/svg">'
            + "".join(parts) + "</svg>")


def bars(values: list[float], colours: list[str], top: float = 100) -> str:
    """Horizontal bars, one a row, without labels: the HTML legend beside them names each."""
    parts = []
    for i, (value, colour) in enumerate(zip(values, colours)):
        parts.append(f'<rect x="0" y="{i * 22 + 4}" width="{value / top * 200:.1f}" height="14" fill="{colour}"/>')
    parts.append(f'<line x1="0" y1="0" x2="0" y2="{len(values) * 22 + 4}" stroke="#555" stroke-width="1"/>')
    return (f'<svg viewBox="0 0 205 {len(values) * 22 + 6}" xmlns="http://www.w3.org/2000/svg">'
            + "".join(parts) + "</svg>")
