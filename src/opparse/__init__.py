"""opparse: split op-ed blog dumps into pieces and extract their fields.

    >>> import opparse
    >>> records = opparse.parse(open("dump.txt", encoding="utf-8").read(), source="dump.txt")
"""
__version__ = "0.1.0"

from .pipeline import parse  # noqa: E402

__all__ = ["parse", "__version__"]
