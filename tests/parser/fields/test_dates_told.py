"""Response dates session 7 (chrome10) added: a reply's arrival told in a requester's or reporter's
words, a flattened letter head's date after an empty reference field or above "Dear", and a news
site's dateline (the article's date, not the reply's). Each with a case it must not fire on.
Every text is written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.dates import find_dates


@pytest.mark.parametrize(
    ("text", "response"),
    [
        # a reply's arrival told in narrative
        ("On December 5, 2017 I sent an FOI request to the force.\nThe answer arrived on November 20, 2020, long after the deadline.", "2020-11-20"),
        ("I asked the council in March.\nTheir response finally came back on 3 May 2019 and gave the figures.", "2019-05-03"),
        ("We wrote to the force in 2018. The reply eventually turned up on 14 February 2019.", "2019-02-14"),
        # ... not an earlier reply a review looks back on, nor the requester's own reply
        ("Internal review\nThe original response arrived on 3 May 2019; this review looks at it again.", None),
        ("Thank you for clarifying. Your reply came on 3 May 2019 and the clock restarted then.", None),
        # a flattened letter head: the date after an empty reference label
        ("Freedom of Information Office\nOur ref: HQ/PA/004666/19 Your ref: 22 October 2019\nDear Ms Andrews,\nThe figures are below.", "2019-10-22"),
        # ... and the date closing the head's line above the salutation
        ("Information Section, Police HQ, Tel: 101 Fax: 0115 967 2896 10 January 2017\nDear Sir\nThe figures are below.", "2017-01-10"),
        # ... but a request's date labelled as such is the request's
        ("Information Section, Police HQ\nYour request dated 10 January 2017\nDear Sir\nThe figures are below.", None),
        # ... and a date inside a sentence above "Dear" is no head's date
        ("Information Section, Police HQ\nYour ref: your email of 22 October 2019\nDear Sir\nThe figures are below.", None),
    ],
)
def test_response_dates_told(text: str, response: str | None) -> None:
    assert find_dates(text).response == response


def test_a_news_dateline_is_the_articles_date_not_the_replys() -> None:
    text = (
        "Force refuses to release firing range papers\n"
        "11th Mar 2021 | Local News\n"
        "The force refused to release anything, calling the request vexatious.\n"
    )
    chrome = "Local Paper News · Sport · Contact us Get our free weekly newsletter\n© Local Paper · Advertise with us · Privacy"
    found = find_dates(text, chrome=chrome)
    assert (found.response, found.published) == (None, "2021-03-11")


def test_a_log_page_dateline_with_no_news_furniture_stays_the_replys() -> None:
    text = (
        "Stop and search figures\n"
        "11th Mar 2021 | Crime\n"
        "The force holds the information and it is set out below.\n"
    )
    chrome = "Example Police · Accessibility · Privacy · Sign up to our newsletter"
    found = find_dates(text, chrome=chrome)
    assert (found.response, found.published) == ("2021-03-11", "2021-03-11")
