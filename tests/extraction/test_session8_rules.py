"""Rules added after batches 22 and 23 were scored: one surname per family (a relative named
only in an oblique case takes the surname the report gives in the nominative), and a name whose
forms both genders share read by the pronoun that follows it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nezabudka.extraction import extract
from nezabudka.extraction.families import share_family_surnames
from nezabudka.extraction.nominative import gender_cue
from nezabudka.extraction.people import Person
from nezabudka.names import to_nominative


def names_in(text: str, lang: str) -> set[str]:
    return {p["name"] for p in extract(text, lang, reference_date="2024-03-01")["people"]}


@pytest.mark.parametrize(
    ("text", "lang", "want", "not_want"),
    [
        # the wife's nominative gives the husband's surname its fleeting vowel
        (
            "Силовики пришли домой к Веронике Лученок и её мужу Геннадию Лученку. "
            "Супругов задержали.",
            "ru",
            "Геннадий Лученок",
            "Геннадий Лученк",
        ),
        # brothers named with a plural surname; the family's other names give the singular
        (
            "Суд агучыў прысуд братам Паўлу і Андрэю Лукшам. Паўла Лукшу асудзілі на 10 гадоў. "
            "Іх маці Ніну Лукшу ў залу не пусцілі.",
            "be",
            "Андрэй Лукша",
            "Андрэй Лукшам",
        ),
        # the sister's nominative surname, and "які" tells that Уладзіславу is a man's dative
        (
            "Палітвязню Уладзіславу Бураку, які адбывае тэрмін у калоніі, адмовілі ў спатканні, "
            "расказала сястра палітвязня Кацярына Бурак.",
            "be",
            "Уладзіслаў Бурак",
            "Уладзіслава Бурака",
        ),
        # "Яна" in the next sentence: Алеся is a woman's nominative, not the genitive of Алесь
        (
            "Разам з ім вызвалена Алеся Мурашка, былая журналістка. Яна адбывала тэрмін у Гомелі.",
            "be",
            "Алеся Мурашка",
            "Алесь Мурашак",
        ),
        (
            "«Людзей звальняюць», — кажа праваабаронца Валянціна Кудзерка. Паводле яе слоў, "
            "звальненні працягваюцца.",
            "be",
            "Валянціна Кудзерка",
            "Валянцін Кудзерак",
        ),
    ],
)
def test_family_surname_and_gender_cue(text: str, lang: str, want: str, not_want: str) -> None:
    found = names_in(text, lang)
    assert want in found
    assert not_want not in found


def test_unrelated_surnames_are_left_alone() -> None:
    # Ковальчук is no case form of Коваль: different families keep their names
    found = names_in("Суд асудзіў Ігара Ковальчука. На пасяджэнні выступіла Ганна Коваль.", "be")
    assert {"Ігар Ковальчук", "Ганна Коваль"} <= found


def test_gender_cue() -> None:
    assert gender_cue(", які адбывае тэрмін") == "m"
    assert gender_cue(", которая работала") == "f"
    assert gender_cue(". Паводле яе слоў, усё добра") == "f"
    assert gender_cue(". Его задержали утром") == "m"
    assert gender_cue(" и его жена") is None  # not a new sentence: no cue
    assert gender_cue(". Суд прызначыў 5 гадоў. Яна не прызнала віну") is None


def test_names_library_gender_hint() -> None:
    assert to_nominative("Алеся Мурашка", "f") == "Алеся Мурашка"
    assert to_nominative("Уладзіславу Бураку", "m") == "Уладзіслаў Бурак"
    # a hint of the other gender changes nothing when no reading of that gender exists
    assert to_nominative("Ніну Лукшу", "m") == to_nominative("Ніну Лукшу")


_SURNAMES = st.sampled_from(["Бурак", "Лукша", "Лученок", "Ковалёва", "Кавалёў", "Сцяпанава"])
_GIVEN = st.sampled_from([("Ігар", "m"), ("Ганна", "f"), ("Павел", "m"), ("Ніна", "f")])


@given(st.lists(st.tuples(_GIVEN, _SURNAMES, st.booleans()), min_size=1, max_size=5))
def test_attested_names_never_change(rows: list[tuple[tuple[str, str], str, bool]]) -> None:
    people = [Person(f"{g} {s}", g, s) for (g, _gender), s, _ in rows]
    attested = {i for i, (_g, _s, nominative) in enumerate(rows) if nominative}
    raw = {i: {s} for i, (_g, s, _n) in enumerate(rows)}
    before = [p.name for p in people]
    share_family_surnames(people, raw, attested, be=True)
    for i in attested:
        assert people[i].name == before[i]
    # and a second pass changes nothing more
    after = [p.name for p in people]
    share_family_surnames(people, raw, attested, be=True)
    assert [p.name for p in people] == after
