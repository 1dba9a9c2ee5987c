"""Field extractors: each reads a labelled piece and returns one field of the record."""
