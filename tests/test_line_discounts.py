"""Line discounts, editing lines in place, totals by pay type, and the intake details of an order."""

from __future__ import annotations

import pytest

from conftest import Shop
from desk.db import Database
from desk.services import catalogue, documents, orders
from desk.services.errors import Conflict, ValidationError
from desk.services.orders import line_amount, parse_discount
from test_catalogue import fill
from test_orders import open_walk_in


@pytest.mark.parametrize(
    ("text", "bp"), [("10", 1000), ("12.5", 1250), ("12.25%", 1225), ("０", 0), ("", 0), (" 100 ", 10000), ("５％", 500)],
)
def test_discounts_as_typed(text: str, bp: int) -> None:
    assert parse_discount(text) == bp


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-5", "不能是负数"), ("100.01", "最多 100%"), ("150", "最多 100%"), ("abc", "不是数字"), ("1e1", "不是数字"),
        ("12.125", "最多两位小数"), ("九折", "不是数字"),
    ],
)
def test_bad_discounts_are_refused_with_what_to_type(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        parse_discount(text)
    assert refused.value.field == "discount"


def test_line_amount_rounds_the_gross_and_then_the_discount_half_up() -> None:
    assert line_amount(18000, "1.5", 1000) == 24300  # 270.00 less 10 %
    assert line_amount(6850, "1", 1250) == 5994  # 68.50 × 0.875 = 59.9375 → 59.94
    assert line_amount(333, "1", 5000) == 167  # 1.665 → 1.67 (half up)
    assert line_amount(8800, "4.5", 10000) == 0  # free


def test_discounts_and_pay_types_in_the_totals(database: Database, seeded: Shop) -> None:
    number = open_walk_in(database, seeded).number
    manager = seeded.manager
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, name="更换机油机滤", hours="1.5", discount="10", staff_id=manager)  # 243
        orders.add_labour_line(
            s, number, name="空调检查", hours="1", rate="150", pay_type="warranty", discount="100", staff_id=manager,
        )
        orders.add_part_line(s, number, name="机油滤清器", quantity="1", unit_price="68.50", discount="12.5", staff_id=manager)
        detail = orders.add_part_line(s, number, name="空调滤芯", quantity="2", unit_price="120", pay_type="insurance")
    t = detail.totals
    assert [(l.amount_fen, l.discount_bp) for l in detail.labour_lines] == [(24300, 1000), (0, 10000)]
    assert [(p.amount_fen, p.discount_bp) for p in detail.part_lines] == [(5994, 1250), (24000, 0)]
    assert (t.labour, t.parts, t.total, t.customer_pays) == (24300, 29994, 54294, 30294)
    assert t.discount == 2700 + 15000 + 856
    assert t.by_pay_type == (("customer", 24300, 5994), ("warranty", 0, 0), ("insurance", 0, 24000))
    assert detail.customer_pays_in_capitals == "叁佰零贰元玖角肆分"
    # the printed copy carries the discounts
    with database.unit_of_work() as s:
        snapshot = documents.repair_order_snapshot(s, number)
    assert [l.discount for l in snapshot.labour_lines] == ["10%", "100%"]
    assert [p.discount for p in snapshot.part_lines] == ["12.5%", ""]


def test_a_line_is_edited_in_place(database: Database, seeded: Shop) -> None:
    number = open_walk_in(database, seeded).number
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, name="四轮定位", hours="1")
        detail = orders.add_part_line(s, number, name="雨刮片", quantity="2", unit_price="45")
    labour, part = detail.labour_lines[0], detail.part_lines[0]
    with database.unit_of_work() as s:
        detail = orders.set_line_discount(
            s, number, kind="labour", line_id=labour.id, discount="20", staff_id=seeded.manager,
            expected_version=detail.version,
        )
    assert detail.labour_lines[0].amount_fen == 14400 and detail.totals.discount == 3600
    with database.unit_of_work() as s:  # hours change; the discount stays
        detail = orders.update_line(s, number, kind="labour", line_id=labour.id, hours="1.5", expected_version=detail.version)
    assert detail.labour_lines[0].amount_fen == 21600
    with database.unit_of_work() as s:  # a line at the standard rate takes the warranty rate (the same here)
        detail = orders.update_line(s, number, kind="labour", line_id=labour.id, pay_type="warranty")
    assert detail.labour_lines[0].pay_type == "warranty" and detail.totals.customer_pays == 9000
    with database.unit_of_work() as s:
        detail = orders.update_line(s, number, kind="part", line_id=part.id, quantity="3", unit_price="40", discount="")
    assert (detail.part_lines[0].amount_fen, detail.part_lines[0].discount_bp) == (12000, 0)
    # an old version is refused, and a refused edit leaves the line as it was
    with database.unit_of_work() as s, pytest.raises(Conflict):
        orders.set_line_discount(s, number, kind="part", line_id=part.id, discount="5", expected_version=1)
    for bad in ({"discount": "abc"}, {"discount": "-1"}, {"discount": "101"}, {"quantity": "0"}, {"unit_price": "x"},
                {"pay_type": "free"}, {"hours": "1"}):
        with database.unit_of_work() as s, pytest.raises(ValidationError):
            orders.update_line(s, number, kind="part", line_id=part.id, **bad)  # type: ignore[arg-type]
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).part_lines[0].amount_fen == 12000


