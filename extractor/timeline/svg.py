"""Inline SVG charts for the timeline page, written here so the page needs nothing from outside:
a line chart of one key figure over the years, and a who-sat-when chart of the board."""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

ROLE_NAMES = {"LEDE": "styreleder", "NEST": "nestleder", "MEDL": "styremedlem", "VARA": "varamedlem",
              "OBS": "observatør", "CEO": "daglig leder"}


@dataclass
class Point:
    year: int
    value: float
    href: str
    title: str
    disputed: bool = False


def nok_short(value: float) -> str:
    """Axis labels: '14,3 mill.', '250 000', '-1,2 mill.'."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.1f}".replace(".", ",").replace(",0", "") + " mill."
    return f"{value:,.0f}".replace(",", "\u00a0")


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks, tick = [], start
    while tick <= high + step * 1e-9:
        ticks.append(tick)
        tick += step
    if ticks[-1] < high:
        ticks.append(tick)
    return ticks


def line_chart(key: str, title: str, years: list[int], points: list[Point], others: list[Point],
               width: int = 520, height: int = 230) -> str:
    """One series: a line through the values taken, a linked dot per year, hollow dots for other
    reports' readings that differ. ``years`` sets the x axis (every year of the timeline)."""
    left, right, top, bottom = 78, 16, 30, 34
    values = [p.value for p in points + others] + [0]
    ticks = nice_ticks(min(values), max(values))
    y_low, y_high = ticks[0], ticks[-1]
    span_years = max(1, years[-1] - years[0])

    def x(year: int) -> float:
        return left + (year - years[0]) * (width - left - right) / span_years

    def y(value: float) -> float:
        return top + (y_high - value) * (height - top - bottom) / ((y_high - y_low) or 1)

    parts = [f'<svg class="chart chart-line" data-key="{escape(key)}" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
             f'<text class="chart-title" x="{left}" y="18">{escape(title)}</text>']
    for tick in ticks:
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"/>'
                     f'<text class="axis" x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{nok_short(tick)}</text>')
    for year in years:
        parts.append(f'<text class="axis" x="{x(year):.1f}" y="{height - 12}" text-anchor="middle">{year}</text>')
    ordered = sorted(points, key=lambda p: p.year)
    if len(ordered) > 1:
        d = " ".join(f"{'M' if i == 0 else 'L'}{x(p.year):.1f},{y(p.value):.1f}" for i, p in enumerate(ordered))
        parts.append(f'<path class="series" d="{d}"/>')
    for p in others:
        parts.append(f'<a href="{escape(p.href)}"><circle class="reading" cx="{x(p.year):.1f}" cy="{y(p.value):.1f}" '
                     f'r="4"><title>{escape(p.title)}</title></circle></a>')
    for p in ordered:
        css = "point disputed" if p.disputed else "point"
        parts.append(f'<a href="{escape(p.href)}"><circle class="{css}" data-year="{p.year}" cx="{x(p.year):.1f}" '
                     f'cy="{y(p.value):.1f}" r="5"><title>{escape(p.title)}</title></circle></a>')
    parts.append("</svg>")
    return "".join(parts)


@dataclass
class Seat:
    year: int
    role: str  # a role code, or CEO
    href: str
    title: str


def board_chart(years: list[int], rows: list[tuple[str, list[Seat]]], width: int = 980) -> str:
    """Who sat when: a row per person, a linked bar per year on the board, coloured by role."""
    label_w, row_h, top = 210, 24, 26
    cell_w = (width - label_w - 10) / max(1, len(years))
    height = top + row_h * len(rows) + 8
    column = {year: i for i, year in enumerate(years)}
    parts = [f'<svg class="chart chart-board" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="img" aria-label="Board members by year">']
    for year in years:
        cx = label_w + (column[year] + 0.5) * cell_w
        parts.append(f'<text class="axis" x="{cx:.1f}" y="16" text-anchor="middle">{year}</text>')
    for i, (name, seats) in enumerate(rows):
        y0 = top + i * row_h
        parts.append(f'<g class="person" data-person="{escape(name)}">'
                     f'<text class="name" x="{label_w - 8}" y="{y0 + row_h * 0.68:.1f}" text-anchor="end">{escape(name)}</text>')
        for seat in seats:
            x0 = label_w + column[seat.year] * cell_w
            parts.append(f'<a href="{escape(seat.href)}"><rect class="term role-{seat.role}" data-year="{seat.year}" '
                         f'x="{x0 + 1:.1f}" y="{y0 + 3}" width="{cell_w - 2:.1f}" height="{row_h - 6}" rx="3">'
                         f'<title>{escape(seat.title)}</title></rect></a>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def role_legend() -> str:
    items = "".join(f'<span class="legend"><svg width="14" height="12"><rect class="term role-{code}" width="14" '
                    f'height="12" rx="2"/></svg> {name}</span>' for code, name in ROLE_NAMES.items())
    return f'<div class="legends">{items}</div>'
