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


def test_a_request_sites_notice_names_the_act_when_the_reply_does_not() -> None:
    """The notice over a request site's copy of a reply is chrome and leaves body_text, but the
    Act it names is the regime when the reply itself names none; a reply naming one keeps its."""
    notice = "An HTML rendering of a file attached to the Freedom of Information request 'Lodges'.\n"
    reply = (
        "Thank you for your letter of 7 December 2012 about membership of lodges.\n"
        "I can confirm that the Association keeps no register of its members' lodges.\n"
    )
    record = parse((notice + reply).encode(), path="reply.txt")
    assert record.body_text == reply.rstrip("\n")
    assert record.regime == "FOIA"
    eir = reply + "We have dealt with your request under the Environmental Information Regulations 2004, and regulation 12(4)(a) applies.\n"
    assert parse((notice + eir).encode(), path="reply.txt").regime == "EIR"
