"""One self-contained HTML report a journalist can open or publish: charts embedded as data
URIs, the key tables, and a link to every original response.

Every string in it comes from published pages, so the template autoescapes everything, links
are emitted only for http(s) addresses, and a Content-Security-Policy forbids scripts: a
response whose text contains <script> shows it as text and runs nothing.
"""
from __future__ import annotations

import base64
import math
import tempfile
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from analysis.categories import provision_label
from analysis.charts import write_charts
from analysis.compare import compare
from analysis.db import Db
from analysis.export import export_frame
from analysis.families import family_summary, request_families
from analysis.outcomes import SMALL_YEAR, refusal_rates
from analysis.usage import top_exemptions

_CHART_ALT = {
    "exemption_heatmap": "Share of each authority's responses citing each exemption",
    "rates_over_time": "Refusal, NCND and cost-limit refusal rates over time with 95% intervals",
    "top_exemptions": "Most cited exemptions across all authorities with 95% intervals",
}


_DATE_SOURCE_WORDS = {
    "response": "the date on the response itself",
    "published": "the date the log published it",
    "request": "the date the request was received",
    "url": "the month the log files it under (its web address)",
}


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _text(value: Any, empty: str = "") -> str:
    """A cell as text: missing values (None, NaN, NA) read as `empty`, never "nan"."""
    return empty if _missing(value) else str(value)


def _pct(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.1%}"


def _p(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.3g}"


def _link(url: Any, label: Any) -> Markup:
    """An <a> only for http(s) addresses: a 'javascript:' URL from a page must not become a link."""
    text = escape("" if label is None or label is pd.NA else str(label))
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return Markup(f'<a href="{escape(url)}" rel="noopener noreferrer">{text}</a>')
    return text


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(Path(__file__).with_name("data")),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(pct=_pct, p=_p, link=_link, text=_text, label=provision_label)
    return env


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: (None if v is pd.NA else v) for k, v in row.items()} for row in frame.to_dict("records")]


def report_context(db: Db = None, charts_dir: Path | None = None, max_responses: int = 500) -> dict[str, Any]:
    """Everything the template shows, as plain data (tested without rendering)."""
    disclosures = export_frame(db, "disclosures")
    # failed parses (error set, nothing else known) are in the export, not in the statistics
    disclosures = disclosures[disclosures["error"].isna()].reset_index(drop=True)
    dated = disclosures["date"].dropna()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_charts(db, charts_dir or Path(tmp))
        charts = [{"alt": _CHART_ALT[name], "src": "data:image/png;base64,"
                   + base64.b64encode(files[0].read_bytes()).decode("ascii")} for name, files in paths.items()]
    members = request_families(db)
    summary = family_summary(members)
    families = [{"id": f"family-{row.family_id}", "summary": row.summary,
                 "members": _records(members[members.family_id == row.family_id])}
                for row in summary.itertuples()]
    latest = disclosures.sort_values(["date", "disclosure_id"], ascending=False, na_position="last")
    # the parser's evidence sentence for each ground cited, where it gives one
    cited = export_frame(db, "exemptions")
    evidence: dict[int, list[dict[str, str]]] = {}
    for row in cited[cited["evidence"].notna()].itertuples():
        evidence.setdefault(int(row.disclosure_id), []).append(
            {"code": provision_label(str(row.code)), "sentence": str(row.evidence)})
    years = pd.Series(dated.str.slice(0, 4)).value_counts().sort_index()
    sources = disclosures["date_source"].value_counts()
    return {
        "title": "FOI disclosure logs: exemptions, refusals and answers",
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "summary": {"responses": len(disclosures), "authorities": int(disclosures["authority_id"].nunique()),
                    "first": dated.min() if len(dated) else None, "last": dated.max() if len(dated) else None,
                    "undated": int(len(disclosures) - len(dated))},
        # where each response's date comes from (store.api.best_date), in the order it is tried
        "date_sources": [{"source": s, "words": _DATE_SOURCE_WORDS[s], "responses": int(sources.get(s, 0))}
                         for s in _DATE_SOURCE_WORDS if sources.get(s, 0)],
        "small_years": [{"year": y, "responses": int(n)} for y, n in years.items() if n < SMALL_YEAR],
        "evidence": evidence,
        "sections": [("charts", "Charts"), ("exemptions", "Most cited exemptions"),
                     ("refusals", "Refusal and NCND rates by authority"), ("compare", "Who refuses more than the rest?"),
                     ("families", "Same request, different answers"), ("responses", "Responses")],
        "charts": charts,
        "top": _records(top_exemptions(db, limit=15)),
        "refusals": _records(refusal_rates(db)),
        "compare": _records(compare(db, "refused")) if len(disclosures) else [],
        "families": families,
        "responses": _records(latest.head(max_responses)),
        "agreement": _agreement(db),
    }


def _agreement(db: Db) -> dict[str, Any] | None:
    """Our outcome against WhatDoTheyKnow requesters' states (analysis/agreement.py); None
    when nothing was crawled from WhatDoTheyKnow."""
    from analysis import agreement

    import sqlite3

    from sqlalchemy.exc import DBAPIError

    try:
        kappa = agreement.summary(db)
    except (sqlite3.Error, DBAPIError, pd.errors.DatabaseError):  # a store from before migration 0007_wdtk
        return None
    if kappa.empty or int(kappa.iloc[0]["n"]) == 0:
        return None
    return {"kappa": _records(kappa), "matrix": _records(agreement.confusion(db)),
            "disagreements": _records(agreement.disagreements(db))}


def write_report(db: Db = None, out: Path | str = "out/report.html", charts_dir: Path | None = None) -> Path:
    """Render the report to `out` (one file, nothing else needed to open it)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    html = _env().get_template("report.html.j2").render(**report_context(db, charts_dir))
    out.write_text(html, encoding="utf-8")
    return out
