"""Pure extraction library: FOI response bytes in, a Disclosure record out. No I/O."""
from parser.judgement.combine import RawDoc, parse_response
from parser.pipeline import PARSER_VERSION, parse
from parser.record import Cell, Disclosure, Exemption, Table

__all__ = [
    "PARSER_VERSION", "Cell", "Disclosure", "Exemption", "RawDoc", "Table", "parse", "parse_response",
]
