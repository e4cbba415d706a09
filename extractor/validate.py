"""Check output files against the public schema: the pydantic models (``schemas.Report``) and,
when ``jsonschema`` is installed, the committed JSON Schema other systems read.

A file written under another major ``schema_version`` is invalid on its own terms (semver: a
major change renames or removes fields), with a message that says so rather than a list of
unknown fields.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

import schemas
from extractor.parse import ascii_int

# Batch folders hold these beside the reports; they are not reports.
NOT_REPORTS = {"summary.json"}
MESSAGE_MAX = 300


@dataclass
class Verdict:
    path: Path
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def one_line(self) -> str:
        if self.ok:
            return f"{self.path}: ok"
        more = f" (+{len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"{self.path}: invalid: {self.problems[0]}{more}"


def iter_report_paths(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; for a folder its ``*.json`` (not recursed, batch bookkeeping and hidden
    temporaries left out), sorted by name."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.glob("*.json")
                              if p.is_file() and p.name not in NOT_REPORTS and not p.name.startswith("."))
        else:
            yield path


def version_to_tuple(text: str) -> tuple[int, int, int] | None:
    parts = text.split(".")
    numbers = [ascii_int(p) for p in parts]
    if len(numbers) != 3 or None in numbers:
        return None
    return numbers[0], numbers[1], numbers[2]


def version_problem(data: dict) -> str | None:
    """The file's ``schema_version`` against ours: missing, malformed or another major."""
    ours = version_to_tuple(schemas.SCHEMA_VERSION)
    theirs = data.get("schema_version")
    if not isinstance(theirs, str):
        return "schema_version: missing or not a string"
    parsed = version_to_tuple(theirs)
    if parsed is None:
        return f"schema_version: {theirs!r} is not semver MAJOR.MINOR.PATCH"
    if parsed[0] != ours[0]:
        return (f"schema_version: {theirs} has major {parsed[0]}, this tool reads major {ours[0]} "
                f"(schema {schemas.SCHEMA_VERSION}); see CHANGELOG.md")
    return None


def loc_to_field(loc: Iterable) -> str:
    """pydantic/jsonschema locations to ``board.0.role``; generic wrappers (``Extracted[str]``) dropped."""
    return ".".join(str(part) for part in loc) or "(root)"


def pydantic_problems(data: dict) -> list[str]:
    try:
        schemas.Report.model_validate(data)
    except ValidationError as exc:
        return [f"{loc_to_field(err['loc'])}: {err['msg']}"[:MESSAGE_MAX] for err in exc.errors()]
    return []


def jsonschema_validator():
    """A validator for the committed schema, or None when ``jsonschema`` is not installed."""
    try:
        import jsonschema
    except ImportError:
        return None
    schema = json.loads(schemas.SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def jsonschema_problems(data: dict, validator) -> list[str]:
    if validator is None:
        return []
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{loc_to_field(err.absolute_path)}: {err.message}"[:MESSAGE_MAX] for err in errors]


def data_to_problems(data, validator=None) -> list[str]:
    if not isinstance(data, dict):
        return [f"(root): expected a JSON object, got {type(data).__name__}"]
    problem = version_problem(data)
    if problem:
        return [problem]
    problems = pydantic_problems(data)
    # the JSON Schema can catch what the models let through (and guards against drift)
    seen = {p.split(":", 1)[0] for p in problems}
    problems += [p for p in jsonschema_problems(data, validator) if p.split(":", 1)[0] not in seen]
    return problems


def validate_file(path: Path, validator=None) -> Verdict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        return Verdict(Path(path), [f"(file): {exc.strerror or exc}"])
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return Verdict(Path(path), [f"(json): {exc}"[:MESSAGE_MAX]])
    return Verdict(Path(path), data_to_problems(data, validator))


def iter_verdicts(inputs: Iterable[str | Path]) -> Iterator[Verdict]:
    validator = jsonschema_validator()
    for path in iter_report_paths(inputs):
        yield validate_file(path, validator)
