"""Help that reads like a man page: ``FILE...``, ``--out-dir DIR``, a flag with nothing after
it. Recent Typer prints each parameter's Python type instead (``<bool>``, ``<list[Path]>``,
``{files}``); the command classes here show the metavar given in ``cli.py``, or the name.
"""
from __future__ import annotations

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


class PlainArgument(TyperArgument):
    def display_type_rich(self, ctx) -> str | None:
        return None  # the name column already says it: FILE...

    def get_usage_pieces(self, ctx) -> list[str]:
        name = self.metavar or self.name.upper()
        if self.nargs != 1 and not name.endswith("..."):
            name += "..."
        return [name if self.required else f"[{name}]"]


class PlainOption(TyperOption):
    def display_type_rich(self, ctx) -> str | None:
        if self.is_flag:
            return None
        return self.metavar or self.name.upper()


PLAIN = {TyperArgument: PlainArgument, TyperOption: PlainOption}


def plain_params(params: list) -> list:
    """Give Typer's parameter objects the plain display (the class changes, nothing else)."""
    for param in params:
        plain = PLAIN.get(type(param))
        if plain is not None:
            param.__class__ = plain
    return params


class PlainCommand(TyperCommand):
    def get_params(self, ctx) -> list:
        return plain_params(super().get_params(ctx))


class PlainGroup(TyperGroup):
    def get_params(self, ctx) -> list:
        return plain_params(super().get_params(ctx))
