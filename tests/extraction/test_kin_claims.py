"""Denied visits told of a prisoner's relative go to the prisoner: the wife refused a visit
"with her husband", a mother's own "мне отказали в свидании"."""

from __future__ import annotations

import pytest

from nezabudka.extraction import extract
from tests.extraction.claim_helpers import claims_in


@pytest.mark.parametrize(
    ("text", "lang", "prisoner", "visitor"),
    [
        (
            "Палітвязня Міхаіла Гарбузова этапавалі ў Глыбокае. Пра гэта расказала жонка "
            "Міхаіла, Алена Гарбузова. Міхаіла асудзілі на 5 гадоў. У верасні Алене адмовілі "
            "ў кароткім спатканні з мужам.",
            "be",
            "Міхаіл Гарбузоў",
            "Алена Гарбузова",
        ),
        (
            "Политзаключённого Виктора Лозинского перевели в колонию №9. Мать политзаключённого "
            "Виктора Лозинского Раиса Лозинская рассказала, что ей отказали в свидании с сыном.",
            "ru",
            "Виктор Лозинский",
            "Раиса Лозинская",
        ),
        (
            "Меня зовут Зинаида Пташук, я мама политзаключённого Кирилла Пташука. Кирилла "
            "задержали в мае 2022 года вместе с его знакомым Олегом Реутом. Олег сейчас в "
            "Шклове. В ноябре мне отказали в длительном свидании.",
            "ru",
            "Кирилл Пташук",
            "Олег Реут",
        ),
    ],
)
def test_denied_visit_goes_to_the_prisoner(
    text: str, lang: str, prisoner: str, visitor: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert "visits_denied" in {c["kind"] for c in claims_in(result, prisoner)}
    assert "visits_denied" not in {c["kind"] for c in claims_in(result, visitor)}


def test_prisoner_refused_a_visit_with_her_daughter_keeps_it() -> None:
    # the one named in the clause is herself held: her own visit
    text = (
        "Андрей Сокол рассказал о соседке по этапу. В колонии №4 находится политзаключённая "
        "Мария Ветрова, которой в январе отказали в свидании с дочерью."
    )
    result = extract(text, "ru", reference_date="2024-12-20")
    assert "visits_denied" in {c["kind"] for c in claims_in(result, "Мария Ветрова")}


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        (
            "Volha Tsvirko was detained on 3 March for a comment. Her husband Ihar was fined "
            "in April over a similar post.",
            "en",
            "Volha Tsvirko",
            "fined",
        ),
        (
            "Аркадия Мележа задержали 10 мая. Через неделю его сестру Татьяну уволили с завода.",
            "ru",
            "Аркадий Мележ",
            "dismissed",
        ),
        (
            "Андрэя Казлоўскага затрымалі 4 сакавіка. А праз тыдзень яго жонку Ганну "
            "аштрафавалі на 30 базавых.",
            "be",
            "Андрэй Казлоўскі",
            "fined",
        ),
    ],
)
def test_an_unnamed_relatives_fact_is_not_the_prisoners(
    text: str, lang: str, name: str, kind: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    kinds = {c["kind"] for c in claims_in(result, name)}
    assert "detained" in kinds
    assert kind not in kinds


def test_she_and_her_son_share_the_fact() -> None:
    text = "Volha Tsvirko was released on 5 May; a week later she and her son left for Poland."
    result = extract(text, "en", reference_date="2024-12-20")
    assert "exile" in {c["kind"] for c in claims_in(result, "Volha Tsvirko")}


def test_a_teller_introduced_on_her_own_line_is_fined_herself() -> None:
    text = (
        "«Пишу ему каждую неделю»\n\n"
        "Рассказывает Галина Мороз, мать политзаключённого из Лиды.\n\n"
        "Моего сына Степана Мороза задержали 4 мая 2024 года у подъезда. Степана держат в "
        "СИЗО в Гродно. Меня саму 2 июля оштрафовали на 15 базовых за подписку."
    )
    result = extract(text, "ru", reference_date="2024-12-20")
    assert "fined" in {c["kind"] for c in claims_in(result, "Галина Мороз")}
    assert "fined" not in {c["kind"] for c in claims_in(result, "Степан Мороз")}


def test_the_tellers_later_step_after_a_is_hers_too() -> None:
    text = (
        "Меня зовут Лидия Гончар, я мама политзаключённого Андрея Гончара. Андрея задержали "
        "5 июня 2023 года вместе с его другом Ильёй Бурко. Илья сейчас в колонии в Шклове. "
        "Меня саму в марте оштрафовали на 10 базовых, а через месяц уволили из больницы."
    )
    result = extract(text, "ru", reference_date="2024-12-20")
    assert "dismissed" in {c["kind"] for c in claims_in(result, "Лидия Гончар")}
    assert "dismissed" not in {c["kind"] for c in claims_in(result, "Илья Бурко")}


def test_a_visit_refused_to_the_mother_of_a_named_prisoner_is_his() -> None:
    text = (
        "Политзаключённых Олега Дашкевича и Максима Рудя держат в СИЗО №8 в Жодино. "
        "В феврале надзиратель отказал жене Олега, Инне Дашкевич, в свидании с мужем."
    )
    result = extract(text, "ru", reference_date="2024-12-20")
    assert "visits_denied" in {c["kind"] for c in claims_in(result, "Олег Дашкевич")}
    assert "visits_denied" not in {c["kind"] for c in claims_in(result, "Максим Рудь")}


def test_her_client_is_whose_lawyer_she_is() -> None:
    text = (
        "Kiryl Haiduk was detained in May. Maryna Shved was sentenced to three years in "
        "October. According to Haiduk's lawyer, Iryna Dzemidovich, her client has not been "
        "allowed a single phone call with his family since November."
    )
    result = extract(text, "en", reference_date="2024-12-20")
    assert "visits_denied" in {c["kind"] for c in claims_in(result, "Kiryl Haiduk")}
    assert "visits_denied" not in {c["kind"] for c in claims_in(result, "Maryna Shved")}


@pytest.mark.parametrize(
    ("text", "lang", "prisoner", "teller"),
    [
        (
            "Ала Мароз — пра свайго сына, палітвязня Уладзіслава Мароза:\n\n«Уладзю арыштавалі "
            "11 мая. Мяне саму ў жніўні аштрафавалі на 10 базавых.»",
            "be",
            "Уладзіслаў Мароз",
            "Ала Мароз",
        ),
        (
            "Вера Дуброва — о своем муже, политзаключённом Павле Дуброве:\n\n«Павла задержали "
            "3 апреля. Меня саму в июне оштрафовали на 15 базовых.»",
            "ru",
            "Павел Дубров",
            "Вера Дуброва",
        ),
    ],
)
def test_a_relative_telling_of_her_kin_in_the_first_person(
    text: str, lang: str, prisoner: str, teller: str
) -> None:
    """The heading "X — about her son Y:" makes X the teller: the arrest told of "Уладзя"
    (his diminutive, in the accusative) is his; the fine told of "мяне" is hers."""
    out = extract(text, lang, reference_date="2024-10-01")
    assert [c["kind"] for c in claims_in(out, prisoner)] == ["detained"]
    assert [c["kind"] for c in claims_in(out, teller)] == ["fined"]


@pytest.mark.parametrize(
    ("text", "lang", "prisoner", "relative"),
    [
        (
            # the possessor of the kinship word, not the co-defendant named last
            "Dzmitry Karnei, 41, got five years. His cousin Pavel Shumski received three. On "
            "the day of the trial, Karnei's sister, Olena Karneya, was not allowed to hand her "
            "brother a parcel.",
            "en",
            "Dzmitry Karnei",
            "Olena Karneya",
        ),
        (
            # one of her family named before, though another prisoner was named last
            "Суд приговорил Тараса Веремея к шести годам колонии, а Глеба Осипова к трём. Отцу, "
            "Николаю Веремею, за полгода не дали ни одного свидания с сыном.",
            "ru",
            "Тарас Веремей",
            "Николай Веремей",
        ),
    ],
)
def test_a_relative_refused_a_visit_gives_it_to_her_kin(
    text: str, lang: str, prisoner: str, relative: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert "visits_denied" in {c["kind"] for c in claims_in(result, prisoner)}
    assert not claims_in(result, relative)


def test_a_mother_named_as_the_subject_is_refused_her_sons_visits() -> None:
    text = (
        "Ales Varanets and Yury Kot were detained in March. Varanets was sentenced to four "
        "years. His mother, Nina Varanets, has not been allowed a single visit since then."
    )
    result = extract(text, "en", reference_date="2024-12-20")
    assert "visits_denied" in {c["kind"] for c in claims_in(result, "Ales Varanets")}
    assert not claims_in(result, "Nina Varanets")
