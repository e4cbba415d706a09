"""The spaCy pipeline: tokenizer fixes, quantity/role/place span groups, and a corpus run."""
from __future__ import annotations

import pytest

from extractor.nlp import build_pipeline, get_pipeline, iter_docs
from extractor.errors import MissingDependency


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def _spans(doc, key):
    return [(s.text, s.label_) for s in doc.spans[key]]


@pytest.mark.parametrize("text, tokens", [
    ("pr. 31.12.22. Neste", ["pr.", "31.12.22", ".", "Neste"]),
    ("i 2022. Så", ["i", "2022", ".", "Så"]),
    ("den 31.12.2022.", ["den", "31.12.2022", "."]),
    ("13. mars", ["13.", "mars"]),
    ("64%", ["64", "%"]),
    ("Sum 16 917 863,-", ["Sum", "16 917 863", ",-"]),
    ("NOK\u00a01\u00a0234", ["NOK", "1 234"]),
    ("41 100 %", ["41", "100", "%"]),
    ("tlf 67 10 55 00", ["tlf", "67", "10", "55", "00"]),
])
def test_nlp_tokenizer_fixes(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


def test_nlp_tokenizer_keeps_offsets_with_nbsp(nlp):
    text = "Omsetning kr\u00a016\u00a0917\u00a0863,-"
    doc = nlp(text)
    assert len(doc.text) == len(text)
    money = doc.spans["quantities"][0]
    assert text[money.start_char:money.end_char] == "kr\u00a016\u00a0917\u00a0863,-"


@pytest.mark.parametrize("text, label, value", [
    ("det er 64% som", "PERCENT", 64.0), ("økte 3,3 % i", "PERCENT", 3.3), ("hele 80 prosent", "PERCENT", 80.0),
    ("91,45% av", "PERCENT", 91.45), ("ble 16 917 863,- i", "MONEY", 16917863.0), ("kr 2,5 mill. til", "MONEY", 2_500_000.0),
    ("NOK 1 234 i", "MONEY", 1234.0), ("per 31.12.22 var", "DATE", "2022-12-31"), ("den 27.04.2021", "DATE", "2021-04-27"),
    ("fra 13. mars 2015", "DATE", "2015-03-13"), ("i mars 2015", "MONTH_YEAR", (2015, 3)),
    ("har 41 VTA-plasser", "PLACES_COUNT", 41), ("12 faste plasser", "PLACES_COUNT", 12), ("41 plasser", "PLACES_COUNT", 41),
    ("tolv plasser", "PLACES_COUNT", 12),
])
def test_nlp_quantities(nlp, text, label, value):
    doc = nlp(text)
    spans = [s for s in doc.spans["quantities"] if s.label_ == label]
    assert len(spans) == 1
    got = spans[0]._.value
    assert (got.isoformat() if hasattr(got, "isoformat") else got) == value


@pytest.mark.parametrize("text, key, label, value", [
    ("33,16 årsverk", "staff", "ARSVERK", 33.16), ("22 ordinære årsverk", "staff", "ARSVERK", 22.0),
    ("Antall årsverk: 38,5", "staff", "ARSVERK", 38.5), ("Tal tilsette 19", "staff", "EMPLOYEES", 19),
    ("har 45 faste ansatte", "staff", "EMPLOYEES", 45), ("Sjukefråværet var", "staff", "SICK_LEAVE", None),
    ("41 VTA-plasser", "programs", "PROGRAM", "VTA"), ("arbeidsførebuande trening", "programs", "PROGRAM", "AFT"),
    ("varige tilrettelagte arbeidsplasser i ordinær virksomhet", "programs", "PROGRAM", "VTO"),
    ("plasser i APS", "programs", "PROGRAM_HISTORIC", "AFT"), ("to lærekandidater", "programs", "PROGRAM", "LÆREKANDIDAT"),
])
def test_nlp_vocabulary_spans(nlp, text, key, label, value):
    doc = nlp(text)
    (span,) = [s for s in doc.spans[key] if s.label_ == label]
    assert span._.value == value


@pytest.mark.parametrize("text", ["opp 3 %-poeng", "økte 5 prosentpoeng", "en plass i styret", "ISO 9001"])
def test_nlp_quantities_not_found(nlp, text):
    assert _spans(nlp(text), "quantities") == []


def test_nlp_roles(nlp):
    doc = nlp("Styreleder: Per S. Thoresen, nestleder Vera, Styremedl. Erlend (ansattvalgt), varamedlem Kari, daglig leder Britt.")
    assert [(s.text, s.id_) for s in doc.spans["roles"]] == [
        ("Styreleder", "LEDE"), ("nestleder", "NEST"), ("Styremedl.", "MEDL"), ("ansattvalgt", "EMPLOYEE_ELECTED"),
        ("varamedlem", "VARA"), ("daglig leder", "DAGL"),
    ]


def test_nlp_places_with_context_and_orgs(nlp):
    doc = nlp(
        "Asker Produkt AS holder til i Asker. Samarbeid med Asker Næringsforening, Bærum Kommune, "
        "Viken og Norge, med Specsavers Norge og Nordre Follo og Nord-Fron. Look til Asker og Bærum."
    )
    places = _spans(doc, "places")
    assert ("Asker", "KOMMUNE") in places and ("Bærum", "KOMMUNE") in places
    assert ("Viken", "FYLKE") in places and ("Norge", "LAND") in places
    assert ("Nordre Follo", "KOMMUNE") in places and ("Nord-Fron", "KOMMUNE") in places
    assert ("Asker og Bærum", "REGION") in places and ("Follo", "REGION") not in places
    assert [t for t, _ in _spans(doc, "orgs")] == ["Asker Produkt AS", "Asker Næringsforening", "Specsavers Norge"]
    assert len(doc.spans["places_in_org"]) == 3


def test_nlp_federation_in_the_genitive_is_a_name_not_the_country(nlp):
    doc = nlp("Laget følger Norges skiforbunds regler. Vi reiste rundt i Norges fjorder.")
    assert [s.text for s in doc.spans["orgs"]] == ["Norges skiforbunds"]
    assert _spans(doc, "places") == [("Norges", "LAND")]


def test_nlp_places_ambiguous_words_need_context(nlp):
    doc = nlp("Sola skinner. Moss er grønn. Jeg bor i Moss. Per Lund er leder. Man jobber. Vi reiste til Sandvika.")
    assert _spans(doc, "places") == [("Moss", "KOMMUNE"), ("Sandvika", "POSTSTED")]
    assert {t for t, _ in _spans(doc, "places_ambiguous")} == {"Sola", "Moss", "Lund", "Man"}


def test_nlp_places_genitive_and_capitals_map_to_name(nlp):
    doc = nlp("Askers innbyggere og NORGES beste. ASKER KOMMUNE")
    assert [s.id_ for s in doc.spans["places"]] == ["Asker", "Norge", "Asker"]


def test_nlp_places_lowercase_is_not_a_place(nlp):
    assert _spans(nlp("vi har en vik og en strand, og asker er ikke med"), "places") == []


def test_nlp_places_short_capitals_only_when_written_so(nlp):
    doc = nlp("Han flyttet til USA. OS og ÅS er forkortelser.")
    assert _spans(doc, "places") == [("USA", "LAND")]


def test_nlp_pipeline_is_cached():
    assert build_pipeline() is build_pipeline() is get_pipeline()


def test_nlp_iter_docs_gives_the_docs_nlp_pipe_gives(nlp):
    texts = ["Styreleder Kari Nordvik (ansatte)", "Sum 16 917 863,-", "", "2023",
             "Vi har 12 årsverk og 4 VTA-plasser i Lindås kommune.", "Nestleder: Ola Berg", "4,5 %"]
    made = list(iter_docs(nlp, texts, batch_size=3))  # over three batches, one a single text

    def seen(doc):
        return [t.text for t in doc], {key: [(s.start, s.end, s.label_, s.id_) for s in group]
                                       for key, group in doc.spans.items()}

    assert [seen(d) for d in made] == [seen(d) for d in nlp.pipe(texts)]
    assert [d.text for d in made] == texts


def test_nlp_missing_model_is_a_clear_error():
    with pytest.raises(MissingDependency, match="not installed"):
        build_pipeline(model="nb_core_news_does_not_exist")


def test_nlp_asker_produkt_places(nlp, corpus_dir):
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(corpus_dir / "asker-produkt-2022.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    doc = nlp(text)
    found = {s.id_ for s in doc.spans["places"]}
    assert {"Asker", "Bærum", "Viken", "Norge"} <= found
    optional = {"Arendal", "Oslo", "Rælingen", "Eiker", "Bleiker", "Stortinget", "Trekanten", "Asker og Bærum"}
    assert found - {"Asker", "Bærum", "Viken", "Norge"} <= optional
    assert {s.text for s in doc.spans["orgs"]} >= {"Asker Produkt AS", "Asker Næringsforening", "Asker Dekksenter"}


def test_nlp_trained_model_entities_become_model_ents(tmp_path):
    import spacy

    fake = spacy.blank("nb")  # stands in for nb_core_news_*: an "ner" that marks "Britt Villa" PER
    ruler = fake.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "PER", "pattern": "Britt Villa"}])
    fake.to_disk(tmp_path / "fake_nb")
    nlp = build_pipeline(model=str(tmp_path / "fake_nb"))
    assert nlp.pipe_names.index("model_ents") == nlp.pipe_names.index("ner") + 1
    doc = nlp("Daglig leder Britt Villa i Asker, 16 917 863,-")
    assert [(s.text, s.label_) for s in doc.spans["model_ents"]] == [("Britt Villa", "PER")]
    assert [s.id_ for s in doc.spans["places"]] == ["Asker"]
    assert [t.text for t in doc][-2:] == ["16 917 863", ",-"]


