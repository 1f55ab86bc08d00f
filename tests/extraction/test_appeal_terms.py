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


def test_the_term_an_appeal_cut_keeps_the_first_verdicts_date() -> None:
    text = (
        "The Viciebsk Regional Court on Monday cut the sentence of Hleb Antonau, a 35-year-old "
        "welder, from four years to three years. On 5 December 2023 the district court "
        "sentenced him to four years in a general-regime colony."
    )
    claims = claims_of(text, "en", "Hleb Antonau")
    assert has(claims, kind="sentenced", years=4, date="2023-12-05")
    assert has(claims, kind="sentenced", years=3, date="2024-02-26")


def test_the_term_replaced_on_appeal_takes_the_first_verdict_told_after_it() -> None:
    text = (
        "12 февраля областной суд рассмотрел жалобу Олега Савицкого и смягчил приговор: вместо "
        "пяти лет колонии Олегу назначено четыре года лишения свободы. Напомню, что 20 ноября "
        "районный суд признал его виновным по ст. 342 УК."
    )
    claims = claims_of(text, "ru", "Олег Савицкий")
    assert has(claims, kind="sentenced", years=5, date="2023-11-20")
    assert has(claims, kind="sentenced", years=4, date="2024-02-12")


def test_a_term_told_lowered_by_a_participle_takes_the_hearing_date() -> None:
    text = (
        "Сегодня Брестский областной суд рассмотрел жалобу Игоря Лапицкого. Напомню, что 4 "
        "декабря районный суд приговорил его к пяти годам колонии. Коллегия приговор изменила: "
        "срок снижен до четырёх лет колонии."
    )
    claims = claims_of(text, "ru", "Игорь Лапицкий")
    assert has(claims, kind="sentenced", years=5, date="2023-12-04")
    assert has(claims, kind="sentenced", years=4, date="2024-03-01")


def test_the_appeal_hearings_day_does_not_date_the_first_verdicts_terms() -> None:
    text = (
        "Тыдзень таму калегія абласнога суда разгледзела апеляцыю на прысуд Сцяпану Марозу. "
        "Нагадаем, 9 студзеня суддзя раённага суда прызнаў яго вінаватым па арт. 342 КК. Мароз "
        "атрымаў 3 гады калоніі агульнага рэжыму."
    )
    claims = claims_of(text, "be", "Сцяпан Мароз")
    assert has(claims, kind="sentenced", years=3, date="2024-01-09")


def test_the_verdict_of_a_day_told_in_the_appeals_sentence_dates_the_term() -> None:
    text = (
        "20 лютага Вярхоўны суд адхіліў скаргу абароны, і прысуд абласнога суда ад 14 лістапада "
        "ўступіў у законную сілу. Нагадаем, суддзя прызначыў Андрэю Піліпенку 5 гадоў калоніі "
        "ўзмоцненага рэжыму."
    )
    claims = claims_of(text, "be", "Андрэй Піліпенка")
    assert has(claims, kind="sentenced", years=5, date="2023-11-14")


def test_an_upheld_term_takes_the_first_verdicts_date_not_the_hearings() -> None:
    text = (
        "The Homiel Regional Court on Wednesday rejected the appeal of Mikhail Zhurauski, a "
        "52-year-old plumber, leaving his sentence of four years in a general-regime colony "
        "unchanged. Zhurauski was detained in May 2023. On 18 October 2023 judge Pavel Lis of "
        "the Rechytsa District Court found him guilty."
    )
    claims = claims_of(text, "en", "Mikhail Zhurauski")
    assert has(claims, kind="sentenced", years=4, date="2023-10-18")


def test_a_changed_term_takes_the_one_hearing_that_named_its_person_far_back() -> None:
    text = (
        "On Thursday the Brest Regional Court heard the appeals of Andrei Kupala and Maryia "
        "Sidarchuk.\n\nThe two were detained on 3 March 2023. Kupala was dismissed two days "
        "later. Both spent the months since in Prison No. 1. On 14 September 2023 the district "
        "court found them guilty of insulting the president. Kupala was given three years in a "
        "general-regime colony; Sidarchuk received two years of restricted freedom.\n\nThe "
        "appeal court left Kupala's sentence unchanged. Sidarchuk's term was cut to one year."
    )
    claims = claims_of(text, "en", "Maryia Sidarchuk")
    assert has(claims, kind="sentenced", years=1, date="2024-02-29")


def test_the_same_day_in_the_same_case_is_the_co_defendants_verdict_day() -> None:
    text = (
        "On Monday the Minsk Regional Court heard the appeals of Siarhei Markau and Pavel Zuyeu. "
        "The panel upheld Markau's sentence of four years.\n\nMarkau was detained in October "
        "2023. On 15 January 2024 judge Ihar Bely found him guilty.\n\nZuyeu, tried in the same "
        "case, received two years of restricted freedom on the same day."
    )
    claims = claims_of(text, "en", "Pavel Zuyeu")
    assert has(claims, kind="sentenced", years=2, date="2024-01-15")


