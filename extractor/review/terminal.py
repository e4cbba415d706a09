"""Review in the terminal: one value at a time, least confident first; a key decides.

Keys: a accept, e edit, r reject, s skip, b back, q quit. Each decision is written to the
output file before the next item shows, so quitting (or a crash) loses nothing and the next
``extractor review`` starts with what is left. On a terminal a key acts at once; when stdin
is not a terminal (a pipe, a test) each key is a line.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from extractor.review.decisions import ReviewError, editable_annotations, record_decision
from extractor.review.queue import Item, build_queue, doc_to_items, hit_span, load_json, values_to_text

KEYS = {"a": "accepted", "e": "edited", "r": "rejected", "s": "skip", "b": "back", "q": "quit"}
HELP = "[bold]a[/]ccept  [bold]e[/]dit  [bold]r[/]eject  [bold]s[/]kip  [bold]b[/]ack  [bold]q[/]uit"
SOURCE_CHARS = 500  # source text shown around the hit


@contextmanager
def key_mode():
    """On a terminal: keys arrive one by one (no Enter, no echo) for the whole review, so a key
    typed while the next item is drawn is not lost; ``line_mode`` lends normal input to edits."""
    if not sys.stdin.isatty():
        yield
        return
    import termios
    import tty

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


@contextmanager
def line_mode():
    if not sys.stdin.isatty():
        yield
        return
    import termios

    fd = sys.stdin.fileno()
    keys = termios.tcgetattr(fd)
    line = list(keys)
    line[3] |= termios.ICANON | termios.ECHO  # lflags: lines, echoed
    try:
        termios.tcsetattr(fd, termios.TCSADRAIN, line)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, keys)


def read_one_key() -> str:
    """One key on a terminal (inside ``key_mode``); the first letter of a line otherwise."""
    if sys.stdin.isatty():
        return sys.stdin.read(1) or "q"
    line = sys.stdin.readline()
    return line.strip()[:1].lower() if line else "q"  # end of input quits


def confidence_style(confidence: float, threshold: float) -> str:
    return "green" if confidence >= threshold else "yellow" if confidence >= threshold / 2 else "red"


def source_to_text(item: Item) -> Text:
    """The source text with the value's hit highlighted, cut around the hit when long."""
    raw = (item.source or {}).get("text") or ""
    span = hit_span(raw, item)
    start, end = 0, len(raw)
    if len(raw) > SOURCE_CHARS:
        centre = span[0] if span else 0
        start = max(0, centre - SOURCE_CHARS // 2)
        end = min(len(raw), start + SOURCE_CHARS)
    text = Text(("…" if start else "") + raw[start:end] + ("…" if end < len(raw) else ""))
    if span and start <= span[0] and span[1] <= end:
        offset = 1 if start else 0
        text.stylize("bold black on yellow", span[0] - start + offset, span[1] - start + offset)
    return text


def where_text(item: Item) -> str:
    source = item.source or {}
    parts = []
    if source.get("page"):
        parts.append(f"page {source['page']}")
    if source.get("path"):
        parts.append(source["path"])
    if source.get("bbox"):
        parts.append("box " + ", ".join(f"{v:g}" for v in source["bbox"]))
    return " · ".join(parts) or "no source recorded"


def item_to_panel(item: Item, position: int, total: int) -> Panel:
    conf = f"[{confidence_style(item.confidence, item.threshold)}]{item.confidence:.3f}[/]"
    lines = [
        Text.from_markup(f"[bold]{item.label}[/]  =  [bold cyan]{_escape(item.display_value())}[/]"),
        Text.from_markup(f"confidence {conf} (review below {item.threshold:g})"),
        Text("reasons: " + (", ".join(item.reasons) or "none"), style="dim"),
        Text(""),
        source_to_text(item),
        Text(where_text(item), style="dim"),
    ]
    if item.review:
        review = item.review
        lines.append(Text.from_markup(
            f"[magenta]already {review['decision']} by {_escape(review['who'])} at {review['when']}[/]"))
    return Panel(Group(*lines), title=f"{position + 1}/{total}  {item.file.name}", title_align="left")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def current_item(item: Item) -> Item:
    """The item as it is on disk now (after a decision, or a change by the web review); the
    checks between reports that named it stay with it."""
    for fresh in doc_to_items(load_json(item.file), item.file):
        if fresh.pointer == item.pointer:
            return replace(fresh, reasons=list(dict.fromkeys(fresh.reasons + item.reasons)),
                           conflicts=item.conflicts, related=item.related)
    return item


def compare_table(item: Item) -> Table:
    """Checks between reports: this value beside the values of other reports it was compared with."""
    table = Table(title="; ".join(dict.fromkeys(item.conflicts)), title_justify="left", show_lines=True)
    table.add_column("")
    table.add_column(f"this value: {item.file.name}", overflow="fold")
    for other in item.related:
        table.add_column(f"{other['report_year'] or ''} report: {other['file_name']}", overflow="fold")
    sides = [{"label": item.label, "display": item.display_value(), "source": item.source or {}}] + item.related
    for row, get in (("item", lambda s: s["label"]), ("value", lambda s: s["display"]),
                     ("page", lambda s: str((s["source"] or {}).get("page") or "")),
                     ("text", lambda s: ((s["source"] or {}).get("text") or "")[:SOURCE_CHARS // 2])):
        table.add_row(row, *(get(side) for side in sides))
    return table


def ask_edit(item: Item, console: Console, read_line: Callable[[str], str]) -> dict:
    """New values, one prompt per editable field; Enter keeps the current value."""
    annotations = editable_annotations(item.pointer)
    values = {}
    for name in annotations:
        current = item.values.get(name)
        answer = read_line(f"  {name} [{values_to_text({'value': current})}]: ")
        values[name] = current if answer.strip() == "" else answer
    return values


def run_terminal_review(paths: list[Path], reviewer: str, console: Console | None = None,
                        read_key: Callable[[], str] | None = None,
                        read_line: Callable[[str], str] | None = None) -> Counter:
    """Walk the queue; returns how many items got each decision (and 'left')."""
    console = console or Console()
    if read_key is None:
        with key_mode():
            return _review_loop(paths, reviewer, console, read_one_key, read_line or _read_line(console))
    return _review_loop(paths, reviewer, console, read_key, read_line or _read_line(console))


def _read_line(console: Console) -> Callable[[str], str]:
    def read(prompt: str) -> str:
        with line_mode():
            return console.input(Text(prompt))  # plain: "[current value]" is neither markup nor highlighted
    return read


def _review_loop(paths, reviewer, console, read_key, read_line) -> Counter:
    queue = build_queue(paths)
    counts: Counter = Counter()
    if not queue:
        console.print("Nothing to review: every value is at or above its review threshold, or reviewed.")
        return counts
    position = 0
    while 0 <= position < len(queue):
        item = current_item(queue[position])
        console.print(item_to_panel(item, position, len(queue)))
        if item.related:
            console.print(compare_table(item))
        console.print(HELP)
        key = read_key().lower()
        action = KEYS.get(key)
        if action is None:
            if key:
                console.print(f"[red]unknown key {key!r}[/]")
            continue
        if action == "quit":
            break
        if action in ("skip", "back"):
            position = position + 1 if action == "skip" else max(0, position - 1)
            continue
        try:
            new_values = ask_edit(item, console, read_line) if action == "edited" else None
            record_decision(item.file, item.pointer, action, reviewer, new_values)
        except ReviewError as exc:
            console.print(f"[red]not saved: {_escape(str(exc))}[/]")
            continue
        counts[action] += 1
        console.print(f"[green]{action}[/] — saved to {item.file.name}")
        position += 1
    counts["left"] = len(build_queue(paths))
    console.print(f"{counts['accepted']} accepted, {counts['edited']} edited, {counts['rejected']} rejected; "
                  f"{counts['left']} left to review.")
    return counts


# ---------- --list ----------

LIST_COLUMNS = ("file", "item", "value", "confidence", "threshold", "reasons", "page", "path", "source")


def item_to_row(item: Item) -> dict:
    source = item.source or {}
    return {
        "file": str(item.file), "item": item.pointer, "value": item.display_value(),
        "confidence": f"{item.confidence:.3f}", "threshold": f"{item.threshold:g}",
        "reasons": " ".join(item.reasons), "page": source.get("page") or "", "path": source.get("path") or "",
        "source": (source.get("text") or "").replace("\n", " "),
    }


def queue_to_csv(items: list[Item], stream) -> None:
    writer = csv.DictWriter(stream, fieldnames=LIST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow(item_to_row(item))


def queue_to_table(items: list[Item]) -> Table:
    table = Table(title=f"{len(items)} values to review, least confident first")
    for column in ("file", "item", "value", "confidence", "reasons", "where"):
        table.add_column(column, overflow="fold", no_wrap=column in ("item", "confidence"))
    for item in items:
        row = item_to_row(item)
        table.add_row(item.file.name, item.label, row["value"],
                      Text(row["confidence"], style=confidence_style(item.confidence, item.threshold)),
                      row["reasons"], where_text(item))
    return table
