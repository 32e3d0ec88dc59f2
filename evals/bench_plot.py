"""The benchmark's plot: cost against corpus size (chunks), Scrutineer beside the naive pipeline,
as a PNG drawn with matplotlib's Agg backend (no display needed). It draws; it measures nothing."""
from __future__ import annotations

from pathlib import Path


def plot(rows: list[dict], target: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [
        ("ingest, s", lambda r: r["ingest"].get("ingest_s"), lambda r: (r.get("naive") or {}).get("ingest_s")),
        ("warm answer p95, ms", lambda r: r["query"]["ask_p95"] * 1000,
         lambda r: (r.get("naive") or {}).get("ask_p95", 0) * 1000 or None),
        ("warm search p95, ms", lambda r: r["query"]["search_p95"] * 1000,
         lambda r: (r.get("naive") or {}).get("search_p95", 0) * 1000 or None),
        ("peak RSS (query process), MB", lambda r: r["query"]["peak_rss_mb"],
         lambda r: (r.get("naive") or {}).get("peak_rss_mb")),
    ]
    fig, axes = plt.subplots(2, 2, figsize=(9, 6.5))
    for ax, (title, ours, theirs) in zip(axes.flat, panels):
        xs = [r["query"]["chunks"] for r in rows]
        ax.plot(xs, [ours(r) for r in rows], "o-", label="Scrutineer")
        naive = [(r["query"]["chunks"], theirs(r)) for r in rows if theirs(r)]
        if naive:
            ax.plot(*zip(*naive), "s--", label="naive tutorial RAG")
        for r, x in zip(rows, xs):
            ax.annotate(f"{r['size']}x", (x, ours(r)), textcoords="offset points", xytext=(4, 4), fontsize=8)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("chunks in the index", fontsize=8)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("Cost against corpus size (2 CPU cores)", fontsize=11)
    fig.tight_layout()
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target, dpi=110)
    plt.close(fig)
    return target
