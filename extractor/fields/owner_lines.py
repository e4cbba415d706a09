"""Owners listed one to a line with their shares, under a line that says the list is of owners.

An IKS's web page or company agreement lists its participants as lines of their own, with no
verb and no table (docs/phrasings.md §67):

    Deltakerkommunenes eierandeler            De enkelte deltakeres eierandel og ansvar er fastsatt som følger:
    Arendal kommune 41 %                      Eidskog kommune 14 %
    Grimstad kommune 21 %                     Grue kommune 14 %

also "Nordvik eierandel: 34,0 %". ``owners.iter_sentence_claims`` reads an owner's share only in
a sentence about owning, so such lines were missed. Here a run of two or more lines, each only
an owner's name and a share, is read when the line (or heading) right before it speaks of owners
or their shares. The organisation's own holdings ("Kommunens eierandeler i selskaper:") are no
owners of it: a lead that speaks of them starts no list, and a run is kept only when its names
are municipalities or counties or its shares add up to 100.

An IKS's report may list its owners with no shares at all, a municipality or county a line under
a heading of its own ("Eiere", "Eigarar", "Deltakerkommuner"; §79): such a run is read too, each
owner with no share, when the heading is only that word and every line is a municipality or
county ("Andebu kommune", "Buskerud fylkeskommune").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from extractor import municipalities
from extractor.fields.context import Analysis, TextUnit
from extractor.fields.org_lines import MUNICIPAL_LINE
from extractor.fields.owners import OwnerClaim, clean_owner, iter_sentence_claims, owner_before
from extractor.parse import parse_percent

# A line or heading that says owners (or their shares) follow.
_LEAD = re.compile(r"\b(?:eierandel\w*|eigardel\w*|eierbrøk\w*|eigarbrøk\w*|eierforhold\w*|eigartilhøve\w*|"
                   r"eierstruktur\w*|eigarstruktur\w*|eiere|eierne|eigarar|eigarane|eierkommun\w*|eigarkommun\w*|"
                   r"deltakerkommun\w*|deltakarkommun\w*|deltakere|deltakeres|deltakarar|deltakarane|deltakernes|"
                   r"aksjonær\w*|aksjeeier\w*|aksjeeigar\w*|eies|eigast|eid\s+av|eigd\s+av)\b", re.IGNORECASE)
# ... unless it speaks of what the organisation itself owns: "Kommunens eierandeler i selskaper",
# "vår eierandel i X AS", "eierskap i andre selskap".
_HOLDINGS = re.compile(r"\b(?:kommunens|kommunen\s+sin|fylkeskommunens|vår|våre|vår\s+eigen|selskapets|konsernets|"
                       r"stiftelsens|foreningens)\s+(?:eier|eigar|aksje|andel)"
                       r"|\b(?:eierandel\w*|eigardel\w*|eierskap|eigarskap|aksjer|aksjar|andeler|andelar)\s+i\s+"
                       r"(?!selskapet\b|foretaket\b|bedriften\b|bedrifta\b|verksemda\b|laget\b)", re.IGNORECASE)
# A line that is only a name and a share: "Arendal kommune 41 %", "Fet eierandel: 34,0 %", "Grue kommune – 14 %".
_SHARE_LINE = re.compile(r"^\s*(?P<name>[A-ZÆØÅ][^\d%]{1,80}?)\s*(?P<pct>\d{1,3}(?:[,.]\d+)?)\s*(?:%|prosent)\s*\.?\s*$")
# ... or the share first: "50 % Tokke kommune", "30 % – Vinje kommune".
_SHARE_FIRST = re.compile(r"^\s*(?P<pct>\d{1,3}(?:[,.]\d+)?)\s*(?:%|prosent)\s*[–-]?\s*"
                          r"(?P<name>[A-ZÆØÅ][^\d%]{1,80}?)\s*$")
_MUNICIPAL_ENDINGS = ("kommune", "fylkeskommune", "herad")
# A heading or label that is only an owners word: "Eiere", "Eigarar:", "Selskapets eiere", "Deltakerkommuner".
BARE_LEAD = re.compile(r"^\s*(?:(?:selskapets|selskapet\s+sine|våre|dei|de)\s+)?(?:eiere|eierne|eigarar|eigarane|"
                        r"eierfordeling|eigarfordeling|eierskap|eigarskap|"
                        r"eierkommun\w*|eigarkommun\w*|deltakerkommun\w*|deltakarkommun\w*|aksjonærer|aksjonærene|"
                        r"aksjonærar|aksjonærane|aksjeeiere|aksjeeigarar)\s*:?\s*$", re.IGNORECASE)

# A facts row's owner and share set apart by a comma ("Eigar | Sunnfjord kommune, 100 %"): read as "(100 %)".
_COMMA_SHARE = re.compile(r",\s*(\d{1,3}(?:[,.]\d+)?\s*(?:%|prosent\b))")
# A facts row labelled by one owner ("Eier | Fjellby kommune (100 %)"), its value a share or a body's name:
# not an owners' table's header row ("Eigar | Del i prosent").
_ONE_OWNER_LABEL = re.compile(r"^\s*(?:eier|eigar)\s*:?\s*$", re.IGNORECASE)
_OWNER_VALUE = re.compile(r"\d\s*(?:%|prosent)|\b(?:(?:fylkes)?kommune|herad|AS|IKS|KF|SA|stiftelse\w*|stifting\w*)\b")


def iter_lines(analysis: Analysis) -> Iterator[tuple[str, TextUnit]]:
    """(line, unit) for every line of the text outside tables, in reading order, each as set before a
    narrow column wrapped it (``unwrap``)."""
    for unit in analysis.units:
        if unit.in_table:
            continue
        for line in unwrap(unit.text.split("\n")):
            if line.strip():
                yield line.strip(), unit


# A line a narrow column (a side panel, a card) wrapped off the one before: the share's sign ("70" / "%"),
# the whole share ("Vik kommune" / "70 %") or the name's lower-case rest ("Vik" / "kommune 70 %").
_WRAPPED_SIGN = re.compile(r"^\s*(?:%|prosent\b)")
_WRAPPED_SHARE = re.compile(r"^\s*\d{1,3}(?:[,.]\d+)?\s*(?:%|prosent)\s*[.,]?\s*$")
_WRAPPED_REST = re.compile(r"^\s*[a-zæøå]")


def unwrap(lines: list[str]) -> list[str]:
    """``lines`` with each line a narrow column wrapped joined to the one it was wrapped off: a line
    that is the share's sign, the share alone after a line with no figure, or a lower-case rest after a
    line that ends no sentence or label."""
    out: list[str] = []
    for line in lines:
        prev = out[-1].rstrip() if out else ""
        if prev and (_WRAPPED_SIGN.match(line) or _WRAPPED_SHARE.match(line) and not any(c.isdigit() for c in prev)
                     or _WRAPPED_REST.match(line) and prev[-1] not in ".:;!?"):
            out[-1] = f"{prev} {line.strip()}"
        else:
            out.append(line)
    return out


def share_line(line: str, org_words: list[str]) -> tuple[str, float] | None:
    """(owner, share) of a line that holds nothing else."""
    m = _SHARE_LINE.match(line) or _SHARE_FIRST.match(line)
    if not m:
        return None
    name = owner_before(m.group("name"))
    rest = re.sub(r"(?i)\s*(?:eierandel|eigardel|andel)?\s*[:–-]?\s*$", "", m.group("name")).strip()
    pct = parse_percent(m.group("pct") + " %")
    if name != rest and _municipal(rest) and rest.removesuffix(" kommune") in municipalities.municipality_names():
        name = rest  # "Nore og Uvdal kommune 48 %": a municipality's name holding "og"
    if not name or name != rest or pct is None or not 0 < pct <= 100:
        return None
    owner = clean_owner(name, org_words)
    return (owner, pct) if owner else None


def is_lead(text: str | None) -> bool:
    return bool(text) and bool(_LEAD.search(text)) and not _HOLDINGS.search(text)


def _municipal(name: str) -> bool:
    return name.endswith(_MUNICIPAL_ENDINGS) or name in municipalities.municipality_names()


def owned_whole(found: list[tuple[str, float]]) -> bool:
    """A run of (owner, share) is an owners' list: its names are municipalities or counties, or
    its shares add up to 100."""
    return all(_municipal(name) for name, _ in found) or abs(sum(pct for _, pct in found) - 100) < 0.5


def iter_share_line_claims(analysis: Analysis, org_words: list[str]) -> Iterator[OwnerClaim]:
    lines = list(iter_lines(analysis))
    k = 0
    while k < len(lines):
        run = []
        while k + len(run) < len(lines) and (found := share_line(lines[k + len(run)][0], org_words)):
            run.append((found, *lines[k + len(run)]))
        if len(run) < 2:
            k += 1
            continue
        if is_lead(lines[k - 1][0] if k else None) and owned_whole([found for found, _, _ in run]) \
                or _legend_apart(run, lines[:k]):
            text = "\n".join(line for _, line, _ in run)
            for (name, pct), _, unit in run:
                yield OwnerClaim(name, pct, ["share_list"], unit.prov, text)
        k += len(run)


def _legend_apart(run: list, before: list[tuple[str, TextUnit]]) -> bool:
    """A chart's legend set apart from its label ("EIGARDELAR" over a pie or bars, the column's
    text read between them): every line a municipality or county by its ending, the shares adding
    up to 100, and a line of the same page before it speaking of owners."""
    page = run[0][2].prov.page
    return all(name.endswith(_MUNICIPAL_ENDINGS) for (name, _), _, _ in run) \
        and abs(sum(pct for (_, pct), _, _ in run) - 100) < 0.5 \
        and any(unit.prov.page == page and is_lead(line) for line, unit in before)


def iter_labelled_row_claims(analysis: Analysis, org_words: list[str]) -> Iterator[OwnerClaim]:
    """A facts table's row labelled only as owners ("Eiere | A (40 %), B (35 %) og C (25 %)
    kommuner"): its value read as the sentence "Eiere: ..."."""
    for table, _ in analysis.own_tables():
        for row in table.text_rows():
            cells = [c.strip() for c in row if c.strip()]
            if len(cells) == 2 and (BARE_LEAD.match(cells[0]) or _ONE_OWNER_LABEL.match(cells[0])
                                    and _OWNER_VALUE.search(cells[1])):
                value = _COMMA_SHARE.sub(r" (\1)", " ".join(cells[1].split()))  # "Sunnfjord kommune, 100 %"
                yield from iter_sentence_claims(f"{cells[0].rstrip(':')}: {value}", table.prov, False, org_words)


