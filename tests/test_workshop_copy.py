"""The workshop copy (车间联 · 派工单) per labour line: team, technician and standard hours as
dispatched, blank columns for start, finish, actual hours and the technician's signature."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from desk.printing.repair_order import render_repair_order
from test_printing import make_snapshot, pdftotext, squash, write


def test_workshop_copy_prints_the_dispatch_per_line(tmp_path: Path) -> None:
    snap = make_snapshot()
    people = [("机电一组", "孙伟"), ("钣喷组", "谢永强")]
    lines = tuple(
        dataclasses.replace(line, team=people[i % 2][0], technician=people[i % 2][1])
        for i, line in enumerate(snap.labour_lines)
    )
    snap = dataclasses.replace(snap, labour_lines=lines)
    flat = squash(pdftotext(write(tmp_path, render_repair_order(snap, "workshop")), "-raw"))
    for expected in ("标准工时", "班组", "技师", "开工时间", "完工时间", "实际工时", "技师签字", "标准工时合计",
                     "机电一组", "孙伟", "钣喷组", "谢永强"):
        assert expected in flat, expected
    customer = squash(pdftotext(write(tmp_path, render_repair_order(snap, "customer")), "-raw"))
    assert "孙伟" not in customer  # the customer's copy carries no dispatch
