"""Reference shapes from the web12 and let08 batches (issue 14), each with its opposite. Texts
written for these tests after the shapes of real replies read with the search tool: Essex Police's
previous-FOI pages ("PUB 1316" above "16228",
https://www.essex.police.uk/foi-ai/essex-police/other-information/previous-foi-requests/cost-of-policing-insulate-britain-protests/),
Essex Fire's log and letters ("FOI4719 / October 2024 / ...", "FOI / 4409 / 2022 / Forest Fires"),
PSNI's two-column letterhead read as a table row, Surrey's subject line, the Welsh letterheads of
Dyfed-Powys and Gwent, gov.scot's appeal replies."""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference

CASES = [
    # a log's publication number on its own line, the FOI number on the next
    ("publication_line_then_foi_number", "Keywords, ASB, Data\nPUB 1356\n16284\nAnti-Social Behaviour\n", None, "16284"),
    ("publication_label_then_foi_number", "Publication No: 88\n16310\nDrones\nPlease give me...\n", None, "16310"),
    # opposite: a bare number not below a publication number is no reference
    ("lone_number_alone_not_ref", "Keywords, ASB, Data\n16284\nAnti-Social Behaviour\n", None, None),
    # opposite: a publication number alone is never taken
    ("publication_line_alone_not_ref", "Keywords\nPUB 1356\nAnti-Social Behaviour\n", None, None),
    # "FOI" fused with its number, in a title
    ("fused_foi_number_title", "Body.", "FOI4719 / October 2024 / False / Faulty Alarms", "FOI4719"),
    # opposite: "FOI" fused with a year is a year
    ("fused_foi_year_not_ref", "Body.", "FOI2023 / annual statistics", None),
    # spaced slashes: number and year after "FOI"
    ("spaced_slash_foi_year", "Essex County Fire & Rescue Service\nFOI / 4409 / 2022 / Forest Fires\nDear Sir/Madam,\n", None, "FOI / 4409 / 2022"),
    # opposite: "FOI / 2022" (a year alone) is no reference
    ("spaced_slash_year_only_not_ref", "Service\nFOI / 2022 / Forest Fires\nDear Sir/Madam,\n", None, None),
    # a header block read as a table row: "Label: | value"
    ("label_then_cell_bar", "Police Service of Northern Ireland\nRequest Number: | FOI/15775\nDate: | October 14, 2025\n", None, "FOI/15775"),
    # opposite: a question's number after a bar is no reference
    ("label_bar_question_number_not_ref", "Request number: | 2\nDate: | October 14, 2025\n", None, None),
    # "Freedom of Information:" as a subject line's label
    ("freedom_of_information_colon", "Surrey Police\nFreedom of Information: 003814/19 – Incidents NRM referral\nDear Requester,\n", None, "003814/19"),
    # opposite: the Act's name is no label
    ("freedom_of_information_act_not_label", "Surrey Police\nUnder the Freedom of Information Act 2000 we hold 2019/20 figures.\n", None, None),
    # the Welsh label with its gloss, split by a two-column letterhead
    ("welsh_label_with_gloss", "Heddlu Dyfed-Powys Police\nCais Rhyddid Gwybodaeth / FOI 294/25\nReference:\nDyddiad / Date: May 2025\n", None, "294/25"),
    # opposite: the Welsh words in prose with no number after them
    ("welsh_label_no_number", "Heddlu\nCais Rhyddid Gwybodaeth / FOI Reference: n/a\nDyddiad / Date: May 2025\n", None, None),
    # a stage word ending the label's line belongs to the reference
    ("stage_word_appeal", "Scottish Government\nFOI reference: FOI/18/00319 Appeal\nDate received: 6 September 2018\n", None, "FOI/18/00319 Appeal"),
    # opposite: the word in mid-line, and a reference alone on its line
    ("stage_word_mid_line_not_suffix", "FOI reference: FOI/18/00319 Appeal to the Commissioner\n", None, "FOI/18/00319"),
    # a body's letters, year and number before the topic (Nottinghamshire Fire and Rescue's log)
    ("letters_year_number_title", "NFRS 2022 72 - fires on Grafton Street, Worksop\nWhat you asked\n", None, "NFRS 2022 72"),
    # opposite: the same shape in prose, with no dash and topic after it
    ("letters_year_number_in_prose", "There were ASB 2021 12 incidents in the ward.\n", None, None),
    # a response number with its statute (the PIRC's log)
    ("statute_response_number", "Police Investigations & Review Commissioner\nFOISA Response No. 836 - discretion\n", None, "836"),
    # opposite: an answer's number without a statute before it
    ("plain_response_number", "Question 2\nResponse No. 2 - we hold no data\n", None, None),
    # a log table whose first column is the reference (a commissioner's office's Word log)
    ("table_reference_column", "Cumbria Office\nRef No & Date | Request Received | Response Provided\n"
     "001/13 03.01.13 | How many enquiries\n", None, "001/13"),
    # opposite: a row number or a year under such a header is no reference
    ("table_reference_column_row_number", "Ref No & Date | Request\n1 | none\n", None, None),
    ("table_year_column_not_ref", "Reference | Topic\n2023 | Drones\n", None, None),
    ("no_stage_word", "FOI reference: FOI/18/00319\nDate received: 6 September 2018\n", None, "FOI/18/00319"),
]


@pytest.mark.parametrize(("name", "text", "title", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reference_fourth_sight(name: str, text: str, title: str | None, expected: str | None) -> None:
    assert find_reference(text, title=title) == expected
