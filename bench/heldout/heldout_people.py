"""Board members as data and the ways reports print them.

A report's ``board`` is a list of ``M``; gold is written from that list, and each layout helper
prints the same names, so a name in gold is always a name in the document (``check_gold``
verifies it).
"""
from __future__ import annotations

from dataclasses import dataclass

ROLE = {
    "nb": {"LEDE": "Styreleder", "NEST": "Nestleder", "MEDL": "Styremedlem", "VARA": "Varamedlem",
           "OBS": "Observatør"},
    "nn": {"LEDE": "Styreleiar", "NEST": "Nestleiar", "MEDL": "Styremedlem", "VARA": "Varamedlem",
           "OBS": "Observatør"},
}


@dataclass(frozen=True)
class M:
    name: str
    role: str                 # LEDE NEST MEDL VARA OBS
    emp: bool = False         # chosen by the employees
    title: str | None = None  # the role as this report prints it, when not the plain word

    def word(self, lang: str) -> str:
        return self.title or ROLE[lang][self.role]

    @property
    def surname_first(self) -> str:
        """"Surname, Given names" as e-signature services print it."""
        given, _, surname = self.name.rpartition(" ")
        return f"{surname}, {given}"


def gold_board(members: list[M], with_emp: bool) -> list[dict]:
    """One entry per person; employee_elected only where the report makes it knowable, and
    never for deputies (whose constituency the reports rarely state)."""
    out = []
    for m in members:
        entry = {"name": m.name, "role": m.role}
        if with_emp and m.role != "VARA":
            entry["employee_elected"] = m.emp
        out.append(entry)
    return out


def role_table(members: list[M], lang: str, header: list[str] | None = None, chosen_by: dict | None = None) -> list[list[str]]:
    """Rows ``Navn | Rolle`` (or with a third "Valgt av" column when ``chosen_by`` maps names)."""
    rows = [header] if header else []
    for m in members:
        row = [m.name, m.word(lang)]
        if chosen_by is not None:
            row.append(chosen_by.get(m.name, ""))
        rows.append(row)
    return rows
