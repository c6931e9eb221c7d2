"""Gate on the real-derived corpus (tests/real/): real published responses rewritten with their
facts kept, labelled before the parser first saw them, scored with the dev set's score.py.

First-sight figures per batch are kept in tests/real/first_sight/; the floors below are what the
parser measures on the whole corpus now (README "Scores"). Floors only move up: whoever makes the
parser better raises them; nobody lowers them to get green."""
from __future__ import annotations

import hashlib
import re

import pytest

from tests.real import score_corpus as corpus

# Floors per family of batches (web: pages and page texts, tests/real/web*; let: PDF and Word
# letters, tests/real/let*), measured with tests/real/score_corpus.py (README "Scores"). A family is
# pinned separately so that adding the other family's batches never moves these numbers; the
# whole-corpus figures are recorded in the README.
FLOORS: dict[str, dict[str, float]] = {
    # 61 responses from 25 bodies, web01-web05, parser at main b41269a1 (2026-12-07). First pinned
    # at 46 responses (web01-web03); re-measured once when web04-web05 were added, as the corpus the
    # figures describe had changed. From here they only move up.
    # 2026-12-07, corpus-web2: web06 added (79 responses, 34 bodies) with the parser unchanged
    # (main facbb96a); the corpus changed, so grounds_f1 and grounds_strict_f1 (0.92 -> 0.88, the new
    # batch's malformed/chained citations, cost refusals in words and truncated copies) and the leak
    # ceiling (0.19 -> 0.21) were re-pinned at the measured values. Nothing else moved down.
    # web07 added (99 responses, 39 bodies): with main's parser at f9fe7f61 every web figure stays at
    # or above these floors, so none moved. web08 added (121 responses, 40 bodies), main 5ecd4da1:
    # likewise none moved (outcome 0.79, reference 0.91, grounds F1 0.91, chrome left 0.09). web09 added
    # (132 responses, 42 bodies), main 5ecd4da1: none moved (authority 0.82, grounds F1 0.90).
    # Raised by parser-real at its branch (main 0b35a1f5 merged; 132 web responses): part-by-part
    # outcome cues, reference forms, chrome by shape, authority salutations; nothing moved down.
    # 2026-12-07, session 3: web10 added (156 responses) and the parser's outcome, fields and cleaning
    # stages rebuilt (main 8830ff1e); web10's first sight is in first_sight/web10.txt. Every floor
    # moved up to the measured value (rounded down); the leak ceiling moved down 0.10 -> 0.05.
    # Then web11 added (175 responses) at its first sight (outcome 0.68, grounds F1 0.79, reference
    # 0.89 on its 19): the corpus changed, so outcome (0.93 -> 0.90), reference (0.98 -> 0.97),
    # grounds (0.98 -> 0.96, section 0.99 -> 0.98) were re-pinned at the measured values, as when
    # web06 was added; authority rose (0.95 -> 0.96). From here they only move up.
    # 2026-12-07, session 4: chrome3, outcome3 and fields3 merged (main 3fb2c860), then web12 and
    # web13 added at their first sight (outcome 0.72 / 0.76, authority 0.80 / 0.88, chrome left
    # 0.18 / 0.11 on their 25 each): the corpus changed, so authority (0.96 -> 0.93), regime
    # (1.00 -> 0.99: two FOISA pages read as FOIA) and outcome (0.90 -> 0.88) were re-pinned at the
    # measured values (225 responses) and the leak ceiling moved 0.02 -> 0.05; nothing else moved.
    # fields4 (reference shapes: publication number above the FOI number, "FOI4719", a label's value
    # after a table-cell bar; authority: a national body answering itself, "X Police" for a
    # constabulary, a headline is no name; grounds: the Act quoted under "the legislation:"):
    # reference 0.973 -> 0.982 raised 0.97 -> 0.98, authority 0.938 -> 0.956 raised 0.93 -> 0.95,
    # grounds F1 0.961 -> 0.966 (not yet 0.97; unchanged), section 0.980 -> 0.982 (225 responses).
    # 2026-12-07, session 4, branch outcome4 (refusal kinds read as partial, developed on web12 and
    # the other batches with web13 held back as validation): outcome 0.88 -> 0.92 (measured 0.929).
    # Then web14 added at its first sight (outcome 0.72 on its 25): outcome re-pinned 0.92 -> 0.91
    # at the measured value (250 responses); nothing else moved.
    # 2026-12-07, session 5: rounds 3 and 4 (chrome5/fields5/outcome5, then chrome6/fields6/outcome6)
    # merged, with web15 at its first sight between them and web16 at its first sight after them
    # (outcome 0.84 and 0.72 on their 25 and 18; first-sight records in tests/real/first_sight/).
    # Measured on the 293 web responses at main after web16's first sight: reference 0.990,
    # authority 0.966, outcome 0.939, NCND 0.993, grounds F1 0.966 - raised to these, rounded down
    # (reference 0.98 -> 0.99, authority 0.95 -> 0.96, outcome 0.91 -> 0.93, NCND 0.98 -> 0.99).
    # Round 5 (outcome7, fields7) merged, then web17 at its first sight (309 web responses):
    # authority 0.971 raised 0.96 -> 0.97; nothing else moved (outcome 0.939, grounds F1 0.964).
    # 2026-12-07, session 6: round 6 (fields8, outcome8, speed8) merged, the cost-in-words labels
    # settled (agreement/open_questions_s6.md), then web18 at its first sight and the Police
    # Federation in the gazetteer (326 web responses): outcome 0.954 raised 0.93 -> 0.95, grounds
    # F1 0.984 raised 0.96 -> 0.98 (strict too); authority 0.969 (web18's one miss) stays 0.97 at the
    # summary's precision; nothing moved down.
    # Session 7: round 7 (dates, fields9, outcome9, grounds9), web19 at its first sight (outcome
    # 0.74, grounds F1 0.77 on its 23), then round 8 (outcome10, fields10, chrome10) developed on
    # it, with web13 read only in aggregate (349 web responses): outcome 0.977 raised 0.95 -> 0.97,
    # reference 1.000 raised 0.99 -> 1.00, ncnd 1.000 raised 0.99 -> 1.00, grounds F1 0.995 raised
    # 0.98 -> 0.99 (section and strict too), reply dates 0.952 raised 0.90 -> 0.95; authority 0.974
    # stays 0.97; nothing moved down. Then web20, web21 and web22 at their first sights (outcome
    # 0.63, 0.89, 0.69) with rounds 9 and 10 between them (400 web responses): outcome 0.968 and
    # reply dates 0.964 stay at their floors, grounds F1 0.989 stays 0.99 at the summary's precision.
    # Session 8: rounds 11-14 merged and web23-web29 added at their first sights (outcome 0.62, 0.73,
    # 0.85, 0.85, 1.00, 0.91, 0.64), then round 15 on web29 (488 web responses; web30's six at their
    # first sight and round 16 after it leave every figure here in place, 494): outcome 0.982
    # raised 0.97 -> 0.98, authority 0.992 raised 0.97 -> 0.99, regime 0.998 raised 0.99 -> 1.00,
    # grounds F1 0.997 raised 0.99 -> 1.00 (section and strict too), reply dates 0.965 raised 0.95 ->
    # 0.96; nothing moved down.
    "web": {
        "reference_acc": 1.00,
        "authority_acc": 0.99,
        "regime_acc": 1.00,
        "outcome_acc": 0.98,
        "ncnd_acc": 1.00,
        "grounds_f1": 1.00,
        "grounds_section_f1": 1.00,
        "grounds_strict_f1": 1.00,
        "table_recall": 1.00,
        "body_recall": 1.00,
        "response_date_acc": 0.96,
    },
    # 118 responses from 65 bodies, let01-let06 (PDF, Word and page-text letters). Pinned at main
    # facbb96a after the sixth batch; raised at main f9fe7f61 (parser-real: chrome by shape, reference
    # forms), where reference rose 0.87 -> 0.92 and chrome left fell 0.63 -> 0.06; outcome raised
    # 0.82 -> 0.87 at main 0b35a1f5. Only move up.
    # Raised again by parser-real (PDF bands and columns, tables that give nothing, joint units).
    # 2026-12-07, session 3: let07 added (140 responses), parser as for "web" above; all raised.
    # fields3: a Word letter's header part (the letterhead) read for the authority: authority
    # 0.979 -> 0.993, raised 0.97 -> 0.99.
    # 2026-12-07, session 4: let08 added at its first sight (reference 0.78, grounds F1 0.78 on its
    # 23): reference (0.98 -> 0.95), grounds (0.99 -> 0.97, section 0.99 -> 0.98) re-pinned at the
    # measured values (163 responses), the leak ceiling 0.01 -> 0.02; nothing else moved.
    # fields4 (reference: "FOI / 4409 / 2022", "Freedom of Information: 003814/19", the Welsh label
    # with its gloss, "Request Number: | FOI/15775", "... Appeal"; grounds: bare numbers vouched for by
    # their titles, s31(2) purposes named inline, a counterfactual cost, a ground released on review):
    # reference 0.957 -> 0.994 raised 0.95 -> 0.99 (with a log table's reference column), grounds
    # F1 0.970 -> 0.985 raised 0.97 -> 0.98, section 0.982 -> 0.995 raised 0.98 -> 0.99 (163 responses).
    # Branch outcome4 (refusal kinds read as partial, developed on let08 among others): outcome
    # 0.95 -> 0.98 (measured 0.982). Then let09 added at its first sight (outcome 0.76 on its 21):
    # outcome re-pinned 0.98 -> 0.96 at the measured value (184 responses); nothing else moved.
    # 2026-12-07, session 5: rounds 3 and 4 merged, let10 at its first sight between them and let11
    # after them (outcome 0.70 and 0.86 on their 20 and 22). Measured on the 226 let responses
    # after let11's first sight: outcome 0.973, grounds F1 0.993 (strict 0.993, section 0.996),
    # reference 0.991, authority 0.987 - outcome raised 0.96 -> 0.97 and grounds 0.98 -> 0.99;
    # the others stay where they were (authority's 0.987 rounds to the summary's 0.99).
    # Round 5 merged, then let12 at its first sight (242 responses; a two-year table of its 4 was
    # not found): tables 1.00 -> 0.97 re-pinned at the measured value (37 of 38), as the corpus
    # changed; outcome 0.979, grounds F1 0.988 stay within their floors.
    # Session 6, round 6 merged (no new let batch: the writer found too few unused letters):
    # outcome 0.983 raised 0.97 -> 0.98; grounds F1 0.997 stays 0.99 (rounded down).
    # Session 7, rounds 7 and 8 merged (no new let batch: no unused letter was found): authority
    # 1.000 raised 0.99 -> 1.00, outcome 0.992 raised 0.98 -> 0.99, grounds F1 1.000 raised 0.99 ->
    # 1.00 (section and strict too), tables 38/38 raised 0.97 -> 1.00 (fields9's one-column tables);
    # reference 0.996 and reply dates 0.946 stay.
    # Session 8 (no new let batch: the writers found no unused letter): outcome 1.000 raised 0.99 ->
    # 1.00, reference 0.996 raised 0.99 -> 1.00 at the summary's precision, reply dates 0.946 raised
    # 0.94 -> 0.95.
    "let": {
        "reference_acc": 1.00,
        "authority_acc": 1.00,
        "regime_acc": 1.00,
        "outcome_acc": 1.00,
        "ncnd_acc": 1.00,
        "grounds_f1": 1.00,
        "grounds_section_f1": 1.00,
        "grounds_strict_f1": 1.00,
        "table_recall": 1.00,
        "body_recall": 1.00,
        "response_date_acc": 0.95,
    },
}
# Lower is better: pinned at the measured leak rate. 2026-12-07, chrome2: chrome lines told by
# shape and place (interface controls, label rows, copyright lines, site names at both ends, a
# filing line opening an HTML page's main content,
# running footers at page breaks) took web 0.045 -> 0.004 and let 0.026 -> 0.000 (rounded up
# to 0.01, the summary's precision). 2026-12-07, chrome3: furniture kinds by shape wherever they
# sit (counters, control rows, mirror file details, request-site and mail notices, archive
# notices, contact footers, print margins), DOM evidence (chrome compounds, consent managers,
# ARIA labels, picture captions) and a footer run below the sign-off took web 0.022 -> 0.017
# (11/651; web11 0.124 -> 0.093) - ceiling 0.03 -> 0.02. Session 4: web12, web13 and let08 added
# at their first sight (chrome left 0.18, 0.11, 0.10) - web 0.053 (48/907), let 0.021 (9/436);
# ceilings re-pinned at those, as the corpus they describe changed. 2026-12-07, chrome4: kinds
# read on web12 and let08 (request-site copy notices in any wording, address and registration
# footers, doubled markings, strong dated/landmark lines for HTML, mirror details, news and
# blog furniture) took web 0.053 -> 0.014 (13/907; web13, kept as validation, 0.107 -> 0.066) and let 0.021 -> 0.000
# (rounded up to 0.01, the summary's precision) - ceilings 0.05 -> 0.02 and 0.02 -> 0.01.
# web14 and let09 added at their first sight (chrome left 0.084 and 0.136): web 0.02, let 0.02
# (11/517) - the let ceiling re-pinned 0.01 -> 0.02 at the measured value. 2026-12-07, chrome5:
# page-text and letter furniture by shape and place (contact lines, accessibility rows, dot-joined
# footer rows, one-line postal addresses, pandemic notices, a masthead above the menu, a divider
# opening the closing chrome, menu runs, marking labels, letter bands) took web 0.025 -> 0.009
# (10/1061; web14 0.084 -> 0.000, web13 kept as validation 0.066 -> 0.041) and let 0.021 -> 0.000
# (let09 0.136 -> 0.000) - ceilings 0.02 -> 0.01 (the summary's precision). Session 5: web15,
# let10, web16 and let11 added at their first sight (0.041, 0.133, 0.034, 0.062) around chrome6
# (lists that carry on, a letter's close, recommendation headings, request-site notices): web
# 0.012 (16/1320), let 0.011 (8/700) - within the 0.01 ceilings at the summary's precision.
# Session 6: fields8's chrome kinds (site-search labels, page-owner lines, straplines) and web18 at
# its first sight (0.02): web 0.011 (16/1492), let 0.004 (3/759); ceilings unchanged.
# Session 8: web 0.006 (14/2259) stays within 0.01; let 0.000 (0/759) pinned at 0.00.
MAX_BOILERPLATE_LEAK: dict[str, float] = {"web": 0.01, "let": 0.00}
# Response dates (score_corpus.py's own figures beside score.py's; refusal trends are dated by
# them). Session 7, pinned when first measured: before that round's date shapes (table rows'
# bars, release dates, reported replies, log lines "date - number - title", a date beside the
# reference field) web read 0.76 of its labelled reply dates (88/116) and let 0.68 (63/93), and web
# gave 6 of 210 undated responses a date; after, web 0.905
# (105/116) and let 0.946 (88/93) - floors 0.90 and 0.94 in FLOORS. A date given where the
# response prints none (a blog's post date, a request date taken for the reply): web 2/210,
# let 1/149, then none once a blog's date line counted as the post's - ceiling 0.01, the
# summary's precision. Session 8: the two left (web21_01, web21_10, PSNI listing dates) were labels
# that read the entry's date line otherwise than the dev set does; relabelled, none (0/409).
MAX_RESPONSE_DATE_INVENTED: dict[str, float] = {"web": 0.01, "let": 0.01}
# Responses in each family when its floors were pinned; the count only grows.
MIN_RESPONSES: dict[str, int] = {"web": 494, "let": 242}


