"""The ten-year benchmark still runs end to end and prints every figure, on a small shop.

Nothing here is timed: the figures themselves belong to ``benchmarks/`` and the issue notes (the
machines are shared and noisy). What this guards is the one command that measures everything —
that a change in the services or the screens has not broken a measurement, so that the table the
README quotes can always be made again. Each database is its own test (about 35 s each).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pgserver import postgres_unavailable_reason, running_in_ci

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "ten_years.py"
ORDERS = 2_000

# The table's rows, in the words a reader of the README looks for.
ROWS = (
    "cold start to the main window",
    "first start of the day",
    "search as you type",
    "board with ~300 open orders: data",
    "board with ~300 open orders: build + paint",
    "open an order with 60 lines",
    "settlement slip PDF",
    "a month's KPIs",
    "maintenance reminders list",
    "peak memory (RSS) with the board shown",
    "database size per 100,000 orders",
)
NUMBER = re.compile(r"^\d[\d,]*")


def run_benchmark(only: str, tmp_path: Path) -> str:
    # the script builds in a temporary folder of its own and removes it (and its server) at the end
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    env.pop("DESK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--orders", str(ORDERS), "--repeat", "2", "--only", only],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    assert done.returncode == 0, f"ten_years.py exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def table(output: str) -> dict[str, list[str]]:
    """The last table printed: row label → its cells (the databases' columns, then the target)."""
    rows: dict[str, list[str]] = {}
    for line in output.splitlines():
        if line.startswith("| what |"):
            rows = {}
        elif line.startswith("| ") and not line.startswith("|---"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


def check_output(output: str, name: str) -> None:
    built = re.search(rf"\[{name}\] built in \d+ s: (.*)", output)
    assert built, f"no build line for {name}:\n{output[:2000]}"
    counts = {kind: int(count.replace(",", "")) for kind, count in re.findall(r"(\w+) ([\d,]+)", built.group(1))}
    # ten years in proportion: every order a settlement or not yet, lines several per order
    assert abs(counts["repair_order"] - ORDERS) <= ORDERS // 100
    assert counts["labour_line"] + counts["part_line"] > 3 * counts["repair_order"]
    assert counts["customer"] < counts["vehicle"] < counts["repair_order"]
    assert 0 < counts["complaint"] < counts["followup"] <= counts["settlement"] <= counts["repair_order"]

    rows = table(output)
    for wanted in ROWS:
        found = [label for label in rows if label.startswith(wanted)]
        assert found, f"the table has no row for {wanted!r}:\n{output[-3000:]}"
        value = rows[found[0]][0]
        if wanted == "first start of the day" and name == "PostgreSQL":
            assert value == "—"  # only SQLite makes the daily backup copy
            continue
        assert NUMBER.match(value), f"{wanted}: {value!r} is not a figure"
    # figures are compared across machines by their ratio to the bare work
    for timed in ("cold start", "search as you type", "board with ~300 open orders: data", "settlement slip PDF"):
        label = next(label for label in rows if label.startswith(timed))
        assert re.search(r"×\d+\.\d", rows[label][0]), f"{timed}: no ratio in {rows[label][0]!r}"
    assert re.search(rf"{name}: search \d+ keystrokes, first pass after opening p95 \d+", output)
    assert re.search(r"the libraries alone \(imports, one query, empty window\) \d", output)


def test_ten_years_on_sqlite(tmp_path: Path) -> None:
    check_output(run_benchmark("sqlite", tmp_path), "SQLite")


def test_ten_years_on_postgresql(tmp_path: Path) -> None:
    reason = postgres_unavailable_reason()
    if reason is not None:
        if running_in_ci():
            pytest.fail(f"PostgreSQL is required on CI: {reason}")
        pytest.skip(reason)
    check_output(run_benchmark("postgresql", tmp_path), "PostgreSQL")
