"""compare(), variants() and NameIndex search/duplicates/removal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nezabudka.names import CONFIDENT, NameIndex, NameMatch, compare, fold, variants
from nezabudka.names.variants import be_to_ru_surname, ru_to_be_surname

SAME = [
    ("Аляксандр Кашпуль", "Aliaksandr Kashpul"),
    ("Аляксандр Кашпуль", "Alexander Kashpul"),
    ("Аляксандр Кашпуль", "Sasha Kashpul"),
    ("Аляксандр Кашпуль", "Александра Кашпуля"),
    ("Алесь Бяляцкі", "BIALIATSKI Ales"),
    ("Алесь Бяляцкі", "Bialiatski, Ales"),
    ("Алесь Бяляцкі", "Aleś Bialacki"),
    ("Алесь Бяляцкі", "Ales Belyatsky"),
    ("Алесь Бяляцкі", "Алесь Беляцкий"),
    ("Андрэй Пачобут", "Andrzej Poczobut"),
    ("Андрэй Пачобут", "Анджей Почобут"),
    ("Марыя Калеснікава", "Maria Kolesnikova"),
    ("Марыя Калеснікава", "Марию Колесникову"),
    ("Святлана Ціханоўская", "Svetlana Tikhanovskaya"),
    ("Святлана Ціханоўская", "Swiatłana Cichanouska"),
    ("Уладзімір Лабковіч", "Włodzimierz Łabkowicz"),
    ("Валянцін Стэфановіч", "Valiantsin Stefanovic"),
    ("Наста Лойка", "Анастасия Лойко"),
]
DIFFERENT = [
    ("Аляксандр Кашпуль", "Аляксандр Кашпур"),
    ("Марыя Калеснікава", "Аляксандр Калеснікаў"),
    ("Святлана Ціханоўская", "Сяргей Ціханоўскі"),
    ("Марфа Рабкова", "Марыя Рабкова"),
    ("Ales Bialiatski", "Ales Pushkin"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_compare_same_person(a: str, b: str) -> None:
    assert compare(a, b) >= CONFIDENT


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_compare_different_people(a: str, b: str) -> None:
    assert compare(a, b) < CONFIDENT


@settings(max_examples=50, deadline=None)
@given(st.sampled_from([a for a, _ in SAME] + [b for _, b in SAME]))
def test_compare_is_reflexive_and_bounded(name: str) -> None:
    assert compare(name, name) == 1.0
    assert 0.0 <= compare(name, "Ян Коласаў") <= 1.0


def test_fold_collapses_systems() -> None:
    assert len({fold(w) for w in ["Бяляцкі", "Bialiatski", "Byalyatski", "Беляцкий"]}) == 1
    assert fold("Кашпуль") != fold("Кашпур")


def test_variants_cover_scripts_and_systems() -> None:
    v = variants("Марыя Калеснікава")
    for expected in ["Maryia Kalesnikava", "Maryja Kaliesnikava", "Мария Колесникова",
                     "KALESNIKAVA Maryia", "Kalesnikava, Maryia", "Maria Kolesnikova",
                     "Masha Kalesnikava"]:  # fmt: skip
        assert expected in v
    assert "Andrzej Pachobut" in variants("Андрэй Пачобут")
    assert all(compare("Андрэй Пачобут", x) >= CONFIDENT for x in variants("Андрэй Пачобут"))


def test_surname_language_forms() -> None:
    assert "Колесникова" in be_to_ru_surname("Калеснікава")
    assert "Тихановский" in be_to_ru_surname("Ціханоўскі")
    assert "Ціханоўскі" in ru_to_be_surname("Тихановский")


@pytest.fixture
def index() -> NameIndex:
    ix = NameIndex()
    ix.add(1, "Аляксандр Кашпуль")
    ix.add(1, "Aliaksandr Kashpul")
    ix.add(2, "Алесь Бяляцкі", display="Алесь Бяляцкі")
    ix.add(3, "Марыя Калеснікава")
    ix.add(4, "Аляксандр Калеснікаў")
    ix.add(5, "Maryia Kalesnikava", display="Maria Kalesnikava (dup)")
    ix.add(6, "Аляксандр Кашпур")
    return ix


def test_index_search(index: NameIndex) -> None:
    top = index.search("Sasha Kashpul", limit=3)
    assert top[0] == NameMatch(1, "Аляксандр Кашпуль", "Аляксандр Кашпуль", 1.0)
    assert [m.person_id for m in index.search("KASHPUR Aliaksandr")][:1] == [6]
    assert index.search("Марию Колесникову")[0].person_id in (3, 5)
    assert index.search("Ales Belyatsky", limit=1)[0].matched == "Алесь Бяляцкі"
    assert index.search("") == []
    assert index.search("Кашпул", limit=2)[0].person_id == 1


def test_index_scores_are_sorted_and_bounded(index: NameIndex) -> None:
    res = index.search("Kalesnikava", limit=10)
    scores = [m.score for m in res]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_index_duplicates_and_removal(index: NameIndex) -> None:
    dups = index.duplicates()
    assert (3, 5) in [(a, b) for a, b, *_ in dups]
    assert all(s >= 0.85 for _, _, s, _, _ in dups)
    assert (1, 6) not in [(a, b) for a, b, *_ in dups]
    n = len(index)
    index.remove_person(5)
    assert len(index) == n - 1
    assert (3, 5) not in [(a, b) for a, b, *_ in index.duplicates()]
    assert all(m.person_id != 5 for m in index.search("Maria Kolesnikova"))
    index.add(5, "Maryia Kalesnikava")
    assert any(m.person_id == 5 for m in index.search("Maria Kolesnikova"))


def test_index_ignores_repeated_forms() -> None:
    ix = NameIndex()
    ix.add(1, "Ales Bialiatski")
    ix.add(1, "Ales Bialiatski")
    assert len(ix) == 1
