"""Owners one a line under a bare owners label, wherever the lines stand: a facts frame at the side
("Eiere:" / "Tokke kommune 50 %" / "Vinje kommune 30 %"), the label's row of a two-column facts
block holding the first owner and the rows under it the rest ("Eigarar: | Seljord kommune 60 %",
" | Kviteseid kommune 25 %"), lines set as a table by their tab stops ("Tokke kommune⇥50 %"), the
share first ("50 % Tokke kommune"), and a chart's legend where each share is a frame of its own
under its name ("Fyresdal kommune" / "45 %") or all its entries share one line ("Fyresdal kommune
45 %   Nissedal kommune 35 %"). A Writer frame's lines and a table's rows come apart
in the document (some rows a table, the rest lines), so the lines are read as one flow: the text
outside tables and each table's rows, in reading order (docs/phrasings.md §123.2, §123.3).

As ``owner_lines`` keeps a run of share lines, a run is kept only when its names are
municipalities or counties or its shares add up to 100.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from extractor.fields.context import Analysis, TextUnit
from extractor.fields.owner_lines import BARE_LEAD, owned_whole, share_line
from extractor.fields.owners import OwnerClaim

_SHARE_ONLY = re.compile(r"^\s*\d{1,3}(?:[,.]\d+)?\s*%\s*$")  # a legend's share frame under its name
_LEAD_WITH_FIRST = re.compile(r"^(?P<lead>[^:]{3,40}):\s*(?P<rest>\S.*)$")  # "Eigarar: Seljord kommune 60 %"


def iter_flow(analysis: Analysis) -> Iterator[tuple[str, TextUnit]]:
    """(line, unit) for the text outside tables, line by line, and each table's rows (their filled
    cells joined), in reading order."""
    for unit in analysis.flow():
        if unit.table is None:
            yield from ((line.strip(), unit) for line in unit.text.split("\n") if line.strip())
        else:
            for row in unit.table.text_rows():
                if text := " ".join(" ".join(cell.split()) for cell in row if cell.strip()):
                    yield text, unit


def iter_lead_list_claims(analysis: Analysis, org_words: list[str]) -> Iterator[OwnerClaim]:
    flow = list(iter_flow(analysis))
    for k, (line, _) in enumerate(flow):
        first = _lead_and_first(line, org_words)
        if first is None:
            continue
        run = [(first, flow[k][1])] if first else []
        j = k + 1
        while j < len(flow):
            found, used = _items(flow, j, org_words)
            if not found:
                break
            run += [(item, flow[j][1]) for item in found]
            j += used
        if len(run) >= 2 and owned_whole([found for found, _ in run]):
            text = "\n".join(text for text, _ in flow[k:j])
            for (name, pct), unit in run:
                yield OwnerClaim(name, pct, ["share_list"], unit.prov, text)


def _lead_and_first(line: str, org_words: list[str]) -> tuple[str, float] | None | bool:
    """False for a bare owners label alone ("Eiere:"), its first owner for a label holding one
    ("Eigarar: Seljord kommune 60 %"), None for another line."""
    if BARE_LEAD.match(line):
        return False
    m = _LEAD_WITH_FIRST.match(line)
    if m and BARE_LEAD.match(m.group("lead")):
        return share_line(m.group("rest"), org_words)
    return None


def _items(flow: list[tuple[str, TextUnit]], j: int, org_words: list[str]) -> tuple[list[tuple[str, float]], int]:
    """The owners and shares at flow line ``j`` and how many lines they took: one (a name, then
    its share alone on the next line) or a legend's entries side by side on one line."""
    line = flow[j][0]
    if (found := share_line(line, org_words)) is not None:
        return [found], 1
    if j + 1 < len(flow) and not any(ch.isdigit() for ch in line) and _SHARE_ONLY.match(flow[j + 1][0]):
        return [found] if (found := share_line(f"{line} {flow[j + 1][0]}", org_words)) else [], 2
    return legend_row(line, org_words), 1


_ENTRY = re.compile(r"\s*(?P<entry>[A-ZÆØÅ][^\d%]{1,80}?\s*\d{1,3}(?:[,.]\d+)?\s*%)\s*[·|•,;]?")
MIN_ROW_ENTRIES = 2


def legend_row(line: str, org_words: list[str]) -> list[tuple[str, float]]:
    """A chart legend's entries side by side on one line, each a name and its share ("Tokke kommune
    50 %   Vinje kommune 30 %   Stiftelsen Heimebygd 20 %"), when the line holds nothing else."""
    entries, at = [], 0
    while at < len(line) and (m := _ENTRY.match(line, at)):
        if (found := share_line(m.group("entry"), org_words)) is None:
            return []
        entries.append(found)
        at = m.end()
    return entries if at == len(line) and len(entries) >= MIN_ROW_ENTRIES else []
