"""Printed documents never leave a section heading alone at the foot of a page.

The block under a heading (the slip's totals, the next service, the repair order's totals) is kept
with its heading. The line count is walked so that the heading falls at every height near the
foot of the first page, on A4 and on A5.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desk.printing.repair_order import render_repair_order
from desk.printing.settlement_slip import render_settlement_slip
from desk.services.settlement_snapshot import PayerTotal, SettlementSnapshot, SlipLine, SlipPayment, SlipPrint
from desk.services.snapshots import ShopHeader

from test_printing import many_lines


def slip(labour_lines: int, paper: str) -> SlipPrint:
    """A slip with every payer, a bill discount and 抹零: the tallest totals table there is."""
    lines = tuple(
        SlipLine("labour", f"L{i:03d}", f"检查保养项目 {i}", "1.0", "200.00", "200.00", "", "200.00",
                 ("customer", "warranty", "insurance", "internal")[i % 4])
        for i in range(labour_lines)
    )
    snapshot = SettlementSnapshot(
        shop=ShopHeader("广州宏达汽车销售服务有限公司", "广州市天河区中山大道 88 号", "020-88886666"),
        number="RO20261123-0001", order_number="RO20261123-0001", settled_at="2026-11-23 17:30",
        cashier="陈敏", advisor="李娜", customer_name="王建国", customer_phone="13800138000", is_company=False,
        plate="粤A12345", vin="LSVAU2180N2123456", model="帕萨特 2022 款", mileage="23000",
        opened_at="2026-11-23 09:00", lines=lines,
        payer_totals=tuple(PayerTotal(p, "1000.00") for p in ("customer", "warranty", "insurance", "internal")),
        total="4000.00", gross_total="4100.00", line_discount="100.00", customer_subtotal="1000.00",
        bill_discount="50.00", bill_discount_percent="5%", rounding="0.50", customer_due="949.50",
        customer_due_in_capitals="玖佰肆拾玖元伍角", warranty="1000.00", insurance="1000.00", internal="1000.00",
        insurer="中国人保财险", claim_number="RDAA2026", payments=(SlipPayment("现金", "949.50", "", "1000.00", "50.50"),),
        on_account="0.00", on_account_approver="", next_service_date="2027-05-23", next_service_km="28000",
        followup_time="下午", signature_png=None, order_version=1,
    )
    return SlipPrint(snapshot, paper=paper)


def pages(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return ["".join(page.split()) for page in text.split("\f")]


def page_of(found: list[str], text: str) -> int:
    hits = [number for number, page in enumerate(found) if text in page]
    assert hits, f"{text} is not printed"
    return hits[0]


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_the_slips_totals_and_next_service_stay_under_their_headings(paper: str, tmp_path: Path) -> None:
    moved = 0
    for count in range(1, 46):
        found = pages(render_settlement_slip(slip(count, paper)), tmp_path)
        # the heading and the totals' last row; the next service heading and its first label
        assert page_of(found, "费用结算") == page_of(found, "大写金额"), f"{count} lines on {paper}"
        assert page_of(found, "下次保养与回访") == page_of(found, "回访时间"), f"{count} lines on {paper}"
        moved += page_of(found, "费用结算") > page_of(found, f"L{count - 1:03d}")
    assert moved, "no line count put the totals on a page of their own: the walk tested nothing"


@pytest.mark.parametrize("copy", ["customer", "workshop"])
def test_the_repair_orders_closing_blocks_stay_under_their_headings(copy: str, tmp_path: Path) -> None:
    heading, block = ("费用汇总", "客户应付") if copy == "customer" else ("质检/交车前检查", "质检结论")
    moved = 0
    for count in range(1, 36):
        found = pages(render_repair_order(many_lines(labour_count=count, parts_count=0), copy), tmp_path)
        assert page_of(found, heading) == page_of(found, block), f"{count} lines, {copy} copy"
        moved += page_of(found, heading) > 0
    assert moved
