"""opparse: split op-ed blog dumps into pieces and extract their fields.

    >>> import opparse
    >>> records = opparse.parse(text, source="dump.txt")    # a dump already in memory
    >>> records = opparse.parse_file("dump.txt")             # read as the command line reads it

Both return a list of dicts with the keys of CONTRACT.md, and are plain functions of their
arguments, so a distributed engine (Dask, Spark, Ray) can call them on workers.
"""
__version__ = "0.1.0"

from .pipeline import parse, parse_file  # noqa: E402
from .profile import load_profile  # noqa: E402

__all__ = ["parse", "parse_file", "load_profile", "__version__"]
