"""People's names as bylines, standfirsts and bios write them."""
from __future__ import annotations

import regex

# Two to four capitalised words, with initials and lowercase particles (van, de, bin, al) between.
NAME = (
    r"(?:[\p{Lu}][\p{L}'’\-]*\.?|[\p{Lu}]\.)"
    r"(?:\s+(?:(?:van|von|de|da|del|der|den|di|du|dos|das|bin|binti|al|el|la|le|ibn|ter|y)\s+)*"
    r"(?:[\p{Lu}][\p{L}'’\-]*\.?|[\p{Lu}]\.)){1,3}"
)
NAME_LIST = rf"{NAME}(?:\s*,\s*{NAME})*(?:,?\s+(?:and|&)\s+{NAME})?"

_NAME = regex.compile(NAME)
_TRAILING_STOP = regex.compile(r"(?<=\p{L}{2})\.$")  # 'Kavita Sundaralingam.' at a sentence's end, not 'J.'
_SEPARATORS = regex.compile(r",\s+and\s+|\s*,\s*|\s+(?:and|&)\s+")
_FOLLOW_BUTTON = regex.compile(r"\s*[·•|]\s*\+?\s*Follow(?:ing)?$")  # Medium, Substack, LinkedIn: 'Jane Roe · Follow'


def without_follow_button(text: str) -> str:
    return _FOLLOW_BUTTON.sub("", text)


def split_names(text: str) -> tuple[str, ...]:
    """'Jane Roe, John Doe and Li Wei' -> ('Jane Roe', 'John Doe', 'Li Wei')."""
    return tuple(_TRAILING_STOP.sub("", part) for part in _SEPARATORS.split(without_follow_button(text))
                 if _NAME.fullmatch(part))


def is_name(text: str) -> bool:
    return bool(_NAME.fullmatch(text))
