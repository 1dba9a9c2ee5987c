"""Caption cue: a line that ends in a photo credit, in the forms agencies and outlets use.

'... Photo: EPA', '... Photograph: Jane Roe/Reuters', '(Photo: AP)', '[File: Name/Reuters]',
'(Photo by Jane Roe)', '(AP Photo/Name)', '...in Jakarta.Photo: Reuters', '... [Al Jazeera]',
'... ST PHOTO: JANE ROE', and a bare agency after the last sentence: '... in Jakarta. Reuters'.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..profile import Profile
from .shape import more_words_than

MAX_CAPTION_WORDS = 90
CREDIT_WINDOW = 160
CREDIT_BY_WINDOW = 100  # 'Photo by NAME' ends a caption: a name is shorter than this
BARE_AGENCY_WINDOW = 34  # 'Reuters / Jane Roe': the photographer after an agency's slash
_MAY_HOLD_CREDIT = regex.compile(r"[:()\[\]©|]|\b(?:by|[Pp]hoto)\b")  # every credit form but a bare agency has one
_PIPE_CREDIT = regex.compile(r"\s+\|\s+(?P<credit>[^|]{2,60})$")  # Japan Times: '... in Niigata. | KYODO'
_PHOTO_OF = regex.compile(r"^[\p{Lu}][\w.'’& -]{0,40}\s(?:Photos?|PHOTOS?|Pictures?|Pic|Images?)$")  # '(HT Photo)', '[JOONGANG PHOTO]'
_CREDIT_LIKE = regex.compile(r"^[\p{Lu}\p{N}][\p{L}\p{N}.'’&\- ]*(?:\s*/\s*[\p{Lu}][\p{L}\p{N}.'’&\- ]*)+$")


@dataclass(frozen=True, slots=True)
class Credit:
    text: str  # the caption without its credit
    credit: str


def credit_alone(text: str, profile: Profile) -> str | None:
    """The credit of a line that is only a credit ('Credit...Jane Roe for The Daily Planet', 'Foto: EFE')."""
    match = profile.credit_alone.match(text)
    return match.group("credit").strip(" .") if match else None


def split_credit(text: str, profile: Profile) -> Credit | None:
    """The caption text and its credit, or None when the line does not end in a credit."""
    if more_words_than(text, MAX_CAPTION_WORDS):
        return None
    offset = max(0, len(text) - CREDIT_WINDOW)  # credits sit at the end: scan only the tail
    tail = text[offset:]
    if not _MAY_HOLD_CREDIT.search(tail) and _last_word(text).casefold() not in profile.agency_last_words:
        return None
    found = _find_credit(tail, profile)
    if found is None:
        return None
    start, credit = found
    return _credit(text, offset + start, credit)


def _last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1].rsplit("/", 1)[-1].strip(".")


def _find_credit(text: str, profile: Profile) -> tuple[int, str] | None:
    """The credit's offset and text; each form is tried only if the tail has its mark (a colon or
    ©, a bar, a closing bracket), which most prose lines lack."""
    match = profile.credit_label.search(text) if ":" in text or "©" in text else None
    if match and match.start() > 0:
        return match.start(), match.group("credit")
    end = text.rstrip().removesuffix(".")
    bracketed = end.endswith((")", "]"))
    # '(Photo by Name)', '[AP Photo/Name]', '... Photo by Name': a bracket at the end, or ' by ' near it
    match = profile.credit_by.search(text) if bracketed or " by " in text[-CREDIT_BY_WINDOW:].casefold() else None
    if match and match.start() > 0:
        credit = match.group("credit") or match.group("credit2") or match.group("credit3")
        return match.start(), credit
    match = _PIPE_CREDIT.search(text) if "|" in text else None
    if match and (profile.agency.search(f" {match.group('credit')} ") or match.group("credit").isupper()):
        return match.start(), match.group("credit")
    match = profile.credit_bracket.search(text) if bracketed else None
    if match and match.start() > 0:
        inner = match.group("credit").strip()
        if profile.agency.search(f" {inner} ") or _CREDIT_LIKE.match(inner) or _PHOTO_OF.match(inner) \
                or profile.outlet_name.fullmatch(inner):
            return match.start(), inner
    # '... in Jakarta. Reuters', '... Reuters/Jane Roe': an agency's last word ends the line, or a slash near its end
    bare = _last_word(text).casefold() in profile.agency_last_words or "/" in text[-BARE_AGENCY_WINDOW:]
    match = profile.credit_bare_agency.search(text) if bare else None
    if match and match.start() > 0:
        return match.start(), match.group("credit")
    return None


def _credit(text: str, start: int, credit: str) -> Credit | None:
    caption = text[:start].rstrip(" ([–—-|")
    credit = credit.strip(" .;,")
    if not caption or not credit:
        return None
    return Credit(caption, credit)
