"""Articles told by reference to a co-defendant's: "Ihar got two years under the same article",
"Максиму по тем же статьям дали 8 лет", "асуджаны па тых жа артыкулах". The person the phrase
is about is charged with the articles of the last other person charged before it."""

from __future__ import annotations

import re

from nezabudka.extraction import lexicon, scan
from nezabudka.extraction.articles import find_articles
from nezabudka.extraction.attribution import Doc, attribute, eligible
from nezabudka.extraction.suggestion import Claim

_SAME = scan.compile(
    r"\b(?:(?:по|под|и)\s+(?:т(?:ем|ой|ому|ой) же|эт(?:им|ой|ому) же)\s+(?P<ru>стать\w*)|"
    r"(?:па|і)\s+(?:т(?:ых|ым|ой|ым) жа|гэт(?:ых|ым|ай) жа)\s+(?P<be>артыкул\w*)|"
    r"under the same (?P<en>articles?|charges?)|(?:on|with) the same (?P<en2>charges?))(?!\s*\d)",
    re.I,
)
_PLURAL = scan.compile(r"статьям\w*|статьи|артыкулах|артыкулам\w*|articles|charges", re.I)


def add_shared_articles(doc: Doc, out: list[Claim]) -> None:
    """Charges told of a co-defendant's articles or of a counted group."""
    _same_articles(doc, out)
    _counted_group_articles(doc, out)


def _same_articles(doc: Doc, out: list[Claim]) -> None:
    """A charged claim, undated, for each article of the co-defendant a "same article(s)"
    phrase points back to; one article only when the phrase says "article" in the singular."""
    for m in _SAME.finditer(doc.text):
        s = doc.sents[doc.sentence_of(m.start())]
        # "under the same article on insulting Lukashenka": the article is named after all
        if any(a.start < 40 for a in find_articles(doc.text[m.end() : s.end])):
            continue
        people = set(attribute(doc, m.start()))
        if not people:
            continue
        earlier = [
            c
            for c in out
            if c.kind == "charged" and c.article and c.pos < m.start() and c.person not in people
        ]
        if not earlier:
            continue
        other = max(earlier, key=lambda c: c.pos).person
        theirs = [c.article for c in earlier if c.person == other]
        word = next(g for g in m.groups() if g)
        articles = list(dict.fromkeys(theirs if _PLURAL.fullmatch(word) else theirs[-1:]))
        for p in people:
            have = {c.article for c in out if c.kind == "charged" and c.person == p}
            for a in articles:
                if a and a not in have:
                    out.append(
                        Claim(
                            "charged",
                            p,
                            m.start(),
                            s,
                            doc.clause_of(m.start()),
                            article=a,
                            dated=False,
                            end=m.end(),
                        )
                    )


# "sentenced four members of a neighbourhood chat under Art. 342", "по делу пятерых жителей
# Кобрина, которых обвиняли … (ст. 361-1)": a counted group the next sentences name
_COUNTED = scan.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|двоих|троих|четверых|пятерых|шестерых|двух|"
    r"тр[её]х|четыр[её]х|пяти|шести|семи|трох|чатырох|пяці|шасці|сямі|дваіх|траіх|чацвярых|"
    r"п[яе]цярых|шасцярых)\s+(?:[^\W\d_]+\s+){0,2}?(?:members|residents|people|defendants|activists|"
    r"students|employees|workers|жител\w*|участник\w*|фигурант\w*|обвиняем\w*|активист\w*|"
    r"студент\w*|сотрудник\w*|жыхар\w*|удзельнік\w*|фігурант\w*|абвінавачан\w*|актывіст\w*|"
    r"студэнт\w*|супрацоўнік\w*)\b",
    re.I,
)


def _counted_group_articles(doc: Doc, out: list[Claim]) -> None:
    """An article told of a counted group nobody is named in: the people the next two
    sentences name, as many as the count says."""
    if not _COUNTED.search(doc.text):
        return  # the articles are looked at only in a report that counts a group at all
    for a in find_articles(doc.text):
        i = doc.sentence_of(a.start)
        s = doc.sents[i]
        counts = [
            n
            for g in _COUNTED.finditer(doc.text, s.start, a.start)
            if (n := lexicon.count_value(g.group("n")) or 0) >= 2
        ]
        if not counts or any(s.start <= m.start < s.end and eligible(doc, m) for m in doc.mentions):
            continue
        if attribute(doc, a.start):
            continue
        stop = doc.sents[min(i + 2, len(doc.sents) - 1)].end
        named = list(
            dict.fromkeys(
                m.person
                for m in doc.mentions
                if s.end <= m.start < stop and eligible(doc, m) and not m.relative
            )
        )
        if len(named) < counts[-1]:
            continue
        for p in named[: counts[-1]]:
            if any(c.kind == "charged" and c.person == p and c.article == a.number for c in out):
                continue
            out.append(
                Claim(
                    "charged",
                    p,
                    a.start,
                    s,
                    doc.clause_of(a.start),
                    article=a.number,
                    dated=False,
                    end=a.end,
                )
            )
