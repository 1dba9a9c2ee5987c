"""Standfirst cue: 'NAME says ...', 'NAME and NAME study ...', '..., argues NAME': a summary
that names its authors."""
from __future__ import annotations

import regex

from ..names import NAME_LIST, split_names
from ..profile import Profile

MAX_STANDFIRST_CHARS = 400


def standfirst_names(text: str, profile: Profile) -> tuple[str, ...]:
    if len(text) > MAX_STANDFIRST_CHARS:
        return ()
    # the cheap tests first: names open with a capital, and a trailing attribution follows a comma
    match = (text[:1].isupper() and profile.standfirst.match(text)) or ("," in text and profile.standfirst_after.search(text))
    if not match:
        return ()
    return split_names(match.group("names"))


# 'In her piece for Harbour Review, Professor Jane Roe discusses ...', 'Adjunct Professor Li Wei,
# senior correspondent at Harbour Weekly, defended ...': a roundup's summary that names its author by title
_TITLED = regex.compile(
    rf"^(?:In (?:her|his|their|a|an|the|this|these) [^,]{{3,80}}, )?(?P<title>(?:(?:Adjunct|Associate|Assistant|Visiting|Senior|"
    rf"Distinguished|Emeritus|Clinical) )?(?:Professor|Prof\.|Dr\.?|Lecturer|Fellow|Researcher|Director|Dean))\s+"
    rf"(?P<names>{NAME_LIST})(?:, (?P<appositive>[^,]{{3,80}}),)?\s+(?P<verb>\p{{Ll}}+(?:-\p{{Ll}}+)?)\b")
# a listing's one-line item: its headline, 'by' and its author, then the teaser's first sentence
_HEADLINE_BY_NAME = regex.compile(rf"^(?P<headline>\p{{Lu}}[^.]{{6,200}}?[\p{{L}}?!”’]) by (?P<names>{NAME_LIST})\. (?=\p{{Lu}})")
MAX_HEADLINE_BY_CHARS = 230
# 'Jane Roe, associate professor of government, wrote an article for The Harbour Post ...': the
# name, her role in lower case between commas, and a verb of writing
_NAME_ROLE_VERB = regex.compile(rf"^(?P<names>{NAME_LIST}), (?P<title>\p{{Ll}}[^,]{{3,80}}), (?P<verb>\p{{Ll}}+(?:-\p{{Ll}}+)?)\b")


def titled_names(text: str, profile: Profile) -> tuple[tuple[str, ...], str | None]:
    """(names, their title) when a summary opens by naming its author with a title and a verb."""
    if len(text) > MAX_STANDFIRST_CHARS * 2 or ("rofessor" not in text and "Dr" not in text and "ellow" not in text
                                                and "ecturer" not in text and "irector" not in text and "esearcher" not in text
                                                and "Dean" not in text and ", " not in text[:60]
                                                and " by " not in text[:MAX_HEADLINE_BY_CHARS]):
        return (), None
    headed = _HEADLINE_BY_NAME.match(text) if " by " in text[:MAX_HEADLINE_BY_CHARS] else None
    if headed:  # 'Fares by Stealth: How Ferry Tolls Punish Commuters by Jane Roe. A nurse on the night shift ...'
        return split_names(headed.group("names")), None
    match = _TITLED.match(text) or _NAME_ROLE_VERB.match(text)
    if not match or not (profile.standfirst_verb.fullmatch(match.group("verb")) or match.group("verb").endswith("ed")):
        return (), None
    return split_names(match.group("names")), match.group("title")
