"""What a batch says while it runs: a rich bar on a terminal, one plain line per document
otherwise, JSON lines for scripts (``--json-log``) or nothing (``--quiet``).

Progress goes to stderr; the final summary goes to stdout (as JSON with ``--json-log``).
"""
from __future__ import annotations

import sys
import time

from extractor.batch.manifest import STATUS_ERROR, Record, json_text, record_to_line
from extractor.outputs import line_text


class Reporter:
    """Silent base: ``--quiet``."""

    def __init__(self, total: int, skipped: int):
        self.total = total
        self.skipped = skipped
        self.count = skipped
        self.failed = 0
        self.pages = 0
        self.started = time.monotonic()

    def advance(self, rec: Record) -> None:
        self.count += 1
        self.pages += rec.pages
        self.failed += rec.status == STATUS_ERROR
        self.show(rec)

    def show(self, rec: Record) -> None:
        pass

    def finish(self, summary: dict) -> None:
        pass

    def __enter__(self) -> "Reporter":
        return self

    def __exit__(self, *exc) -> None:
        pass


def record_to_text(rec: Record, count: int, total: int) -> str:
    what = f"error[{rec.code}]" if rec.status == STATUS_ERROR else rec.status
    tail = f" {rec.message}" if rec.message else ""
    return line_text(f"[{count}/{total}] {what} {rec.pages}p {rec.seconds:.1f}s {rec.input}{tail}")


class LineReporter(Reporter):
    """One plain line per document on stderr; a readable summary on stdout."""

    def show(self, rec: Record) -> None:
        print(record_to_text(rec, self.count, self.total), file=sys.stderr, flush=True)

    def finish(self, summary: dict) -> None:
        print(summary_to_text(summary), flush=True)


class JsonReporter(Reporter):
    """One JSON object per document and the summary, on stdout, for scripts."""

    def show(self, rec: Record) -> None:
        print(record_to_line(rec, event="document"), flush=True)

    def finish(self, summary: dict) -> None:
        print(json_text({"event": "summary", **summary}), flush=True)


class RichReporter(Reporter):
    """A progress bar with files, pages per second, ETA and failures so far."""

    def __enter__(self) -> "RichReporter":
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = Console(stderr=True)
        self.bar = Progress(
            TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} pages/s"), TextColumn("[red]{task.fields[failed]} failed"),
            TimeRemainingColumn(), console=self.console, transient=False,
        )
        self.bar.start()
        self.task = self.bar.add_task("batch", total=self.total, completed=self.skipped, rate="0.0", failed=0)
        return self

    def show(self, rec: Record) -> None:
        from rich.markup import escape

        elapsed = max(time.monotonic() - self.started, 1e-6)
        self.bar.update(self.task, completed=self.count, rate=f"{self.pages / elapsed:.1f}", failed=self.failed)
        if rec.status == STATUS_ERROR:
            self.bar.console.print(f"[red]error[{rec.code}][/red] {escape(line_text(rec.input))}", highlight=False)

    def finish(self, summary: dict) -> None:
        self.bar.stop()
        print(summary_to_text(summary), flush=True)

    def __exit__(self, *exc) -> None:
        self.bar.stop()


def summary_to_text(summary: dict) -> str:
    status = ", ".join(f"{n} {s}" for s, n in sorted(summary["by_status"].items())) or "nothing to do"
    lines = [f"{summary['inputs']} inputs: {status}; {summary['skipped']} already done"]
    # inputs whose last record is an error are skipped too: "nothing to do" hid that they have no output
    if earlier := summary["failed"] - summary["by_status"].get(STATUS_ERROR, 0):
        lines[0] += f" ({earlier} of them failed before; --retry-failed tries them again)"
    if summary["by_code"]:
        lines.append("errors: " + ", ".join(f"{c} {n}" for c, n in sorted(summary["by_code"].items(), key=lambda kv: -kv[1])))
    lines.append(
        f"{summary['pages']} pages in {summary['wall_s']:.1f} s with {summary['workers']} worker(s): "
        f"{summary['pages_per_s']:.2f} pages/s, {summary['docs_per_s']:.2f} documents/s"
    )
    if summary["slowest"]:
        lines.append("slowest:")
        for row in summary["slowest"]:
            what = row["code"] or row["status"]
            lines.append(f"  {row['seconds']:8.1f} s  {what:<18} {line_text(row['input'])}")
    return "\n".join(lines)


def make_reporter(mode: str, total: int, skipped: int) -> Reporter:
    """auto: a bar when stderr is a terminal, else plain lines."""
    if mode == "auto":
        mode = "rich" if sys.stderr.isatty() else "plain"
    kinds = {"quiet": Reporter, "plain": LineReporter, "json": JsonReporter, "rich": RichReporter}
    return kinds[mode](total, skipped)