def test_nlp_places_context_across_line_break_and_postal_address(nlp):
    doc = nlp("Solbråveien 32a\n1383 ASKER\nEier er Moss\nkommune. Sandvika")
    assert [(s.id_, s.label_) for s in doc.spans["places"]] == [("Asker", "KOMMUNE"), ("Moss", "KOMMUNE")]
    assert [s.text for s in doc.spans["places_ambiguous"]] == ["Sandvika"]


def test_nlp_place_in_org_name_beats_preposition(nlp):
    doc = nlp("Vi i Asker Produkt var med. Han bor i Asker kommune.")
    assert [s.text for s in doc.spans["orgs"]] == ["Asker Produkt"]
    assert [(s.text, s.start) for s in doc.spans["places"]] == [("Asker", 10)]


@pytest.mark.parametrize("text, label, value", [
    ("10–20 %", "PERCENT_RANGE", (10.0, 20.0)), ("mellom 5 og 7 pst.", "PERCENT_RANGE", (5.0, 7.0)),
    ("fra 10 til 20 prosent", "PERCENT_RANGE", (10.0, 20.0)), ("91, 45% av", "PERCENT_SPLIT", 91.45),
    ("økte 3 % poeng", "PERCENT_POINTS", 3.0), ("hele 80\nprosent", "PERCENT", 80.0), ("ti prosent", "PERCENT", 10.0),
])
def test_nlp_quantities_percent_forms(nlp, text, label, value):
    doc = nlp(text)
    (span,) = doc.spans["quantities"]
    assert (span.label_, span._.value) == (label, value)


