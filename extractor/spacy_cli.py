"""spaCy without its command line at import.

``import spacy`` runs ``from .cli.info import info`` to re-export one function, and that
imports spaCy's whole command line: typer commands, weasel, requests, httpx, jinja2, rich. It
is a third of spaCy's import time (0.15-0.2 CPU s) and some 15 MB, paid by every process that
reads a document, and this tool never runs spaCy's command line. While spaCy's package is
being initialised, ``spacy.cli`` and ``spacy.cli.info`` are therefore given stand-ins: the
package keeps its real folder (its submodules import as usual) and loads itself for real on the
first attribute asked of it; ``spacy.info`` loads the real function when called. Imported once
spaCy is up, ``spacy.cli`` is the real one. ``install()`` runs when ``extractor`` is imported.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import types
from pathlib import Path

STAND_INS = ("spacy.cli", "spacy.cli.info")


def _spacy_initialising() -> bool:
    spacy = sys.modules.get("spacy")
    return spacy is not None and bool(getattr(getattr(spacy, "__spec__", None), "_initializing", False))


def load_real(name: str) -> types.ModuleType:
    """The real ``spacy.cli`` (or ``spacy.cli.info``), replacing the stand-in."""
    module = sys.modules.get(name)
    if module is None or getattr(module, "__stand_in__", False):
        sys.modules.pop(name, None)
        module = importlib.import_module(name)
        parent, _, child = name.rpartition(".")
        setattr(sys.modules[parent], child, module)
    return module


class _StandInLoader(importlib.abc.Loader):
    def __init__(self, folder: str | None):
        self.folder = folder

    def create_module(self, spec):  # noqa: ANN001, ANN201 - importlib's protocol
        return None  # the default module object

    def exec_module(self, module: types.ModuleType) -> None:
        name = module.__name__
        module.__stand_in__ = True
        if name == "spacy.cli":
            module.__path__ = [self.folder]
        else:
            def info(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - spacy.info's signature
                return load_real("spacy.cli.info").info(*args, **kwargs)

            module.info = info

        def __getattr__(attr: str):  # noqa: ANN202 - any other name: the real module's
            if attr.startswith("__"):  # the import system asking (is it a package?): no loading
                raise AttributeError(attr)
            return getattr(load_real(name), attr)

        module.__getattr__ = __getattr__


class _StandInFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201 - importlib's protocol
        if name not in STAND_INS or not _spacy_initialising():
            return None
        folder = str(Path(path[0]) / "cli") if name == "spacy.cli" and path else None
        if name == "spacy.cli" and folder is None:
            return None
        return importlib.util.spec_from_loader(name, _StandInLoader(folder), is_package=name == "spacy.cli")


def install() -> None:
    if not any(isinstance(f, _StandInFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _StandInFinder())
