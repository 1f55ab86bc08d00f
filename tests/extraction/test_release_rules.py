"""Releases and exiles: wordings the trigger lists miss, the release an interview's question asks
about, the exile after a release, the day a report's lead gives a group's release."""

from __future__ import annotations

import pytest

from tests.extraction.claim_helpers import claims_of, has


@pytest.mark.parametrize(
    ("text", "lang", "name", "want"),
    [
        (
            "Maryna Dubouskaya, a 45-year-old accountant from Lida, spent two years in the Homiel "
            "colony before being pardoned on 14 February.",
            "en",
            "Maryna Dubouskaya",
            {"kind": "released", "date": "2024-02-14", "how": "pardon"},
        ),
        (
            "Three political prisoners were pardoned on Monday, the human rights centre said on "
            "29 February. Two of the names are known.\n\nThe other two walked out yesterday. "
            "Teacher Andrei Kavalenka had served two years in Mazyr colony No. 20. "
            "Hanna Shylava had been held in Homiel.",
            "en",
            "Hanna Shylava",
            {"kind": "released", "date": "2024-02-29"},
        ),
        (
            "Aliaksandra Kisel completed her three-year term of restricted freedom on 12 February "
            "and went back to her family in Slonim.",
            "en",
            "Aliaksandra Kisel",
            {"kind": "released", "date": "2024-02-12"},
        ),
        (
            "Ihar Zhuk served his term and left Mahiliou open facility No. 15 on 8 January.",
            "en",
            "Ihar Zhuk",
            {"kind": "released", "date": "2024-01-08"},
        ),
        (
            "Геннадий Петрук 20 февраля вышел из «Белого лебедя» — колонии №2 в Бобруйске, "
            "полностью отбыв срок.",
            "ru",
            "Геннадий Петрук",
            {"kind": "released", "date": "2024-02-20", "how": "end_of_term"},
        ),
        (
            "10 лютага па памілаванні вызвалены Андрэй Сітнік. Рыгор Лейка выйшаў у той жа "
            "дзень, але не па памілаванні: ён цалкам адбыў свой тэрмін.",
            "be",
            "Рыгор Лейка",
            {"kind": "released", "date": "2024-02-10", "how": "end_of_term"},
        ),
        (
            "Taisa Hrabko was pardoned on 2 February. The next day she was put on a bus to the "
            "Latvian border.",
            "en",
            "Taisa Hrabko",
            {"kind": "exile", "date": "2024-02-03"},
        ),
    ],
)
def test_release_and_exile_wordings(text: str, lang: str, name: str, want: dict[str, str]) -> None:
    assert has(claims_of(text, lang, name), **want)


@pytest.mark.parametrize(
    ("text", "lang", "name", "want"),
    [
        (
            "An interview with Kanstantsin Yarmak, a former political prisoner.\n\n"
            "— When were you detained?\n— On 5 May 2021, at the railway station.\n\n"
            "— Where did you serve?\n— In Ivatsevichy, in colony No. 5.\n\n"
            "— When did you get out?\n— On 11 January this year, when my term ran out.",
            "en",
            "Kanstantsin Yarmak",
            {"kind": "released", "date": "2024-01-11", "how": "end_of_term"},
        ),
        (
            "Беседа с Тимофеем Лисовским.\n\n— Как вас задержали?\n— 3 марта 2021 года, у "
            "дома.\n\n— Где вы сидели?\n— В Шклове.\n\n— Когда вы вышли?\n— 9 января, от "
            "звонка до звонка. Никакого помилования я не просил.",
            "ru",
            "Тимофей Лисовский",
            {"kind": "released", "date": "2024-01-09", "how": "end_of_term"},
        ),
        (
            "Andrei Sushko spent three years behind bars before being pardoned this winter.\n\n"
            "— When were you detained?\n— In May 2021.\n\n— How did your release happen?\n"
            "— I wrote the petition, there was no other way. On 19 January I was told to pack "
            "my things.",
            "en",
            "Andrei Sushko",
            {"kind": "released", "date": "2024-01-19", "how": "pardon"},
        ),
    ],
)
def test_release_asked_in_an_interview(
    text: str, lang: str, name: str, want: dict[str, str]
) -> None:
    assert has(claims_of(text, lang, name), **want)


def test_release_asked_after_is_not_dated_by_what_came_after() -> None:
    text = (
        "An interview with Kanstantsin Yarmak.\n\n— When were you detained?\n— On 5 May 2021.\n\n"
        "— Where did you serve?\n— In Ivatsevichy.\n\n— What did you do after your release?\n"
        "— In February I went to Vilnius."
    )
    assert not has(claims_of(text, "en", "Kanstantsin Yarmak"), kind="released")


