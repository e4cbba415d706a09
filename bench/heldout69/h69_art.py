"""Pictures for the sixty-ninth set's designed reports, drawn as SVG without any text in them:
stand-in photographs (fjord, workshop, hall, field, houses, plant), portrait silhouettes and the
donut of an ownership chart. Each picture depends on its seed alone, so a report prints the same
pictures whatever is written with it."""
from __future__ import annotations

import math
import random

SKIES = [("#9cc3e6", "#e8f1f8"), ("#f3c98b", "#fbe9d2"), ("#7fa6c9", "#d6e4ef"), ("#b9c7d3", "#eef2f5")]
GROUND = ["#5d7f4e", "#3f6b5a", "#7b8f5a", "#4f6f7f", "#8a7a5c"]
SKIN = ["#e7c1a0", "#d8a47f", "#c98f6b", "#f0d0b4", "#a8724f"]
CLOTH = ["#34495e", "#8e3b46", "#2f6f73", "#b0803a", "#5b4a7a", "#3f6d3a", "#a3a3a3"]


def _svg(w: int, h: int, body: str, cls: str = "art") -> str:
    return (f'<svg class="{cls}" viewBox="0 0 {w} {h}" preserveAspectRatio="xMidYMid slice" '
            f'xmlns="http://www.w3.org/2000/svg">{body}</svg>')


def _sky(rng, w, h, gid) -> str:
    top, low = rng.choice(SKIES)
    return (f'<defs><linearGradient id="{gid}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{top}"/>'
            f'<stop offset="1" stop-color="{low}"/></linearGradient></defs><rect width="{w}" height="{h}" fill="url(#{gid})"/>')


def _ridge(rng, w, h, base, amp, color) -> str:
    pts, x = [], 0
    while x <= w + 40:
        pts.append(f"{x},{base - rng.uniform(0, amp):.0f}")
        x += rng.randint(30, 90)
    return f'<polygon points="0,{h} {" ".join(pts)} {w},{h}" fill="{color}"/>'


def _person(rng, x, y, s) -> str:
    skin, cloth = rng.choice(SKIN), rng.choice(CLOTH)
    return (f'<rect x="{x - 9 * s:.0f}" y="{y:.0f}" width="{18 * s:.0f}" height="{40 * s:.0f}" rx="{7 * s:.0f}" fill="{cloth}"/>'
            f'<circle cx="{x:.0f}" cy="{y - 9 * s:.0f}" r="{8 * s:.0f}" fill="{skin}"/>')


