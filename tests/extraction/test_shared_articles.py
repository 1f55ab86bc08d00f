"""Articles of a co-defendant told as "the same article(s)" (invented wordings)."""

from __future__ import annotations

import pytest

from tests.extraction.claim_helpers import claims_of


def _articles(text: str, lang: str, name: str) -> set[str]:
    return {c["article"] for c in claims_of(text, lang, name) if c["kind"] == "charged"}


@pytest.mark.parametrize(
    ("text", "lang", "name", "want"),
    [
        (
            "Taras Melnyk was sentenced under Articles 342 and 130 to four years. "
            "His neighbour Oleh Sirko received three years under the same articles.",
            "en",
            "Oleh Sirko",
            {"342", "130"},
        ),
        (
            "Гражину Левицкую осудили по ст. 369 УК на два года. "
            "Её брату Станиславу Левицкому по той же статье дали год «химии».",
            "ru",
            "Станиславу Левицкому",
            {"369"},
        ),
        (
            "Ігната Сурму асудзілі па арт. 361-1 і 361-4. Яго сябар Вітольд Галай "
            "атрымаў пяць гадоў па тых жа артыкулах.",
            "be",
            "Вітольд Галай",
            {"361-1", "361-4"},
        ),
    ],
)
def test_same_articles_as_the_co_defendant(text: str, lang: str, name: str, want: set[str]) -> None:
    from nezabudka.extraction import extract

    names = [p["name"] for p in extract(text, lang, reference_date="2024-03-01")["people"]]
    person = next(n for n in names if n.split()[-1][:5] in name)
    assert want <= _articles(text, lang, person)


def test_same_article_named_after_is_not_copied() -> None:
    text = (
        "Pavlo Dziuba was convicted under Art. 369. His cellmate Yurii Kolos is held "
        "under the same article on insulting Lukashenka."
    )
    assert _articles(text, "en", "Yurii Kolos") == {"368"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("апроч здрады яму інкрымінавалі крадзеж", "356"),
        ("ему вменяли участие в формировании и неуплату налогов", "361-1"),
        ("абвінавачвалі ва ўдзеле ў гэтым жа фарміраванні", "361-1"),
        ("получил два года за «грубое нарушение общественного порядка»", "342"),
        ("за груба парушэнне грамадскага парадку", "342"),
        ("і паклёпе ў дачыненні да прэзідэнта", "367"),
        ("jailed for insulting the president and a police officer", "369"),
        ("за наругу над дзяржаўнымі сімваламі", "370"),
        ("accused of threats against a judge", "389"),
        ("за угрозу судье районного суда", "389"),
        ("за пагрозу суддзі", "389"),
    ],
)
def test_described_articles(text: str, expected: str) -> None:
    from nezabudka.extraction.articles import find_articles

    assert expected in {a.number for a in find_articles(text)}


def test_verb_of_betrayal_is_not_treason() -> None:
    from nezabudka.extraction.articles import find_articles

    assert find_articles("ён адчуваў, што сябры яму здрадзілі") == []


@pytest.mark.parametrize(
    "text",
    [
        "she donated to a fund recognised as an 'extremist formation'",
        "перадаваў грошы суполцы, прызнанай «экстрэмісцкім фарміраваннем»",
        "ему дали 15 суток ареста за мелкое хулиганство",
        "арыштавалі на 10 сутак за дробнае хуліганства",
        "fined for petty hooliganism",
    ],
)
def test_labels_and_administrative_offences_are_no_articles(text: str) -> None:
    from nezabudka.extraction.articles import find_articles

    assert find_articles(text) == []


def test_financing_a_formation_is_financing() -> None:
    from nezabudka.extraction.articles import find_articles

    numbers = {a.number for a in find_articles("— Financing an extremist formation, he said.")}
    assert numbers == {"361-2"}


def test_counted_group_named_in_the_next_sentence() -> None:
    text = (
        "In Hrodna, Judge Alena Pushkina of the Leninski district court sentenced three members "
        "of a cycling club under Art. 342 of the Criminal Code. Tsimur Hlinski received two "
        "years, Aliaksei Papou and Viera Sych got a year of restricted freedom each."
    )
    for name in ("Tsimur Hlinski", "Aliaksei Papou", "Viera Sych"):
        assert "342" in _articles(text, "en", name)
