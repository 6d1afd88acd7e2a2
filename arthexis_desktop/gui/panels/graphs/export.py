"""Export what a graph shows as CSV text: time in ISO-8601 UTC, one column per curve.

Rows are the union of the curves' sample times inside the shown time range; a curve without a
sample at that time has an empty cell. Gap markers (NaN) are not data and are left out; an area
of the stacked site view exports its own share, not the stacked top.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np

from arthexis_desktop.gui.panels.graphs.curves import Curve

TIME_COLUMN = "time_utc"


def iso_utc(epoch_s: float) -> str:
    """``2026-11-25T12:00:01.250Z``."""
    return datetime.fromtimestamp(epoch_s, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _number(value: float) -> str:
    return repr(round(float(value), 6))


def csv_text(curves: Sequence[Curve], *, t_min: float, t_max: float) -> str:
    """The curves' data between ``t_min`` and ``t_max`` (inclusive) as CSV."""
    data = []
    for curve in curves:
        values = curve.values
        keep = np.isfinite(values) & (curve.t >= t_min) & (curve.t <= t_max)
        data.append((curve.t[keep], values[keep]))
    times = np.unique(np.concatenate([t for t, _ in data])) if data else np.empty(0)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([TIME_COLUMN, *(f"{c.name} ({c.unit})" for c in curves)])
    cells: list[list[str]] = []
    for t, values in data:
        column = [""] * len(times)
        if len(t):
            at = np.searchsorted(times, t)
            for i, v in zip(at.tolist(), values.tolist(), strict=True):
                column[i] = _number(v)
        cells.append(column)
    for row, t in enumerate(times.tolist()):
        writer.writerow([iso_utc(t), *(column[row] for column in cells)])
    return out.getvalue()
