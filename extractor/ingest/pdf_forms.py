"""Nested form XObjects that fan out: a page that draws a form four times, which draws
another four times, ten levels deep, makes pdfminer interpret a million forms (minutes, and
gigabytes of layout objects) from a file of 2 KB, the PDF form of a billion-laughs bomb.

``check_form_fanout`` counts the draws with the nesting expanded (each form's count once,
memoised) before any page is laid out, and refuses the document (``too_large``) over
``Settings.pdf_max_form_draws``. Only pages whose forms hold forms of their own are counted:
nothing is decoded for the common page.
"""
from __future__ import annotations

import re

from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream, resolve1

from extractor.errors import TooLarge
from extractor.settings import Settings

# ``/Name Do``: a name runs to whitespace or a delimiter. A match inside a string only counts
# one draw too many, which errs on the side of the guard.
DO_OP = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")


def form_xobjects(resources: object) -> dict[str, PDFStream]:
    """The form XObjects a resource dictionary names (images and broken entries left out)."""
    resources = resolve1(resources)
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if not isinstance(xobjects, dict):
        return {}
    found = {}
    for name, ref in xobjects.items():
        obj = resolve1(ref)
        if isinstance(obj, PDFStream) and getattr(obj.get("Subtype"), "name", None) == "Form":
            found[str(name)] = obj
    return found


def has_nested_forms(page_obj: PDFPage) -> bool:
    return any(form_xobjects(form.get("Resources")) for form in form_xobjects(page_obj.resources).values())


def count_form_draws(data: bytes, forms: dict[str, PDFStream], cap: int, memo: dict[int, int],
                     path: frozenset[int] = frozenset()) -> int:
    """Form draws of a content stream with its forms' own draws expanded; stops past ``cap``.
    A form drawing itself (a loop, handled where pages are read) counts once."""
    total = 0
    for match in DO_OP.finditer(data):
        form = forms.get(match.group(1).decode("latin-1"))
        if form is None:
            continue
        key = getattr(form, "objid", None) or id(form)
        if key not in memo and key not in path:
            memo[key] = count_form_draws(form.get_data() or b"", form_xobjects(form.get("Resources")), cap, memo,
                                         path | {key})
        total += 1 + memo.get(key, 0)
        if total > cap:
            break
    return total


def check_form_fanout(page_obj: PDFPage, settings: Settings) -> None:
    """Refuse a page whose nested forms expand to more draws than the limit (after the
    stream check: every stream decoded here is known not to be a bomb)."""
    if not has_nested_forms(page_obj):
        return
    cap = settings.pdf_max_form_draws
    data = b"\n".join(stream.get_data() or b"" for stream in map(resolve1, page_obj.contents)
                      if isinstance(stream, PDFStream))
    draws = count_form_draws(data, form_xobjects(page_obj.resources), cap, {})
    if draws > cap:
        raise TooLarge(f"a page draws nested form XObjects more than {cap} times (a form that fans out)")
