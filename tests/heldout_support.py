"""What the held-out sets' gold tests share: loading a set's generator from its folder, and the
checks every set's gold must pass whatever its generator (gold as committed, balances)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_generator(folder: Path, name: str):
    """The generator module ``folder/name.py``, with its folder on the path (it imports its data
    modules and the first set's mechanics from there)."""
    sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def assert_gold_committed(folder: Path, built) -> None:
    """Regenerating the gold in memory gives the committed file: documents and gold cannot drift."""
    for report, *_, doc in built:
        committed = json.loads((folder / f"{report['name']}.gold.json").read_text(encoding="utf-8"))
        assert doc == committed, report["name"]


def assert_balances(built) -> None:
    """Each balance's last line ("Sum egenkapital og gjeld", "Total equity and liabilities") equals its
    assets in every column."""
    for report, gold, _, doc in built:
        figures = {(k["label"], k["year"]): k["value"] for k in doc["key_figures"]}
        for st in gold.statements:
            labels = {line.label for line in st.lines if line.key}
            total = next((lab for lab in labels if (lab.startswith("Sum") and " og " in lab)
                          or lab == "Total equity and liabilities"), None)
            if total is None:
                continue
            # a bilingual label ("Sum eiendeler / Total assets") is read by its first language
            assets = next(lab for lab in labels
                          if lab.split(" / ")[0] in ("Sum eiendeler", "Sum eigedelar", "Total assets"))
            for col in st.cols:
                assert figures[(total, col.year)] == figures[(assets, col.year)], (report["name"], col.year)
