"""Thirty-fifth-round statement cases (docs/phrasings.md §102), from statements and key figures read
on real wording: a footnote's mark printed after a figure ("29 640(1", "2 940 2)"), which left the
figure unread; and a note under last year's column ("Omarbeidet1)", a restatement) that a PDF sets
on a line of its own between the header line and the figures, which cut the header from the
figures: the PDF rendition's statement lost its years and was not read at all. The nynorsk case
("Omarbeidde tal*") was read on main too (a control of the form). Organisations and figures are invented;
wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Probe

FORMATS = ("docx", "pdf")


def h35(id_, items, expect, lang="nb", title=None):
    return Probe(f"h35k-{id_}", "statements", tuple(items), expect, lang=lang, formats=FORMATS,
                 title=title or {"nb": "Årsrapport 2024", "nn": "Årsmelding 2024"}[lang])


def F(key, year, value, basis="actual"):
    return Figure(key, year, value, basis=basis)


# 2024: 61 840 + 4 310 = 66 150; 21 470 + 30 910 + 9 260 = 61 640; 4 510; 1 120 - 2 380 = -1 260; 3 250; - 710 = 2 540
# 2023: 59 020 + 3 980 = 63 000; 20 880 + 29 640 + 8 930 = 59 450; 3 550; 2 940 - 2 210 = 730; 4 280; - 940 = 3 340
def body(mark_lonn="(1", mark_fin=" 2)"):
    return (("Salgsinntekter", "3", "61 840", "59 020"),
            ("Andre driftsinntekter", "", "4 310", "3 980"),
            ("Sum driftsinntekter", "", "66 150", "63 000"),
            ("Varekostnad", "", "21 470", "20 880"),
            ("Lønnskostnad", "4", "30 910", f"29 640{mark_lonn}"),
            ("Annen driftskostnad", "", "9 260", "8 930"),
            ("Sum driftskostnader", "", "61 640", "59 450"),
            ("Driftsresultat", "", "4 510", "3 550"),
            ("Finansinntekter", "5", "1 120", f"2 940{mark_fin}"),
            ("Finanskostnader", "5", "2 380", "2 210"),
            ("Netto finansposter", "", "-1 260", "730"),
            ("Resultat før skattekostnad", "", "3 250", "4 280"),
            ("Skattekostnad", "", "710", "940"),
            ("Årsresultat", "", "2 540", "3 340"))


NOTES = (P("1) Inkluderer omstillingskostnader på 2,1 mill. kroner."),
         P("2) Inkluderer gevinst ved salg av aksjer i Vesterålen Bygg AS på 1,4 mill. kroner."))

PROBES = [
    h35("footnote-marks-after-figures",
        (H("Oppstilling av konsernets resultat", 2),
         T((("Tall i 1.000 NOK", "Note", "2024", "2023"), *body()), ruled=False), *NOTES),
        Expect(sure_figures=(F("lonnskostnader", 2023, 29640e3), F("finansinntekter", 2023, 2940e3),
                             F("driftskostnader", 2023, 59450e3), F("finansresultat", 2023, 730e3)))),
    h35("restated-column-note-under-the-year",
        (H("Oppstilling av konsernets resultat", 2),
         T((("Tall i 1.000 NOK", "Note", "2024", "2023"), ("", "", "", "Omarbeidet1)"), *body("", "")), ruled=False),
         P("1) Omarbeidet etter overgang til ny regnskapsstandard for felleskontrollert virksomhet.")),
        Expect(sure_figures=(F("driftsinntekter", 2024, 66150e3), F("driftsinntekter", 2023, 63000e3),
                             F("driftsresultat", 2024, 4510e3), F("resultat_for_skatt", 2023, 4280e3),
                             F("arsresultat", 2024, 2540e3)),
               absent_figures=(F("driftsinntekter", 2024, 3e3),))),
    h35("restated-column-note-nynorsk",
        (H("Resultatrekneskap", 2),
         T((("Tal i 1000 kr", "Note", "2024", "2023"), ("", "", "", "Omarbeidde tal*"),
            *(r for r in body("", "") if r[0] not in ("Skattekostnad",))), ruled=False),
         P("*) Tala for 2023 er omarbeidde etter at Sogndal Fjordhotell AS vart fusjonert inn i selskapet.")),
        Expect(key_figures=(F("driftsinntekter", 2024, 66150e3), F("driftsinntekter", 2023, 63000e3),
                            F("arsresultat", 2023, 3340e3))), lang="nn"),
]
