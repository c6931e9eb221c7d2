"""Authority families behind the misses left in session 8 (fields12), in texts written for these
tests, each with an opposite that must not change:

- a force named only by its social-media handle ("the @Glos_Police press office"): the underscore
  joins a name's words as a space does (web10_10);
- a force named by its police-area name alone ("Devon and Cornwall response"), a last-resort
  place like the towns of places.csv (web16_14);
- a page copy whose chrome opens with the site's own domain ("gov.scot" as the masthead): as good
  as the page's URL, against the bodies the reply discusses (web11_13);
- a headline whose capitalised words end in an institution noun ("Yesterday the Cost of Calling
  the Fire Brigade"): "the" straight after a capitalised word is a sentence, not a name (web11_14);
- a document mirror's title or breadcrumb naming the document's owner ("docslib · Civil Nuclear
  Police Authority"): the owner's line, as a masthead line is (web12_19).
"""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority


HANDLE_THREAD = (
    "A short thread about a long wait\n"
    "In 2019 I asked the @Glos_Police press office about test purchases of knives. They would not say.\n"
    "So I sent an FOI request. The answer came two years later: it will neither confirm nor deny "
    "that anything is held.\n"
)


def test_force_named_by_its_handle() -> None:
    assert find_authority(HANDLE_THREAD) == ("Gloucestershire Constabulary", "gloucestershire")


def test_handle_words_still_need_the_name() -> None:
    # an underscore between words that name no body gives nothing
    text = HANDLE_THREAD.replace("@Glos_Police", "@knife_watch")
    assert find_authority(text) == (None, None)


def test_police_area_name_alone() -> None:
    text = ("Devon and Cornwall response to my request\n"
            "Here is the reply from the licensing department, without its letterhead.\n"
            "Questions 1 and 2 are answered in the FAQs on the website.\n")
    assert find_authority(text) == ("Devon and Cornwall Police", "devon-cornwall")


def test_police_area_name_gives_way_to_a_named_writer() -> None:
    text = ("Thames Valley response\n"
            "Kent Police holds the information you asked for, and it is set out below.\n")
    assert find_authority(text) == ("Kent Police", "kent")


_GOV_BODY = (
    "Correspondence between Scottish Government officials and the Scottish Prison Service: FOI release\n"
    "Information requested\nAll letters between the Scottish Prison Service and officials about staffing.\n"
    "Response\nSome of what you asked for is enclosed. Part is in the Scottish Prison Service annual report.\n"
)


def test_chrome_masthead_domain_names_the_site() -> None:
    chrome = "gov.scot\nSkip to the main content\nTopics \u00b7 Publications"
    assert find_authority(_GOV_BODY, chrome=chrome) == ("Scottish Government", "scottish-government")


@pytest.mark.parametrize(
    "chrome",
    [
        # a domain further down the chrome (a link in the footer) is no masthead
        "Skip to the main content\nTopics\nPublications\nSee also gov.scot",
        # a host that is in no row (a mirror) says nothing
        "docmirror.example.com\nSkip to the main content",
    ],
)
def test_chrome_domain_that_is_no_masthead(chrome: str) -> None:
    assert find_authority(_GOV_BODY, chrome=chrome) == ("Scottish Prison Service", "scottish-prison-service")


def test_headline_is_no_body_name() -> None:
    text = ("Yesterday the Cost of Calling the Fire Brigade was a Secret, Today it Is Not\n"
            "Update\nThe approximate cost is what the Mid and West Wales Fire and Rescue Service decided "
            "today to release, having first refused.\n")
    assert find_authority(text) == ("Mid and West Wales Fire and Rescue Service", "mid-west-wales-frs")


def test_name_with_of_the_is_still_a_name() -> None:
    text = ("Office of the Fenmarsh Harbour Board\nOur ref: 12/24\nDear Requester,\n"
            "The Fenmarsh Harbour Board holds the figures you asked for.\n")
    assert find_authority(text)[0] == "Office of the Fenmarsh Harbour Board"


_CNPA_LETTER = (
    "Hinton House Risley Warrington\nRef: FOI 2009-038\n"
    "3. What is the Civil Nuclear Constabulary's management structure?\n"
    "Page 9 of the Civil Nuclear Police Authority Annual Report gives this information.\n"
)


@pytest.mark.parametrize(
    "chrome",
    [
        "docslib \u00b7 Civil Nuclear Police Authority\n3 pages \u00b7 PDF",
        "Home \u203a Documents \u203a Civil Nuclear Police Authority\nDownload",
    ],
)
def test_mirror_title_names_the_documents_owner(chrome: str) -> None:
    assert find_authority(_CNPA_LETTER, chrome=chrome) == ("Civil Nuclear Police Authority", "cnpa")


def test_banner_sentence_naming_the_owner_is_no_title() -> None:
    chrome = "Read how the Civil Nuclear Police Authority uses cookies on this mirror\nDownload"
    assert find_authority(_CNPA_LETTER, chrome=chrome) == ("Civil Nuclear Constabulary", "cnc")
