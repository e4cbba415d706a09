"""Compare one output (the Report as a dict) with a probe's ``Expect``: a list of differences,
empty when the probe passes. Names compare after folding case and spaces; numbers to 0.01."""
from __future__ import annotations

import re

from probes.spec import UNCHECKED, Expect, Figure


def fold(text) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold()


def _value(field):
    return field.get("value") if isinstance(field, dict) else field


def _num_eq(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) < 0.01
    except (TypeError, ValueError):
        return False


def _scalar(out: list[str], name: str, want, got, same=lambda a, b: fold(a) == fold(b)) -> None:
    if want is UNCHECKED:
        return
    if want is None:
        if got not in (None, ""):
            out.append(f"{name}: expected none, got {got!r}")
    elif got is None or not same(got, want):
        out.append(f"{name}: expected {want!r}, got {got!r}")


def _board(out: list[str], want, report: dict) -> None:
    if want is UNCHECKED:
        return
    got = {(fold(m["name"]), m["role"], bool(m.get("employee_elected"))) for m in report.get("board", [])}
    expected = {(fold(n), r, e) for n, r, e in want}
    for item in sorted(expected - got):
        out.append(f"board: missing {item}")
    for item in sorted(got - expected):
        out.append(f"board: unexpected {item}")


def _chair(out: list[str], want, report: dict) -> None:
    """The most confident chair is ``want`` (another body's leader read as ours must rank below)."""
    if want is UNCHECKED:
        return
    chairs = sorted((m for m in report.get("board", []) if m["role"] == "LEDE"), key=lambda m: -m.get("confidence", 0))
    if not chairs or fold(chairs[0]["name"]) != fold(want):
        out.append(f"board: the first chair is {[(m['name'], m.get('confidence')) for m in chairs]}, not {want!r}")


def _programs(out: list[str], expect: Expect, report: dict) -> None:
    if expect.programs is UNCHECKED:
        return
    got = {p["code"]: p.get("places") for p in report.get("programs", [])}
    for code, places in expect.programs.items():
        if code not in got:
            out.append(f"programs: missing {code}")
        elif places is not None and got[code] != places:
            out.append(f"programs: {code} places expected {places}, got {got[code]}")
    if expect.only_programs:
        for code in sorted(set(got) - set(expect.programs)):
            out.append(f"programs: unexpected {code}")


def figure_matches(figure: Figure, item: dict) -> bool:
    key = item.get("key")
    named = fold(key) == fold(figure.key) if key else fold(item.get("label")) in {fold(figure.label), fold(figure.key)}
    return (named and item.get("year") == figure.year and _num_eq(item.get("value"), figure.value)
            and item.get("basis", "actual") == figure.basis and figure.scope in (None, item.get("scope")))


def _figures(out: list[str], expect: Expect, report: dict) -> None:
    items = report.get("key_figures", [])
    for figure in expect.key_figures:
        if not any(figure_matches(figure, item) for item in items):
            near = [(i.get("key") or i.get("label"), i.get("year"), i.get("value"), i.get("basis")) for i in items
                    if fold(i.get("key") or i.get("label")) in {fold(figure.key), fold(figure.label)}]
            out.append(f"key_figures: missing {figure}; same key: {near}")
    for figure in expect.absent_figures:
        if any(figure_matches(figure, item) for item in items):
            out.append(f"key_figures: unexpected {figure}")
    threshold = report.get("review_threshold", 0.5)
    for figures, below, word in ((expect.flagged_figures, True, "below"), (expect.sure_figures, False, "at or above")):
        for figure in figures:
            found = [i for i in items if figure_matches(figure, i)]
            if not found:
                out.append(f"key_figures: missing {figure}")
            elif any((i.get("confidence", 1) < threshold) != below for i in found):
                out.append(f"key_figures: {figure} not {word} review threshold {threshold}: "
                           f"{[(i.get('confidence'), i.get('reasons')) for i in found]}")
    for (figure, reason), must in [*((pair, True) for pair in expect.figure_reasons),
                                   *((pair, False) for pair in expect.no_figure_reasons)]:
        found = [i for i in items if figure_matches(figure, i)]
        carries = [any(r.split(":", 1)[0] == reason for r in i.get("reasons", [])) for i in found]
        if not found:
            out.append(f"key_figures: missing {figure}")
        elif any(c != must for c in carries):
            out.append(f"key_figures: {figure} {'lacks' if must else 'carries'} reason {reason}: "
                       f"{[i.get('reasons') for i in found]}")
    for key in expect.once:
        seen = [(i.get("year"), i.get("scope")) for i in items if fold(i.get("key")) == fold(key)]
        for period in {p for p in seen if seen.count(p) > 1}:
            out.append(f"key_figures: {key} {period} reported {seen.count(period)} times")


