"""The people of the two seed articles, entered by reading them: every fact quotes the passage
it rests on (each passage is an exact substring of the article; a test checks this).

Dates keep the precision the text supports: "In February 2021" is 2021-02; Rabkova's arrest
"two weeks before" 2 October 2020 is 2020-09-18, marked approximate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from nezabudka.core.dates import PartialDate
from nezabudka.core.facts import FactData

P = PartialDate.parse


@dataclass(frozen=True)
class SeedSource:
    key: str
    file: str
    title: str
    publisher: str
    author: str
    published: str
    language: str = "en"

    def text(self) -> str:
        return (resources.files("nezabudka.demo") / "seeds" / self.file).read_text("utf-8")


SOURCES = {
    "salidarnast": SeedSource(
        "salidarnast",
        "salidarnast_kashpul.txt",
        "“I’ve defended what I believe in”: fate of political prisoner Aliaksandr Kashpul",
        "Salidarnast Belarus",
        "Victoria Leontieva",
        # "Apr 2"; the year follows from the announced 19 April 2025 day of action.
        "2025-04-02~",
    ),
    "atlantic": SeedSource(
        "atlantic",
        "atlantic_council_chapiuk.txt",
        "Plight of Belarusian political prisoners must not be forgotten",
        "Atlantic Council (UkraineAlert)",
        "Craig Jackson",
        # "This month marks five years since Chapiuk was imprisoned" (2 October 2020).
        "2025-10~",
    ),
}


@dataclass(frozen=True)
class SeedFact:
    data: FactData
    source: str
    passage: str


@dataclass(frozen=True)
class SeedPerson:
    external_id: str
    publication: str
    facts: list[SeedFact] = field(default_factory=list)
    consent: dict[str, Any] = field(default_factory=dict)


def F(kind: str, source: str, passage: str, **kw: Any) -> SeedFact:
    for key in ("date", "end_date"):
        if isinstance(kw.get(key), str):
            kw[key] = P(kw[key])
    return SeedFact(FactData(kind=kind, **kw), source, passage)


S, A = "salidarnast", "atlantic"
KASHPUL_SENTENCE = (
    "Later, Kashpul was sentenced to 15 years in high security prison under "
    "three Articles of the Criminal Code: illegal actions in relation to firearms, "
    "ammunition, and explosives; creation of an extremist entity or participation "
    "therein; and high treason."
)
VIASNA_LIST = (
    "More than 1000 political prisoners remain behind bars in Belarus, including "
    "other Viasna staff and volunteers such as Ales Bialiatski, Uladzimir Labkovich, "
    "Valiantsin Stefanovic, and Nasta Loika."
)

PEOPLE: list[SeedPerson] = [
    SeedPerson(
        "demo-kashpul",
        "public",
        [
            F(
                "name",
                S,
                "fate of political prisoner Aliaksandr Kashpul",
                subtype="full",
                value="Aliaksandr Kashpul",
                details={"script": "latin"},
            ),
            F(
                "name",
                S,
                "Sasha would say",
                subtype="diminutive",
                value="Sasha",
                details={"script": "latin"},
            ),
            F(
                "occupation",
                S,
                "Aliaksandr Kashpul, a former legal advisor at the Polymer plant of "
                "the Naftan oil refinery, worked there for nearly 20 years.",
                value="legal advisor, Polymer plant of the Naftan oil refinery",
                end_date="2021-02",
            ),
            F(
                "event",
                S,
                "In February 2021, Aliaksandr was dismissed; the official grounds quoted "
                "”absences without leave”.",
                subtype="dismissal",
                date="2021-02",
                value="official grounds: absences without leave",
            ),
            F(
                "affiliation",
                S,
                "Following the dismissal, Kashpul joined the Belarusian Independent "
                "Union (BNP) to work as a barrister defending victims of repressions in court.",
                organisation="Belarusian Independent Union (BNP)",
                value="member; barrister",
                date="2021",
            ),
            F(
                "event",
                S,
                "But at the border crossing he was detained and transferred to Belarus "
                "where he was delivered to the KGB officers.",
                subtype="detention",
                date="2021~",
                value="detained at the Ukrainian border, handed to the KGB (after September 2021)",
            ),
            F("charge", S, KASHPUL_SENTENCE, article_ref="295", proceedings="main case"),
            F("charge", S, KASHPUL_SENTENCE, article_ref="361-1", proceedings="main case"),
            F("charge", S, KASHPUL_SENTENCE, article_ref="356", proceedings="main case"),
            F(
                "sentence",
                S,
                KASHPUL_SENTENCE,
                years=15,
                months=0,
                regime="prison",
                proceedings="main case",
            ),
            F(
                "custody",
                S,
                "when he was kept in the Homyel pre-trial detention facility",
                place_key="sizo-3",
            ),
            F(
                "event",
                S,
                "Aliaksandr went on a hunger strike, protesting against violations of the law",
                subtype="hunger_strike",
                place_key="sizo-3",
            ),
            F(
                "event",
                S,
                "which put him in a punitive isolation ward",
                subtype="punishment_cell",
                place_key="sizo-3",
            ),
            F(
                "event",
                S,
                "And when his mother died in 2022, the political prisoner was not allowed "
                "to attend the funeral.",
                subtype="funeral_denied",
                date="2022",
            ),
            F(
                "custody",
                S,
                "Currently, Sasha is serving his term in a Mogilev prison.",
                place_key="prison-4",
                date="2025-04~",
            ),
            F(
                "event",
                S,
                "Only very infrequent phone calls are allowed; as for parcels, he can only "
                "get one every six months or so.",
                subtype="parcels_denied",
                value="one parcel about every six months; very infrequent calls",
            ),
            F(
                "event",
                S,
                "He had a broken leg and, judging by those scraps of information we get, "
                "it still bothers him as he has received no proper medical care.",
                subtype="medical_neglect",
            ),
            F(
                "status",
                S,
                "Currently, Sasha is serving his term in a Mogilev prison.",
                value="imprisoned",
                date="2025-04~",
            ),
            F(
                "note",
                S,
                "In April 2023, the political prisoner Aliaksandr Kashpul was one of the "
                "three people short-listed for the Global Advocacy Award",
                value="short-listed for the Global Advocacy Award",
                date="2023-04",
            ),
        ],
    ),
    SeedPerson(
        "demo-chapiuk",
        "public",
        [
            F(
                "name",
                A,
                "Belarusian human rights defender Andrei Chapiuk was arrested",
                subtype="full",
                value="Andrei Chapiuk",
                details={"script": "latin"},
            ),
            F(
                "affiliation",
                A,
                "Chapiuk is a volunteer for the Belarusian NGO Viasna",
                organisation="Viasna",
                value="volunteer",
            ),
            F(
                "event",
                A,
                "On October 2, 2020, Belarusian human rights defender Andrei Chapiuk was arrested",
                subtype="detention",
                date="2020-10-02",
            ),
            F(
                "trial",
                A,
                "Chapiuk faced trumped up charges and was tried in a closed session of "
                "the Minsk Municipal Court.",
                value="Minsk Municipal Court",
                details={"closed": True},
                proceedings="main case",
            ),
            F(
                "sentence",
                A,
                "He received a fine and a six-year sentence.",
                years=6,
                months=0,
                details={"fine": True},
                proceedings="main case",
            ),
            F(
                "event",
                A,
                "In April 2025, Chapiuk was released.",
                subtype="release",
                date="2025-04",
            ),
            F(
                "event",
                A,
                "we discuss Chapiuk’s decision to leave Belarus after his release",
                subtype="exile",
                date="2025~",
                value="left Belarus after release, facing harassment and likely rearrest",
            ),
            F(
                "status",
                A,
                "From exile, Chapiuk spoke to Human Rights House Foundation",
                value="exiled",
                date="2025-10~",
            ),
        ],
    ),
    SeedPerson(
        "demo-rabkova",
        "public",
        [
            F(
                "name",
                A,
                "Viasna volunteer service coordinator Marfa Rabkova",
                subtype="full",
                value="Marfa Rabkova",
                details={"script": "latin"},
            ),
            F(
                "name",
                A,
                "“Masha has missed so much over this period",
                subtype="diminutive",
                value="Masha",
                details={"script": "latin"},
            ),
            F(
                "affiliation",
                A,
                "Viasna volunteer service coordinator Marfa Rabkova",
                organisation="Viasna",
                value="volunteer service coordinator",
            ),
            F(
                "event",
                A,
                "Marfa Rabkova was arrested two weeks before Chapiuk and is also still in prison.",
                subtype="detention",
                date="2020-09-18~",
                details={"derived": "two weeks before 2020-10-02"},
            ),
            F(
                "status",
                A,
                "Marfa Rabkova was arrested two weeks before Chapiuk and is also still in prison.",
                value="imprisoned",
                date="2025-10~",
            ),
        ],
        consent={"no_birthday": True, "no_anniversaries": True},
    ),
    *[
        SeedPerson(
            f"demo-{ext}",
            "public",
            [
                F("name", A, VIASNA_LIST, subtype="full", value=name, details={"script": "latin"}),
                F("affiliation", A, VIASNA_LIST, organisation="Viasna", value="staff or volunteer"),
                F("status", A, VIASNA_LIST, value="imprisoned", date="2025-10~"),
            ],
        )
        for ext, name in (
            ("bialiatski", "Ales Bialiatski"),
            ("labkovich", "Uladzimir Labkovich"),
            ("stefanovic", "Valiantsin Stefanovic"),
            ("loika", "Nasta Loika"),
        )
    ],
]
