"""Bio cue: 'NAME is ROLE at ORGANISATION [in PLACE]', with appositives, 'The writer is ...',
co-authors ('X and Y are ...') and two bios in one paragraph."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..names import split_names
from .shape import more_words_than
from ..profile import Profile

MAX_BIO_WORDS = 120
BIO_VERB_WITHIN = 260  # the verb of a bio's first sentence comes after a name and a short appositive
# the cheap test on every line: stdlib re scans this plain pattern several times faster than regex
_MAY_BE_BIO = re.compile(r"\s(?:is|are|was|were|serves|works|teaches|heads|leads|directs|chairs|writes|covers)[\s,]")
_RESPECTIVE_ROLES = regex.compile(r",?\s+and\s+(?=(?:an?\s+|the\s+)?\p{Ll})")  # '..., professor at X and chief economist at Y'
ROLE_WITHIN_WORDS = 8  # the job word comes early: "is (a) senior research fellow at ..."
_SENTENCES = regex.compile(r"(?<=[.!?])(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Rev|\p{Lu})\.)\s+(?=[•*·▪■–—-]?\s*[\p{Lu}])")
_ORG_SPLIT = regex.compile(r"\s+(?:at|with)\s+(?:the\s+)?(?=[\p{Lu}\p{N}])|\s+(?:for|of)\s+(?:the\s+)?(?=[\p{Lu}])")
_ORG_END = regex.compile(
    r"(?:\s+in\s+[\p{Lu}][\p{L}.-]+(?=,)|,?\s+who\s+|,?\s+which\s+|,\s+[\p{Lu}][\p{L}.-]+(?:\s+[\p{Lu}][\p{L}.-]+)?\.?$|,\s+(?:and\s+|where\s+|which\s+|a\s+|an\s+|the\s+|based\s+|as\s+well|who\s+|in\s+)|\s+and\s+(?=\p{Ll})|;|\s+in\s+(?:[\p{Lu}][\p{L}.-]+)(?:[\s,]+[\p{Lu}][\p{L}.-]+)*\.?$|\.\s*$|\s+\(|\s+based\s+in\s)")
_COMMA_ORGANISATION = regex.compile(r",\s+(?:the\s+)?(?P<org>[\p{Lu}][^,]*(?:,\s*[\p{Lu}][^,]*)?)$")
_BIO_LEAD = regex.compile(r"^[•*·▪■–—\s-]*(?:(?:about the authors?|about the writer|author bio|bio|editor[’']s note)\s*:\s*)?", regex.I)
# 'a former ambassador to Japan and an adjunct senior fellow at X': the role at X is the last one
_EARLIER_ROLE = regex.compile(r"^.+?,?\s+and\s+(?=(?:an?|the)\s)")
_LEADING_ARTICLE = regex.compile(r"^(?:a|an|the|also|currently|now)\s+", regex.I)


@dataclass(frozen=True, slots=True)
class Bio:
    names: tuple[str, ...]  # empty for 'The writer is ...'
    role: str | None
    organisation: str | None
    sentence: str
    position: int = 0  # 'The writers are, respectively, A and B': which of the piece's authors an unnamed bio is


def match_bios(text: str, profile: Profile) -> list[Bio]:
    """Every bio sentence in the line, in order; [] when the first sentence is not a bio."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # '(The author is a columnist. The opinions expressed are her own.)'
    if not _MAY_BE_BIO.search(text[:BIO_VERB_WITHIN]):
        return []
    if not (profile.bio_named.match(text) or profile.bio_subject.match(text)) or more_words_than(text, MAX_BIO_WORDS):
        return []  # the first sentence must open like a bio; only then is the line cut into sentences
    bios: list[Bio] = []
    for sentence in _SENTENCES.split(text):
        found = _match_sentence(sentence, profile)
        if not found:
            if not bios:
                return []
            continue
        bios.extend(found)
    return bios


def _match_sentence(sentence: str, profile: Profile) -> list[Bio]:
    named = profile.bio_named.match(sentence)
    if named:
        names = split_names(named.group("names"))
        rest = named.group("rest")
    else:
        subject = profile.bio_subject.match(sentence)
        if not subject:
            return []
        names, rest = (), subject.group("rest")
        if subject.group("respectively"):
            return [bio for position, part in enumerate(_RESPECTIVE_ROLES.split(rest))
                    for bio in _bio(names, part, "is", sentence, profile, position)]
    return _bio(names, rest, named.group("verb") if named else "is", sentence, profile)


def _bio(names: tuple[str, ...], rest: str, verb: str, sentence: str, profile: Profile, position: int = 0) -> list[Bio]:
    if rest.startswith(("not ", "no ")):
        return []  # 'The levy is not a tax: why the council ...': a bio says what someone is
    if not profile.role_word.search(" ".join(rest.split(",")[0].split()[:ROLE_WITHIN_WORDS])):
        return []
    role, organisation = split_role(rest, verb, profile)
    return [Bio(names, role, organisation, _BIO_LEAD.sub("", sentence), position)]


def split_role(rest: str, verb: str = "is", profile: Profile | None = None) -> tuple[str | None, str | None]:
    """'director of X at the Y Institute in London.' -> ('director of X', 'Y Institute');
    'senior fellow, Deccan Centre for Fiscal Studies' -> ('senior fellow', 'Deccan Centre for Fiscal Studies')."""
    rest = rest.strip()
    if verb in {"teaches", "heads", "leads", "directs", "chairs", "writes", "covers"}:
        rest = f"{verb} {rest}"
    comma = _COMMA_ORGANISATION.search(rest)
    if comma and profile is not None and " at " not in rest[: comma.start()] and profile.org_word.search(comma.group("org")):
        organisation = _ORG_END.split(comma.group("org"), maxsplit=1)[0]
        return _LEADING_ARTICLE.sub("", rest[: comma.start()]).strip(" .,") or None, organisation.strip(" .,") or None
    split = None
    for match in _ORG_SPLIT.finditer(rest):
        if match.group(0).strip().split()[0] in {"at", "with"}:
            split = match
            break
        split = split or match
    if split is None:
        role = _ORG_END.split(rest, maxsplit=1)[0]
        return _LEADING_ARTICLE.sub("", role).strip(" .,") or None, None
    role = _EARLIER_ROLE.sub("", rest[: split.start()])
    organisation = _ORG_END.split(rest[split.end():], maxsplit=1)[0]
    return _LEADING_ARTICLE.sub("", role).strip(" .,") or None, organisation.strip(" .,") or None
