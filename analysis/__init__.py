"""pandas analyses over the store, exports, charts, the HTML report and Datasette metadata.

The public API (what notebooks and scripts use): every function takes `db` (a store URL, a
Store, or a SQLAlchemy engine; default: FOI_DATABASE_URL or data/foi.db) and returns a tidy
pandas DataFrame.

The functions are imported on first use, not here: importing pandas costs about 0.5 s of
CPU, and `foi stats figures --csv` (which streams rows from the database cursor) must not pay
it just for touching `analysis.figures`.
"""
from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.compare import compare, cooccurrence
    from analysis.export import export, export_frame, read_export
    from analysis.families import family_summary, request_families
    from analysis.figures import figures
    from analysis.outcomes import outcome_counts, outcome_rates, refusal_rates
    from analysis.significance import fisher_exact, two_proportion_z, wilson
    from analysis.usage import exemption_usage, top_exemptions

# public name -> the module defining it
_EXPORTS = {
    "compare": "analysis.compare", "cooccurrence": "analysis.compare",
    "export": "analysis.export", "export_frame": "analysis.export", "read_export": "analysis.export",
    "family_summary": "analysis.families", "request_families": "analysis.families",
    "figures": "analysis.figures",
    "outcome_counts": "analysis.outcomes", "outcome_rates": "analysis.outcomes", "refusal_rates": "analysis.outcomes",
    "fisher_exact": "analysis.significance", "two_proportion_z": "analysis.significance", "wilson": "analysis.significance",
    "exemption_usage": "analysis.usage", "top_exemptions": "analysis.usage",
}
# Functions named like their module: `analysis.figures` must stay the function (as it was
# when everything was imported eagerly), even after the import system binds the submodule.
_SHADOWED = frozenset(name for name, module in _EXPORTS.items() if module == f"{__name__}.{name}")

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import a public function on first use and keep it on the package."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


class _Package(types.ModuleType):
    """The package's module type: when the import system binds a submodule whose name is also
    a public function (compare, export, figures), the function is bound instead."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