def test_forced_to_leave_the_day_after_release() -> None:
    text = (
        "Хроніка\n\n12 студзеня 2024\n• Па памілаванні вызвалены Мікалай Сідарук, які адбываў "
        "тэрмін у калоніі № 3. Праз два дні пасля вызвалення яго прымусілі выехаць з краіны.\n"
        "• У Гродне затрыманы Антон Кураш."
    )
    assert has(claims_of(text, "be", "Мікалай Сідарук"), kind="exile", date="2024-01-14")


def test_group_release_day_told_in_the_lead() -> None:
    text = (
        "Помилованы ещё 9 политзаключённых\n\nУказ подписан 12 февраля. Правозащитники "
        "установили имена двоих из них; освобождены они были на следующий день, 13 февраля.\n\n"
        "Павел Юрчик, осуждённый на 3 года, вышел из колонии №9 в Горках. "
        "Ольга Рябова, отбывавшая 4 года, вышла из гомельской колонии №4."
    )
    assert has(claims_of(text, "ru", "Павел Юрчик"), kind="released", date="2024-02-13")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "14 лютага на волю выйшлі Андрэй Сідарчук, які адбываў тэрмін у Віцебску, і Ірына "
            "Кулеш з Гомельскай калоніі.",
            "be",
            "Ірына Кулеш",
        ),
        (
            "14 февраля вышли на свободу политзаключённые Артур Гончар, отбывавший срок в "
            "Шклове, и Вера Лозовская из гомельской колонии.",
            "ru",
            "Вера Лозовская",
        ),
    ],
)
def test_everyone_named_after_the_release_verb_is_released(text: str, lang: str, name: str) -> None:
    assert has(claims_of(text, lang, name), kind="released", date="2024-02-14")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Political prisoner Anatol Dzemianchuk is held in colony No. 9 in Horki. Fellow "
            "prisoners who have since been released say he is refused a cardiologist.",
            "en",
            "Anatol Dzemianchuk",
        ),
        (
            "Political prisoner Anatol Dzemianchuk is held in colony No. 9 in Horki. Fellow "
            "prisoners released from Horki in May say he is refused a cardiologist.",
            "en",
            "Anatol Dzemianchuk",
        ),
        (
            "Политзаключённая Нина Гайдук находится в гомельской колонии № 4. Про ШИЗО мы "
            "узнали от женщины, которая недавно освободилась.",
            "ru",
            "Нина Гайдук",
        ),
        (
            "Палітвязень Пётр Лясковіч утрымліваецца ў калоніі № 2. Калі хтосьці з вас адтуль "
            "вызваліўся і ведае пра яго — напішыце.",
            "be",
            "Пётр Лясковіч",
        ),
        (
            "Политзаключённого Олега Брагина 3 февраля перевели в тюрьму № 8 в Жодино. "
            "5 февраля помилованы 11 человек. Правозащитники пока не знают их имён.",
            "ru",
            "Олег Брагин",
        ),
    ],
)
def test_release_of_someone_unnamed_is_nobodys(text: str, lang: str, name: str) -> None:
    assert not has(claims_of(text, lang, name), kind="released")


def test_departure_after_the_release_is_recalled() -> None:
    text = (
        "Палітвязень Васіль Жураўскі вызваліўся 20 лютага з калоніі №17 у Шклове, цалкам "
        "адбыўшы тэрмін. У 2021 годзе яго асудзілі на 3 гады калоніі. Апошні год ён правёў у ПКТ."
        "\n\nКаля брамы яго сустракала сям'я. Яго брата Ігара Жураўскага затрымалі там жа.\n\n"
        "Праз тыдзень пасля вызвалення Васіля выклікалі ў міліцыю. 28 лютага ён выехаў у Польшчу."
    )
    assert has(claims_of(text, "be", "Васіль Жураўскі"), kind="exile", date="2024-02-28")


@pytest.mark.parametrize(
    ("text", "lang", "name", "day"),
    [
        (
            "Сводка за неделю\n\n• 12 февраля помилована и освобождена Зоя Ракитская.\n"
            "• 20 февраля в Слониме задержаны супруги Олег и Вера Дудко. Веру в тот же вечер "
            "отпустили, а Олега поместили в ИВС.",
            "ru",
            "Вера Дудко",
            "2024-02-20",
        ),
        (
            "Тыдзень у рэгіёнах\n\n• 12 лютага памілаваная і вызваленая Зоя Ракіцкая.\n"
            "• 20 лютага ў Слоніме затрыманыя Алег Шымко і Юрый Лапата. Юрыя ў той жа дзень "
            "адпусцілі, а Алега змясцілі ў ІЧУ.",
            "be",
            "Юрый Лапата",
            "2024-02-20",
        ),
    ],
)
def test_release_the_same_evening_is_on_the_arrest_day(
    text: str, lang: str, name: str, day: str
) -> None:
    assert has(claims_of(text, lang, name), kind="released", date=day)


