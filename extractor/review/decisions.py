"""Apply a reviewer's decision to one value and save the output file at once.

A decision is stored in a ``review`` object beside the value (schemas.Review): who, when,
the decision, the extractor's ``old_value`` and ``old_confidence``, and the ``new_value``.

- accepted: the value stays; ``confidence`` 1.0, ``reviewed`` true.
- edited: the reviewed fields take the new value; ``confidence`` 1.0, ``reviewed`` true.
- rejected: the value is kept as the extractor wrote it (nothing is lost, the item keeps its
  place so every pointer stays valid) but ``confidence`` becomes 0.0 and ``reviewed`` true:
  a reader that trusts values at or above ``review_threshold`` drops it, and export-gold leaves
  it out.

Deciding an item again (going back) starts from the extractor's original, which the first
``review`` kept, so ``old_value`` is always what the extractor said.
"""
from __future__ import annotations

import copy
import fcntl
import json
import os
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path

from pydantic import BaseModel, TypeAdapter, ValidationError

import schemas
from extractor.outputs import hidden_sibling
from extractor.parse import parse_number
from extractor.review.queue import EDITABLE, SCALAR_EDITABLE, is_evidence, load_json, node_kind, resolve_pointer, split_pointer

DECISIONS = ("accepted", "edited", "rejected")
TRUE_WORDS = {"true", "yes", "y", "ja", "j", "1", "x"}
FALSE_WORDS = {"false", "no", "n", "nei", "0", ""}


class ReviewError(ValueError):
    """A decision that cannot be applied: unknown item, bad decision or an edit that does not parse."""


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


# ---------- the model behind a pointer, to parse and check edits ----------

