"""``extractor export --what timeline``: every organisation's timeline as one long table for
analysts, a row per organisation, year and key (a key figure, the CEO, a board seat, a
program's places, a place), with the report output and page it came from."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from schemas.timeline import Timeline, ValueRef

COLUMNS = [("organisation", "str"), ("org_number", "str"), ("year", "int"), ("key", "str"), ("value", "float"),
           ("text", "str"), ("disputed", "bool"), ("source", "str"), ("source_page", "int"),
           ("source_pointer", "str")]


def iter_timeline_rows(tl: Timeline) -> Iterator[dict]:
    org = tl.organisation

    def row(year: int, key: str, ref: ValueRef, value: float | None = None, text: str | None = None,
            disputed: bool = False) -> dict:
        return {"organisation": org.name or org.id, "org_number": org.org_number, "year": year, "key": key,
                "value": value, "text": text, "disputed": disputed, "source": tl.reports[ref.report].file,
                "source_page": ref.page, "source_pointer": ref.pointer}

    for fig in tl.key_figures:
        key = fig.key if fig.scope == "company" else f"{fig.key}.group"
        yield row(fig.year, key, fig.readings[0].source, value=fig.value, disputed=fig.disputed)
    for ceo in tl.ceo:
        yield row(ceo.year, "ceo", ceo.source, text=ceo.name)
    for entry in tl.board:
        for seat in entry.members:
            yield row(entry.year, f"board.{seat.role.value}", seat.source, text=seat.person)
    for program in tl.programs:
        if program.places is not None:
            yield row(program.year, f"programs.{program.code.value}.places", program.source, value=program.places)
    for place in tl.places:
        yield row(place.year, f"places.{place.kind.value}", place.source, text=place.name)


def collect_timeline_rows(inputs: Iterable[str | Path], skipped: list[str]) -> list[dict]:
    """Timelines of the report outputs in ``inputs``; sources are paths from the working folder."""
    from extractor.timeline import build_timelines

    return [row for tl in build_timelines(inputs, Path("."), skipped) for row in iter_timeline_rows(tl)]
