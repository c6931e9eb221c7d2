"""The hostile inputs of issue 16, each parsed in the bounded worker under the default
budget (30 s, 1 GB): each ends with a record (its limits said in warnings), a contract-valid
one, and the worker's peak resident memory stays under the budget.

Before the limits: the .docx took 257 s and 2.5 GB, the Flate-bomb PDF ran past 120 s and
4.3 GB, the .xlsx past 120 s and 1.1 GB, the 2,000-page PDF 87 s, the citation line 77 s,
the "cell |" lines 25 s and the run of "(" 126 s; the CSV and the damaged .xlsx raised.
"""
from __future__ import annotations

import io
import zipfile

import pytest

from runner import BoundedPool, Budget, Result
from runner.jobs import parse_input
from tests.fuzz.contract import problems
from tests.hostile import inputs

BUDGET = Budget()  # the defaults every job runs under


@pytest.fixture(scope="module")
def pool():
    with BoundedPool(parse_input, budget=BUDGET) as workers:
        workers.run((b"warm", "warm", None, "text/plain"))  # the fork server's start is not the input's
        yield workers


def _parse(pool: BoundedPool, name: str) -> tuple[Result, bytes]:
    content, content_type = getattr(inputs, name)()
    result = pool.run((content, name, None, content_type))
    assert result.error is None, result.error
    assert result.seconds < BUDGET.seconds and result.peak_rss < BUDGET.memory_bytes
    assert problems(result.value.to_dict()) == []
    return result, content


def test_a_docx_holding_100_mb_of_text_is_refused_by_its_declared_size(pool) -> None:
    result, content = _parse(pool, "docx_text_bomb")
    declared = zipfile.ZipFile(io.BytesIO(content)).getinfo("word/document.xml").file_size
    assert len(content) < 400_000 and declared > 100 * 2**20
    assert result.value.warnings == [
        f".docx refused: part 'word/document.xml' declares {declared:,} bytes inflated, over the "
        "67,108,864-byte limit (a decompression bomb?)"]
    assert result.value.body_text == ""


def test_a_pdf_flate_bomb_is_refused_by_its_running_size(pool) -> None:
    result, content = _parse(pool, "pdf_flate_bomb")
    assert 1_300_000 < len(content) < 1_500_000
    assert result.value.warnings == [
        "PDF refused: a compressed stream inflates past 33,554,432 bytes (a decompression bomb?)"]


def test_a_2000_page_pdf_is_read_to_its_page_limit(pool) -> None:
    result, _ = _parse(pool, "pdf_many_pages")
    record = result.value
    assert record.warnings == ["PDF longer than 100 pages: the rest was not read"]
    # Every page's one line differs only in its numbers: a running line, kept on page 1 only.
    assert record.body_text == "Page 1: Section 31(1)(a) applies to part 0."
    assert [e.code for e in record.exemptions] == ["s31(1)(a)"]


def test_an_xlsx_of_huge_shared_strings_is_read_to_its_text_limit(pool) -> None:
    result, content = _parse(pool, "xlsx_huge_cells")
    record = result.value
    assert 1_700_000 < len(content) < 2_000_000
    assert record.warnings[:2] == [
        "sheet 'Data': stopped at row 2: over 250,000 cells or 1,000,000 characters in the workbook",
        "text over 1,000,000 characters: only the start was parsed"]
    assert len(record.body_text) == 1_000_000


def test_a_damaged_xlsx_is_a_warning_not_negative_seek_value(pool) -> None:
    result, _ = _parse(pool, "xlsx_damaged")
    assert result.value.warnings == [
        ".xlsx could not be read (truncated or corrupt?): part 'docProps/app.xml': "
        "ValueError: negative seek value -1000000"]


def test_a_citation_sentence_repeated_to_200_kb(pool) -> None:
    result, _ = _parse(pool, "citation_run")
    assert [e.code for e in result.value.exemptions] == ["s31(1)(a)", "s31(1)(b)"]
    assert result.value.outcome == "refused"
    assert result.value.exemptions[0].evidence == inputs.CITATION.strip()


def test_6000_lines_of_cell_pipe_are_no_table(pool) -> None:
    result, _ = _parse(pool, "cell_lines")
    assert result.value.tables == []
    assert len(result.value.body_text) == len("cell |\n" * 6000) - 1


def test_section_31_and_20000_open_parentheses(pool) -> None:
    result, _ = _parse(pool, "open_parentheses")
    assert [e.code for e in result.value.exemptions] == ["s31"]


def test_a_10_mb_single_line_is_cut_and_read(pool) -> None:
    result, _ = _parse(pool, "long_line")
    record = result.value
    assert record.warnings == ["input is 10,485,760 bytes, over the 1,000,000-byte limit: "
                               "only the first 1,000,000 bytes were parsed"]
    assert [e.code for e in record.exemptions] == ["s40(2)"]


def test_a_csv_field_over_131072_characters_is_a_warning(pool) -> None:
    result, _ = _parse(pool, "csv_long_field")
    assert result.value.warnings[0] == "CSV could not be read past row 2: field larger than field limit (131072)"
    assert result.value.body_text == "Year | Notes"
