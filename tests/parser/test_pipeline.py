"""parse() end to end on the seed response (Cleveland Police, 207-24)."""
from parser import Disclosure, parse


def test_seed_parses_to_a_record(seed_bytes: bytes) -> None:
    record = parse(seed_bytes, path="seed.txt")
    assert isinstance(record, Disclosure)
    assert record.path == "seed.txt"
    assert "The National Crisis Negotiator Course is two weeks long." in record.body_text


def test_empty_input_is_a_warning_not_a_traceback() -> None:
    record = parse(b"", path="empty.html")
    assert record.body_text == ""
    assert record.warnings == ["empty input: no bytes to parse"]