def test_an_advisor_gives_no_more_than_the_limit_and_others_may_still_edit_the_line(
    database: Database, seeded: Shop
) -> None:
    number = open_walk_in(database, seeded).number
    with database.unit_of_work() as s:
        detail = orders.add_labour_line(s, number, name="四轮定位", hours="1", discount="5", staff_id=seeded.advisor)
    line = detail.labour_lines[0]
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="超出了服务顾问的权限（最多 5%）"):
        orders.set_line_discount(s, number, kind="labour", line_id=line.id, discount="10", staff_id=seeded.advisor)
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="需要经办人"):
        orders.add_part_line(s, number, name="雨刮片", quantity="1", unit_price="45", discount="3")
    with database.unit_of_work() as s:
        orders.set_line_discount(s, number, kind="labour", line_id=line.id, discount="30", staff_id=seeded.manager)
        # the advisor may change the hours of the line the manager discounted; the discount stays
        detail = orders.update_line(
            s, number, kind="labour", line_id=line.id, hours="2", discount="30", staff_id=seeded.advisor,
        )
    assert (detail.labour_lines[0].discount_bp, detail.labour_lines[0].amount_fen) == (3000, 25200)


def test_package_lines_go_through_the_same_amounts(database: Database, seeded: Shop) -> None:
    fill(database)
    number = open_walk_in(database, seeded).number
    with database.unit_of_work() as s:
        detail = catalogue.add_package_to_order(s, number, "BY-10K")
        first = detail.part_lines[0]
        detail = orders.set_line_discount(s, number, kind="part", line_id=first.id, discount="50", staff_id=seeded.manager)
    assert detail.part_lines[0].amount_fen == line_amount(first.unit_price_fen, first.quantity, 5000)


def test_intake_details_are_saved_and_checked(database: Database, seeded: Shop) -> None:
    number = open_walk_in(database, seeded).number
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
    assert (detail.payment_intent, detail.old_parts, detail.extra_work_consent, detail.callback_phone) == (
        "", "", True, "13812345678",
    )
    with database.unit_of_work() as s:
        detail = orders.update_intake(
            s, number, payment_intent="wechat", old_parts="customer_takes", extra_work_consent=True,
            callback_phone="139-8765 4321", staff_id=seeded.advisor, expected_version=detail.version,
        )
    assert (detail.payment_intent, detail.old_parts, detail.callback_phone) == ("wechat", "customer_takes", "13987654321")
    with database.unit_of_work() as s:  # the customer's own mobile is kept as "the customer's mobile"
        detail = orders.update_intake(s, number, callback_phone="13812345678", old_parts="shop_disposes")
    assert detail.callback_phone == "13812345678" and detail.payment_intent == ""
    with database.unit_of_work() as s:
        detail = orders.update_intake(s, number, extra_work_consent=False, old_parts="shop_disposes")
    assert detail.extra_work_consent is False
    for bad, field in [
        ({"callback_phone": "12345"}, "callback_phone"), ({"callback_phone": "1381234567a"}, "callback_phone"),
        ({"payment_intent": "bitcoin"}, "payment_intent"), ({"old_parts": "sell"}, "old_parts"),
    ]:
        with database.unit_of_work() as s, pytest.raises(ValidationError) as refused:
            orders.update_intake(s, number, **bad)  # type: ignore[arg-type]
        assert refused.value.field == field
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="手机号应为11位"):
        orders.update_intake(s, number, callback_phone="12345")
    with database.unit_of_work() as s, pytest.raises(Conflict):
        orders.update_intake(s, number, expected_version=1)
    with database.unit_of_work() as s:
        snapshot = documents.repair_order_snapshot(s, number)
    assert (snapshot.extra_work_consent, snapshot.old_parts, snapshot.payment_intent) == (False, "本店处理", "")
