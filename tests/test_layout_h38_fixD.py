"""Photo cards on slides and design-tool pages (docs/phrasings.md §120.4): a caption's phrases after
the name, a caption running past a narrow photo."""
from extractor.ingest.pdf_cards import find_cards
from test_fields_h35_fixH import _words

PHOTOS = [(50.0, 100.0, 110.0, 180.0), (150.0, 100.0, 210.0, 180.0), (250.0, 100.0, 310.0, 180.0)]


def rows(words, photos=PHOTOS):
    return [[c.text for c in row] for row in find_cards(1, words, photos, 842)[0].rows]


def _centred(text: str, middle: float, top: float, bold: bool = False):
    words = _words(text, 0, top, bold=bold)
    shift = middle - (words[0].x0 + words[-1].x1) / 2
    return [type(w)(w.text, w.x0 + shift, w.top, w.x1 + shift, w.bottom, w.size, w.bold) for w in words]


def test_pdf_cards_role_and_the_line_under_it_in_one_font_stay_apart():
    """A word processor's table of portraits, captions centred in their cells: the name in bold,
    then the role and the member's municipality (or "Valgt til 2025") in one font."""
    captions = [("Bjørg Sundli", "Styreleder", "Melhus"), ("Marte Singstad", "Styremedlem", "Midtre Gauldal"),
                ("Ola Dahl", "Varamedlem", "Valgt til 2025")]
    words = [w for (name, role, under), middle in zip(captions, (80, 180, 280))
             for w in _centred(name, middle, 183, bold=True) + _centred(role, middle, 193) + _centred(under, middle, 203)]
    assert rows(words) == [["Bjørg Sundli", "Marte Singstad", "Ola Dahl"], ["Styreleder", "Styremedlem", "Varamedlem"],
                           ["Melhus", "Midtre Gauldal", "Valgt til 2025"]]


def test_pdf_cards_a_designer_s_role_line_wrapped_under_a_narrow_photo_stays_one():
    """Captions set flush left as wide as the photo: "Styremedlem" / "· Steinkjer" / "BTK"."""
    words = (_words("Jorid Flatås", 50, 183, bold=True) + _words("Styremedlem", 50, 193) + _words("· Steinkjer", 50, 203)
             + _words("BTK", 50, 213) + _words("Per Eid", 150, 183, bold=True) + _words("1. vara ·", 150, 193)
             + _words("Namsos BTK", 150, 203) + _words("Siv Moe", 250, 183, bold=True) + _words("Nestleder", 250, 193))
    photos = [(50.0, 100.0, 100.0, 180.0), (150.0, 100.0, 200.0, 180.0), (250.0, 100.0, 300.0, 180.0)]
    assert rows(words, photos)[1] == ["Styremedlem · Steinkjer BTK", "1. vara · Namsos BTK", "Nestleder"]


def test_pdf_cards_a_role_line_that_goes_on_stays_one_phrase():
    words = (_words("Kari Lie", 50, 183, bold=True) + _words("Styremedlem", 50, 193) + _words("ansattrepresentant", 50, 203)
             + _words("Per Ek", 150, 183, bold=True) + _words("Valgt av", 150, 193) + _words("generalforsamlingen", 150, 203)
             + _words("Siv Moe", 250, 183, bold=True) + _words("Nestleder", 250, 193))
    assert rows(words)[1] == ["Styremedlem ansattrepresentant", "Valgt av generalforsamlingen", "Nestleder"]


def test_pdf_cards_names_wrapped_a_frame_a_line_and_running_past_a_narrow_photo():
    """A design tool's captions, each line a frame placed by hand (a point or two apart): "Ingvild
    Marie" / "Skogheim Lunde" under one photo, "Tor Arne Bakkevik" reaching past its photo's column,
    not as far as the next photo."""
    words = (_words("Ingvild Marie", 50, 183, 10, bold=True) + _words("Skogheim Lunde", 50, 194, 10, bold=True)
             + _words("Styreleder", 50, 206)
             + _words("Tor Arne Bakkevik", 150, 183, 10, bold=True) + _words("Nestleder", 152, 194)
             + _words("Siv Moe", 250, 183, 10, bold=True) + _words("Styremedlem", 251, 194))
    assert rows(words) == [["Ingvild Marie Skogheim Lunde", "Tor Arne Bakkevik", "Siv Moe"],
                           ["Styreleder", "Nestleder", "Styremedlem"]]


def test_pdf_cards_lower_case_under_a_title_stays_apart_but_goes_on_in_running_text():
    """nn "Styreleiar" / "oppnemnd av Kvinnherad kommune" are two phrases; a biography's centred
    lines are one."""
    captions = [("Reidar Ospelund", ("Styreleiar", "oppnemnd av kommunen")),
                ("Gunvor Lid", ("Gunvor Lid er", "siviløkonom og har", "vært revisor.")),
                ("Eirik Hatlevoll", ("Styremedlem", "vald av dei tilsette"))]
    words = [w for (name, lines), middle in zip(captions, (80, 180, 280))
             for w in _centred(name, middle, 183, bold=True)
             + [w for k, text in enumerate(lines) for w in _centred(text, middle, 193 + 10 * k)]]
    got = rows(words)
    assert got[1] == ["Styreleiar", "Gunvor Lid er siviløkonom og har vært revisor.", "Styremedlem"]
    assert got[2] == ["oppnemnd av kommunen", "", "vald av dei tilsette"]


def test_pdf_cards_a_lower_case_word_wrapped_under_a_centred_title_joins_it():
    """"Ansattes" / "representant", centred under a photo as wide as the caption's box: the role
    wrapped there, though the gap to the next photo would have held it."""
    captions = [("Henrik Bie", "Styremedlem", ""), ("Mona Hegland", "Ansattes", "representant"),
                ("Ola Dahl", "Nestleder", "")]
    words = [w for (name, role, wrapped), middle in zip(captions, (80, 180, 280))
             for w in _centred(name, middle, 183, bold=True) + _centred(role, middle, 193)
             + (_centred(wrapped, middle, 203) if wrapped else [])]
    assert rows(words)[1] == ["Styremedlem", "Ansattes representant", "Nestleder"]
