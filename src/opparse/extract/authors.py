"""Authors from bylines, naming standfirsts, date lines and bios, merged per person in order.

A bio ('NAME is ROLE at ORG') fills the role and organisation of a name seen earlier; 'The writer
is ...' belongs to the byline's author, or to the blog's owner when the piece names no one else.
"""
from __future__ import annotations

import regex

from ..cues import SIGNATURE_CUE
from ..cues.bio import Bio, match_bios, split_role
from ..cues.byline import Person, is_outlet_line, is_role_line, match_authored_by, match_byline
from ..cues.standfirst import titled_names
from ..label import Labelled
from ..model import Author, Role
from ..names import NAME, split_names
from ..profile import Profile

_HONORIFIC = regex.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?\s+(?=\S+$)")
_HONORIFIC_BEFORE_NAME = regex.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?\s+(?=\S+\s+\S+)")
MAX_BARE_ROLE_WORDS = 3
_POSTED_BY = regex.compile(rf"^Posted by\s+(?P<name>{NAME})\b")


class _Authors:
    """Authors keyed by folded name, kept in order of first appearance."""

    def __init__(self) -> None:
        self.by_key: dict[str, Author] = {}

    def _key(self, name: str) -> str:
        """'Ms. Tate-Okafor' in a bio is the 'Rosalind Tate-Okafor' of the byline."""
        honorific = _HONORIFIC.match(name)
        if honorific:
            surname = name[honorific.end():].casefold()
            for key in self.by_key:
                if key.split()[-1] == surname:
                    return key
        return name.casefold()

    def add(self, name: str, role: str | None = None, organisation: str | None = None) -> Author:
        name = _once(_HONORIFIC_BEFORE_NAME.sub("", name))  # 'Dr Jane Roe' is the byline's 'Jane Roe'
        key = self._key(name)
        author = self.by_key.get(key)
        if author is None:
            author = self.by_key[key] = Author(name, role, organisation)
        else:
            author.role = author.role or role
            author.organisation = author.organisation or organisation
        return author

    def add_bio(self, name: str, role: str | None, organisation: str | None, sentence: str) -> None:
        """A bio's role and organisation win over a byline's: they say more."""
        author = self.add(name)
        author.role = role or author.role
        author.organisation = organisation or author.organisation
        author.bio = sentence


def _once(name: str) -> str:
    """'Jane Roe Jane Roe' (a photo's alt text glued to the caption under it) is 'Jane Roe'."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else name


def _may_be_person(name: str, profile: Profile) -> bool:
    """A name-shaped line may be an outlet's ('The Harbour Report', 'Asia Times'), never a person's."""
    return not name.startswith("The ") and not profile.looks_like_outlet(name)


def _is_bare_role(text: str, profile: Profile) -> bool:
    """A line that is only a job title, whose last word names the job: 'Senior Fellow'."""
    words = text.split()
    return len(words) <= MAX_BARE_ROLE_WORDS and bool(profile.role_word.fullmatch(words[-1]))


def _role_and_organisation(text: str, profile: Profile) -> tuple[str | None, str | None]:
    """'Director, Energy Policy at Northgate Institute' -> ('Director, Energy Policy', 'Northgate Institute')."""
    at = text.rfind(" at ")
    if at > 0:
        return text[:at].strip(" ,"), text[at + 4:].removeprefix("the ").strip(" ,.")
    return split_role(text, profile=profile)


def extract_authors(lines: list[Labelled], profile: Profile) -> list[Author]:
    authors = _Authors()
    fallback: list[str] = []  # 'Posted on ... by NAME', 'Posted by NAME': the blog's owner
    last: Author | None = None  # the author a role line under a name belongs to
    anonymous_bios: list[Bio] = []
    teaser = sum(x.role is Role.BODY for x in lines) == 1  # a listing item's one paragraph, which may name its author
    for x in lines:
        if x.role is Role.BYLINE:
            byline = match_byline(x.text, profile)
            if byline:
                for person in byline.people:
                    last = authors.add(person.name, person.role, person.organisation)
            elif is_role_line(x.text, profile) and last is not None:
                role, organisation = _role_and_organisation(x.text, profile)
                last.role, last.organisation = last.role or role, last.organisation or organisation
            elif _is_bare_role(x.text, profile):  # 'CONTRIBUTING WRITER' under the name
                if last is not None:
                    last.role = last.role or x.text
            elif not is_outlet_line(x.text, profile):
                for name in split_names(x.text):  # a bare 'Jane Roe and Li Wei' line
                    if _may_be_person(name, profile):
                        last = authors.add(name)
        elif x.role in (Role.STANDFIRST, Role.INTRO) or (x.role is Role.BODY and teaser):
            for name in x.features.standfirst_names:
                title = profile.title_before_name.match(name)  # 'Assistant Professor Jane Roe authored ...'
                if _may_be_person(name, profile):  # 'Asia Times published ...' names no author
                    authors.add(name[title.end():], title.group("title"))
            names, title = titled_names(x.text, profile) if not x.features.standfirst_names else ((), None)
            for name in names:
                authors.add(name, title)
        elif x.role is Role.DATELINE and x.features.dateline and x.features.dateline.author:
            fallback.append(x.features.dateline.author)
        elif x.role is Role.FURNITURE and x.features.cues == (SIGNATURE_CUE,):
            for name in split_names(x.text.rstrip(",")):  # a letter's signature, 'Jane Roe & Li Wei'
                authors.add(name)
        elif x.role is Role.FURNITURE and (posted := _POSTED_BY.match(x.text)):
            fallback.append(posted.group("name"))
        elif x.role is Role.BIO and (authored := match_authored_by(x.text, profile)):
            for person in authored.people:
                authors.add_bio(person.name, person.role, person.organisation, x.text)
        elif x.role is Role.BIO:
            for bio in match_bios(x.text, profile):
                if bio.names:
                    for name in bio.names:
                        authors.add_bio(name, bio.role, bio.organisation, bio.sentence)
                else:
                    anonymous_bios.append(bio)
    if not authors.by_key:
        for name in [name for name in fallback if _may_be_person(name, profile)][:1]:
            # 'Dr Jane Roe and Prof Li Wei' from a credit line: each with the role a title gives
            byline = match_byline(f"By {name}", profile)
            for person in byline.people if byline else (Person(name),):
                authors.add(person.name, person.role, person.organisation)
    named = list(authors.by_key.values())
    for bio in anonymous_bios:  # 'The writer is ...': the piece's first-named author; '..., respectively, ...': in order
        if bio.position < len(named):
            authors.add_bio(named[bio.position].name, bio.role, bio.organisation, bio.sentence)
    return list(authors.by_key.values())