def _places(out: list[str], expect: Expect, report: dict) -> None:
    got = {fold(p["name"]) for p in report.get("places", [])}
    for name in () if expect.places is UNCHECKED else expect.places:
        if fold(name) not in got:
            out.append(f"places: missing {name!r}; got {sorted(got)}")
    for name in expect.absent_places:
        if fold(name) in got:
            out.append(f"places: unexpected {name!r}")
    threshold = report.get("review_threshold", 0.7)
    for place in report.get("places", []):
        if fold(place["name"]) in {fold(n) for n in expect.doubtful_places} and place.get("confidence", 0) >= threshold:
            out.append(f"places: {place['name']!r} at confidence {place['confidence']} should be below review")
        if fold(place["name"]) in {fold(n) for n in expect.sure_places} and place.get("confidence", 0) < threshold:
            out.append(f"places: {place['name']!r} at confidence {place['confidence']} should be at or above review")


def _percentages(out: list[str], expect: Expect, report: dict) -> None:
    items = [(p.get("value"), fold(p.get("context"))) for p in report.get("percentages", [])]
    for value, word in expect.percentages:
        if not any(_num_eq(v, value) and fold(word) in context for v, context in items):
            out.append(f"percentages: missing {value} about {word!r}; got {[v for v, _ in items]}")
    for value in expect.absent_percentages:
        if any(_num_eq(v, value) for v, _ in items):
            out.append(f"percentages: unexpected {value}")
    for value, text in expect.foreign_contexts:
        for v, context in items:
            if _num_eq(v, value) and fold(text) in context:
                out.append(f"percentages: {value}'s context {context!r} holds {text!r}")


def _percentage_counts(out: list[str], expect: Expect, report: dict) -> None:
    values = [p.get("value") for p in report.get("percentages", [])]
    for value, count in expect.percentage_counts:
        found = sum(_num_eq(v, value) for v in values)
        if found != count:
            out.append(f"percentages: {value} reported {found} times, not {count}; got {values}")


def _table_rows(out: list[str], expect: Expect, report: dict) -> None:
    """Each expected row is one output row whose non-empty cells are the expected cells, in order."""
    rows = [tuple(fold(c) for c in row if c and c.strip()) for t in report.get("tables", []) for row in t.get("rows", [])]
    for row in expect.table_rows:
        if tuple(fold(c) for c in row) not in rows:
            out.append(f"tables: missing row {row!r}")


def _whole_tables(out: list[str], expect: Expect, report: dict) -> None:
    """Each expected table is one output table holding all its rows (non-empty cells), in order:
    a statement read whole, not in pieces."""
    tables = [[tuple(fold(c) for c in row if c and c.strip()) for row in t.get("rows", [])]
              for t in report.get("tables", [])]
    for want in expect.whole_tables:
        wanted = [tuple(fold(c) for c in row) for row in want]
        if not any(_in_order(wanted, rows) for rows in tables):
            best = max(tables, key=lambda rows: sum(r in rows for r in wanted), default=[])
            out.append(f"tables: no one table holds {want[0]!r} ... {want[-1]!r} in order; "
                       f"best lacks {[r for r in wanted if r not in best]}")


def _in_order(wanted: list[tuple], rows: list[tuple]) -> bool:
    found = iter(rows)
    return all(row in found for row in wanted)


def _box_texts(out: list[str], expect: Expect, report: dict) -> None:
    boxed = [fold(p.get("text")) for s in report.get("sections", []) for p in s.get("paragraphs", [])
             if p.get("kind") == "text_box"]
    for text in expect.box_texts:
        if not any(fold(text) in b for b in boxed):
            out.append(f"text boxes: missing {text!r}; got {boxed}")


def _headings(out: list[str], expect: Expect, report: dict) -> None:
    got = [fold(s.get("heading")) for s in report.get("sections", []) if s.get("heading")]
    for text in expect.headings:
        if fold(text) not in got:
            out.append(f"headings: missing {text!r}; got {got}")
    for text in expect.absent_headings:
        if fold(text) in got:
            out.append(f"headings: unexpected {text!r}")


def _absent_texts(out: list[str], expect: Expect, report: dict) -> None:
    texts = [fold(t) for s in report.get("sections", [])
             for t in (s.get("heading"), *(p.get("text") if isinstance(p, dict) else p for p in s.get("paragraphs", [])))]
    for text in expect.absent_texts:
        if any(fold(text) in t for t in texts):
            out.append(f"texts: unexpected {text!r} in a heading or paragraph")


def _bare_web(text) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", fold(text)).rstrip("/")


def _owners(out: list[str], want, org: dict) -> None:
    if want is UNCHECKED:
        return
    got = {(fold(o["name"]), o.get("share_percent")) for o in org.get("owners", [])}
    expected = {(fold(n), s) for n, s in want}
    for item in sorted(expected - got, key=str):
        out.append(f"owners: missing {item}")
    for item in sorted(got - expected, key=str):
        out.append(f"owners: unexpected {item}")