def test_a_term_not_appealed_takes_no_date_from_the_co_defendants_hearing() -> None:
    text = (
        "20 лютага абласны суд разгледзеў апеляцыйныя скаргі па справе двух працоўных. "
        "Нагадаем, 5 снежня суддзя асудзіла іх за каментары.\n\nВіктар Пашкевіч тады атрымаў "
        "4 гады калоніі. Апеляцыйная інстанцыя скараціла тэрмін да 3 гадоў.\n\nМікалай Шэпель, "
        "асуджаны ў той справе на 2 гады калоніі, апеляцыю не падаваў."
    )
    claims = claims_of(text, "be", "Мікалай Шэпель")
    assert not has(claims, kind="sentenced", date="2024-02-20")


def test_a_first_verdicts_day_does_not_date_the_next_digest_days_terms() -> None:
    text = (
        "Тыднёвы агляд\n\n12 – 18 лютага 2024\nАбласны суд разгледзеў апеляцыю Ірыны Лазар і "
        "знізіў ёй тэрмін: замест 4 гадоў калоніі — 3 гады. Першы прысуд ёй вынес 20 снежня "
        "раённы суд.\n\nМастака Паўла Ткача перавялі ў калонію № 15.\n\n19 лютага 2024\nСуддзя "
        "асудзіла Марыю Ткач на 2 гады абмежавання волі за каментар."
    )
    claims = claims_of(text, "be", "Марыя Ткач")
    assert has(claims, kind="sentenced", years=2, date="2024-02-19")


def test_a_count_after_the_verdict_starts_from_the_first_verdict_not_the_appeal() -> None:
    text = (
        "Yesterday the Hrodna Regional Court cut the prison term of Ihar Sadouski to four years. "
        "On 10 January judge Anton Kot sentenced Sadouski to five years in a general-regime "
        "colony. Two days after the verdict he was placed in a punishment cell."
    )
    claims = claims_of(text, "en", "Ihar Sadouski")
    assert has(claims, kind="sentenced", years=4, date="2024-02-29")
    assert has(claims, kind="punishment_cell", date="2024-01-12")


def test_a_term_given_instead_on_the_prosecutors_protest_takes_the_hearing_date() -> None:
    text = (
        "Вчера областной суд рассмотрел протест прокурора по делу Олега Ткачука. Напомню, 3 "
        "ноября районный суд назначил Олегу 3 года ограничения свободы. Коллегия согласилась с "
        "прокурором: вместо «химии» — 2 года колонии общего режима."
    )
    claims = claims_of(text, "ru", "Олег Ткачук")
    assert has(claims, kind="sentenced", years=3, date="2023-11-03")
    assert has(claims, kind="sentenced", years=2, date="2024-02-29")


def test_a_co_defendant_of_the_same_verdict_takes_the_first_verdicts_day() -> None:
    text = (
        "Мікалая Рыбака асудзілі 15.03.2023 да 4 гадоў калоніі за ўдзел у пратэстах. У маі "
        "2023 года апеляцыйная інстанцыя скараціла тэрмін да 3 гадоў. Па той жа справе "
        "праходзіў Андрэй Бусел. Тым жа прысудам ён быў асуджаны да 2 гадоў абмежавання волі."
    )
    claims = claims_of(text, "be", "Андрэй Бусел")
    assert has(claims, kind="sentenced", years=2, date="2023-03-15")


def test_a_verdict_left_unchanged_on_a_day_does_not_date_the_brothers_term() -> None:
    text = (
        "Напомню, что в ноябре Антон Лукашевич был осуждён к 3 годам колонии. 20.02.2024 "
        "областной суд оставил приговор без изменений. Его брат Кирилл Лукашевич, осуждённый "
        "тем же приговором к 2 годам колонии, по-прежнему находится в СИЗО."
    )
    claims = claims_of(text, "ru", "Кирилл Лукашевич")
    assert has(claims, kind="sentenced", years=2, date="2023-11")


def test_a_count_after_the_first_instance_verdict_is_dated() -> None:
    text = (
        "On 9 January 2024 the Viciebsk Regional Court sentenced Yury Palchuk to five years in "
        "an enhanced-regime colony. He was detained on 2 March 2023. A week after the "
        "first-instance verdict, human rights "
        "defenders recognised Palchuk as a political prisoner."
    )
    claims = claims_of(text, "en", "Yury Palchuk")
    assert has(claims, kind="recognized", date="2024-01-16")


def test_a_trial_that_began_on_a_day_and_ended_later_dates_its_terms_by_the_end() -> None:
    text = (
        "Суд над Андреем Мельником начался 12 февраля и через три дня закончился приговором. "
        "Судья назначил Мельнику 2 года колонии общего режима."
    )
    claims = claims_of(text, "ru", "Андрей Мельник")
    assert has(claims, kind="sentenced", years=2, date="2024-02-15")
