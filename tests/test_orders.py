"""Customers, cars, appointments and repair orders through the services, on both databases."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from check_helpers import pass_checks
from conftest import VIN, Shop
from desk.db import Database
from desk.models.enums import OrderStatus
from desk.services import appointments, customers, documents, gate, orders, settlement
from desk.services.errors import Conflict, IllegalMove, NeedsConfirmation, ValidationError
from desk.services.settlement import PaymentInput

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)


def open_walk_in(database: Database, shop: Shop, **kwargs: object) -> orders.OrderDetail:
    values: dict[str, object] = dict(
        vehicle_id=shop.vehicle, advisor_id=shop.advisor, mileage=18000,
        complaint="做 2 万公里保养；空调不凉", staff_id=shop.advisor, now=NOW,
    )
    values.update(kwargs)
    with database.unit_of_work() as s:
        return orders.open_order(s, **values)  # type: ignore[arg-type]


def order_with_lines(database: Database, shop: Shop) -> str:
    number = open_walk_in(database, shop).number
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, code="by-01", name="更换机油机滤", hours="0.5", pay_type="customer")
        orders.add_labour_line(s, number, name="空调系统检查", hours="1.2", pay_type="warranty", rate="150")
        orders.add_part_line(s, number, part_number="06l115562b", name="机油滤清器", quantity="1", unit_price="68.50")
        orders.add_part_line(s, number, name="全合成机油 5W-30 1L", quantity="4.5", unit_price="88", pay_type="customer")
        orders.add_part_line(s, number, name="空调滤芯", quantity="1", unit_price="120", pay_type="insurance")
    return number


def move(database: Database, number: str, *targets: str) -> orders.OrderDetail:
    """Move the order through ``targets``; on the way to 待交车 the checks it needs are recorded."""
    detail = None
    for target in targets:
        with database.unit_of_work() as s:
            if target == "ready" and orders.get_order(s, number).status == "quality_check":
                pass_checks(s, number, now=NOW)
            detail = orders.move_status(s, number, target, staff_id=None, now=NOW)
    assert detail is not None
    return detail


# --- customers and cars ------------------------------------------------------------------------


def test_search_finds_by_part_of_plate_phone_vin_and_name(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        other = customers.create_customer(s, name="深圳市顺达物流有限公司", phone="139 8765 4321", is_company=True)
        customers.add_vehicle(s, other.id, plate="湘A12345", vin="LFV2A21K0G3012345", model="别克 GL8")
    with database.unit_of_work(write=False) as s:
        by_plate = customers.search(s, "d123")
        by_dotted_plate = customers.search(s, "粤B·D1")
        by_phone = customers.search(s, "5678")
        by_vin = customers.search(s, "2183294")
        by_name = customers.search(s, "顺达")
        nothing = customers.search(s, "不存在的人")
    assert [h.plate for h in by_plate] == ["粤B·D12345"]
    assert [h.customer for h in by_dotted_plate] == ["张伟"]
    assert [h.customer for h in by_phone] == ["张伟"]
    assert [h.vin for h in by_vin] == [VIN]
    assert [(h.customer, h.plate) for h in by_name] == [("深圳市顺达物流有限公司", "湘A·12345")]
    assert nothing == []


def test_search_treats_like_wildcards_as_text(database: Database, seeded: Shop) -> None:
    with database.unit_of_work(write=False) as s:
        assert customers.search(s, "%") == []
        assert customers.search(s, "_") == []


def test_new_customer_and_car_are_stored_normalised(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        card = customers.create_customer(s, name=" 刘洋 ", phone="+86 150-1234-5678")
        car = customers.add_vehicle(s, card.id, plate="粤a 88888", vin="lsgkb54h6kv123456", model="别克 君越")
    with database.unit_of_work(write=False) as s:
        stored = customers.customer_card(s, card.id)
    assert (stored.name, stored.phone) == ("刘洋", "15012345678")
    assert stored.vehicles[0].plate == "粤A·88888"
    assert stored.vehicles[0].vin == "LSGKB54H6KV123456" == car.vin


@pytest.mark.parametrize(
    ("plate", "vin", "phone", "field"),
    [
        ("粤B12345", "LSGKB54H6KV12345", "13812345678", "vin"),  # 16 characters
        ("粤B12345", "LSGKB54H6KV12345O", "13812345678", "vin"),  # O is not allowed
        ("粤B1234", "LSGKB54H6KV123456", "13812345678", "plate"),  # too short
        ("XB12345", "LSGKB54H6KV123456", "13812345678", "plate"),  # no province
        ("粤B12345", "LSGKB54H6KV123456", "12812345678", "phone"),  # 12… is no mobile number
    ],
)
def test_bad_car_or_phone_is_refused_and_nothing_is_saved(
    database: Database, seeded: Shop, plate: str, vin: str, phone: str, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        with database.unit_of_work() as s:
            card = customers.create_customer(s, name="孙丽", phone=phone)
            customers.add_vehicle(s, card.id, plate=plate, vin=vin, model="丰田 凯美瑞")
    assert refused.value.field == field
    assert refused.value.message
    with database.unit_of_work(write=False) as s:
        assert customers.search(s, "孙丽") == []


def test_wrong_vin_check_digit_needs_confirmation(database: Database, seeded: Shop) -> None:
    wrong = "LSGKB54H0KV123456"
    with pytest.raises(NeedsConfirmation) as asked:
        with database.unit_of_work() as s:
            customers.add_vehicle(s, seeded.customer, plate="粤B54321", vin=wrong, model="进口 奔驰 G500")
    assert asked.value.key == "vin_check_digit"
    with database.unit_of_work() as s:
        car = customers.add_vehicle(
            s, seeded.customer, plate="粤B54321", vin=wrong, model="进口 奔驰 G500", confirmed={asked.value.key}
        )
    assert car.vin == wrong


def test_same_plate_or_vin_twice_is_refused(database: Database, seeded: Shop) -> None:
    with pytest.raises(ValidationError, match="已登记在客户 张伟"):
        with database.unit_of_work() as s:
            customers.add_vehicle(s, seeded.customer, plate="粤BD12345", vin="LFV2A21K0G3012345", model="x")
    with pytest.raises(ValidationError, match="车架号"):
        with database.unit_of_work() as s:
            customers.add_vehicle(s, seeded.customer, plate="粤B99999", vin=VIN, model="x")


def test_saving_over_a_newer_save_is_refused_naming_who(database: Database, seeded: Shop) -> None:
    with database.unit_of_work(write=False) as s:
        loaded = customers.customer_card(s, seeded.customer)
    with database.unit_of_work() as s:
        customers.update_customer(
            s, seeded.customer, name="张伟", phone="13812345679", staff_id=seeded.advisor2,
            expected_version=loaded.version,
        )
    with pytest.raises(Conflict, match="王强") as refused:
        with database.unit_of_work() as s:
            customers.update_customer(
                s, seeded.customer, name="张伟伟", phone="13812345678", staff_id=seeded.advisor,
                expected_version=loaded.version,
            )
    assert "重新载入" in refused.value.message
    with database.unit_of_work(write=False) as s:
        assert customers.customer_card(s, seeded.customer).phone == "13812345679"


# --- appointments ------------------------------------------------------------------------------


def test_booking_and_opening_the_order_from_the_appointment(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        booked = appointments.book(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, day=dt.date(2026, 11, 23),
            time=dt.time(9, 30), requested_work="3 万公里保养", now=NOW,
        )
    assert re.fullmatch(r"AP20261123-0001", booked.number)
    assert booked.slot_local == "2026-11-23 09:30"
    with database.unit_of_work(write=False) as s:
        today = appointments.list_day(s, dt.date(2026, 11, 23))
    assert [(a.number, a.plate, a.advisor) for a in today] == [(booked.number, "粤B·D12345", "李娜")]
    detail = open_walk_in(database, seeded, appointment_number=booked.number, complaint=booked.requested_work)
    assert detail.appointment == booked.number
    with database.unit_of_work(write=False) as s:
        assert appointments.row(s, booked.number).status == "arrived"
    with pytest.raises(ValidationError, match="已到店"):
        open_walk_in(database, seeded, appointment_number=booked.number, confirmed={"second_open_order"})


@pytest.mark.parametrize(
    ("day", "time", "message"),
    [
        (dt.date(2026, 11, 23), dt.time(7, 45), "营业时间"),
        (dt.date(2026, 11, 23), dt.time(18, 0), "营业时间"),
        (dt.date(2026, 11, 22), dt.time(10, 0), "已经过去"),
    ],
)
def test_booking_outside_hours_or_in_the_past_is_refused(
    database: Database, seeded: Shop, day: dt.date, time: dt.time, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        with database.unit_of_work() as s:
            appointments.book(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, day=day, time=time, now=NOW)


def test_an_advisors_slot_cannot_be_booked_twice(database: Database, seeded: Shop) -> None:
    slot = dict(day=dt.date(2026, 11, 24), time=dt.time(10, 0), now=NOW)
    with database.unit_of_work() as s:
        appointments.book(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, **slot)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="李娜 在 10:00 已有预约"):
        with database.unit_of_work() as s:
            appointments.book(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, **slot)  # type: ignore[arg-type]
    with database.unit_of_work() as s:  # another advisor is free at that time
        appointments.book(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor2, **slot)  # type: ignore[arg-type]


# --- the repair order --------------------------------------------------------------------------


def test_order_numbers_are_dated_and_sequential(database: Database, seeded: Shop) -> None:
    first = open_walk_in(database, seeded)
    second = open_walk_in(database, seeded, confirmed={"second_open_order"})
    assert (first.number, second.number) == ("RO20261123-0001", "RO20261123-0002")
    next_day = open_walk_in(database, seeded, now=NOW + dt.timedelta(days=1), confirmed={"second_open_order"})
    assert next_day.number == "RO20261124-0001"


def test_mileage_below_the_last_one_needs_a_reason(database: Database, seeded: Shop) -> None:
    with pytest.raises(ValidationError, match="15,?000") as refused:
        open_walk_in(database, seeded, mileage=14000)
    assert refused.value.field == "mileage"
    detail = open_walk_in(database, seeded, mileage=14000, mileage_reason="更换过仪表")
    assert detail.mileage == 14000


def test_mileage_is_remembered_for_the_car(database: Database, seeded: Shop) -> None:
    open_walk_in(database, seeded, mileage="21,500")
    with database.unit_of_work(write=False) as s:
        assert customers.vehicle_card(s, seeded.vehicle).last_mileage == 21500


def test_a_second_open_order_for_the_same_car_asks_first(database: Database, seeded: Shop) -> None:
    first = open_walk_in(database, seeded)
    with pytest.raises(NeedsConfirmation, match=first.number):
        open_walk_in(database, seeded)


def test_totals_split_labour_parts_and_pay_types(database: Database, seeded: Shop) -> None:
    number = order_with_lines(database, seeded)
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
    totals = detail.totals
    # labour: 0.5 h × 180 = 90.00 (customer); 1.2 h × 150 = 180.00 (warranty)
    # parts: 68.50 + 4.5 × 88 = 464.50 (customer); 120.00 (insurance)
    assert (totals.labour, totals.parts, totals.total) == (27000, 58450, 85450)
    assert totals.by_pay_type == (("customer", 9000, 46450), ("warranty", 18000, 0), ("insurance", 0, 12000))
    assert totals.customer_pays == 55450
    assert detail.customer_pays_in_capitals == "伍佰伍拾肆元伍角"
    assert detail.labour_lines[0].code == "BY-01"
    assert detail.part_lines[0].part_number == "06L115562B"


@pytest.mark.parametrize(
    ("kind", "values", "field"),
    [
        ("part", dict(name="刹车片", quantity="-1", unit_price="300"), "quantity"),
        ("part", dict(name="刹车片", quantity="0", unit_price="300"), "quantity"),
        ("part", dict(name="刹车片", quantity="两个", unit_price="300"), "quantity"),
        ("part", dict(name="刹车片", quantity="1", unit_price="-300"), "unit_price"),
        ("part", dict(name="", quantity="1", unit_price="300"), "name"),
        ("labour", dict(name="更换刹车片", hours="0"), "hours"),
        ("labour", dict(name="更换刹车片", hours="1.234"), "hours"),
        ("labour", dict(name="更换刹车片", hours="1", pay_type="free"), "pay_type"),
    ],
)
def test_bad_lines_are_refused_and_the_order_is_unchanged(
    database: Database, seeded: Shop, kind: str, values: dict[str, str], field: str
) -> None:
    number = open_walk_in(database, seeded).number
    add = orders.add_part_line if kind == "part" else orders.add_labour_line
    with pytest.raises(ValidationError) as refused:
        with database.unit_of_work() as s:
            add(s, number, **values)  # type: ignore[arg-type]
    assert refused.value.field == field
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
    assert detail.labour_lines == () and detail.part_lines == () and detail.version == 1


def test_removing_a_line_updates_the_totals(database: Database, seeded: Shop) -> None:
    number = order_with_lines(database, seeded)
    with database.unit_of_work() as s:
        detail = orders.order_detail(s, number)
        after = orders.remove_line(s, number, kind="part", line_id=detail.part_lines[2].id)
    assert after.totals.parts == 46450 and len(after.part_lines) == 2


def test_the_whole_status_path_is_recorded(database: Database, seeded: Shop) -> None:
    number = order_with_lines(database, seeded)
    detail = move(database, number, "dispatched", "in_progress", "quality_check", "in_progress", "quality_check", "ready")
    assert detail.status == "ready"
    assert [h.to_status for h in detail.history] == [
        "open", "dispatched", "in_progress", "quality_check", "in_progress", "quality_check", "ready",
    ]


@pytest.mark.parametrize(
    ("path", "target", "message"),
    [
        ((), "in_progress", "不能直接改为「维修中」"),
        ((), "settled", "结算"),
        (("dispatched", "in_progress", "quality_check", "ready"), "released", "出门证"),
        (("dispatched",), "ready", "可以改为：「维修中」、「已开单」、「已取消」"),
    ],
)
def test_illegal_moves_are_refused_with_the_reason(
    database: Database, seeded: Shop, path: tuple[str, ...], target: str, message: str
) -> None:
    number = order_with_lines(database, seeded)
    if path:
        move(database, number, *path)
    with pytest.raises(IllegalMove, match=message):
        move(database, number, target)


def test_dispatch_needs_a_labour_line(database: Database, seeded: Shop) -> None:
    number = open_walk_in(database, seeded).number
    with pytest.raises(IllegalMove, match="没有工时项目"):
        move(database, number, "dispatched")


def test_cancelling_needs_a_reason_and_ends_the_order(database: Database, seeded: Shop) -> None:
    number = order_with_lines(database, seeded)
    with pytest.raises(ValidationError, match="原因"):
        move(database, number, "cancelled")
    with database.unit_of_work() as s:
        detail = orders.move_status(s, number, "cancelled", reason="客户改天再来")
    assert (detail.status, detail.cancel_reason, detail.editable) == ("cancelled", "客户改天再来", False)
    with pytest.raises(IllegalMove, match="已取消"):
        move(database, number, "open")


# --- settlement and the exit pass --------------------------------------------------------------


INSURER = {"insurer": "中国人保财险", "claim_number": "RDAA2026440300001234"}
"""The order of :func:`order_with_lines` has an insurance line: settling names the insurer."""


def ready_order(database: Database, shop: Shop) -> str:
    number = order_with_lines(database, shop)
    move(database, number, "dispatched", "in_progress", "quality_check", "ready")
    return number


def test_settling_needs_the_balance_to_be_zero(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)  # customer pays 554.50
    for payments, message in [
        ([PaymentInput("cash", "500")], "还差 ¥54.50"),
        ([PaymentInput("cash", "500"), PaymentInput("wechat", "60", "4200001234")], "多收了 ¥5.50"),
        ([PaymentInput("cash", "454.50"), PaymentInput("card", "100")], "流水号"),
        ([], "还差 ¥554.50"),
    ]:
        with pytest.raises(ValidationError, match=re.escape(message)):
            with database.unit_of_work() as s:
                settlement.settle(s, number, payments, staff_id=seeded.cashier, **INSURER)
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
    assert detail.status == "ready" and detail.payments == ()

    with database.unit_of_work() as s:
        settled = settlement.settle(
            s, number, [PaymentInput("cash", "454.50"), PaymentInput("wechat", "100", "4200001234")],
            staff_id=seeded.cashier, now=NOW, **INSURER,
        )
    assert settled.status == "settled"
    assert sorted((p.method, p.amount_fen) for p in settled.payments) == [("cash", 45450), ("wechat", 10000)]


def test_a_settled_order_is_frozen(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("alipay", "554.50", "2026112322001")], **INSURER)
    with pytest.raises(IllegalMove, match="已「已结算」，不能再修改"):
        with database.unit_of_work() as s:
            orders.add_labour_line(s, number, name="洗车", hours="0.3")
    with pytest.raises(IllegalMove, match="不能取消"):
        with database.unit_of_work() as s:
            orders.move_status(s, number, "cancelled", reason="试试")


def test_only_a_ready_order_can_be_settled(database: Database, seeded: Shop) -> None:
    number = order_with_lines(database, seeded)
    with pytest.raises(IllegalMove, match="只有「待交车」"):
        with database.unit_of_work() as s:
            settlement.settle(s, number, [PaymentInput("cash", "554.50")])


def test_exit_pass_is_issued_once_and_used_once(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    with pytest.raises(IllegalMove, match="结算后才能开出门证"):
        with database.unit_of_work() as s:
            gate.issue_exit_pass(s, number, now=NOW)
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], now=NOW, **INSURER)
        issued = gate.issue_exit_pass(s, number, staff_id=seeded.cashier, now=NOW)
    assert issued.number == "EP20261123-0001" and issued.plate == "粤B·D12345"
    with pytest.raises(IllegalMove, match="已有有效的出门证"):
        with database.unit_of_work() as s:
            gate.issue_exit_pass(s, number, now=NOW)
    with database.unit_of_work() as s:
        used = gate.let_out(s, issued.number, now=NOW + dt.timedelta(minutes=10))
    assert used.used_local == "2026-11-23 09:10"
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).status == "released"
    with pytest.raises(IllegalMove, match="已于 2026-11-23 09:10 使用过"):
        with database.unit_of_work() as s:
            gate.let_out(s, issued.number)


def test_an_expired_exit_pass_is_refused_and_a_new_one_can_be_issued(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], now=NOW, **INSURER)
        old = gate.issue_exit_pass(s, number, now=NOW)
    later = NOW + dt.timedelta(hours=25)
    with pytest.raises(IllegalMove, match="过期"):
        with database.unit_of_work() as s:
            gate.let_out(s, old.number, now=later)
    with database.unit_of_work() as s:
        new = gate.issue_exit_pass(s, number, now=later)
        gate.let_out(s, new.number, now=later)
    with pytest.raises(IllegalMove, match="找不到出门证 EP20990101-0001"):
        with database.unit_of_work() as s:
            gate.let_out(s, "EP20990101-0001")


# --- lists and printed copies ------------------------------------------------------------------


def test_order_list_carries_totals_and_filters_by_status(database: Database, seeded: Shop) -> None:
    ready = ready_order(database, seeded)
    fresh = open_walk_in(database, seeded, confirmed={"second_open_order"}, now=NOW + dt.timedelta(hours=1)).number
    with database.unit_of_work(write=False) as s:
        every = orders.list_orders(s)
        only_ready = orders.list_orders(s, statuses=["ready"])
    assert [o.number for o in every] == [fresh, ready]
    assert [(o.number, o.total_fen, o.customer_pays_fen, o.plate) for o in only_ready] == [
        (ready, 85450, 55450, "粤B·D12345")
    ]
    assert every[0].total_fen == 0


def test_reprint_uses_the_stored_copy_until_the_order_changes(database: Database, seeded: Shop) -> None:
    number = order_with_lines(database, seeded)
    with database.unit_of_work() as s:
        first = documents.repair_order_snapshot(s, number)
    with database.unit_of_work() as s:
        again = documents.repair_order_snapshot(s, number)
    assert again == first
    assert first.customer_pays == "554.50" and first.plate == "粤B·D12345"
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, name="四轮定位", hours="1")
    with database.unit_of_work() as s:
        changed = documents.repair_order_snapshot(s, number)
    assert changed.customer_pays == "734.50" and changed.order_version > first.order_version


def test_status_names_are_chinese() -> None:
    assert [s.chinese for s in OrderStatus] == [
        "已开单", "已派工", "维修中", "待客户确认", "质检中", "待交车", "已结算", "已出厂", "已取消",
    ]


@pytest.mark.parametrize(
    ("local_now", "promised"),
    [
        (dt.datetime(2026, 11, 23, 9, 7), "2026-11-23 11:15"),  # two hours on, up to the quarter
        (dt.datetime(2026, 11, 23, 9, 0), "2026-11-23 11:00"),
        (dt.datetime(2026, 11, 23, 7, 40), "2026-11-23 10:30"),  # before opening: from 08:30
        (dt.datetime(2026, 11, 23, 16, 0), "2026-11-23 18:00"),  # just fits before closing
        (dt.datetime(2026, 11, 23, 16, 1), "2026-11-24 08:45"),  # one minute goes on next morning (08:31)
        (dt.datetime(2026, 11, 23, 16, 30), "2026-11-24 09:00"),  # 90 minutes today, 30 next morning
        (dt.datetime(2026, 11, 23, 23, 30), "2026-11-24 10:30"),
    ],
)
def test_default_promise_stays_in_opening_hours(
    database: Database, seeded: Shop, local_now: dt.datetime, promised: str
) -> None:
    with database.unit_of_work(write=False) as s:
        instant = orders.default_promise(s, local_now.replace(tzinfo=SHANGHAI))
        assert instant.tzinfo is not None
        assert instant.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") == promised


def test_upcoming_appointments_of_a_car_include_later_days(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        later = appointments.book(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, day=dt.date(2026, 11, 25),
            time=dt.time(10, 0), now=NOW,
        )
        today = appointments.book(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, day=dt.date(2026, 11, 23),
            time=dt.time(14, 0), now=NOW,
        )
    with database.unit_of_work(write=False) as s:
        upcoming = appointments.upcoming_for_vehicle(s, seeded.vehicle, dt.date(2026, 11, 23))
        tomorrow_on = appointments.upcoming_for_vehicle(s, seeded.vehicle, dt.date(2026, 11, 24))
    assert [a.number for a in upcoming] == [today.number, later.number]
    assert [a.number for a in tomorrow_on] == [later.number]


def test_amounts_past_21_million_yuan_are_kept_exactly(database: Database, seeded: Shop) -> None:
    """A 32-bit column would end at ¥21,474,836.47; money columns hold fen in 64 bits."""
    number = open_walk_in(database, seeded).number
    with database.unit_of_work() as s:
        orders.add_part_line(s, number, name="整车总成（保险全损更换）", quantity="3", unit_price="30000000.01", pay_type="insurance")
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
        listed = orders.list_orders(s)[0]
    assert detail.part_lines[0].amount_fen == 9_000_000_003
    assert detail.totals.total == listed.total_fen == 9_000_000_003