def _family(batch: str) -> str:
    return batch[:3]


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    found = corpus.load_labels()
    if not found:
        pytest.skip("tests/real holds no batches yet")
    return found


@pytest.fixture(scope="module")
def summaries(labels: list[dict]) -> dict[str, dict[str, float]]:
    """score.py's figures for each family of batches present."""
    if corpus.shared_dir() is None:
        pytest.skip("score.py not found: shared/dev-set is not beside this checkout")
    out = {}
    for family in sorted({_family(lab["batch"]) for lab in labels}):
        chosen = [lab for lab in labels if _family(lab["batch"]) == family]
        text, figures = corpus.score(chosen, corpus.predict(chosen), per_doc=True)
        print(f"== {family} ==\n{text}")  # the whole table, shown with `pytest -s` or on failure
        out[family] = figures
    return out


def test_labels_follow_the_format(labels: list[dict]) -> None:
    assert corpus.check_labels(labels) == []


def test_corpus_keeps_its_size(labels: list[dict]) -> None:
    for family, least in MIN_RESPONSES.items():
        assert sum(_family(lab["batch"]) == family for lab in labels) >= least, family


def test_every_batch_has_its_first_sight_record(labels: list[dict]) -> None:
    for batch in sorted({lab["batch"] for lab in labels}):
        record = corpus.FIRST_SIGHT / f"{batch}.txt"
        assert record.is_file(), f"{batch}: no first-sight record"
        text = record.read_text(encoding="utf-8")
        assert re.search(r"^main-branch commit: [0-9a-f]{40}$", text, re.M), f"{record}: no commit"
        ids = {lab["id"] for lab in labels if lab["batch"] == batch}
        scored = set(re.findall(r'^\{"id": "([^"]+)"', text, re.M))
        assert ids <= scored, f"{batch}: labelled after first sight: {sorted(ids - scored)}"


