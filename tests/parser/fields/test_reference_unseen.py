"""Reference shapes met on real replies the parser had not seen (issue 14): a title that quotes
an earlier request's number, an officer's or team's letters after the number, case-system
labels, bracketed title tails, a log's publication number before the FOI number. Each rule
with its opposite. Texts written for these tests, after the shapes of gov.scot FOI releases,
Norfolk/Suffolk and council letters (pages read with the search tool)."""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference

GOV_SCOT_QUOTING = (
    "Files relating to FOI 201900009848: FOI release\n"
    "Information request and response under the Freedom of Information (Scotland) Act 2002\n"
    "Information requested\n"
    "All case files about FOI 201900009848 and its review.\n"
)

CASES = [
    # a title about an earlier request: its number is not this reply's, nor later mentions of it
    ("title_quotes_earlier_request", GOV_SCOT_QUOTING, None, None),
    ("title_quotes_earlier_label_below", GOV_SCOT_QUOTING.replace("Information requested", "FOI reference: FOI/202000018614\nInformation requested"), None, "FOI/202000018614"),
    # opposite: the same unlabelled long number not quoted as another's is taken
    ("title_own_number", "FOI 101003593654 - CCTV cameras\nThe Council operates 84 cameras.\n", None, "101003593654"),
    # an officer's or team's letters end the label's line
    ("officer_initials", "Reference: 1234/23 JS\nDear Sir", None, "1234/23 JS"),
    ("team_letters", "Our Ref: 2345/23 ICU\nDate: 4 May 2023", None, "2345/23 ICU"),
    # opposite: a topic's acronym or a word is not a suffix
    ("topic_acronym_not_suffix", "Our Ref: 2345/23 CCTV\nDear Sir", None, "2345/23"),
    ("short_topic_not_suffix", "Our Ref: 2345/23 ASB\nDear Sir", None, "2345/23"),
    ("suffix_not_mid_line", "Our Ref: 2345/23 JS Date: 4 May 2023\nDear Sir", None, "2345/23"),
    # council and government case-system labels, with ":" only
    ("request_id_label", "Request ID: 104523\nDear Sir", None, "104523"),
    ("case_number_label", "Case number: 2023/1234\nDear Sir", None, "2023/1234"),
    ("case_number_in_prose_not_label", "The crime was logged under case number 2023/1234 last year.\nDear Sir", None, None),
    # title tails in brackets, with or without "Ref"
    ("title_tail_ref_word", "Body.", "Police dogs (Ref 2023-0456)", "2023-0456"),
    ("title_tail_square", "Body.", "Police dogs [FOI/23/0456]", "FOI/23/0456"),
    ("title_tail_year_span_not_ref", "Body.", "Police dogs (2019/20)", None),
    # a log's publication number leads the title, the FOI number follows
    ("publication_then_foi_number", "Body.", "Disclosure 2023-118: FOI 3871/23 Drones", "FOI 3871/23"),
    ("title_relating_to_other_foi", "Body.", "Papers relating to FOI 3871/23", None),
    ("title_foi_then_year", "Body.", "Police dogs | FOI 2023 | Kent Police", None),
    ("title_foi_then_year_span", "Body.", "Kent Police FOI 2022/23 annual report", None),
    # a body's letters before its FOI number are part of the reference
    ("body_letters_prefix", "Ref: BTP FOI 1234-23\nDear Sir", None, "BTP FOI 1234-23"),
    ("ampersand_body_prefix", "Ref: D&C FOI 1234/23\nDear Sir", None, "D&C FOI 1234/23"),
    # opposite: a word before a number is no prefix
    ("sentence_word_not_prefix", "Ref: FOI 1234/23 AND 1235/23\nDear Sir", None, "FOI 1234/23"),
    # "Ref.:" with its full stop
    ("ref_full_stop_colon", "Ref.: 0456/23\nDear Sir", None, "0456/23"),
]


@pytest.mark.parametrize(("name", "text", "title", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reference_unseen(name: str, text: str, title: str | None, expected: str | None) -> None:
    assert find_reference(text, title=title) == expected