def test_nlp_quantities_year_is_no_range_start(nlp):
    assert _spans(nlp("i 2022 og 45 %"), "quantities") == [("45 %", "PERCENT")]


def test_nlp_place_evidence(nlp):
    doc = nlp("Vi jobber i Asker og Bærum kommune. ASKERS beste. 1383 Asker")
    evidence = [(s.id_, sorted(s._.place_evidence)) for s in doc.spans["places"] if s.label_ == "KOMMUNE"]
    assert evidence == [
        # "i Asker og Bærum": Bærum is listed after the preposition, which governs Asker
        ("Asker", ["coordinated", "preposition"]),
        ("Bærum", ["coordinated", "kommune_suffix", "listed_after_preposition"]),
        ("Asker", ["all_caps", "genitive", "sentence_start"]), ("Asker", ["postal_code"]),
    ]


def test_nlp_place_after_first_name_is_flagged(nlp):
    doc = nlp("Styremedlem Per Sande ble valgt.")
    (span,) = doc.spans["places_ambiguous"]
    assert "after_first_name" in span._.place_evidence


@pytest.mark.parametrize("text", ["Nav Asker har kurs for unge.", "Kurs hos NAV Asker i år."])
def test_nlp_place_in_an_agency_office_name_is_the_office_and_its_place(nlp, text):
    """"NAV Asker" is the agency's office and names where it is (stop 37, §117): the org and the
    municipality, marked as read from the office's name."""
    doc = nlp(text)
    assert [(s.text, "agency_office" in s._.place_evidence) for s in doc.spans["places"]] == [("Asker", True)]
    assert [s.text for s in doc.spans["orgs"]][0].endswith("Asker")


