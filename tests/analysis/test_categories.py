"""Provisions compared across statutes: the category data file and its use in the heatmap."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.categories import category_of, provision_label
from analysis.charts import heatmap_frame
from analysis.usage import exemption_usage

DATA = Path(__file__).resolve().parents[2] / "analysis" / "data" / "provision_categories.csv"
PROVISIONS = Path(__file__).resolve().parents[2] / "parser" / "data" / "provisions.csv"


def test_every_ground_of_every_statute_has_a_category_and_its_source() -> None:
    with DATA.open(encoding="utf-8") as fh:
        rows = {(r["statute"], r["provision"]): r for r in csv.DictReader(fh)}
    with PROVISIONS.open(encoding="utf-8") as fh:
        grounds = [(r["statute"], r["provision"]) for r in csv.DictReader(fh) if r["role"] != "procedural"]
    assert [g for g in grounds if g not in rows] == []
    bases = {"FOIA": "https://www.legislation.gov.uk/ukpga/2000/36/section/",
             "FOISA": "https://www.legislation.gov.uk/asp/2002/13/section/",
             "EIR": "https://www.legislation.gov.uk/uksi/2004/3391/regulation/",
             "EISR": "https://www.legislation.gov.uk/ssi/2004/520/regulation/"}
    for (statute, provision), row in rows.items():
        number = provision.split("(")[0]
        assert row["source_url"] == bases[statute] + number, (statute, provision)


@pytest.mark.parametrize("statute,code,category", [
    ("FOIA", "s31(1)(a)", "law enforcement"), ("FOISA", "s35(1)", "law enforcement"),
    ("EIR", "r12(5)(b)", "law enforcement"), ("FOIA", "s40(5B)(a)(i)", "personal data"),
    ("FOISA", "s38", "personal data"), ("EIR", "r13(1)", "personal data"), ("EISR", "r11", "personal data"),
    ("FOIA", "s12(2)", "cost limit"), ("FOISA", "s12", "cost limit"), ("FOIA", "s24(2)", "national security"),
    ("FOISA", "s39(1)", "health and safety"), ("FOIA", "s38(1)(a)", "health and safety"),
    ("FOIA", "s22(1)", "future publication"), ("FOISA", "s25", "otherwise accessible"),
    ("EIR", "r12(4)(b)", "vexatious"), ("FOIA", "s14(1)", "vexatious"), ("FOIA", "s99", "other"),
    ("EIR", "r12", "environmental exception (unspecified)"),
])
def test_category_of(statute: str, code: str, category: str) -> None:
    assert category_of(statute, code) == category


def test_sql_categories_agree_with_python(sample_db) -> None:
    url = sample_db.url.render_as_string(hide_password=False)
    from analysis.db import read_sql
    from analysis.categories import category_expr

    rows = read_sql(url, f"SELECT e.statute, e.code, {category_expr('e')} AS category FROM exemptions e")
    assert len(rows) > 400
    assert [category_of(s, c) for s, c in zip(rows["statute"], rows["code"])] == rows["category"].tolist()


def test_heatmap_lines_police_scotland_up_with_foia_forces(sample_db) -> None:
    url = sample_db.url.render_as_string(hide_password=False)
    grid = heatmap_frame(url)
    scotland = grid.loc["Police Scotland"]
    assert scotland["law enforcement"] > 0 and scotland["personal data"] > 0
    # by section, FOISA's s35/s38 never meet FOIA's s31/s40: the row has no cell under them
    by_section = heatmap_frame(url, by="section")
    assert by_section.loc["Police Scotland", ["s31", "s40"]].tolist() == [0.0, 0.0]
    usage = exemption_usage(url, by="category", period=None, authority="police-scotland")
    cited = dict(zip(usage["provision"], usage["responses_citing"]))
    assert cited["law enforcement"] >= 1 and cited["personal data"] >= 1


def test_provision_labels_carry_names() -> None:
    assert provision_label("s31") == "s31 Law enforcement"
    assert provision_label("FOISA s35") == "FOISA s35 Law enforcement"
    assert provision_label("s40(5)") == "s40(5) Personal information"
    assert provision_label("r13") == "r13 Personal data"
    assert provision_label("x1") == "x1"
