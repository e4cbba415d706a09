"""Review in the terminal: one value at a time, least confident first; a key decides.

Keys: a accept, e edit, r reject, s skip, b back, q quit. Each decision is written to the
output file before the next item shows, so quitting (or a crash) loses nothing and the next
``extractor review`` starts with what is left. On a terminal a key acts at once, and in an
edit prompt Esc cancels the edit (an arrow key's escape sequence does not); when stdin is not
a terminal (a pipe, a test) each key is a line, and a line starting with Esc cancels.
"""
from __future__ import annotations

import codecs
import os
import select
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from extractor.outputs import path_to_text
from extractor.review.decisions import ReviewError, editable_annotations, record_decision
from extractor.review.queue import Item, build_queue, doc_to_items, hit_span, load_json, values_to_text

KEYS = {"a": "accepted", "e": "edited", "r": "rejected", "s": "skip", "b": "back", "q": "quit"}
HELP = "[bold]a[/]ccept  [bold]e[/]dit  [bold]r[/]eject  [bold]s[/]kip  [bold]b[/]ack  [bold]q[/]uit"
SOURCE_CHARS = 500  # source text shown around the hit
ESC = "\x1b"
ESC_FOLLOW_S = 0.05  # an arrow key's sequence arrives at once; a lone Esc has nothing behind it
BACKSPACE = ("\x7f", "\b")
KILL_LINE = "\x15"  # Ctrl-U
END_OF_INPUT = "\x04"  # Ctrl-D


class TerminalKeys:
    """Characters from the terminal one at a time, read from its descriptor (in ``key_mode``),
    so a key typed while the next item is drawn is kept, and a lone Esc can be told from the
    start of an arrow key's escape sequence."""

    def __init__(self, fd: int):
        self.fd = fd
        self.pending = ""
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def next(self, timeout: float | None = None) -> str | None:
        """The next character; "" at end of input; None when ``timeout`` passed first."""
        while not self.pending:
            if timeout is not None and not select.select([self.fd], [], [], timeout)[0]:
                return None
            data = os.read(self.fd, 1024)
            if not data:
                return ""
            self.pending += self.decoder.decode(data)
        char, self.pending = self.pending[0], self.pending[1:]
        return char

    def skip_sequence(self) -> bool:
        """After an Esc: True when an escape sequence followed (and is now consumed)."""
        follow = self.next(ESC_FOLLOW_S)
        if follow is None:
            return False
        if follow in "[O":  # CSI or SS3: parameters, then a final byte in @..~
            while (char := self.next(ESC_FOLLOW_S)) is not None and not "@" <= char <= "~":
                pass
        return True


@contextmanager
def key_mode() -> Iterator[TerminalKeys | None]:
    """On a terminal: keys arrive one by one (no Enter, no echo) for the whole review; yields
    the reader of those keys, or None when stdin is not a terminal."""
    if not sys.stdin.isatty():
        yield None
        return
    import termios
    import tty

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield TerminalKeys(fd)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def read_line_key() -> str:
    """Not a terminal: the first letter of a line is the key; end of input quits."""
    line = sys.stdin.readline()
    return line.strip()[:1].lower() if line else "q"


