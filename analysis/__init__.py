"""pandas analyses over the store, exports, charts, the HTML report and Datasette metadata.

The public API (what notebooks and scripts use): every function takes `db` (a store URL, a
Store, or a SQLAlchemy engine; default: FOI_DATABASE_URL or data/foi.db) and returns a tidy
pandas DataFrame.
"""
# Eager imports: several functions share their module's name (compare, figures, export), and
# a lazy lookup would hand back the module once it had been imported.
from analysis.compare import compare, cooccurrence
from analysis.export import export, export_frame, read_export
from analysis.families import family_summary, request_families
from analysis.figures import figures
from analysis.outcomes import outcome_counts, outcome_rates, refusal_rates
from analysis.significance import fisher_exact, two_proportion_z, wilson
from analysis.usage import exemption_usage, top_exemptions

__all__ = [
    "compare", "cooccurrence", "exemption_usage", "export", "export_frame", "family_summary", "figures",
    "fisher_exact", "outcome_counts", "outcome_rates", "read_export", "refusal_rates", "request_families",
    "top_exemptions", "two_proportion_z", "wilson",
]