SCALAR_PATHS = {  # field name in Expect -> where its value sits in the output
    "org_name": ("organization", "name"), "report_year": ("report", "year"), "report_kind": ("report", "kind"),
    "founded_year": ("organization", "founded_year"), "email": ("organization", "email"),
    "website": ("organization", "website"), "phone": ("organization", "phone"),
    "org_number": ("organization", "org_number"), "address": ("organization", "address"), "person_years": ("staff", "person_years"),
    "employees": ("staff", "employees"), "sick_leave": ("staff", "sick_leave_percent"),
    "ceo": (None, "ceo"),  # top level
}


def _low_confidence(out: list[str], names: tuple[str, ...], report: dict) -> None:
    threshold = report.get("review_threshold", 0.7)
    for name in names:
        if name == "owners":  # every owner given, each below review
            out += [f"owners: {o.get('name')!r} at confidence {o['confidence']} should be below review"
                    for o in (report.get("organization") or {}).get("owners") or [] if o.get("confidence", 0) >= threshold]
            continue
        if name.startswith("programs."):  # "programs.VTA": that program's entry, when given
            code = name.split(".", 1)[1]
            field = next((p for p in report.get("programs", []) if p.get("code") == code), None)
            if field is not None and field.get("confidence", 0) >= threshold:
                out.append(f"{name}: {field.get('places')!r} places at confidence {field['confidence']} "
                           "should be below review")
            continue
        section, key = SCALAR_PATHS[name]
        field = (report if section is None else report.get(section) or {}).get(key)
        if isinstance(field, dict) and field.get("confidence", 0) >= threshold:
            out.append(f"{name}: {field.get('value')!r} at confidence {field['confidence']} should be below review")


def _doubtful_board(out: list[str], names: tuple[str, ...], report: dict) -> None:
    threshold = report.get("review_threshold", 0.7)
    wanted = {fold(n) for n in names}
    for member in report.get("board", []):
        if fold(member.get("name")) in wanted and member.get("confidence", 0) >= threshold:
            out.append(f"board: {member['name']!r} ({member.get('role')}) at confidence {member['confidence']} "
                       "should be below review")


def _sure_board(out: list[str], names: tuple[str, ...], report: dict) -> None:
    threshold = report.get("review_threshold", 0.7)
    found = {fold(m.get("name")): m.get("confidence", 0) for m in report.get("board", [])}
    for name in names:
        if found.get(fold(name), 1.0) < threshold:  # a missing name is _board's finding
            out.append(f"board: {name!r} at confidence {found[fold(name)]} should be at or above review")


def differences(expect: Expect, report: dict) -> list[str]:
    out: list[str] = []
    org = report.get("organization") or {}
    info = report.get("report") or {}
    staff = report.get("staff") or {}
    _board(out, expect.board, report)
    _scalar(out, "ceo", expect.ceo, _value(report.get("ceo")))
    _scalar(out, "org_name", expect.org_name, _value(org.get("name")))
    _scalar(out, "org_number", expect.org_number, _value(org.get("org_number")),
            lambda a, b: re.sub(r"\D", "", str(a)) == re.sub(r"\D", "", str(b)))
    _scalar(out, "report_year", expect.report_year, _value(info.get("year")), lambda a, b: int(a) == int(b))
    _scalar(out, "report_kind", expect.report_kind, _value(info.get("kind")))
    _scalar(out, "person_years", expect.person_years, _value(staff.get("person_years")), _num_eq)
    _scalar(out, "employees", expect.employees, _value(staff.get("employees")), _num_eq)
    _scalar(out, "sick_leave", expect.sick_leave, _value(staff.get("sick_leave_percent")), _num_eq)
    _scalar(out, "founded_year", expect.founded_year, _value(org.get("founded_year")), lambda a, b: int(a) == int(b))
    _scalar(out, "email", expect.email, _value(org.get("email")))
    _scalar(out, "website", expect.website, _value(org.get("website")), lambda a, b: _bare_web(a) == _bare_web(b))
    _scalar(out, "phone", expect.phone, _value(org.get("phone")),
            lambda a, b: re.sub(r"\s", "", str(a)) == re.sub(r"\s", "", str(b)))
    _scalar(out, "address", expect.address, _value(org.get("address")), lambda got, want: fold(want) in fold(got))
    _owners(out, expect.owners, org)
    _low_confidence(out, expect.low_confidence, report)
    _doubtful_board(out, expect.doubtful_board, report)
    _sure_board(out, expect.sure_board, report)
    _chair(out, expect.chair, report)
    _programs(out, expect, report)
    _figures(out, expect, report)
    _places(out, expect, report)
    _percentages(out, expect, report)
    _percentage_counts(out, expect, report)
    _headings(out, expect, report)
    _absent_texts(out, expect, report)
    _table_rows(out, expect, report)
    _whole_tables(out, expect, report)
    _box_texts(out, expect, report)
    return out
