"""Site profiles sort real URL shapes (REAL-SITES.md) into listings, responses, attachments."""
from __future__ import annotations

from datetime import date

import pytest

from crawler.profile import load_profile, profile_names


def test_every_shipped_profile_loads():
    assert profile_names() == ["generic", "pdf-letter", "psni", "soh", "west-yorkshire"]
    for name in profile_names():
        assert load_profile(name).name == name


@pytest.mark.parametrize("path, kind", [
    ("/foi-ai/cleveland-police/disclosure/", "listing"),
    ("/foi-ai/cleveland-police/disclosure/2025/", "listing"),
    ("/foi-ai/cleveland-police/disclosure/2025/may/", "listing"),
    ("/foi-ai/cleveland-police/disclosure/2025/may/foi-58625-data-requests-to-vivastreet/", "response"),
    ("/foi-ai/metropolitan-police/disclosure-2024/", "listing"),
    ("/foi-ai/metropolitan-police/disclosure-2024/july-2024/", "listing"),
    ("/foi-ai/metropolitan-police/disclosure-2024/july-2024/mutual-aid-num-dispute-1984-1985/", "response"),
    ("/foi-ai/metropolitan-police/d/july-2022/percentage-of-documents-put-on-disclosure-log/", "response"),
    ("/foi-ai/south-wales-police/disclosure-log/2025/june/foi-49225/", "response"),
    ("/foi-ai/warwickshire-police/foi-disclosure-2023/october-2023/", "listing"),
    ("/foi-ai/warwickshire-police/foi-disclosure-2023/october-2023/foi-982-2023--oct-2023--foi-request/", "response"),
    ("/cy-GB/foi-ai/heddlu-dyfed-powys/datgeliadau-2026/chwefror/", "listing"),
    ("/cy-GB/foi-ai/heddlu-dyfed-powys/datgeliadau-2026/chwefror/chain-of-custody-11702025/", "response"),
    ("/foi-ai/gwent-police/disclosure2/2022/09---september/202225392---problem-profiles/", "response"),
    ("/foi-ai/af/accessing-information/published-items/?q=&page=3", "listing"),
    ("/SysSiteAssets/foi-media/metropolitan-police/disclosure_2023/november_2023/crimes-ulez-cameras.xlsx", "attachment"),
    ("/hyg/privacy/", None),
    ("/rqo/request/ri/request-information/", None),
])
def test_soh_links(path, kind):
    assert load_profile("soh").classify(path) == kind


@pytest.mark.parametrize("profile, path, kind", [
    ("psni", "/foi-disclosure-log", "listing"),
    ("psni", "/foi-disclosure-log?page=3", "listing"),
    ("psni", "/foi-disclosure-log/ruc-duty-officer-logs", "response"),
    ("psni", "/sites/default/files/2024-02/foi-15751.pdf", "attachment"),
    ("west-yorkshire", "/freedom-of-information?page=1", "listing"),
    ("west-yorkshire", "/freedom-of-information/september-2023-foi-1759225-23-specific-leeds-incident", "response"),
    ("pdf-letter", "/access-to-information/freedom-of-information/disclosure-log/", "listing"),
    ("pdf-letter", "/access-to-information/freedom-of-information/disclosure-log/disclosure-log-2024/", "listing"),
    ("pdf-letter", "/access-to-information/freedom-of-information/disclosure-log/disclosure-log-2024/may/", "listing"),
    ("pdf-letter", "/access-to-information/freedom-of-information/disclosure-log/publication-library/?page=2", "listing"),
    ("pdf-letter", "/access-to-information/freedom-of-information/disclosure-log/disclosure-log-2024/may/24-0634-drones/", "response"),
    ("pdf-letter", "/access-to-information/freedom-of-information/disclosure-log/0/2019/may/19-0954-data02", "response"),
    ("pdf-letter", "/spa-media/ab12cd34/24-0634-drones.pdf", "attachment"),
])
def test_own_cms_and_pdf_letter_links(profile, path, kind):
    assert load_profile(profile).classify(path) == kind


@pytest.mark.parametrize("path, filed", [
    ("/foi-ai/cleveland-police/disclosure/2025/may/foi-58625-x/", (2025, 5)),
    ("/foi-ai/metropolitan-police/disclosure-2024/july-2024/mutual-aid/", (2024, 7)),
    ("/foi-ai/metropolitan-police/disclosure-2023/", (2023, None)),
    ("/cy-GB/foi-ai/heddlu-dyfed-powys/datgeliadau-2026/chwefror/chain-11702025/", (2026, 2)),
    ("/foi-ai/gwent-police/disclosure2/2022/09---september/", (2022, 9)),
    ("/foi-ai/cleveland-police/disclosure/", None),
])
def test_soh_filed_under(path, filed):
    assert load_profile("soh").filed_under(path) == filed


def test_since_compares_month_or_year_as_precise_as_the_url():
    soh = load_profile("soh")
    since = date(2024, 3, 15)
    assert soh.older_than("/foi-ai/c/disclosure/2024/february/x/", since) is True
    assert soh.older_than("/foi-ai/c/disclosure/2024/march/x/", since) is False
    assert soh.older_than("/foi-ai/m/disclosure-2023/", since) is True
    assert soh.older_than("/foi-ai/m/disclosure-2024/", since) is False
    assert soh.older_than("/foi-ai/c/disclosure/", since) is False
    assert soh.older_than("/foi-ai/c/disclosure/2020/may/x/", None) is False
