import pytest

from extractor.fields.founded_since import work_since


@pytest.mark.parametrize("sent, year", [
    ("Tysfjord Vekst AS har skapt arbeidsplasser i Tysfjord siden 1984.", 1984),
    ("Me har drive med arbeidsinkludering sidan 1993.", 1993),
    ("Bedriften har tilbudt arbeidstrening for ungdom siden 1990, og har i dag 30 deltakere.", 1990),
    ("Vi har gitt folk med nedsatt arbeidsevne arbeid siden 1977.", 1977),
])
def test_founded_since_work_of_the_organisation(sent, year):
    assert work_since(sent)[0] == year


@pytest.mark.parametrize("sent", [
    "Daglig leder Vegard Holm har vært leder siden 2016.",  # a person's term, and no verb of work
    "Bedriften har hatt rammeavtale med kommunen siden 2020.",  # a contract's start
    "Selskapet har arbeidet i samarbeid med NAV siden 2012.",  # a partnership's start
    "Hun har arbeidet som leder siden 2015.",  # a person's term after a verb of work
    "Selskapet har holdt til i Storgata siden 2005.",  # a move, not the work
    "Bedriften har skapt arbeidsplasser i mange år.",  # no year
])
def test_founded_since_not_the_organisations_start(sent):
    assert work_since(sent) is None
