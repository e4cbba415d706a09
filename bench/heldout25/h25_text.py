"""Place marking for the twenty-fifth set's reports: the first set's markup (``{g:Surnadal}``) put
in by a report's list of place names, so that every printed occurrence is marked (the set's check
refuses a place printed unmarked) while the text is written plainly.

``Marker(places, optional, protect)`` marks each whole-word occurrence of a name in ``places`` as
gold and of ``optional`` as optional; text inside an existing mark ({p:...}, {g:...}) and the
``protect`` phrases (the organisation's own name, a street) are left as they are.
``marked(items, mark)`` applies it to every string in a report's items (tuples and lists, not
statements or options).
"""
from __future__ import annotations

import re

MARK = re.compile(r"\{[pg]\??:[^{}]*\}")


class Marker:
    def __init__(self, places: list[str], optional: list[str] = (), protect: list[str] = ()):
        names = [(n, "g") for n in places] + [(n, "g?") for n in optional]
        names.sort(key=lambda pair: -len(pair[0]))  # "Nord-Fron" before "Fron"
        self.names = names
        self.protect = sorted(protect, key=len, reverse=True)

    def _plain(self, text: str) -> str:
        for i, phrase in enumerate(self.protect):
            text = text.replace(phrase, f"\x00{i}\x00")
        for name, kind in self.names:
            text = re.sub(rf"(?<![\w\-{{:|\x00]){re.escape(name)}(?![\w\-}}])",
                          lambda m, k=kind: "{" + k + ":" + m.group(0) + "}", text)
        return re.sub(r"\x00(\d+)\x00", lambda m: self.protect[int(m.group(1))], text)

    def __call__(self, text: str) -> str:
        out, last = [], 0
        for m in MARK.finditer(text):
            out.append(self._plain(text[last:m.start()]))
            out.append(m.group(0))
            last = m.end()
        out.append(self._plain(text[last:]))
        return "".join(out)


def marked(value, mark: Marker):
    if isinstance(value, str):
        return mark(value)
    if isinstance(value, tuple):
        return tuple(marked(v, mark) for v in value)
    if isinstance(value, list):
        return [marked(v, mark) for v in value]
    return value  # statements, options, numbers