def _unwrap(annotation):
    """Optional[X] → X; list[X] stays a list (callers step into it on a numeric token)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def pointer_to_model(pointer: str) -> type[BaseModel]:
    """The pydantic model of the value at ``pointer``: '/board/2' → BoardMember,
    '/report/year' → Extracted[int]."""
    current = schemas.Report
    for token in split_pointer(pointer):
        if token.isdigit():
            if typing.get_origin(current) is not list:
                raise ReviewError(f"{pointer}: {token} indexes a value that is not a list")
            current = typing.get_args(current)[0]
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or token not in current.model_fields:
            raise ReviewError(f"{pointer}: no field {token!r} in the output schema")
        current = _unwrap(current.model_fields[token].annotation)
    if not (isinstance(current, type) and issubclass(current, BaseModel) and issubclass(current, schemas.fields.Evidence)):
        raise ReviewError(f"{pointer}: not an extracted value")
    return current


def text_to_value(text, annotation, name: str = "value"):
    """A reviewer's typed text to the field's type: Norwegian numbers ('3,3', '16 917 863'),
    ja/nei for booleans, enum members by value or name; already-typed JSON values pass through."""
    annotation = _unwrap(annotation)
    if not isinstance(text, str):
        return text
    raw = text.strip()
    if raw == "" and typing.get_origin(annotation) is None and annotation is not str:
        return None
    if annotation is bool:
        if raw.casefold() in TRUE_WORDS:
            return True
        if raw.casefold() in FALSE_WORDS:
            return False
        raise ReviewError(f"{name}: {raw!r} is not yes/no")
    if annotation in (int, float):
        number = parse_number(raw)
        if number is None:
            raise ReviewError(f"{name}: {raw!r} is not a number")
        if annotation is int:
            if not float(number).is_integer():
                raise ReviewError(f"{name}: {raw!r} is not a whole number")
            return int(number)
        return float(number)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        for member in annotation:
            if raw.casefold() in (str(member.value).casefold(), member.name.casefold()):
                return member.value
        choices = ", ".join(str(m.value) for m in annotation)
        raise ReviewError(f"{name}: {raw!r} is not one of {choices}")
    return raw


def editable_annotations(pointer: str) -> dict[str, object]:
    model = pointer_to_model(pointer)
    names = EDITABLE.get(node_kind(pointer), SCALAR_EDITABLE)
    return {name: model.model_fields[name].annotation for name in names}


def coerce_values(pointer: str, new_values: dict) -> dict:
    """Typed values for the editable fields of the item at ``pointer``; unknown names refused."""
    annotations = editable_annotations(pointer)
    unknown = set(new_values) - set(annotations)
    if unknown:
        raise ReviewError(f"{pointer}: cannot edit {', '.join(sorted(unknown))}")
    return {name: text_to_value(value, annotations[name], name) for name, value in new_values.items()}


# ---------- applying a decision ----------

def apply_decision(doc: dict, pointer: str, decision: str, reviewer: str,
                   new_values: dict | None = None, when: str | None = None) -> dict:
    """A copy of ``doc`` with the decision applied to the value at ``pointer``."""
    if decision not in DECISIONS:
        raise ReviewError(f"unknown decision {decision!r}; one of {', '.join(DECISIONS)}")
    if not reviewer or not reviewer.strip():
        raise ReviewError("a decision needs the reviewer's name")
    doc = copy.deepcopy(doc)
    try:
        node = resolve_pointer(doc, pointer)
    except KeyError:
        raise ReviewError(f"no value at {pointer}") from None
    if not is_evidence(node):
        raise ReviewError(f"{pointer} is not an extracted value")
    model = pointer_to_model(pointer)
    names = EDITABLE.get(node_kind(pointer), SCALAR_EDITABLE)
    current = {name: node.get(name) for name in names}
    if decision == "edited" and new_values and {**current, **coerce_values(pointer, new_values)} == current:
        raise ReviewError(f"{pointer}: unchanged, so not an edit (accept the value if it is right)")

    previous = node.get("review")
    if previous:  # decided before: start again from the extractor's original
        scalar = names == SCALAR_EDITABLE
        node.update({"value": previous["old_value"]} if scalar else previous["old_value"])
        old_confidence = previous["old_confidence"]
    else:
        old_confidence = node["confidence"]
    old = {name: node.get(name) for name in names}

    new = dict(old)
    if decision == "edited":
        if not new_values:
            raise ReviewError("an edit needs the new value")
        new.update(coerce_values(pointer, new_values))
        node.update(new)
    unwrap = (lambda values: values["value"]) if names == SCALAR_EDITABLE else (lambda values: values)
    node["review"] = {
        "who": reviewer.strip(), "when": when or now_iso(), "decision": decision,
        "old_value": unwrap(old), "new_value": None if decision == "rejected" else unwrap(new),
        "old_confidence": old_confidence,
    }
    node["confidence"] = 0.0 if decision == "rejected" else 1.0
    node["reviewed"] = True
    try:
        checked = model.model_validate(node)
    except ValidationError as exc:
        raise ReviewError(f"{pointer}: {_first_error(exc)}") from None
    _replace(doc, pointer, checked.model_dump(mode="json"))
    if _version_tuple(doc.get("schema_version")) < _version_tuple(schemas.SCHEMA_VERSION):
        doc["schema_version"] = schemas.SCHEMA_VERSION  # the file now uses `review`
    return doc


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ()))
    return f"{where}: {err.get('msg')}" if where else str(err.get("msg"))


def _version_tuple(version) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in str(version).split("."))
    except ValueError:
        return (0,)


def _replace(doc: dict, pointer: str, value) -> None:
    *parents, last = split_pointer(pointer)
    node = doc
    for token in parents:
        node = node[int(token)] if isinstance(node, list) else node[token]
    node[int(last) if isinstance(node, list) else last] = value


@contextmanager
def output_locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the output at ``path`` (a ``.NAME.lock`` file beside it) so
    that every writer of one output, web review threads, a second tab, a terminal review, reads,
    changes and writes it in turn. ``flock``, not ``lockf``: flock locks belong to the open
    file, so the threads of one process exclude each other too."""
    lock = Path(path).with_name(hidden_sibling(Path(path), ".lock"))
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the last descriptor releases the lock


def record_decision(path: Path, pointer: str, decision: str, reviewer: str,
                    new_values: dict | None = None) -> dict:
    """Apply one decision to the output file at ``path`` and write it atomically, under the
    file's lock (a decision made meanwhile elsewhere is never lost); returns the value's node
    as saved."""
    from extractor.assemble import write_atomic

    with output_locked(path):
        doc = load_json(path)
        updated = apply_decision(doc, pointer, decision, reviewer, new_values)
        write_atomic(Path(path), json.dumps(updated, indent=2, ensure_ascii=False) + "\n")
    return resolve_pointer(updated, pointer)
