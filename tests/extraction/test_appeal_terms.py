"""Dates of terms in reports about appeals: the first verdict keeps its own date, a term the
appeal changes takes the hearing's date, an upheld term takes none from the hearing."""

from __future__ import annotations

from tests.extraction.claim_helpers import claims_of, has


def test_a_cut_term_beside_an_upheld_one_takes_the_hearing_date() -> None:
    text = (
        "Last Wednesday the Mahiliou Regional Court heard the appeals of Anton Vasilevich and "
        "Iryna Kuzniatsova. Vasilevich was detained on 3 May 2023. On 2 October 2023 the district "
        "court sentenced him to five years in a general-regime colony. Kuzniatsova received three "
        "years of restricted freedom. She was released in the courtroom the same day. At the "
        "appeal hearing the prosecutor asked for both verdicts to stand. The panel reduced "
        "Vasilevich's term to four years, while Kuzniatsova's sentence was left unchanged."
    )
    claims = claims_of(text, "en", "Anton Vasilevich")
    assert has(claims, kind="sentenced", years=5, date="2023-10-02")
    assert has(claims, kind="sentenced", years=4, date="2024-02-28")


def test_a_cut_term_is_not_upheld_by_the_co_defendants_clause() -> None:
    text = (
        "Учора Вярхоўны суд разгледзеў апеляцыю Пятра Сакалова і ягонай жонкі Ганны. Пятру "
        "тэрмін скарацілі да 6 гадоў калоніі, прысуд Ганне пакінулі без зменаў."
    )
    claims = claims_of(text, "be", "Пётр Сакалоў")
    assert has(claims, kind="sentenced", years=6, date="2024-02-29")