def test_no_held_out_page_is_in_the_corpus(labels: list[dict]) -> None:
    shared = corpus.shared_dir()
    if shared is None:
        pytest.skip("shared/dev-set is not beside this checkout")
    kept = {line.strip() for line in (shared / "dev-set" / "heldout-urls.sha256").read_text().splitlines()}

    def norm(url: str) -> str:  # as dev-set/is_heldout.py normalises
        u = url.strip().lower().split("#", 1)[0]
        for p in ("https://", "http://"):
            if u.startswith(p):
                u = u[len(p):]
        return (u[4:] if u.startswith("www.") else u).rstrip("/")

    held = [lab["id"] for lab in labels if hashlib.sha256(norm(lab["source_url"]).encode()).hexdigest() in kept]
    assert held == []


def test_writer_completed_list_matches_the_notes(labels: list[dict]) -> None:
    """A response whose notes say the writer supplied part of it is listed, and only those, so
    `score_corpus.py --source-only` scores exactly the responses the sources show in full."""
    said = {lab["id"] for lab in labels if corpus.COMPLETED_NOTE.search(lab.get("notes", ""))}
    assert corpus.writer_completed() == said


def test_every_family_is_pinned(summaries: dict[str, dict[str, float]]) -> None:
    for family, figures in summaries.items():
        assert family in FLOORS and family in MAX_BOILERPLATE_LEAK, f"{family}: pin its floors once measured"
        assert set(FLOORS[family]) <= set(figures)


