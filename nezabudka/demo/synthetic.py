"""A seeded generator of a realistic but entirely synthetic registry, as spreadsheet rows.

Names are assembled from common Belarusian given names and surnames (Belarusian Cyrillic,
with a Latin passport-style form and often a Russian form), articles follow the mix seen in
political cases since 2020, sentences and custody moves follow the reference places. Every
row says it is synthetic (external_id prefix ``synthetic-`` and a note); nothing here
describes a real person, although a generated name may coincide with one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

GIVEN_M = [
    ("Аляксандр", "Aliaksandr", "Александр"),
    ("Аляксей", "Aliaksei", "Алексей"),
    ("Андрэй", "Andrei", "Андрей"),
    ("Антон", "Anton", "Антон"),
    ("Артур", "Artur", "Артур"),
    ("Васіль", "Vasil", "Василий"),
    ("Віктар", "Viktar", "Виктор"),
    ("Віталь", "Vital", "Виталий"),
    ("Уладзімір", "Uladzimir", "Владимир"),
    ("Валянцін", "Valiantsin", "Валентин"),
    ("Дзмітрый", "Dzmitry", "Дмитрий"),
    ("Дзяніс", "Dzianis", "Денис"),
    ("Яўген", "Yauhen", "Евгений"),
    ("Ігар", "Ihar", "Игорь"),
    ("Ілля", "Illia", "Илья"),
    ("Кірыл", "Kiryl", "Кирилл"),
    ("Максім", "Maksim", "Максим"),
    ("Мікалай", "Mikalai", "Николай"),
    ("Павел", "Pavel", "Павел"),
    ("Пётр", "Piotr", "Пётр"),
    ("Раман", "Raman", "Роман"),
    ("Сяргей", "Siarhei", "Сергей"),
    ("Сцяпан", "Stsiapan", "Степан"),
    ("Юрый", "Yury", "Юрий"),
    ("Ягор", "Yahor", "Егор"),
    ("Янка", "Yanka", "Иван"),
    ("Міхаіл", "Mikhail", "Михаил"),
    ("Алесь", "Ales", "Алесь"),
    ("Генадзь", "Henadz", "Геннадий"),
    ("Леанід", "Leanid", "Леонид"),
    ("Мікіта", "Mikita", "Никита"),
    ("Тарас", "Taras", "Тарас"),
    ("Ўладзіслаў", "Uladzislau", "Владислав"),
    ("Эдуард", "Eduard", "Эдуард"),
]
GIVEN_F = [
    ("Марыя", "Maryia", "Мария"),
    ("Ганна", "Hanna", "Анна"),
    ("Алена", "Alena", "Елена"),
    ("Вольга", "Volha", "Ольга"),
    ("Наталля", "Natallia", "Наталья"),
    ("Таццяна", "Tatsiana", "Татьяна"),
    ("Юлія", "Yuliya", "Юлия"),
    ("Ірына", "Iryna", "Ирина"),
    ("Кацярына", "Katsiaryna", "Екатерина"),
    ("Святлана", "Sviatlana", "Светлана"),
    ("Людміла", "Liudmila", "Людмила"),
    ("Анастасія", "Anastasiya", "Анастасия"),
    ("Дар'я", "Darya", "Дарья"),
    ("Ксенія", "Ksenia", "Ксения"),
    ("Марфа", "Marfa", "Марфа"),
    ("Надзея", "Nadzeya", "Надежда"),
    ("Вераніка", "Veranika", "Вероника"),
    ("Валерыя", "Valeryia", "Валерия"),
    ("Паліна", "Palina", "Полина"),
    ("Яўгенія", "Yauheniya", "Евгения"),
]
# (male Cyrillic, female Cyrillic, male Latin, female Latin, male Russian, female Russian)
SURNAMES = [
    ("Кавалёў", "Кавалёва", "Kavaliou", "Kavaliova", "Ковалёв", "Ковалёва"),
    ("Навіцкі", "Навіцкая", "Navitski", "Navitskaya", "Новицкий", "Новицкая"),
    ("Шапавалаў", "Шапавалава", "Shapavalau", "Shapavalava", "Шаповалов", "Шаповалова"),
    ("Мельнік", "Мельнік", "Melnik", "Melnik", "Мельник", "Мельник"),
    ("Лукашэвіч", "Лукашэвіч", "Lukashevich", "Lukashevich", "Лукашевич", "Лукашевич"),
    ("Казлоў", "Казлова", "Kazlou", "Kazlova", "Козлов", "Козлова"),
    ("Сакалоўскі", "Сакалоўская", "Sakalouski", "Sakalouskaya", "Соколовский", "Соколовская"),
    ("Ткачук", "Ткачук", "Tkachuk", "Tkachuk", "Ткачук", "Ткачук"),
    ("Радзевіч", "Радзевіч", "Radzevich", "Radzevich", "Родевич", "Родевич"),
    ("Бондар", "Бондар", "Bondar", "Bondar", "Бондарь", "Бондарь"),
    ("Жук", "Жук", "Zhuk", "Zhuk", "Жук", "Жук"),
    ("Марозаў", "Марозава", "Marozau", "Marozava", "Морозов", "Морозова"),
    ("Васілеўскі", "Васілеўская", "Vasileuski", "Vasileuskaya", "Василевский", "Василевская"),
    ("Гурыновіч", "Гурыновіч", "Hurynovich", "Hurynovich", "Гуринович", "Гуринович"),
    ("Калеснік", "Калеснік", "Kalesnik", "Kalesnik", "Колесник", "Колесник"),
    ("Кудраўцаў", "Кудраўцава", "Kudrautsau", "Kudrautsava", "Кудрявцев", "Кудрявцева"),
    ("Станкевіч", "Станкевіч", "Stankevich", "Stankevich", "Станкевич", "Станкевич"),
    ("Зайцаў", "Зайцава", "Zaitsau", "Zaitsava", "Зайцев", "Зайцева"),
    ("Ярашэвіч", "Ярашэвіч", "Yarashevich", "Yarashevich", "Ярошевич", "Ярошевич"),
    ("Пашкевіч", "Пашкевіч", "Pashkevich", "Pashkevich", "Пашкевич", "Пашкевич"),
    ("Багдановіч", "Багдановіч", "Bahdanovich", "Bahdanovich", "Богданович", "Богданович"),
    ("Грыгор'еў", "Грыгор'ева", "Hryhoryeu", "Hryhoryeva", "Григорьев", "Григорьева"),
    ("Дзянісаў", "Дзянісава", "Dzianisau", "Dzianisava", "Денисов", "Денисова"),
    ("Емяльянаў", "Емяльянава", "Yemialianau", "Yemialianava", "Емельянов", "Емельянова"),
    ("Ждановіч", "Ждановіч", "Zhdanovich", "Zhdanovich", "Жданович", "Жданович"),
    ("Ісаенка", "Ісаенка", "Isayenka", "Isayenka", "Исаенко", "Исаенко"),
    ("Карпенка", "Карпенка", "Karpenka", "Karpenka", "Карпенко", "Карпенко"),
    ("Латушка", "Латушка", "Latushka", "Latushka", "Латушко", "Латушко"),
    ("Міхневіч", "Міхневіч", "Mikhnevich", "Mikhnevich", "Михневич", "Михневич"),
    ("Някрасаў", "Някрасава", "Niakrasau", "Niakrasava", "Некрасов", "Некрасова"),
    ("Арлоў", "Арлова", "Arlou", "Arlova", "Орлов", "Орлова"),
    ("Панкратаў", "Панкратава", "Pankratau", "Pankratava", "Панкратов", "Панкратова"),
    ("Рабцэвіч", "Рабцэвіч", "Rabtsevich", "Rabtsevich", "Рабцевич", "Рабцевич"),
    ("Сцепаненка", "Сцепаненка", "Stsepanenka", "Stsepanenka", "Степаненко", "Степаненко"),
    ("Трафімаў", "Трафімава", "Trafimau", "Trafimava", "Трофимов", "Трофимова"),
    ("Уласевіч", "Уласевіч", "Ulasevich", "Ulasevich", "Власевич", "Власевич"),
    ("Філіповіч", "Філіповіч", "Filipovich", "Filipovich", "Филиппович", "Филиппович"),
    ("Хадановіч", "Хадановіч", "Khadanovich", "Khadanovich", "Ходанович", "Ходанович"),
    ("Цярэшка", "Цярэшка", "Tsiareshka", "Tsiareshka", "Терешко", "Терешко"),
    ("Чарняўскі", "Чарняўская", "Charniauski", "Charniauskaya", "Чернявский", "Чернявская"),
    ("Шаўчэнка", "Шаўчэнка", "Shauchenka", "Shauchenka", "Шевченко", "Шевченко"),
    ("Юрэвіч", "Юрэвіч", "Yurevich", "Yurevich", "Юревич", "Юревич"),
    ("Яцкевіч", "Яцкевіч", "Yatskevich", "Yatskevich", "Яцкевич", "Яцкевич"),
    ("Белавусаў", "Белавусава", "Belavusau", "Belavusava", "Белоусов", "Белоусова"),
    ("Вашкевіч", "Вашкевіч", "Vashkevich", "Vashkevich", "Вашкевич", "Вашкевич"),
    ("Гайдукевіч", "Гайдукевіч", "Haidukevich", "Haidukevich", "Гайдукевич", "Гайдукевич"),
    ("Дашкевіч", "Дашкевіч", "Dashkevich", "Dashkevich", "Дашкевич", "Дашкевич"),
    ("Кірыленка", "Кірыленка", "Kirylenka", "Kirylenka", "Кириленко", "Кириленко"),
    ("Лапіцкі", "Лапіцкая", "Lapitski", "Lapitskaya", "Лапицкий", "Лапицкая"),
    ("Мазураў", "Мазурава", "Mazurau", "Mazurava", "Мазуров", "Мазурова"),
]
# (article cell, weight): the mix of charges in political cases since 2020.
ARTICLES = [
    ("Part 1 of Art. 342", 30),
    ("369", 12),
    ("368", 12),
    ("361-1", 10),
    ("130", 6),
    ("Part 2 of Art. 293", 6),
    ("361", 4),
    ("356", 3),
    ("411", 3),
    ("364", 3),
    ("363", 3),
    ("361-4", 3),
    ("13+293", 2),
    ("Part 2 of Art. 285", 1),
    ("370", 2),
    ("295", 1),
]
REGIMES = [
    ("general", 50),
    ("enhanced", 20),
    ("strict", 5),
    ("prison", 3),
    ("open_facility", 15),
    ("home_restriction", 7),
]
COLONIES = [
    "ik-1",
    "ik-2",
    "ik-3",
    "ik-4",
    "ik-5",
    "ik-8",
    "ik-9",
    "ik-15",
    "ik-17",
    "ik-22",
    "prison-1",
    "prison-4",
    "sizo-8",
]
OPEN = ["ok-7", "ok-9", "ok-25", "ok-36", "ok-43", "ok-45", "ok-47", "ok-48", "ok-55"]
PRETRIAL = ["sizo-1", "sizo-3", "sizo-6", "sizo-7", "sizo-8", "kgb-sizo-minsk"]


def _weighted(rng: random.Random, items: list[tuple[str, int]]) -> str:
    return rng.choices([i for i, _ in items], weights=[w for _, w in items])[0]


def _date_text(rng: random.Random, day: dt.date) -> str:
    roll = rng.random()
    if roll < 0.8:
        return day.isoformat()
    if roll < 0.95:
        return day.strftime("%Y-%m")
    return f"{day.year}"


def generate_rows(
    count: int, seed: int = 1, today: dt.date = dt.date(2026, 11, 1)
) -> Iterator[dict[str, str]]:
    """``count`` synthetic people as rows with the importer's columns."""
    rng = random.Random(seed)
    start = dt.date(2020, 8, 9)
    span = (today - start).days
    for i in range(count):
        female = rng.random() < 0.27
        given = rng.choice(GIVEN_F if female else GIVEN_M)
        sur = rng.choice(SURNAMES)
        be = f"{given[0]} {sur[1] if female else sur[0]}"
        latin = f"{given[1]} {sur[3] if female else sur[2]}"
        ru = f"{given[2]} {sur[5] if female else sur[4]}"
        arrested = start + dt.timedelta(days=int(rng.random() ** 1.3 * span))
        born = dt.date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
        n_articles = 1 + (rng.random() < 0.35) + (rng.random() < 0.1)
        articles = list(dict.fromkeys(_weighted(rng, ARTICLES) for _ in range(n_articles)))
        regime = _weighted(rng, REGIMES)
        months = rng.choice([6, 12, 18, 24, 30, 36, 42, 48, 60, 72, 84, 96, 120, 144, 180])
        sentence = f"{months // 12} years" + (f" {months % 12} months" if months % 12 else "")
        if rng.random() < 0.08:
            sentence += " and a fine"
        release = arrested + dt.timedelta(days=months * 30)
        if rng.random() < 0.12:  # pardoned early
            release = arrested + dt.timedelta(days=int(months * 30 * rng.uniform(0.3, 0.9)))
        released = release <= today
        if regime in ("open_facility", "home_restriction"):
            place = rng.choice(OPEN) if regime == "open_facility" else ""
        else:
            place = rng.choice(COLONIES) if rng.random() < 0.9 else rng.choice(PRETRIAL)
        status = (
            "released"
            if released
            else "restricted"
            if regime in ("open_facility", "home_restriction")
            else "imprisoned"
        )
        if released and rng.random() < 0.15:
            status = "exiled"
        names = [latin]
        if rng.random() < 0.6:
            names.append(ru)
        yield {
            "external_id": f"synthetic-{seed}-{i + 1:06d}",
            "name": be,
            "names": " | ".join(names),
            "birth_date": born.isoformat() if rng.random() < 0.7 else f"{born.year}",
            "gender": "f" if female else "m",
            "arrested_on": _date_text(rng, arrested),
            "articles": "; ".join(articles),
            "sentence": sentence,
            "regime": regime,
            "place_of_detention": place,
            "released_on": _date_text(rng, release) if released else "",
            "status": status,
            "publication": _weighted(rng, [("internal", 60), ("public", 35), ("hidden", 5)]),
            "source_url": "",
            "notes": "SYNTHETIC demo record: not a real person",
        }
