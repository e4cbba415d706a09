"""Financial statements that are only images: a screenshot pasted into the report (columns set
apart by tabs in the probe, figures right-aligned), read by OCR in Word and, once LibreOffice
has made a PDF of it, as an image on a born-digital page (figures invented)."""
from probes.spec import H, P, Expect, Figure, Picture, Probe

BOTH = ("docx", "pdf")


def shot(*lines: str) -> Picture:
    return Picture(tuple((line,) for line in lines), faces=False)


def image_statement(id_, items, expect, lang="nb", formats=BOTH):
    return Probe(id_, "statements", tuple(items), expect, lang=lang, formats=formats,
                 title="Årsrapport 2023" if lang == "nb" else "Årsmelding 2023")


PROBES = [
    image_statement("image-note-and-two-years", (H("Resultatregnskap", 2), shot(
        "\tNote\t2023\t2022",
        "Salgsinntekter\t2\t1 250 000\t1 100 000",
        "Sum driftsinntekter\t\t1 250 000\t1 100 000",
        "Sum driftskostnader\t\t1 000 000\t950 000",
        "Driftsresultat\t\t250 000\t150 000",
        "Årsresultat\t\t260 000\t155 000")),
        Expect(key_figures=(Figure("driftsinntekter", 2023, 1250000), Figure("driftsresultat", 2022, 150000),
                            Figure("arsresultat", 2023, 260000)))),
    image_statement("image-nynorsk", (H("Resultatrekneskap", 2), shot(
        "\t2023\t2022",
        "Sum driftsinntekter\t900 000\t850 000",
        "Lønskostnader\t600 000\t580 000",
        "Sum driftskostnader\t700 000\t690 000",
        "Driftsresultat\t200 000\t160 000")),
        Expect(key_figures=(Figure("driftsresultat", 2023, 200000), Figure("lonnskostnader", 2022, 580000))), lang="nn"),
    image_statement("image-medgatt-year-from-title", (H("Økonomi", 2), P("Resultatregnskap 2023"), shot(
        "\tMedgått\tBudsjett\tDiff %",
        "Sum driftsinntekter\t880 688\t365 000\t141%",
        "Sum driftskostnader\t590 820\t205 950\t187%",
        "Driftsresultat\t289 868\t159 050\t82%")),
        Expect(key_figures=(Figure("driftsinntekter", 2023, 880688), Figure("driftsresultat", 2023, 289868)),
               absent_figures=(Figure("driftsresultat", 2023, 159050),))),
    image_statement("image-english-format", (H("Resultatregnskap", 2), shot(
        "Konto\t2023\tBudsjett 2024",
        "Sum driftsinntekter\t880,688.32\t1,130,000.00",
        "Sum driftskostnader\t590,819.91\t1,099,732.00",
        "Driftsresultat\t289,868.41\t30,268.00")),
        Expect(key_figures=(Figure("driftsinntekter", 2023, 880688.32), Figure("driftsresultat", 2023, 289868.41)),
               absent_figures=(Figure("driftsinntekter", 2024, 1130000),))),
    image_statement("image-balance-date-header", (H("Balanse", 2), shot(
        "\t31.12.2023",
        "Kundefordringer\t66 812",
        "Bankinnskudd\t564 772",
        "Sum eiendeler\t631 584",
        "Sum egenkapital\t558 237",
        "Sum gjeld\t73 347",
        "Sum egenkapital og gjeld\t631 584")),
        Expect(key_figures=(Figure("sum_eiendeler", 2023, 631584), Figure("sum_gjeld", 2023, 73347)),
               # OCR of a picture (§60), but its relation checks it and it stands on its label's line (§65)
               sure_figures=(Figure("sum_egenkapital_og_gjeld", 2023, 631584),))),
    image_statement("image-balance-nn", (H("Balanse", 2), shot(
        "\t2023\t2022",
        "Sum eigedelar\t800 000\t625 000",
        "Sum eigenkapital\t560 000\t300 000",
        "Sum gjeld\t240 000\t325 000",
        "Sum eigenkapital og gjeld\t800 000\t625 000")),
        Expect(key_figures=(Figure("sum_eiendeler", 2023, 800000), Figure("sum_egenkapital", 2022, 300000))), lang="nn",
        formats=("docx",)),
    image_statement("image-with-budget-column", (H("Resultatregnskap", 2), shot(
        "\tRegnskap 2023\tBudsjett 2023",
        "Sum driftsinntekter\t1 250 000\t1 200 000",
        "Årsresultat\t260 000\t215 000")),
        Expect(key_figures=(Figure("arsresultat", 2023, 260000),), absent_figures=(Figure("arsresultat", 2023, 215000),)),
        formats=("docx",)),
    image_statement("image-and-text-printed-twice", (H("Resultatregnskap", 2), shot(
        "\t2023",
        "Sum driftsinntekter\t1 250 000",
        "Driftsresultat\t250 000"),
        P("Driftsinntektene ble 1 250 000 kroner."), H("Nøkkeltall", 2), P("Nøkkeltall for 2023 i hele kroner:"),
        shot("\t2023", "Driftsinntekter\t1 250 000", "Driftsresultat\t250 000")),
        Expect(key_figures=(Figure("driftsinntekter", 2023, 1250000),), once=("driftsinntekter", "driftsresultat")),
        formats=("docx",)),
]
