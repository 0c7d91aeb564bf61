"""Settlement (结算): the bill by payer, discounts within the role's limit, payments that balance
exactly, on account, insurance, reopen with void, the slip and its reprint, the day-end report.

Property tests (hypothesis) run over random orders: lines with pay types and line discounts, bill
discounts, 抹零 and payments.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import func, select

from check_helpers import pass_checks
from conftest import Shop
from desk.cli import main
from desk.db import Database
from desk.models import DocumentSnapshot, ExitPass, LabourLine, Payment, Settlement, ShopSettings
from desk.models.enums import PayType, Role
from desk.printing.day_end import render_day_end
from desk.printing.settlement_slip import render_settlement_slip
from desk.services import customers, discounts, gate, orders, settlement, shop
from desk.services.errors import IllegalMove, ValidationError
from desk.services.money import apply_discount, multiply
from desk.services.settlement import PaymentInput, compute_bill

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)
INSURER = {"insurer": "中国人保财险", "claim_number": "RDAA2026440300001234"}
PAY_TYPES = [p.value for p in PayType]


def _png() -> bytes:
    image = Image.new("RGBA", (240, 80), (255, 255, 255, 0))
    for x in range(20, 220):
        image.putpixel((x, 40 + (x % 17) - 8), (20, 20, 120, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def ready_order(
    database: Database, shop_ids: Shop, lines: list[tuple[str, str, str, str, int]] | None = None,
    *, vehicle_id: int | None = None,
) -> str:
    """A 待交车 order with ``lines`` = ``(kind, name, quantity, price, pay_type, discount_bp)``."""
    lines = lines if lines is not None else [
        ("labour", "更换机油机滤", "0.5", "180", "customer", 0),
        ("labour", "空调系统检查", "1.2", "150", "warranty", 0),
        ("part", "机油滤清器", "1", "68.50", "customer", 0),
        ("part", "全合成机油 5W-30 1L", "4.5", "88", "customer", 0),
        ("part", "空调滤芯", "1", "120", "insurance", 0),
    ]  # customer pays 90 + 68.50 + 396 = 554.50
    with database.unit_of_work() as s:
        number = orders.open_order(
            s, vehicle_id=vehicle_id or shop_ids.vehicle, advisor_id=shop_ids.advisor, mileage=18000,
            complaint="做 2 万公里保养", staff_id=shop_ids.advisor, now=NOW - dt.timedelta(hours=3),
            confirmed=("second_open_order",),
        ).number
        for kind, name, quantity, price, pay_type, _ in lines:
            if kind == "labour":
                orders.add_labour_line(s, number, code="BY-01" if name == "更换机油机滤" else "", name=name,
                                       hours=quantity, pay_type=pay_type, rate=price)
            else:
                orders.add_part_line(s, number, name=name, quantity=quantity, unit_price=price, pay_type=pay_type)
        order = orders.get_order(s, number)
        rows = [*order.labour_lines, *order.part_lines]
        labour_count = sum(1 for line in lines if line[0] == "labour")
        ordered = [line for line in lines if line[0] == "labour"] + [line for line in lines if line[0] == "part"]
        for row, line in zip(rows, ordered, strict=True):
            if line[5]:
                gross = (multiply(row.rate_fen, Decimal(row.hours_centi) / 100) if isinstance(row, LabourLine)
                         else multiply(row.unit_price_fen, Decimal(row.quantity_milli) / 1000))
                row.discount_bp = line[5]
                row.amount_fen = apply_discount(gross, Decimal(line[5]) / 100)
        assert labour_count == len(order.labour_lines)
        for target in ("dispatched", "in_progress", "quality_check"):
            orders.move_status(s, number, target, now=NOW - dt.timedelta(hours=2))
        pass_checks(s, number, now=NOW - dt.timedelta(hours=1))
        orders.move_status(s, number, "ready", now=NOW - dt.timedelta(minutes=30))
    return number


def _count(database: Database, model: type) -> int:
    with database.unit_of_work(write=False) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# --- the arithmetic, for any lines -------------------------------------------------------------

line_strategy = st.tuples(st.integers(0, 5_000_000), st.sampled_from(PAY_TYPES), st.integers(0, 2_000_000))


@given(st.lists(line_strategy, max_size=12), st.integers(0, 100), st.booleans())
def test_payer_totals_add_up_to_the_order_total_and_the_customer_never_goes_negative(lines, share, rounding) -> None:
    lines = [(amount, pay, amount + extra) for amount, pay, extra in lines]
    subtotal = sum(a for a, p, _ in lines if p == "customer")
    bill = compute_bill(lines, subtotal * share // 100, rounding)
    assert sum(amount for _, amount in bill.by_payer) == bill.total == sum(a for a, _, _ in lines)
    assert bill.customer_due + bill.bill_discount + bill.rounding == bill.payer("customer") == subtotal
    assert bill.customer_due >= 0 and bill.rounding >= 0
    assert bill.line_discount == sum(g - a for a, _, g in lines) >= 0
    if rounding:
        assert bill.customer_due % 100 == 0 and bill.rounding < 100
    else:
        assert bill.rounding == 0


@given(st.lists(line_strategy, max_size=6), st.integers(1, 10_000))
def test_a_bill_discount_above_the_customer_share_is_impossible(lines, over) -> None:
    lines = [(a, p, a) for a, p, _ in lines]
    subtotal = sum(a for a, p, _ in lines if p == "customer")
    with pytest.raises(ValueError):
        compute_bill(lines, subtotal + over)


# --- against the database, for random orders ---------------------------------------------------

order_lines = st.lists(
    st.tuples(
        st.sampled_from(["labour", "part"]), st.just("项目"),
        st.sampled_from(["0.5", "1", "1.25", "2", "3.3"]), st.sampled_from(["12.34", "88", "150", "399.99", "1200"]),
        st.sampled_from(PAY_TYPES), st.sampled_from([0, 0, 300, 500, 1250]),
    ),
    min_size=1, max_size=5,
).map(lambda lines: [("labour", "检查", "1", "100", lines[0][4], lines[0][5]), *lines[1:]])
"""Random lines; the first is always labour, as an order needs labour to be dispatched."""
DB_SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@DB_SETTINGS
@given(lines=order_lines, percent=st.integers(0, 12), rounding=st.booleans(), off_by=st.integers(-300, 300))
def test_random_orders_settle_only_when_payments_balance_exactly(
    database: Database, seeded: Shop, lines, percent, rounding, off_by,
) -> None:
    number = ready_order(database, seeded, lines)
    extras = INSURER if any(line[4] == "insurance" for line in lines) else {}
    with database.unit_of_work(write=False) as s:
        preview = settlement.settlement_preview(s, number, bill_discount_percent=str(percent), rounding=rounding,
                                                staff_id=seeded.cashier)
    bill = preview.bill
    assert sum(g.total_fen for g in preview.groups) == bill.total
    assert bill.customer_due >= 0
    before = (_count(database, Settlement), _count(database, Payment))
    limit = discounts.DEFAULT_LIMITS_BP["cashier"]
    if preview.bill_discount_bp > limit:
        with pytest.raises(ValidationError, match="超出了收银员的权限（最多 5%）"):
            with database.unit_of_work() as s:
                settlement.settle(s, number, [PaymentInput("cash", "0.01")], staff_id=seeded.cashier,
                                  bill_discount_percent=str(percent), rounding=rounding, **extras)
        assert (_count(database, Settlement), _count(database, Payment)) == before
        return
    due = bill.customer_due
    wrong = due + off_by
    if off_by and wrong > 0:
        with pytest.raises(ValidationError, match="还差|多收了"):
            with database.unit_of_work() as s:
                settlement.settle(s, number, [PaymentInput("cash", _yuan(wrong))],
                                  staff_id=seeded.cashier, bill_discount_percent=str(percent), rounding=rounding,
                                  **extras)
        assert (_count(database, Settlement), _count(database, Payment)) == before
    payments = [PaymentInput("wechat", _yuan(due), "4200001234")] if due else []
    with database.unit_of_work() as s:
        detail = settlement.settle(s, number, payments, staff_id=seeded.cashier, bill_discount_percent=str(percent),
                                   rounding=rounding, **extras)
    assert detail.status == "settled"
    with database.unit_of_work(write=False) as s:
        row = s.scalar(select(Settlement).where(Settlement.order_id == orders.get_order(s, number).id))
        assert row.customer_due_fen == due and row.rounding_fen == bill.rounding
        assert row.customer_due_fen + row.bill_discount_fen + row.rounding_fen == bill.payer("customer")
        assert row.warranty_fen == bill.payer("warranty") and row.insurance_fen == bill.payer("insurance")
        assert sum(p.amount_fen for p in s.scalars(select(Payment).where(Payment.settlement_id == row.id))) == due


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


# --- discounts ----------------------------------------------------------------------------------


def test_discount_limits_come_from_the_settings_with_defaults(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        assert discounts.limit_for_staff(s, seeded.advisor) == 500
        assert discounts.limit_for_staff(s, seeded.manager) == 10_000
        assert discounts.limit_for_staff(s, None) == 0
        s.scalar(select(ShopSettings)).discount_limits = json.dumps({"cashier": 800, "advisor": "lots"})
    with database.unit_of_work() as s:
        assert discounts.limit_for_staff(s, seeded.cashier) == 800
        assert discounts.limit_for_staff(s, seeded.advisor) == 500  # a bad value falls back


def test_a_bill_discount_above_the_role_limit_is_refused_naming_it(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    with pytest.raises(ValidationError, match=re.escape("整单折扣 5.02% 超出了收银员的权限（最多 5%）")):
        with database.unit_of_work() as s:
            settlement.settle(s, number, [PaymentInput("cash", "526.67")], staff_id=seeded.cashier,
                              bill_discount="27.83", **INSURER)
    with pytest.raises(ValidationError, match="只填金额或比例"):
        with database.unit_of_work() as s:
            settlement.settle(s, number, [], staff_id=seeded.cashier, bill_discount="1", bill_discount_percent="1")
    with pytest.raises(ValidationError, match="超过了客户自费部分"):
        with database.unit_of_work() as s:
            settlement.settle(s, number, [], staff_id=seeded.manager, bill_discount="600", **INSURER)
    assert _count(database, Settlement) == 0
    # the manager may give any discount; 抹零 drops the fen on top
    with database.unit_of_work() as s:
        preview = settlement.settlement_preview(s, number, bill_discount_percent="20", rounding=True)
        assert (preview.bill.bill_discount, preview.bill.rounding, preview.bill.customer_due) == (11090, 60, 44300)
        settlement.settle(s, number, [PaymentInput("cash", "443", tendered="500")], staff_id=seeded.manager,
                          bill_discount_percent="20", rounding=True, **INSURER)
    with database.unit_of_work(write=False) as s:
        payment = s.scalar(select(Payment))
        assert (payment.amount_fen, payment.change_fen) == (44300, 5700)


def test_payments_need_references_and_cash_tendered_covers_the_amount(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    for payments, message in [
        ([PaymentInput("card", "554.50")], "流水号"),
        ([PaymentInput("cash", "554.50", tendered="500")], "少于收款金额"),
        ([PaymentInput("bitcoin", "554.50", "x")], "付款方式不对"),
        ([PaymentInput("cash", "0")], "大于 0"),
            ([PaymentInput("cash", "-5")], "负数"),
        ([PaymentInput("cash", "300"), PaymentInput("alipay", "254.49", "2026112322001")], "还差 ¥0.01"),
    ]:
        with pytest.raises(ValidationError, match=re.escape(message)):
            with database.unit_of_work() as s:
                settlement.settle(s, number, payments, staff_id=seeded.cashier, **INSURER)
    assert _count(database, Payment) == 0


def test_insurance_lines_need_the_insurer_and_the_claim_number(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    for extras, message in [({}, "保险公司名称"), ({"insurer": "平安财险"}, "理赔")]:
        with pytest.raises(ValidationError, match=message):
            with database.unit_of_work() as s:
                settlement.settle(s, number, [PaymentInput("cash", "554.50")], **extras)
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], insurer=" 平安财险 ", claim_number="PA001")
        row = s.scalar(select(Settlement))
        assert (row.insurer, row.claim_number, row.insurance_fen, row.warranty_fen) == ("平安财险", "PA001", 12000, 18000)


def test_on_account_only_for_companies_with_a_managers_approval(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    with pytest.raises(ValidationError, match="只有单位客户可以挂账"):
        with database.unit_of_work() as s:
            settlement.settle(s, number, [], on_account="554.50", approver_id=seeded.manager, **INSURER)
    with database.unit_of_work() as s:
        company = customers.create_customer(s, name="广州顺达物流有限公司", phone="13900001111", is_company=True)
        car = customers.add_vehicle(s, company.id, plate="粤A·12345", vin="LFV2A21K6M3012345", model="大众 迈腾",
                                    colour="黑色", mileage=5000)
    number = ready_order(database, seeded, vehicle_id=car.id)
    for approver, message in [(None, "请选择批准人"), (seeded.cashier, "不是服务经理")]:
        with pytest.raises(ValidationError, match=message):
            with database.unit_of_work() as s:
                settlement.settle(s, number, [PaymentInput("cash", "54.50")], on_account="500",
                                  approver_id=approver, **INSURER)
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "54.50")], on_account="500", approver_id=seeded.manager,
                          staff_id=seeded.cashier, now=NOW, **INSURER)
        row = s.scalar(select(Settlement).where(Settlement.on_account_fen > 0))
        assert (row.on_account_fen, row.on_account_approved_by_id) == (50000, seeded.manager)
        report = settlement.day_end_report(s, dt.date(2026, 11, 23))
    assert report.on_account_fen == 50000 and report.received_fen == 5450
    assert [(r.cashier, r.method_name, r.amount_fen) for r in report.rows] == [("陈敏", "现金", 5450), ("陈敏", "挂账", 50000)]


def test_next_service_defaults_from_the_package_or_the_usual_interval(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    with database.unit_of_work() as s:
        preview = settlement.settlement_preview(s, number, now=NOW)
        assert (preview.next_service_date, preview.next_service_km, preview.next_service_source) == (
            dt.date(2027, 5, 23), 23000, "常规间隔")
    with pytest.raises(ValidationError, match="大于本次进厂里程"):
        with database.unit_of_work() as s:
            settlement.settle(s, number, [PaymentInput("cash", "554.50")], next_service_km="17000", **INSURER)
    with pytest.raises(ValidationError, match="今天之后"):
        with database.unit_of_work() as s:
            settlement.settle(s, number, [PaymentInput("cash", "554.50")], next_service_date="2026-01-01",
                              now=NOW, **INSURER)
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], next_service_date="2027-03-01",
                          next_service_km="25,000", followup_time="工作日下午", now=NOW, **INSURER)
        row = s.scalar(select(Settlement))
        assert (row.next_service_date, row.next_service_km, row.followup_time) == (
            dt.date(2027, 3, 1), 25000, "工作日下午")


# --- the slip, reopen and void ------------------------------------------------------------------


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_slip_reprints_identically_and_shows_void_after_reopen(database: Database, seeded: Shop, tmp_path: Path) -> None:
    number = ready_order(database, seeded)
    with database.unit_of_work() as s:
        settlement.settle(
            s, number, [PaymentInput("cash", "300", tendered="400"), PaymentInput("wechat", "254.50", "4200009988")],
            staff_id=seeded.cashier, signature_png=_png(), followup_time="周末", now=NOW, **INSURER,
        )
        first = settlement.slip(s, number)
        gate.issue_exit_pass(s, number, staff_id=seeded.cashier, now=NOW)
    pdf = render_settlement_slip(first, "customer")
    text = _text(pdf, tmp_path, "first")
    text = text + re.sub(r"\s+", "", text)
    for expected in ("结算单", "客户联", "伍佰伍拾肆元伍角", "微信支付", "4200009988", "找零 ¥100.00", "中国人保财险",
                     "第1页/共1页", "周末", "23,000 km"):
        assert expected in text, expected
    assert "作废" not in text
    # a later change of the live rows does not change the reprint
    with database.unit_of_work() as s:
        orders.get_order(s, number).customer.name = "张伟伟"
    with database.unit_of_work(write=False) as s:
        assert render_settlement_slip(settlement.slip(s, number), "customer") == pdf

    with pytest.raises(IllegalMove, match="只有服务经理"):
        with database.unit_of_work() as s:
            settlement.reopen(s, number, reason="金额有误", staff_id=seeded.cashier)
    with pytest.raises(ValidationError, match="原因"):
        with database.unit_of_work() as s:
            settlement.reopen(s, number, reason=" ", staff_id=seeded.manager)
    with database.unit_of_work() as s:
        detail = settlement.reopen(s, number, reason="保险理赔号填错", staff_id=seeded.manager,
                                   now=NOW + dt.timedelta(minutes=20))
    assert detail.status == "ready" and detail.history[-1].reason == "重新打开：保险理赔号填错"
    with database.unit_of_work(write=False) as s:
        row = s.scalar(select(Settlement))
        assert row.voided_at is not None and row.voided_by_id == seeded.manager and row.void_reason == "保险理赔号填错"
        assert s.get(DocumentSnapshot, row.snapshot_id).voided_at is not None
        assert s.scalar(select(ExitPass)).voided_at is not None
        assert {p.settlement_id for p in s.scalars(select(Payment))} == {row.id}  # payments stay recorded
        void = settlement.slip(s, number)
    void_pdf = render_settlement_slip(void, "shop")
    void_text = _text(void_pdf, tmp_path, "void")
    assert "作废" in void_text and "本店联" in void_text and "保险理赔号填错" in void_text
    assert void.snapshot == first.snapshot  # the same frozen copy, now marked void

    # settled again: a new slip number; the day-end lists the void one
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("card", "554.50", "6222001")], staff_id=seeded.cashier,
                          now=NOW + dt.timedelta(minutes=30), insurer="中国人保财险", claim_number="RDAA2026-FIXED")
        again = settlement.slip(s, number)
        report = settlement.day_end_report(s, dt.date(2026, 11, 23))
        cashier_only = settlement.day_end_report(s, dt.date(2026, 11, 23), cashier_id=seeded.manager)
    assert again.snapshot.number == f"{number}-2" and not again.void
    assert report.settlements == 2 and report.received_fen == 55450 * 2 and report.change_fen == 10000
    assert [(v.slip_number, v.paid_fen, v.voided_by) for v in report.voids] == [(number, 55450, "赵经理")]
    assert sorted((r.method_name, r.count, r.amount_fen) for r in report.rows) == [
        ("微信支付", 1, 25450), ("现金", 1, 30000), ("银行卡", 1, 55450)]
    assert cashier_only.rows == () and cashier_only.received_fen == 0
    day_text = _text(render_day_end(report), tmp_path, "day")
    assert "日结报表" in day_text and "保险理赔号填错" in day_text and "¥1,109.00" in day_text


def test_only_a_settled_order_can_be_reopened_and_settled_to_ready_only_by_reopen(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    with pytest.raises(IllegalMove, match="只有「已结算」"):
        with database.unit_of_work() as s:
            settlement.reopen(s, number, reason="x", staff_id=seeded.manager)
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], **INSURER)
    with pytest.raises(IllegalMove, match="重新打开"):
        with database.unit_of_work() as s:
            orders.move_status(s, number, "ready")
    with database.unit_of_work(write=False) as s:
        assert "ready" not in orders.order_detail(s, number).allowed_moves


def test_slip_on_a5_and_the_command_line(database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys) -> None:
    number = ready_order(database, seeded)
    with database.unit_of_work() as s:
        s.scalar(select(ShopSettings)).settlement_paper = "A5"
        settlement.settle(s, number, [PaymentInput("alipay", "554.50", "2026112322001")], staff_id=seeded.cashier,
                          now=NOW, **INSURER)
    out = tmp_path / "slip.pdf"
    assert main(["--db", database_url, "print", "settlement", number, "--copy", "shop", "-o", str(out)]) == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "419.528 x 595.276" in info  # A5
    assert "本店联" in _text(out.read_bytes(), tmp_path, "cli")
    missing = tmp_path / "none.pdf"
    assert main(["--db", database_url, "print", "settlement", "RO20990101-0001", "-o", str(missing)]) == 1
    assert "找不到委托书" in capsys.readouterr().err and not missing.exists()
    day = tmp_path / "day.pdf"
    assert main(["--db", database_url, "print", "day-end", "2026-11-23", "--cashier", "陈敏", "-o", str(day)]) == 0
    assert "陈敏" in _text(day.read_bytes(), tmp_path, "day")
    assert main(["--db", database_url, "print", "day-end", "2026-11-23", "--cashier", "无此人", "-o", str(day)]) == 1


def test_limit_helper_for_roles() -> None:
    assert discounts.format_bp(1250) == "12.5%" and discounts.format_bp(500) == "5%"
    assert discounts.share_bp(1, 3) == 3334
    assert discounts.DEFAULT_LIMITS_BP[Role.MANAGER.value] == 10_000


def test_settlement_queue_lists_ready_then_todays_settled(database: Database, seeded: Shop) -> None:
    first = ready_order(database, seeded)
    with database.unit_of_work() as s:
        settlement.settle(s, first, [PaymentInput("cash", "554.50")], now=NOW, **INSURER)
        assert [r.number for r in settlement.settlement_queue(s, now=NOW)] == [first]
        assert shop.local_today(s)  # the queue runs in shop time
