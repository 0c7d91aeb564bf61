"""The customer copy's discounts, promised time and intake agreements (客户联)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from desk.printing.repair_order import render_repair_order
from test_printing import make_snapshot, pdftotext, squash, write


def test_no_discount_column_when_nothing_is_discounted(tmp_path: Path) -> None:
    snap = make_snapshot()
    flat = squash(pdftotext(write(tmp_path, render_repair_order(snap, "customer")), "-raw"))
    assert "折扣" not in flat
    # the promised time with the agreements; nothing agreed yet
    assert "预计交车2026-11-2317:00" in flat and "旧件处理未约定" in flat and "付款方式未约定" in flat


def test_discounts_promise_and_agreements_are_printed(tmp_path: Path) -> None:
    snap = make_snapshot()
    labour = list(snap.labour_lines)
    labour[0] = dataclasses.replace(labour[0], discount="10%")
    parts = list(snap.part_lines)
    parts[1] = dataclasses.replace(parts[1], discount="12.5%")
    snap = dataclasses.replace(
        snap, labour_lines=tuple(labour), part_lines=tuple(parts), discount_total="68.10",
        payment_intent="微信支付", old_parts="客户带走", callback_phone="13987654321",
    )
    path = write(tmp_path, render_repair_order(snap, "customer"))
    flat = squash(pdftotext(path, "-raw"))
    for expected in ("折扣", "10%", "12.5%", "折扣优惠", "-¥68.10", "付款方式微信支付", "旧件处理客户带走",
                     "如发现其他需维修项目，请联系13987654321", "故障描述"):
        assert expected in flat, expected
    # the workshop copy never shows a discount
    assert "折扣" not in squash(pdftotext(write(tmp_path, render_repair_order(snap, "workshop"), "w.pdf"), "-raw"))


def test_a_customer_who_does_not_want_calls(tmp_path: Path) -> None:
    snap = dataclasses.replace(make_snapshot(), extra_work_consent=False, callback_phone="13987654321")
    flat = squash(pdftotext(write(tmp_path, render_repair_order(snap, "customer")), "-raw"))
    assert "客户不同意增项来电" in flat and "13987654321" not in flat


def test_a_repeat_repair_is_marked_on_both_copies(tmp_path: Path) -> None:
    snap = dataclasses.replace(make_snapshot(), repeat_of="RO20261101-0007")
    for copy in ("customer", "workshop"):
        flat = squash(pdftotext(write(tmp_path, render_repair_order(snap, copy), f"{copy}.pdf"), "-raw"))
        assert "【返修】原委托书RO20261101-0007" in flat, copy
    plain = squash(pdftotext(write(tmp_path, render_repair_order(make_snapshot(), "customer"), "plain.pdf"), "-raw"))
    assert "返修" not in plain
