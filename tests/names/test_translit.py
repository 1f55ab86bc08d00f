"""Every row of the romanization tables, context rules, and ISO 9 round trips."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from nezabudka.names import SYSTEMS, detect_cyrillic_language, detect_script, transliterate
from nezabudka.names.translit import read_csv, reverse_transliterate

BE_COLS = [
    "be_national_2007", "be_national_2023", "be_passport", "be_bgn", "be_icu", "be_iso9",
    "be_gost_b", "be_lacinka", "be_belorthography",
]  # fmt: skip
RU_COLS = [
    "ru_icao_2013", "ru_mvd_310", "ru_mvd_782", "ru_bgn", "ru_iso9", "ru_gost_b", "ru_alalc",
    "ru_ungegn", "ru_scientific", "ru_wikipedia",
]  # fmt: skip
PLAIN = re.compile(r"[^\s(),;/]*")

# Cells written in prose in romanization_be.csv: (letter, system) -> [(input, expected)].
BE_PROSE: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("г", "be_lacinka"): [("га", "ha"), ("ґа", "ga")],
    ("дж", "be_national_2023"): [("джа", "dzha")],
    ("е", "be_national_2007"): [("е", "je"), ("ае", "aje"), ("ўе", "ŭje"), ("б'е", "bje"), ("бе", "bie")],
    ("е", "be_national_2023"): [("е", "je"), ("ае", "aje"), ("бе", "bie")],
    ("е", "be_passport"): [("Ела", "Yela"), ("бе", "be")],
    ("е", "be_lacinka"): [("е", "je"), ("бе", "bie"), ("ле", "le")],
    ("ё", "be_national_2007"): [("ё", "jo"), ("бё", "bio")],
    ("ё", "be_national_2023"): [("ё", "jo"), ("бё", "bio")],
    ("ё", "be_passport"): [("Ёла", "Yola"), ("бё", "bio")],
    ("ё", "be_lacinka"): [("ё", "jo"), ("бё", "bio"), ("лё", "lo")],
    ("з", "be_national_2007"): [("за", "za"), ("зь", "ź")],
    ("з", "be_national_2023"): [("за", "za"), ("зь", "z")],
    ("з", "be_lacinka"): [("за", "za"), ("зь", "ź")],
    ("і", "be_lacinka"): [("бі", "bi")],
    ("л", "be_national_2007"): [("ла", "la"), ("ль", "ĺ")],
    ("л", "be_national_2023"): [("ла", "la"), ("ль", "l")],
    ("л", "be_lacinka"): [("ла", "ła"), ("ль", "l"), ("ля", "la"), ("ле", "le"), ("лі", "li")],
    ("н", "be_national_2007"): [("на", "na"), ("нь", "ń")],
    ("н", "be_national_2023"): [("на", "na"), ("нь", "n")],
    ("н", "be_lacinka"): [("на", "na"), ("нь", "ń")],
    ("с", "be_national_2007"): [("са", "sa"), ("сь", "ś")],
    ("с", "be_national_2023"): [("са", "sa"), ("сь", "s")],
    ("с", "be_lacinka"): [("са", "sa"), ("сь", "ś")],
    ("х", "be_national_2023"): [("ха", "kha")],
    ("ц", "be_national_2007"): [("ца", "ca"), ("ць", "ć")],
    ("ц", "be_national_2023"): [("Савецкая", "Savieckaja"), ("ць", "c")],
    ("ц", "be_lacinka"): [("ца", "ca"), ("ць", "ć")],
    ("ь", "be_national_2007"): [("бь", "b"), ("зь", "ź")],
    ("ь", "be_national_2023"): [("нь", "n")],
    ("ь", "be_passport"): [("бь", "b")],
    ("ь", "be_lacinka"): [("сь", "ś"), ("бь", "b")],
    ("ь", "be_belorthography"): [("бь", "b")],
    ("ю", "be_national_2007"): [("ю", "ju"), ("бю", "biu")],
    ("ю", "be_national_2023"): [("ю", "ju"), ("бю", "biu")],
    ("ю", "be_passport"): [("Юра", "Yura"), ("аю", "ayu"), ("бю", "biu")],
    ("ю", "be_lacinka"): [("ю", "ju"), ("лю", "lu")],
    ("я", "be_national_2007"): [("я", "ja"), ("бя", "bia")],
    ("я", "be_national_2023"): [("я", "ja"), ("бя", "bia")],
    ("я", "be_passport"): [("Яна", "Yana"), ("бя", "bia"), ("Ціханоўская", "Tsikhanouskaya"),
                           ("Марыя", "Maryia")],
    ("я", "be_lacinka"): [("я", "ja"), ("бя", "bia"), ("ля", "la")],
    ("'", "be_national_2007"): [("Вераб'ёвічы", "Vierabjovičy")],
    ("'", "be_national_2023"): [("Вераб'ёвічы", "Vierabjovichy")],
    ("'", "be_passport"): [("Дар'я", "Darya")],
    ("'", "be_lacinka"): [("б'я", "bja"), ("б'е", "bje")],
    ("'", "be_belorthography"): [("б'а", "ba")],
}  # fmt: skip


def _be_cases() -> list[tuple[str, str, str, str]]:
    rows = read_csv("romanization_be.csv")
    cases = []
    for r in rows:
        letter = r["letter"]
        for col, sysid in zip(list(r)[1:], BE_COLS, strict=True):
            cell = r[col]
            if (letter, sysid) in BE_PROSE:
                cases += [(sysid, letter, i, e) for i, e in BE_PROSE[(letter, sysid)]]
            elif cell.startswith("omitted"):
                cases.append((sysid, letter, "б" + letter + "а", "ba"))
            else:
                assert PLAIN.fullmatch(cell), (letter, sysid, cell)
                cases.append((sysid, letter, "б" + letter + "а", "b" + cell + "a"))
    return cases


@pytest.mark.parametrize(("system", "letter", "text", "expected"), _be_cases())
def test_belarusian_table_row(system: str, letter: str, text: str, expected: str) -> None:
    assert transliterate(text, system) == expected


def _ru_cases() -> list[tuple[str, str, str, str]]:
    rows = read_csv("romanization_ru.csv")
    rules = read_csv("romanization_ru_context_rules.csv")
    cases = []
    for r in rows:
        letter = r["letter"]
        for col, sysid in zip(list(r)[1:], RU_COLS, strict=True):
            ctx = {x["source_sequence"]: x["latin"] for x in rules if x["system"] == col}
            # The probe sits between а and б; context rules for those neighbours win.
            mid = ctx.get("а" + letter, ctx.get(letter + "б", r[col])).replace("ё", "ë")
            mid = unicodedata.normalize("NFC", mid)
            cases.append((sysid, letter, "а" + letter + "б", "a" + mid + "b"))
    return cases


@pytest.mark.parametrize(("system", "letter", "text", "expected"), _ru_cases())
def test_russian_table_row(system: str, letter: str, text: str, expected: str) -> None:
    assert transliterate(text, system, lang="ru") == expected


_RU_ID = {
    "ICAO Doc 9303 (RU passports since 2014)": "ru_icao_2013",
    "MVD 310 (RU passports 1997-2010)": "ru_mvd_310",
    "MVD 782 (RU passports 2010-2014)": "ru_mvd_782",
    "BGN/PCGN 1947": "ru_bgn",
    "GOST 7.79-2000 System B": "ru_gost_b",
    "Wikipedia (modified BGN/PCGN; English-media style)": "ru_wikipedia",
}


@pytest.mark.parametrize("rule", read_csv("romanization_ru_context_rules.csv"))
def test_russian_context_rule(rule: dict[str, str]) -> None:
    sysid = _RU_ID[rule["system"]]
    seq, latin = rule["source_sequence"], rule["latin"].replace("ё", "ë")
    kind = rule["rule_type"]
    if kind == "ending_mapping":
        assert transliterate("б" + seq, sysid) == "b" + latin
    elif kind == "prev_mapping" and len(seq) == 1:
        assert transliterate(seq, sysid) == latin
    elif kind == "prev_mapping":
        assert transliterate(seq, sysid).endswith(latin)
    else:
        assert transliterate(seq, sysid).startswith(latin)


def test_examples_from_the_issue() -> None:
    assert transliterate("Аляксандр Кашпуль", "be_passport") == "Aliaksandr Kashpul"
    assert transliterate("Аляксандр Кашпуль", "be_lacinka") == "Alaksandr Kašpul"
    assert transliterate("Алесь Бяляцкі", "be_passport") == "Ales Bialiatski"
    assert transliterate("Алесь Бяляцкі", "be_bgn") == "Alyesʹ Byalyatski"
    assert transliterate("Алесь Бяляцкі", "be_lacinka") == "Aleś Bialacki"
    assert transliterate("Беляцкий", "ru_wikipedia") == "Belyatsky"
    assert transliterate("Марыя Калеснікава", "be_national_2007") == "Maryja Kaliesnikava"
    assert transliterate("КАШПУЛЬ", "be_passport") == "KASHPUL"
    assert transliterate("Kashpul, Аляксандр", "be_passport") == "Kashpul, Aliaksandr"
    assert set(SYSTEMS) >= set(BE_COLS) | set(RU_COLS)


def test_unknown_system() -> None:
    with pytest.raises(ValueError):
        transliterate("а", "klingon")


def test_detect_script_and_language() -> None:
    assert detect_script("Ales") == "latin"
    assert detect_script("Алесь") == "cyrillic"
    assert detect_script("Алесь Bialiatski") == "mixed"
    assert detect_script("123 -") == "none"
    assert detect_cyrillic_language("Алесь Бяляцкі") == "be"
    assert detect_cyrillic_language("Андрэй Пачобут") is None
    assert detect_cyrillic_language("Анджей Почобут Щукин") == "ru"
    assert detect_cyrillic_language("Дар'я") == "be"
    assert detect_cyrillic_language("Кашпуль") is None


RU_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
BE_ALPHABET = "абвгґдеёжзійклмнопрстуўфхцчшыьэюя'"


# Signs have no case in ISO 9 (ʹ, ʺ), so capital Ъ/Ь cannot come back.
RU_UPPER = RU_ALPHABET.upper().replace("Ъ", "").replace("Ь", "")
BE_UPPER = BE_ALPHABET.upper().replace("Ь", "").replace("'", "")


@given(st.text(alphabet=RU_ALPHABET + RU_UPPER + " -", max_size=30))
def test_iso9_round_trip_ru(text: str) -> None:
    assert reverse_transliterate(transliterate(text, "ru_iso9"), "ru_iso9") == text


@given(st.text(alphabet=BE_ALPHABET + BE_UPPER + " ", max_size=30))
@example("ДЖа")  # found by Hypothesis: the дж digraph lost the second capital
@example("дЖ")  # found by Hypothesis: a capital ж after a small д
def test_iso9_round_trip_be(text: str) -> None:
    assert reverse_transliterate(transliterate(text, "be_iso9"), "be_iso9") == text


@given(st.text(alphabet=BE_ALPHABET + " ", max_size=20), st.sampled_from(BE_COLS))
def test_every_belarusian_system_yields_no_cyrillic(text: str, system: str) -> None:
    out = transliterate(text, system)
    assert not re.search(r"[а-яёіў]", out.replace("ґ", ""))
