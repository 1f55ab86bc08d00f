"""Controlled vocabularies shared by storage, import/export, extraction and the UI.

Values are stable identifiers (stored in the database and in exports); labels are for people.
Synonyms map the wording found in spreadsheets and reports onto the identifiers.
"""

from __future__ import annotations

from enum import StrEnum


class ReviewStatus(StrEnum):
    SUGGESTED = "suggested"  # proposed (e.g. extracted from an article), not yet reviewed
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DISPUTED = "disputed"  # conflicts with another fact; a person must decide
    RETRACTED = "retracted"  # withdrawn by its author; kept, never deleted


class Publication(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    HIDDEN = "hidden"


class Gender(StrEnum):
    FEMALE = "f"
    MALE = "m"
    OTHER = "x"


class Regime(StrEnum):
    """Sentence / detention regime (Belarusian terms; other countries map onto them)."""

    GENERAL = "general"  # общий режим
    ENHANCED = "enhanced"  # усиленный режим
    STRICT = "strict"  # строгий режим
    SPECIAL = "special"  # особый режим
    PRISON = "prison"  # тюремный режим ("high-security prison")
    OPEN_FACILITY = "open_facility"  # "khimiya", restricted freedom with referral
    HOME_RESTRICTION = "home_restriction"  # restricted freedom without referral
    SUSPENDED = "suspended"
    FINE = "fine"  # fine only
    ARREST = "arrest"  # short-term arrest


class Status(StrEnum):
    """Where a person stands, as a spreadsheet 'status' column records it."""

    DETAINED = "detained"  # in custody, before verdict
    IMPRISONED = "imprisoned"  # serving a custodial sentence
    RESTRICTED = "restricted"  # open facility / home restriction
    RELEASED = "released"
    EXILED = "exiled"  # forced out after release
    DIED = "died"
    WANTED = "wanted"  # in absentia / abroad
    UNKNOWN = "unknown"


class EventType(StrEnum):
    DETENTION = "detention"
    SEARCH = "search"
    BEATING = "beating"  # beating or torture
    HUNGER_STRIKE = "hunger_strike"
    PUNISHMENT_CELL = "punishment_cell"  # ShIZO
    CELL_TYPE_PREMISES = "cell_type_premises"  # PKT
    INCOMMUNICADO = "incommunicado"
    MEDICAL_NEGLECT = "medical_neglect"
    VISITS_DENIED = "visits_denied"
    CALLS_DENIED = "calls_denied"
    PARCELS_DENIED = "parcels_denied"
    LETTERS_DENIED = "letters_denied"
    FUNERAL_DENIED = "funeral_denied"
    TRANSFER = "transfer"
    RELEASE = "release"
    PARDON = "pardon"
    EXILE = "exile"  # forced exile
    DEATH_IN_CUSTODY = "death_in_custody"
    RELATIVES_REPRESSED = "relatives_repressed"
    DISMISSAL = "dismissal"  # dismissed from work
    NEW_CASE = "new_case"  # e.g. Art. 411 added in prison
    OTHER = "other"


class ReleaseHow(StrEnum):
    END_OF_TERM = "end_of_term"
    PARDON = "pardon"
    DEAL = "deal"
    ACQUITTAL = "acquittal"
    OTHER = "other"


class SourceKind(StrEnum):
    ARTICLE = "article"
    TESTIMONY = "testimony"
    COURT_DOCUMENT = "court_document"
    LIST = "list"  # another organisation's list
    IMPORT = "import"  # a spreadsheet imported into this registry
    OTHER = "other"


class Reliability(StrEnum):
    CONFIRMED = "confirmed"
    RELIABLE = "reliable"
    UNVERIFIED = "unverified"
    DOUBTFUL = "doubtful"


REGIME_SYNONYMS: dict[str, Regime] = {
    "general": Regime.GENERAL,
    "general regime": Regime.GENERAL,
    "общий": Regime.GENERAL,
    "общего режима": Regime.GENERAL,
    "агульны": Regime.GENERAL,
    "medium security": Regime.GENERAL,
    "enhanced": Regime.ENHANCED,
    "enhanced regime": Regime.ENHANCED,
    "усиленный": Regime.ENHANCED,
    "усиленного режима": Regime.ENHANCED,
    "узмоцнены": Regime.ENHANCED,
    "strict": Regime.STRICT,
    "strict regime": Regime.STRICT,
    "строгий": Regime.STRICT,
    "строгого режима": Regime.STRICT,
    "строгі": Regime.STRICT,
    "maximum security": Regime.STRICT,
    "special": Regime.SPECIAL,
    "special regime": Regime.SPECIAL,
    "особый": Regime.SPECIAL,
    "особого режима": Regime.SPECIAL,
    "асаблівы": Regime.SPECIAL,
    "prison": Regime.PRISON,
    "high security prison": Regime.PRISON,
    "тюрьма": Regime.PRISON,
    "high-security prison": Regime.PRISON,
    "prison regime": Regime.PRISON,
    "турма": Regime.PRISON,
    "тюремный": Regime.PRISON,
    "тюремного режима": Regime.PRISON,
    "open_facility": Regime.OPEN_FACILITY,
    "open facility": Regime.OPEN_FACILITY,
    "khimiya": Regime.OPEN_FACILITY,
    "himiya": Regime.OPEN_FACILITY,
    "химия": Regime.OPEN_FACILITY,
    "хімія": Regime.OPEN_FACILITY,
    "restricted freedom with referral": Regime.OPEN_FACILITY,
    "restriction of freedom with referral": Regime.OPEN_FACILITY,
    "home_restriction": Regime.HOME_RESTRICTION,
    "home restriction": Regime.HOME_RESTRICTION,
    "домашняя химия": Regime.HOME_RESTRICTION,
    "restricted freedom": Regime.HOME_RESTRICTION,
    "suspended": Regime.SUSPENDED,
    "probation": Regime.SUSPENDED,
    "условно": Regime.SUSPENDED,
    "fine": Regime.FINE,
    "штраф": Regime.FINE,
    "arrest": Regime.ARREST,
    "арест": Regime.ARREST,
}

STATUS_SYNONYMS: dict[str, Status] = {
    "detained": Status.DETAINED,
    "in custody": Status.DETAINED,
    "pre-trial": Status.DETAINED,
    "arrested": Status.DETAINED,
    "задержан": Status.DETAINED,
    "под стражей": Status.DETAINED,
    "imprisoned": Status.IMPRISONED,
    "in prison": Status.IMPRISONED,
    "held": Status.IMPRISONED,
    "serving": Status.IMPRISONED,
    "convicted": Status.IMPRISONED,
    "в заключении": Status.IMPRISONED,
    "restricted": Status.RESTRICTED,
    "khimiya": Status.RESTRICTED,
    "released": Status.RELEASED,
    "free": Status.RELEASED,
    "освобожден": Status.RELEASED,
    "освобождён": Status.RELEASED,
    "вызвалены": Status.RELEASED,
    "exiled": Status.EXILED,
    "deported": Status.EXILED,
    "in exile": Status.EXILED,
    "died": Status.DIED,
    "dead": Status.DIED,
    "deceased": Status.DIED,
    "умер": Status.DIED,
    "wanted": Status.WANTED,
    "in absentia": Status.WANTED,
    "unknown": Status.UNKNOWN,
}

GENDER_SYNONYMS: dict[str, Gender] = {
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
    "woman": Gender.FEMALE,
    "ж": Gender.FEMALE,
    "жен": Gender.FEMALE,
    "женский": Gender.FEMALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "man": Gender.MALE,
    "м": Gender.MALE,
    "муж": Gender.MALE,
    "мужской": Gender.MALE,
    "x": Gender.OTHER,
    "other": Gender.OTHER,
}


def lookup[E: StrEnum](table: dict[str, E], text: str, what: str) -> E:
    """Map free text onto a vocabulary value, or raise ValueError listing what is accepted."""
    key = " ".join(text.strip().lower().replace("-", " ").split()) if text else ""
    for candidate in (key, key.replace(" ", "_"), text.strip().lower()):
        if candidate in table:
            return table[candidate]
    accepted = sorted({v.value for v in table.values()})
    raise ValueError(f"unknown {what} {text!r}; use one of: {', '.join(accepted)}")


class FactKind(StrEnum):
    """What a fact says about a person. Several facts of one kind may coexist (from different
    sources); single-valued kinds are the ones where they then conflict."""

    NAME = "name"
    BIRTH_DATE = "birth_date"
    GENDER = "gender"
    OCCUPATION = "occupation"
    AFFILIATION = "affiliation"  # trade union, NGO, party (organisation)
    STATUS = "status"
    CHARGE = "charge"  # a criminal-code article in a proceedings
    TRIAL = "trial"  # court, judge, prosecutor, lawyer, closed/open, in absentia
    SENTENCE = "sentence"
    APPEAL = "appeal"
    CUSTODY = "custody"  # a time-bounded stay at a place of detention
    EVENT = "event"  # see EventType
    RECOGNITION = "recognition"  # recognised as a political prisoner (by whom, when, criteria)
    NOTE = "note"


SINGLE_VALUED_KINDS = frozenset({FactKind.BIRTH_DATE, FactKind.GENDER, FactKind.STATUS})


class NameKind(StrEnum):
    FULL = "full"
    DIMINUTIVE = "diminutive"  # Sasha, Masha, Nasta
    PSEUDONYM = "pseudonym"
    ANONYMISED = "anonymised"


class Script(StrEnum):
    CYRILLIC = "cyrillic"
    LATIN = "latin"
    OTHER = "other"


class PlaceKind(StrEnum):
    TEMPORARY = "temporary"  # temporary holding (IVS, TsIP)
    PRETRIAL = "pretrial"  # SIZO
    PRISON = "prison"
    PENAL_COLONY = "penal_colony"
    OPEN_FACILITY = "open_facility"
    OTHER = "other"


class OrganisationKind(StrEnum):
    TRADE_UNION = "trade_union"
    NGO = "ngo"
    PARTY = "party"
    MEDIA = "media"
    INITIATIVE = "initiative"
    STATE_BODY = "state_body"
    OTHER = "other"