def test_same_day_of_another_fact_is_not_the_release_day() -> None:
    text = (
        "Hanna Bortnik was detained in Mazyr on 3 February 2023 and sentenced that summer to "
        "three years. On 21 February 2024 she was pardoned and, the same day, deported to "
        "Lithuania."
    )
    assert has(claims_of(text, "en", "Hanna Bortnik"), kind="released", date="2024-02-21")


def test_exile_told_later_in_an_interview_is_on_the_release_day() -> None:
    text = (
        "An interview with Lizaveta Kruk, a former political prisoner.\n\n"
        "— When and how were you released?\n— On 14 February. In the morning a guard told me to "
        "pack my things and said I had been pardoned.\n\n"
        "— Where did you serve your term?\n— In Homiel, in colony No. 4, from 2022.\n\n"
        "— What happened at the gate?\n— Nothing. Two officers drove me to the border, and that "
        "was all."
    )
    assert has(claims_of(text, "en", "Lizaveta Kruk"), kind="exile", date="2024-02-14")


@pytest.mark.parametrize(
    "text",
    [
        "Mikita Lebedz was released on 9 January after serving his full term. After his release "
        "he was forced to leave Belarus and now lives in Warsaw.",
        "Mikita Lebedz was released on 9 January after serving his full term. On 20 January "
        "police summoned him for a talk. He was forced to leave Belarus.",
    ],
)
def test_exile_some_time_after_the_release_takes_no_release_day(text: str) -> None:
    claims = claims_of(text, "en", "Mikita Lebedz")
    assert has(claims, kind="exile") and not has(claims, kind="exile", date="2024-01-09")


def test_exile_told_with_the_release_takes_the_day_the_answer_gives() -> None:
    text = (
        "Юрась Галец, журналіст з Ліды, у студзені быў памілаваны і адразу ж высланы з Беларусі."
        "\n\n— Калі вас затрымалі?\n— 3 сакавіка 2021 года, на працы.\n\n"
        "— Як адбылося вызваленне?\n— 22 студзеня мяне выклікалі да начальніка калоніі і "
        "сказалі збіраць рэчы."
    )
    claims = claims_of(text, "be", "Юрась Галец")
    assert has(claims, kind="released", date="2024-01-22")
    assert has(claims, kind="exile", date="2024-01-22")


def test_two_exile_verbs_joined_by_and_are_one_exile() -> None:
    text = (
        "Raisa Hurko, a nurse from Pinsk, was pardoned on 4 February and three days later was "
        "taken to the Latvian border and expelled from the country."
    )
    exiles = [c for c in claims_of(text, "en", "Raisa Hurko") if c["kind"] == "exile"]
    assert exiles == [{"kind": "exile", "date": "2024-02-07"}]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "▪️ 18 лютага былога палітвязня Паўла Зуйку, які вызваліўся ў студзені, вывезлі на "
            "польскую мяжу і выдварылі з краіны.",
            "be",
            "Павел Зуйка",
        ),
        (
            "18 февраля бывшего политзаключённого Павла Зуйко, который освободился в январе, "
            "вывезли на польскую границу и выдворили из страны.",
            "ru",
            "Павел Зуйко",
        ),
    ],
)
def test_exile_is_not_dated_by_the_release_aside(text: str, lang: str, name: str) -> None:
    claims = claims_of(text, lang, name)
    assert has(claims, kind="released", date="2024-01")
    assert has(claims, kind="exile", date="2024-02-18")


def test_departure_naming_the_released_person_later_is_exile_that_day() -> None:
    text = (
        "Вызвалены Алесь Кулік!\n\nСёння, 19 лютага, з калоніі № 2 у Бабруйску вызвалены "
        "палітвязень Алесь Кулік. Ён цалкам адбыў тэрмін.\n\nАлесь быў затрыманы ў сакавіку "
        "2021 года. Яго асудзілі да 3 гадоў калоніі. З 12 студзеня і да самага вызвалення ён "
        "знаходзіўся ў ПКТ. Яго бацьку, Міхасю Куліку, не давалі спатканняў.\n\n"
        "Ужо ўвечары таго ж дня Алесь пакінуў Беларусь."
    )
    assert has(claims_of(text, "be", "Алесь Кулік"), kind="exile", date="2024-02-19")
