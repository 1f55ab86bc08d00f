"""Articles told by reference to a co-defendant's: "Ihar got two years under the same article",
"Максиму по тем же статьям дали 8 лет", "асуджаны па тых жа артыкулах". The person the phrase
is about is charged with the articles of the last other person charged before it."""

from __future__ import annotations

import re

from nezabudka.extraction.articles import find_articles
from nezabudka.extraction.attribution import Doc, attribute
from nezabudka.extraction.suggestion import Claim

_SAME = re.compile(
    r"\b(?:(?:по|под|и)\s+(?:т(?:ем|ой|ому|ой) же|эт(?:им|ой|ому) же)\s+(?P<ru>стать\w*)|"
    r"(?:па|і)\s+(?:т(?:ых|ым|ой|ым) жа|гэт(?:ых|ым|ай) жа)\s+(?P<be>артыкул\w*)|"
    r"under the same (?P<en>articles?|charges?)|(?:on|with) the same (?P<en2>charges?))(?!\s*\d)",
    re.I,
)
_PLURAL = re.compile(r"статьям\w*|статьи|артыкулах|артыкулам\w*|articles|charges", re.I)


def add_shared_articles(doc: Doc, out: list[Claim]) -> None:
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