def test_nlp_postal_code_must_agree(nlp):
    doc = nlp("Postboks 1, 1383 Asker. Rapport 2022 Asker")
    assert [sorted(s._.place_evidence & {"postal_code"}) for s in doc.spans["places"]] == [["postal_code"], []]


def test_nlp_multiword_place_across_line_break(nlp):
    doc = nlp("Møter med Nordre\nFollo kommune.")
    assert [(s.id_, s.label_) for s in doc.spans["places"]] == [("Nordre Follo", "KOMMUNE")]


def test_nlp_municipality_told_apart_by_its_district_gives_both(nlp):
    doc = nlp("Til Bø i Telemark.")
    assert [(s.id_, s.label_) for s in doc.spans["places"]] == [("Bø", "KOMMUNE"), ("Telemark", "FYLKE")]


@pytest.mark.parametrize("text, town", [
    ("Lager i Mo i Rana.", "Mo i Rana"), ("Kurs på Skei i Jølster.", "Skei i Jølster"),
    ("Ny avdeling i Eidsvåg i Åsane.", "Eidsvåg i Åsane"),
])
def test_nlp_town_named_by_its_district_is_the_town(nlp, text, town):
    # the first word is no municipality: the whole name is the place, not the district in it
    assert [(s.id_, s.label_) for s in doc_places(nlp(text))] == [(town, "POSTSTED")]


def doc_places(doc):
    return [*doc.spans["places"], *doc.spans["places_ambiguous"]]


def test_nlp_addresses(nlp):
    doc = nlp("Kontor i Storgata 12 i Oslo, Solbråveien 32a. Arbeidsveien er lang.")
    assert [s.text for s in doc.spans["addresses"]] == ["Storgata 12", "Solbråveien 32a", "Arbeidsveien"]
    assert _spans(doc, "places") == [("Oslo", "KOMMUNE")]


def test_nlp_places_not_in_links_or_excluded_names(nlp):
    doc = nlp("Se www.Asker.kommune.no og post@Asker.no. EU og Sark og Norge.")
    assert _spans(doc, "places") == [("Norge", "LAND")]


@pytest.mark.parametrize("name", ["Salten", "Lister", "Stokke", "Luster"])
def test_nlp_place_names_that_are_words_need_context(nlp, name):
    assert _spans(nlp(f"{name} er nevnt."), "places") == []
    doc = nlp(f"Vi bor i {name}.")
    assert [s.id_ for s in doc.spans["places"]] == [name]