def iter_share_table_claims(analysis: Analysis, org_words: list[str]) -> Iterator[OwnerClaim]:
    """A table with no header whose every row is an owner's name and a share ("Førde kommune | 55 %",
    a designer's definition list), under a heading that speaks of owners: read as the share lines
    above are, kept when its names are municipalities or counties or its shares add up to 100.
    (A table with an owners' header row is ``owners.iter_table_claims``'.)"""
    for unit in analysis.flow():
        table = unit.table
        if table is None or not is_lead(unit.section):
            continue
        rows = [[c for c in row if c.strip()] for row in table.text_rows()]
        found = [share_line(" ".join(row), org_words) if len(row) == 2 and "%" in row[1] else None for row in rows]
        if len(found) < 2 or not all(found):
            continue
        if owned_whole(found):
            text = "\n".join(" | ".join(row) for row in rows)
            for name, pct in found:
                yield OwnerClaim(name, pct, ["share_list"], table.prov, text)


def iter_name_line_claims(analysis: Analysis, org_words: list[str]) -> Iterator[OwnerClaim]:
    """Owners with no share, a municipality or county a line, under a bare owners heading."""
    lines = list(iter_lines(analysis))
    k = 1
    while k < len(lines):
        run = []
        while k + len(run) < len(lines) and (m := MUNICIPAL_LINE.match(lines[k + len(run)][0])):
            run.append((m.group("name"), lines[k + len(run)][1]))
        if len(run) >= 2 and BARE_LEAD.match(lines[k - 1][0]):
            text = "\n".join(name for name, _ in run)
            for name, unit in run:
                if owner := clean_owner(name, org_words):
                    yield OwnerClaim(owner, None, ["owner_lines_listed"], unit.prov, text)
        k += max(1, len(run))