@pytest.mark.parametrize("family,field", [(f, k) for f in sorted(FLOORS) for k in sorted(FLOORS[f])])
def test_real_corpus_floor(summaries: dict[str, dict[str, float]], family: str, field: str) -> None:
    if family not in summaries:
        pytest.skip(f"no {family} batches in this checkout")
    got = summaries[family][field]
    assert got >= FLOORS[family][field], f"{family} {field} {got:.2f} fell below {FLOORS[family][field]}"


@pytest.mark.parametrize("family", sorted(MAX_BOILERPLATE_LEAK))
def test_real_corpus_boilerplate_leak(summaries: dict[str, dict[str, float]], family: str) -> None:
    if family not in summaries:
        pytest.skip(f"no {family} batches in this checkout")
    assert summaries[family]["boilerplate_leak"] <= MAX_BOILERPLATE_LEAK[family]


@pytest.mark.parametrize("family", sorted(MAX_RESPONSE_DATE_INVENTED))
def test_real_corpus_invents_no_response_dates(summaries: dict[str, dict[str, float]], family: str) -> None:
    if family not in summaries:
        pytest.skip(f"no {family} batches in this checkout")
    got = summaries[family]["response_date_invented"]
    assert got <= MAX_RESPONSE_DATE_INVENTED[family], f"{family}: {got:.2f} of undated responses given a date"