def photo(seed: int, scene: str = "fjord", w: int = 600, h: int = 400) -> str:
    """A stand-in photograph of a ``scene``: fjord, workshop, hall, field, houses or plant."""
    rng = random.Random(seed)
    gid = f"g{seed}"
    if scene == "workshop":
        body = f'<rect width="{w}" height="{h}" fill="#d9d4c7"/><rect y="{h * .62:.0f}" width="{w}" height="{h}" fill="#8d8578"/>'
        for i in range(rng.randint(3, 5)):  # shelves and benches
            x = rng.randint(0, w - 120)
            body += f'<rect x="{x}" y="{rng.randint(40, 140)}" width="{rng.randint(90, 180)}" height="{rng.randint(60, 120)}" fill="{rng.choice(["#a8885e", "#6f7f8f", "#b35d3c", "#557a95"])}" opacity=".85"/>'
        body += f'<rect x="{w * .1:.0f}" y="{h * .55:.0f}" width="{w * .8:.0f}" height="{h * .08:.0f}" fill="#5a4632"/>'
        body += "".join(_person(rng, rng.randint(60, w - 60), h * .48, 1.6) for _ in range(rng.randint(2, 4)))
    elif scene == "hall":
        body = f'<rect width="{w}" height="{h}" fill="#2b2f3a"/>'
        body += f'<polygon points="{w * .2:.0f},{h * .25:.0f} {w * .8:.0f},{h * .25:.0f} {w},{h * .6:.0f} 0,{h * .6:.0f}" fill="#c9a24a" opacity=".7"/>'
        for i in range(14):
            body += _person(rng, rng.randint(10, w - 10), h * rng.uniform(.7, .85), 1.2)
    elif scene == "field":
        body = _sky(rng, w, h, gid) + f'<rect y="{h * .45:.0f}" width="{w}" height="{h}" fill="#4f8a3c"/>'
        body += f'<rect x="{w * .1:.0f}" y="{h * .52:.0f}" width="{w * .8:.0f}" height="{h * .4:.0f}" fill="none" stroke="#f4f4f4" stroke-width="3"/>'
        body += "".join(_person(rng, rng.randint(40, w - 40), h * rng.uniform(.5, .75), 1.0) for _ in range(9))
    elif scene == "houses":
        body = _sky(rng, w, h, gid) + _ridge(rng, w, h, h * .55, 40, rng.choice(GROUND))
        x = 10
        while x < w - 60:
            bw, bh = rng.randint(70, 120), rng.randint(60, 110)
            y = h * .78 - bh
            body += (f'<rect x="{x}" y="{y:.0f}" width="{bw}" height="{bh}" fill="{rng.choice(["#e9e2d0", "#c75b39", "#f2f2ee", "#d7b56d"])}"/>'
                     f'<polygon points="{x - 6},{y:.0f} {x + bw / 2:.0f},{y - 35:.0f} {x + bw + 6},{y:.0f}" fill="#4a3b35"/>')
            for wx in range(x + 10, x + bw - 15, 24):
                body += f'<rect x="{wx}" y="{y + 18:.0f}" width="12" height="16" fill="#6b8fb3"/>'
            x += bw + rng.randint(15, 40)
        body += f'<rect y="{h * .78:.0f}" width="{w}" height="{h}" fill="#7c8b6a"/>'
    elif scene == "plant":
        body = _sky(rng, w, h, gid) + f'<rect y="{h * .7:.0f}" width="{w}" height="{h}" fill="#8b8b83"/>'
        for i in range(4):
            x = 40 + i * (w - 80) / 4
            body += f'<rect x="{x:.0f}" y="{h * rng.uniform(.3, .5):.0f}" width="{w / 6:.0f}" height="{h:.0f}" fill="{rng.choice(["#5f7d8c", "#9aa5a8", "#3d5a6c", "#b87333"])}"/>'
        body += "".join(f'<rect x="{rng.randint(0, w - 60)}" y="{h * .72:.0f}" width="46" height="30" rx="4" fill="{c}"/>'
                        for c in ("#2e7d32", "#1565c0", "#f9a825"))
    else:  # fjord
        body = _sky(rng, w, h, gid) + _ridge(rng, w, h, h * .5, 90, "#5b6f7d") + _ridge(rng, w, h, h * .62, 50, rng.choice(GROUND))
        body += f'<rect y="{h * .68:.0f}" width="{w}" height="{h}" fill="#3e6f8e"/>'
        for i in range(rng.randint(1, 3)):
            bx = rng.randint(40, w - 120)
            body += f'<polygon points="{bx},{h * .74:.0f} {bx + 90},{h * .74:.0f} {bx + 75},{h * .8:.0f} {bx + 12},{h * .8:.0f}" fill="#f1efe8"/>'
    return _svg(w, h, body)


def portrait(seed: int, bg: str = "#dfe6ea") -> str:
    """A head-and-shoulders silhouette on a plain ground."""
    rng = random.Random(seed)
    skin, cloth, hair = rng.choice(SKIN), rng.choice(CLOTH), rng.choice(["#2b2118", "#6b4a2b", "#c9a36b", "#8c8c8c", "#3b2a20"])
    body = (f'<rect width="100" height="100" fill="{bg}"/>'
            f'<path d="M12,100 C14,74 30,66 50,66 C70,66 86,74 88,100 Z" fill="{cloth}"/>'
            f'<circle cx="50" cy="42" r="19" fill="{skin}"/>'
            f'<path d="M31,40 C31,22 69,22 69,40 C66,30 58,27 50,27 C42,27 34,30 31,40 Z" fill="{hair}"/>')
    return _svg(100, 100, body, "face")


def donut(parts: list[tuple[float, str]], size: int = 120) -> str:
    """An ownership donut: ``parts`` are (fraction, colour)."""
    r, cx, circ = 40, 60, 2 * math.pi * 40
    body, offset = f'<circle cx="{cx}" cy="{cx}" r="{r}" fill="none" stroke="#eee" stroke-width="22"/>', 0.0
    for frac, color in parts:
        body += (f'<circle cx="{cx}" cy="{cx}" r="{r}" fill="none" stroke="{color}" stroke-width="22" '
                 f'stroke-dasharray="{frac * circ:.1f} {circ:.1f}" stroke-dashoffset="{-offset * circ:.1f}" '
                 f'transform="rotate(-90 {cx} {cx})"/>')
        offset += frac
    return _svg(size, size, body, "donut")
