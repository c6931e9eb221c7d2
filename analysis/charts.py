"""Charts a journalist can publish: which force uses which exemption, refusal and NCND rates
over time with their uncertainty, and the most cited exemptions. Each is written as PNG (for
the report and slides) and SVG (for print and the web)."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display on servers and in CI
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analysis.categories import provision_label  # noqa: E402
from analysis.db import UNDATED, Db  # noqa: E402
from analysis.outcomes import SMALL_YEAR, outcome_rates  # noqa: E402
from analysis.usage import exemption_usage, top_exemptions  # noqa: E402

# Same bytes for the same data: no timestamps or random ids in the SVG.
plt.rcParams.update({"svg.hashsalt": "foi-corpus", "figure.dpi": 100, "font.size": 9})
_META = {"svg": {"Date": None, "Creator": "foi-corpus"}, "png": {"Software": "foi-corpus"}}


def _save(fig: plt.Figure, out: Path, stem: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for ext in ("png", "svg"):
        path = out / f"{stem}.{ext}"
        fig.savefig(path, bbox_inches="tight", metadata=_META[ext])
        paths.append(path)
    plt.close(fig)
    return paths


def _empty(ax: plt.Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def heatmap_frame(db: Db = None, top: int = 12, by: str = "category") -> pd.DataFrame:
    """Authority x provision share of responses citing it (the heatmap's numbers). By
    category by default, so forces answering under FOISA or the EIR line up with FOIA ones
    (FOISA s35 and FOIA s31 are both "law enforcement"); by="section" for the codes."""
    usage = exemption_usage(db, period=None, by=by)
    if usage.empty:
        return pd.DataFrame()
    keep = usage.groupby("provision")["responses_citing"].sum().sort_values(ascending=False).head(top).index
    grid = usage[usage.provision.isin(keep)].pivot_table(
        index="authority", columns="provision", values="share", fill_value=0.0)
    return grid[list(keep)].sort_index()


def exemption_heatmap(db: Db, out: Path, top: int = 12, by: str = "category") -> list[Path]:
    grid = heatmap_frame(db, top, by=by)
    if by == "section" and not grid.empty:
        grid = grid.rename(columns=provision_label)
    fig, ax = plt.subplots(figsize=(1.2 + 0.6 * max(len(grid.columns), 4), 1.2 + 0.35 * max(len(grid), 3)))
    if grid.empty:
        _empty(ax, "no exemptions cited")
    else:
        im = ax.imshow(grid.to_numpy(), cmap="Reds", vmin=0, vmax=max(grid.to_numpy().max(), 0.01), aspect="auto")
        ax.set_xticks(range(len(grid.columns)), grid.columns, rotation=45, ha="right")
        ax.set_yticks(range(len(grid.index)), grid.index)
        for (i, j), v in np.ndenumerate(grid.to_numpy()):
            if v > 0:
                ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=7,
                        color="white" if v > 0.6 * grid.to_numpy().max() else "black")
        fig.colorbar(im, ax=ax, label="share of the authority's responses citing it", format="{x:.0%}")
        ax.set_title("Exemptions relied on, by authority" + (" (categories across FOIA, FOISA and EIR)" if by == "category" else ""))
    return _save(fig, out, "exemption_heatmap")


def rates_over_time(db: Db, out: Path, period: str = "year") -> list[Path]:
    rates = outcome_rates(db, period=period, by_authority=False, measures=("refused", "ncnd", "refused_s12"))
    rates = rates[rates["period"] != UNDATED]
    fig, ax = plt.subplots(figsize=(7, 3.6))
    if rates.empty:
        _empty(ax, "no dated responses")
    else:
        labels = {"refused": "refused", "ncnd": "neither confirm nor deny", "refused_s12": "refused on cost (s12)"}
        for measure, rows in rates.groupby("measure", sort=False):
            # every point carries its 95% interval (a lone year too); a year with fewer than
            # SMALL_YEAR responses is drawn hollow, so 1 of 2 does not read like 50 of 100
            line = ax.errorbar(rows["period"], rows["rate"],
                               yerr=[rows["rate"] - rows["ci_low"], rows["ci_high"] - rows["rate"]],
                               marker="o", capsize=3, label=labels[measure])
            ax.fill_between(rows["period"], rows["ci_low"], rows["ci_high"], alpha=0.1,
                            color=line[0].get_color())
            small = rows[rows["responses"] < SMALL_YEAR]
            if len(small):
                ax.plot(small["period"], small["rate"], linestyle="none", marker="o", markersize=8,
                        markerfacecolor="white", markeredgecolor=line[0].get_color())
        few = sorted(rates.loc[rates["responses"] < SMALL_YEAR, "period"].unique())
        if few:
            ax.text(0.99, 0.97, f"hollow: fewer than {SMALL_YEAR} responses ({', '.join(few)})",
                    transform=ax.transAxes, ha="right", va="top", fontsize=7, color="#555")
        ax.set_ylim(0, 1)
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_ylabel("share of responses (95% interval)")
        ax.set_title("Refusal and NCND rates over time, all authorities")
        ax.legend(loc="upper left", fontsize=8)
        ax.tick_params(axis="x", rotation=45)
    return _save(fig, out, "rates_over_time")


def top_exemptions_bar(db: Db, out: Path, limit: int = 10) -> list[Path]:
    top = top_exemptions(db, limit=limit).iloc[::-1]
    fig, ax = plt.subplots(figsize=(6, 0.8 + 0.35 * max(len(top), 3)))
    if top.empty:
        _empty(ax, "no exemptions cited")
    else:
        err = np.vstack([top["share"] - top["ci_low"], top["ci_high"] - top["share"]])
        ax.barh([provision_label(p) for p in top["provision"]], top["share"], xerr=err, color="#b2182b", capsize=3)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_xlabel("share of all responses citing it (95% interval)")
        ax.set_title("Most cited exemptions")
    return _save(fig, out, "top_exemptions")


def write_charts(db: Db = None, out: Path | str = "out/charts") -> dict[str, list[Path]]:
    """All three charts under `out`: name -> [png, svg]."""
    out = Path(out)
    return {
        "exemption_heatmap": exemption_heatmap(db, out),
        "rates_over_time": rates_over_time(db, out),
        "top_exemptions": top_exemptions_bar(db, out),
    }
