"""Byline cue: 'By Jane Roe', 'By Jane Roe and John Doe', 'By Jane Roe, Senior Fellow',
'By Jane Roe, a columnist at X, and John Doe, a fellow at Y'."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..dateparse import TRAILING_FULL_DATE
from ..names import NAME, is_name
from ..profile import Profile
from .bio import split_role

MAX_BYLINE_CHARS = 320
MAX_ROLE_LINE_CHARS = 120
ROLE_WORD_WITHIN = 4
# a role line names a job, it says nothing (stdlib re: twice as fast as regex on this literal pattern)
_VERB = re.compile(r"\s(?:is|are|was|were|has|have|will|says?)\s")
_AT_ORGANISATION = regex.compile(r"\s(?:at|@)\s+(?:the\s+)?\p{Lu}")
# People are separated by 'and', '&' or ';' before a capital: 'X, a fellow at Y, and Z ...'
_PEOPLE = regex.compile(r",?\s+(?:and|&)\s+(?=[\p{Lu}])|\s*;\s*(?=[\p{Lu}])")
# 'By X | Outlet', 'By X // 12 March 2024', 'By X - @handle', 'By X (@handle)', 'By X July 18, 2023'
# ... and 'An Op-Ed by X in The Straits Times', 'By X in' (the outlet cut off)
_BYLINE_TAIL = regex.compile(rf"\s+in\s+(?:the\s+)?(?=\p{{Lu}})|\s+in$|\s*\|\s*|\s+//\s+|\s+[-–—]\s+(?=\S*\d)"
                             rf"|\s+(?:[-–—]\s+|\()?@\w|\s+(?={TRAILING_FULL_DATE})")
_NAME_PIPE_ROLE = regex.compile(rf"^(?P<name>{NAME})\s+\|\s+(?P<role>[^|]{{2,80}})$")
_LEADING_NAME = regex.compile(rf"^(?P<name>{NAME})(?=,|$)")
_OUTLET_LEADS = ("For", "Published", "Published in", "Special to", "Exclusive to", "Via")  # 'By X, For The Harbour Times'
_NOT_PEOPLE = tuple(f"{lead} " for lead in _OUTLET_LEADS)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str | None = None
    organisation: str | None = None


@dataclass(frozen=True, slots=True)
class Byline:
    people: tuple[Person, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.people)


def match_byline(text: str, profile: Profile) -> Byline | None:
    if len(text) > MAX_BYLINE_CHARS:
        return None
    piped = _NAME_PIPE_ROLE.match(text)
    if piped and profile.role_word.search(piped.group("role")):  # 'Jane Roe | Senior Fellow'
        return Byline((Person(piped.group("name"), piped.group("role").strip()),))
    match = profile.byline.match(text)
    if not match:
        return None
    people: list[Person] = []
    for chunk in _PEOPLE.split(_BYLINE_TAIL.split(match.group("rest"), maxsplit=1)[0].strip()):
        parsed = _people_in(chunk.strip(" ,."), profile)
        if parsed is None:
            return None
        people.extend(parsed)
    return Byline(tuple(people)) if people else None


_IN_OUTLET = regex.compile(
    r"^(?i:an? )?(?i:op-?ed|article|commentary|column|essay|opinion piece) by .+? in (?:the )?(?P<outlet>\p{Lu}.{1,60})$")


_FOR_OUTLET = regex.compile(rf",\s+(?:{'|'.join(sorted(_OUTLET_LEADS, key=len, reverse=True))})\s+"
                            r"(?P<outlet>\p{Lu}[^,|]{1,60}?)\s*(?:,|\||$)")


def is_outlet_line(text: str, profile: Profile) -> bool:
    """'Harbour Tribune' on a line of its own, where a name might stand: an outlet, not a byline."""
    return "," not in text and profile.looks_like_outlet(text) and match_byline(text, profile) is None


def byline_outlet(text: str) -> str | None:
    """'An Op-Ed by Jane Roe in The Straits Times' -> 'The Straits Times': a listing's credit line;
    'By Jane Roe, For The Harbour Times, 30 Oct 2016' -> 'The Straits Times'."""
    match = _IN_OUTLET.match(text) or _FOR_OUTLET.search(text)
    return match.group("outlet").strip() if match else None


def _people_in(chunk: str, profile: Profile) -> list[Person] | None:
    """'Jane Roe, John Doe' -> two names; 'Jane Roe, Senior Fellow' -> one name and its role;
    'Jane Roe, a columnist at X' -> one name with role and organisation."""
    title = profile.title_before_name.match(chunk)  # 'Ambassador Jane Roe': the title is her role; 'Dr' none
    chunk = chunk[title.end():]
    lead = _LEADING_NAME.match(chunk)
    if not lead:
        return None
    people = [Person(lead.group("name"), title.group("title"))]
    parts = [p.strip() for p in chunk[lead.end():].split(",") if p.strip()]
    while parts and parts[-1].startswith(_NOT_PEOPLE):
        parts.pop()  # 'By Jane Roe, For The Harbour Times': where it ran, not who wrote it
    while parts and is_name(parts[0]) and not profile.role_word.search(parts[0]) and not profile.org_word.search(parts[0]):
        people.append(Person(parts.pop(0)))
    if parts:
        described = ", ".join(parts)
        if described[:1].islower():
            role, organisation = split_role(described, profile=profile)
        elif profile.role_word.search(parts[0]):
            role, organisation = parts[0], ", ".join(parts[1:]) or None
        elif profile.org_word.search(parts[0]):  # 'By Jane Roe, Coral Sea Policy Centre'
            role, organisation = None, parts[0]
        else:
            return None
        people[-1] = Person(people[-1].name, role or people[-1].role, organisation)
    return people



def match_authored_by(text: str, profile: Profile) -> Byline | None:
    """'This article is authored by Jane Roe, senior fellow, Kestrel Institute.': a bio footer
    that opens with the piece; read like a byline."""
    match = profile.authored_by.match(text)
    if not match or len(text) > MAX_BYLINE_CHARS:
        return None
    people: list[Person] = []
    for chunk in _PEOPLE.split(match.group("rest").strip(" .")):
        parsed = _people_in(chunk.strip(" ,."), profile)
        if parsed is None:
            return None
        people.extend(parsed)
    return Byline(tuple(people)) if people else None


def is_role_line(text: str, profile: Profile) -> bool:
    """'Director, Energy Policy at Northgate Institute', 'Senior Lecturer in Maritime Economics,
    Burrawang University': the line under an author's name that says what they do."""
    if len(text) > MAX_ROLE_LINE_CHARS or text[-1:] in ".!?" or not text[:1].isupper() or _VERB.search(text):
        return False
    head = " ".join(text.split()[:ROLE_WORD_WITHIN])
    if not profile.role_word.search(head):
        return False
    if "," not in text:
        return bool(_AT_ORGANISATION.search(text))
    organisation = text.rsplit(",", 1)[1]
    if organisation.isupper():
        organisation = organisation.title()  # 'DISTINGUISHED FELLOW, CALDWELL CENTER FOR LAND WARFARE'
    return bool(_AT_ORGANISATION.search(text) or profile.org_word.search(organisation))
