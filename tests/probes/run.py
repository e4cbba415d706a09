"""Render probes, run the whole tool on each rendition, compare: shared by the test and
``bench/probes.py``."""
from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from probes.check import differences
from probes.render import render_all
from probes.spec import Probe


def all_probes() -> list[Probe]:
    """Every ``PROBES`` list of the modules ``probes/cases/*.py``; ids must be unique."""
    import probes.cases as package

    found: list[Probe] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        found += importlib.import_module(f"probes.cases.{info.name}").PROBES
    ids = [p.id for p in found]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate probe ids: {sorted(duplicates)}")
    return found


@dataclass
class Outcome:
    probe: Probe
    format: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def run_probes(probes: list[Probe], work: Path, pdf: bool = True, browser: bool = False
               ) -> dict[tuple[str, str], Outcome]:
    """``(probe id, format) -> Outcome``; an extraction error is a problem, not a crash.
    ``pdf=False`` leaves out the LibreOffice renditions (pdf, tight), ``browser=False`` the
    Chromium one."""
    from extractor.errors import ExtractorError
    from extractor.pipeline import extract_path

    files = render_all(probes, work, pdf=pdf, browser=browser)
    by_id = {p.id: p for p in probes}
    outcomes = {}
    for (pid, fmt), path in files.items():
        try:
            report = extract_path(path).model_dump(mode="json")
            problems = differences(by_id[pid].expect, report)
        except ExtractorError as err:
            problems = [f"error[{err.code}]: {err}"]
        outcomes[(pid, fmt)] = Outcome(by_id[pid], fmt, problems)
    return outcomes


def accuracy_by(outcomes, key) -> dict[str, tuple[int, int]]:
    """``key(outcome) -> (passed, total)``; a probe counts once per rendition."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes.values():
        row = table[key(outcome)]
        row[0] += outcome.ok
        row[1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(table.items())}
