"""Shared pieces of the benchmarks: the cached large catalogue, timing, the table."""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-cache"


@dataclass
class Context:
    """What every benchmark shares: the catalogue size and the cache directory."""

    positions: int = 600_000
    cache: Path = field(default_factory=lambda: CACHE)

    def __post_init__(self) -> None:
        self.cache.mkdir(exist_ok=True)


@dataclass(frozen=True)
class Row:
    """One line of the printed table: a measurement, its baseline, their ratio, the target."""

    section: str
    name: str
    value: str
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    verdict: str = ""


def timings(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Wall times in seconds of `repeat` calls of `fn`, after `warmup` calls."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.2f}x" if baseline > 0 else "n/a"


def format_table(rows: list[Row]) -> str:
    """The results as a Markdown table (pasted into the README)."""
    header = ("section", "measurement", "value", "baseline", "ratio", "target", "met")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        lines.append("| " + " | ".join((r.section, r.name, r.value, r.baseline, r.ratio, r.target, r.verdict)) + " |")
    return "\n".join(lines)