def edit_line(prompt: str, keys: TerminalKeys, console: Console) -> str | None:
    """A line typed at ``prompt`` on a terminal in key mode, echoed here; None when Esc
    cancels (or end of input). Backspace and Ctrl-U edit; escape sequences are ignored."""
    console.print(Text(prompt), end="")
    out = console.file
    text = ""
    while True:
        out.flush()
        char = keys.next()
        if char == "" or (char == END_OF_INPUT and not text):
            out.write("\n")
            return None
        if char in ("\r", "\n"):
            out.write("\n")
            return text
        if char == ESC:
            if not keys.skip_sequence():
                out.write("\n")
                return None
        elif char in BACKSPACE:
            if text:
                text = text[:-1]
                out.write("\b \b")
        elif char == KILL_LINE:
            out.write("\b \b" * len(text))
            text = ""
        elif char.isprintable():
            text += char
            out.write(char)


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
    return Panel(Group(*lines), title=f"{position + 1}/{total}  {_escape(path_to_text(item.file.name))}", title_align="left")


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
    table.add_column(f"this value: {path_to_text(item.file.name)}", overflow="fold")
    for other in item.related:
        table.add_column(f"{other['report_year'] or ''} report: {other['file_name']}", overflow="fold")
    sides = [{"label": item.label, "display": item.display_value(), "source": item.source or {}}] + item.related
    for row, get in (("item", lambda s: s["label"]), ("value", lambda s: s["display"]),
                     ("page", lambda s: str((s["source"] or {}).get("page") or "")),
                     ("text", lambda s: ((s["source"] or {}).get("text") or "")[:SOURCE_CHARS // 2])):
        table.add_row(row, *(get(side) for side in sides))
    return table


def ask_edit(item: Item, console: Console, read_line: Callable[[str], str | None]) -> dict | None:
    """New values, one prompt per editable field; Enter keeps the current value; None when
    the reviewer cancels (Esc)."""
    annotations = editable_annotations(item.pointer)
    values = {}
    for name in annotations:
        current = item.values.get(name)
        answer = read_line(f"  {name} [{values_to_text({'value': current})}]: ")
        if answer is None:
            return None
        values[name] = current if answer.strip() == "" else answer
    return values


def run_terminal_review(paths: list[Path], reviewer: str, console: Console | None = None,
                        read_key: Callable[[], str] | None = None,
                        read_line: Callable[[str], str | None] | None = None) -> Counter:
    """Walk the queue; returns how many items got each decision (and 'left')."""
    console = console or Console()
    if read_key is not None:
        return _review_loop(paths, reviewer, console, read_key, read_line or _read_line(console))
    with key_mode() as keys:
        if keys is None:
            return _review_loop(paths, reviewer, console, read_line_key, read_line or _read_line(console))
        return _review_loop(paths, reviewer, console, lambda: keys.next() or "q",
                            read_line or (lambda prompt: edit_line(prompt, keys, console)))


def _read_line(console: Console) -> Callable[[str], str | None]:
    """Not a terminal: one line per prompt; a line starting with Esc cancels."""
    def read(prompt: str) -> str | None:
        line = console.input(Text(prompt))  # plain: "[current value]" is neither markup nor highlighted
        return None if line.startswith(ESC) else line
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
        new_values = ask_edit(item, console, read_line) if action == "edited" else None
        if action == "edited" and new_values is None:
            console.print("[yellow]edit cancelled[/]")
            continue
        try:
            record_decision(item.file, item.pointer, action, reviewer, new_values)
        except ReviewError as exc:
            console.print(f"[red]not saved: {_escape(str(exc))}[/]")
            continue
        counts[action] += 1
        console.print(f"[green]{action}[/] — saved to {_escape(path_to_text(item.file.name))}")
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
        "file": path_to_text(item.file), "item": item.pointer, "value": item.display_value(),
        "confidence": f"{item.confidence:.3f}", "threshold": f"{item.threshold:g}",
        "reasons": " ".join(item.reasons), "page": source.get("page") or "", "path": source.get("path") or "",
        "source": (source.get("text") or "").replace("\n", " "),
    }


def queue_to_csv(items: list[Item], stream) -> None:
    from extractor.export import write_csv

    write_csv(stream, LIST_COLUMNS, map(item_to_row, items))


def queue_to_table(items: list[Item]) -> Table:
    table = Table(title=f"{len(items)} values to review, least confident first")
    for column in ("file", "item", "value", "confidence", "reasons", "where"):
        table.add_column(column, overflow="fold", no_wrap=column in ("item", "confidence"))
    for item in items:
        row = item_to_row(item)
        table.add_row(path_to_text(item.file.name), item.label, row["value"],
                      Text(row["confidence"], style=confidence_style(item.confidence, item.threshold)),
                      row["reasons"], where_text(item))
    return table
