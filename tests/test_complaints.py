"""The complaint register (客户投诉登记追踪表): numbers, the first-response deadline from the shop
setting, the overdue rule, handling steps, closing only with a result, reopening by a manager,
car/customer/order consistency and the register's filters — on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from conftest import Shop
from desk.db import Database
from desk.models import Complaint, ComplaintStep, ShopSettings
from desk.models.enums import ComplaintCategory, ComplaintSource
from desk.services import complaints, customers, orders
from desk.services.errors import Conflict, IllegalMove, NotFound, ValidationError

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 12, 3, 10, 0, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)
HOUR = dt.timedelta(hours=1)


def register(database: Database, seeded: Shop, **kwargs: object) -> complaints.ComplaintDetail:
    values: dict[str, object] = dict(
        source=ComplaintSource.PHONE, customer_id=seeded.customer, vehicle_id=seeded.vehicle,
        description="保养后发动机有异响，和之前不一样", category=ComplaintCategory.QUALITY,
        staff_id=seeded.advisor, now=NOW, responsible_id=seeded.manager, department="服务部",
    )
    values.update(kwargs)
    with database.unit_of_work() as s:
        return complaints.register_complaint(s, **values)  # type: ignore[arg-type]


def open_order(database: Database, seeded: Shop, vehicle_id: int | None = None) -> tuple[int, str]:
    with database.unit_of_work() as s:
        detail = orders.open_order(
            s, vehicle_id=vehicle_id or seeded.vehicle, advisor_id=seeded.advisor, mileage=18000,
            complaint="做 2 万公里保养", staff_id=seeded.advisor, now=NOW - 48 * HOUR,
            confirmed=("second_open_order",),
        )
        return orders.get_order(s, detail.number).id, detail.number


def other_customer(database: Database, seeded: Shop) -> tuple[int, int]:
    with database.unit_of_work() as s:
        card = customers.create_customer(s, name="刘芳", phone="13922223333", staff_id=seeded.advisor)
        car = customers.add_vehicle(s, card.id, plate="粤A·12345", vin="LFV2A21K0G3012345", model="丰田 凯美瑞",
                                    colour="黑色", mileage=30000, staff_id=seeded.advisor)
        return card.id, car.id


# --- registering ------------------------------------------------------------------------------------


def test_register_numbers_by_day_and_sets_the_deadline(database: Database, seeded: Shop) -> None:
    first = register(database, seeded)
    second = register(database, seeded, category="price", description="收费比报价高")
    assert first.number == "TS20261203-0001"
    assert second.number == "TS20261203-0002"
    assert first.respond_by == NOW + 24 * HOUR
    assert first.received_by == "李娜"
    assert first.responsible == "赵经理"
    assert first.plate == "粤B·D12345"
    assert first.is_quality and not second.is_quality
    assert first.status_text == "处理中" and not first.overdue
    # the next shop-local day starts again at 0001 (00:30 Shanghai is still 2026-12-03 in UTC)
    next_day = dt.datetime(2026, 12, 4, 0, 30, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)
    assert register(database, seeded, now=next_day).number == "TS20261204-0001"


def test_deadline_follows_the_shop_setting(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        s.scalar(select(ShopSettings)).complaint_response_hours = 12
    detail = register(database, seeded)
    assert detail.respond_by == NOW + 12 * HOUR
    assert detail.respond_by_text == "2026-12-03 22:00"


def test_register_refuses_missing_description_and_bad_choices(database: Database, seeded: Shop) -> None:
    with pytest.raises(ValidationError, match="客户的原话") as caught:
        register(database, seeded, description="   ")
    assert caught.value.field == "description"
    with pytest.raises(ValidationError, match="投诉类别"):
        register(database, seeded, category="noise")
    with pytest.raises(ValidationError, match="投诉来源"):
        register(database, seeded, source="email")
    with pytest.raises(NotFound):
        register(database, seeded, customer_id=99999)
    with pytest.raises(ValidationError, match="投诉内容太长（最多2000个字）"):
        register(database, seeded, description="响" * 2001)
    with database.unit_of_work() as s:
        assert s.scalar(select(Complaint)) is None


def test_car_must_be_the_customers_and_order_the_cars(database: Database, seeded: Shop) -> None:
    other_id, other_car = other_customer(database, seeded)
    with pytest.raises(ValidationError, match="不属于客户 张伟") as caught:
        register(database, seeded, vehicle_id=other_car)
    assert caught.value.field == "vehicle"
    order_id, number = open_order(database, seeded)
    with pytest.raises(ValidationError, match=f"委托书 {number} 是车辆 粤B·D12345 的"):
        register(database, seeded, customer_id=other_id, vehicle_id=other_car, order_id=order_id)
    with pytest.raises(ValidationError, match="车辆 粤B·D12345 不属于客户 刘芳"):
        register(database, seeded, customer_id=other_id, vehicle_id=None, order_id=order_id)
    # the order alone names the car
    detail = register(database, seeded, vehicle_id=None, order_id=order_id)
    assert detail.order_number == number
    assert detail.plate == "粤B·D12345"


def test_followup_names_the_order_and_must_match(database: Database, seeded: Shop) -> None:
    from desk.models import FollowUp

    order_id, number = open_order(database, seeded)
    with database.unit_of_work() as s:
        call = FollowUp(order_id=order_id, customer_id=seeded.customer, vehicle_id=seeded.vehicle,
                        due_on=dt.date(2026, 12, 3), latest_on=dt.date(2026, 12, 5))
        s.add(call)
        s.flush()
        call_id = call.id
    detail = register(database, seeded, source=ComplaintSource.FOLLOWUP, vehicle_id=None, followup_id=call_id)
    assert detail.order_number == number and detail.plate == "粤B·D12345"
    assert detail.source_text == "回访"
    other_order, _ = open_order(database, seeded)
    with pytest.raises(ValidationError, match="另一张委托书"):
        register(database, seeded, followup_id=call_id, order_id=other_order)


def test_unknown_staff_is_refused(database: Database, seeded: Shop) -> None:
    with pytest.raises(ValidationError, match="责任人不在在职员工名单里"):
        register(database, seeded, responsible_id=99999)


# --- overdue, steps, close ----------------------------------------------------------------------------


def test_overdue_rule_with_times() -> None:
    deadline = NOW + 24 * HOUR
    assert not complaints.is_overdue("open", deadline, None, deadline)
    assert complaints.is_overdue("open", deadline, None, deadline + dt.timedelta(minutes=1))
    assert not complaints.is_overdue("open", deadline, deadline - HOUR, deadline + 48 * HOUR)
    # answered late: stays marked while it is open
    assert complaints.is_overdue("open", deadline, deadline + HOUR, deadline + 2 * HOUR)
    assert not complaints.is_overdue("closed", deadline, None, deadline + 48 * HOUR)


def test_first_step_is_the_first_response(database: Database, seeded: Shop) -> None:
    number = register(database, seeded).number
    with database.unit_of_work() as s:
        late = complaints.complaint_detail(s, number, now=NOW + 25 * HOUR)
        assert late.overdue and late.first_response_text == ""
    with database.unit_of_work() as s:
        detail = complaints.add_step(s, number, text="已致电客户，约明天上午回厂检查", staff_id=seeded.advisor,
                                     at=NOW + 2 * HOUR, now=NOW + 3 * HOUR)
    assert detail.first_response_at == NOW + 2 * HOUR
    assert detail.first_response_text == "2026-12-03 12:00"
    with database.unit_of_work() as s:
        detail = complaints.add_step(s, number, text="车间复检：排气管吊胶老化，已更换", staff_id=seeded.manager,
                                     now=NOW + 26 * HOUR)
        assert not detail.overdue
    assert [(step.staff, step.text[:4]) for step in detail.steps] == [("李娜", "已致电客"), ("赵经理", "车间复检")]
    assert detail.first_response_at == NOW + 2 * HOUR
    with database.unit_of_work() as s:
        steps = s.scalars(select(ComplaintStep).order_by(ComplaintStep.id)).all()
        assert [step.at for step in steps] == [NOW + 2 * HOUR, NOW + 26 * HOUR]


def test_step_needs_text_and_a_sensible_time(database: Database, seeded: Shop) -> None:
    number = register(database, seeded).number
    with database.unit_of_work() as s:
        with pytest.raises(ValidationError, match="请填写处理经过"):
            complaints.add_step(s, number, text=" ", staff_id=seeded.advisor, now=NOW + HOUR)
        with pytest.raises(ValidationError, match="不能早于受理时间 2026-12-03 10:00"):
            complaints.add_step(s, number, text="回电", staff_id=seeded.advisor, at=NOW - HOUR, now=NOW + HOUR)
        with pytest.raises(ValidationError, match="不能晚于现在"):
            complaints.add_step(s, number, text="回电", staff_id=seeded.advisor, at=NOW + 5 * HOUR, now=NOW + HOUR)
        with pytest.raises(NotFound, match="找不到投诉 TS20991231-0001"):
            complaints.add_step(s, "TS20991231-0001", text="回电", staff_id=seeded.advisor)


def test_close_is_refused_without_a_result(database: Database, seeded: Shop) -> None:
    number = register(database, seeded).number
    with database.unit_of_work() as s:
        with pytest.raises(ValidationError, match="结案须填写处理结果") as caught:
            complaints.close(s, number, result="  ", customer_accepted=True, service_at_fault=False,
                             staff_id=seeded.manager, now=NOW + HOUR)
        assert caught.value.field == "result"
    with database.unit_of_work() as s:
        row = s.scalar(select(Complaint))
        assert row.status == "open" and row.closed_at is None


def test_close_records_who_when_and_blame(database: Database, seeded: Shop) -> None:
    number = register(database, seeded).number
    with database.unit_of_work() as s:
        detail = complaints.close(
            s, number, result="免费更换排气管吊胶，客户试车确认无异响", customer_accepted=True,
            service_at_fault=True, staff_id=seeded.manager, now=NOW + 30 * HOUR,
        )
    assert detail.status_text == "已结案" and not detail.overdue
    assert detail.closed_by == "赵经理" and detail.closed_at == NOW + 30 * HOUR
    assert detail.customer_accepted is True and detail.service_at_fault is True
    # closing with no step answered the customer only at the close, after the deadline
    assert detail.first_response_at == NOW + 30 * HOUR
    with database.unit_of_work() as s:
        with pytest.raises(IllegalMove, match="已结案"):
            complaints.add_step(s, number, text="再次回电", staff_id=seeded.advisor, now=NOW + 31 * HOUR)
        with pytest.raises(IllegalMove, match="已结案"):
            complaints.close(s, number, result="再结一次", customer_accepted=True, service_at_fault=False,
                             staff_id=seeded.manager, now=NOW + 31 * HOUR)


def test_manager_reopens_with_a_reason(database: Database, seeded: Shop) -> None:
    number = register(database, seeded).number
    with database.unit_of_work() as s:
        complaints.close(s, number, result="已解释收费标准", customer_accepted=False, service_at_fault=False,
                         staff_id=seeded.advisor, now=NOW + HOUR)
    with database.unit_of_work() as s:
        with pytest.raises(IllegalMove, match="只有服务经理"):
            complaints.reopen(s, number, reason="客户再次来电", staff_id=seeded.advisor, now=NOW + 2 * HOUR)
        with pytest.raises(ValidationError, match="须填写原因"):
            complaints.reopen(s, number, reason="", staff_id=seeded.manager, now=NOW + 2 * HOUR)
    with database.unit_of_work() as s:
        detail = complaints.reopen(s, number, reason="客户再次来电不满意", staff_id=seeded.manager, now=NOW + 2 * HOUR)
    assert detail.is_open and detail.result == "" and detail.closed_at is None
    assert detail.steps[-1].text == "重新打开：客户再次来电不满意（原处理结果：已解释收费标准；客户不接受）"
    assert detail.steps[-1].staff == "赵经理"
    with database.unit_of_work() as s:
        with pytest.raises(IllegalMove, match="还在处理中"):
            complaints.reopen(s, number, reason="再开", staff_id=seeded.manager, now=NOW + 3 * HOUR)


def test_stale_version_is_refused(database: Database, seeded: Shop) -> None:
    detail = register(database, seeded)
    with database.unit_of_work() as s:
        complaints.add_step(s, detail.number, text="已回电", staff_id=seeded.advisor,
                            expected_version=detail.version, now=NOW + HOUR)
    with database.unit_of_work() as s:
        with pytest.raises(Conflict, match=f"投诉 {detail.number} 已被 李娜"):
            complaints.close(s, detail.number, result="已处理", customer_accepted=True, service_at_fault=False,
                             staff_id=seeded.manager, expected_version=detail.version, now=NOW + 2 * HOUR)


def test_handing_over_is_written_as_a_step(database: Database, seeded: Shop) -> None:
    detail = register(database, seeded)
    with database.unit_of_work() as s:
        moved = complaints.update_complaint(
            s, detail.number, category="time", department="维修车间", responsible_id=seeded.advisor2,
            staff_id=seeded.manager, expected_version=detail.version, now=NOW + HOUR,
        )
    assert moved.category_text == "时间" and moved.responsible == "王强"
    assert moved.steps[-1].text == "转交：维修车间 王强"
    # handing over is not an answer to the customer
    assert moved.first_response_at is None


# --- the register ---------------------------------------------------------------------------------------


def test_register_filters(database: Database, seeded: Shop) -> None:
    other_id, other_car = other_customer(database, seeded)
    old = register(database, seeded, now=NOW - 72 * HOUR, description="上次洗车不干净", category="other",
                   responsible_id=seeded.advisor)
    answered = register(database, seeded, now=NOW - 30 * HOUR, category="attitude", description="接待态度冷淡")
    fresh = register(database, seeded, customer_id=other_id, vehicle_id=other_car, now=NOW - HOUR,
                     description="等车时间太长", category="time", responsible_id=seeded.advisor)
    with database.unit_of_work() as s:
        complaints.add_step(s, answered.number, text="经理致电道歉", staff_id=seeded.manager, now=NOW - 20 * HOUR)
        complaints.close(s, old.number, result="重新免费洗车", customer_accepted=True, service_at_fault=True,
                         staff_id=seeded.manager, now=NOW - 2 * HOUR)
    late = register(database, seeded, now=NOW - 26 * HOUR, description="更换的刹车片有异响")

    def numbers(**kwargs: object) -> list[str]:
        with database.unit_of_work() as s:
            return [row.number for row in complaints.list_complaints(s, now=NOW, **kwargs)]  # type: ignore[arg-type]

    assert numbers() == [fresh.number, late.number, answered.number]
    assert numbers(status="overdue") == [late.number]
    assert numbers(status="closed") == [old.number]
    assert numbers(status="all") == [fresh.number, late.number, answered.number, old.number]
    assert numbers(status="all", category="quality") == [late.number]
    assert numbers(status="all", responsible_id=seeded.advisor) == [fresh.number, old.number]
    assert numbers(status="all", start=dt.date(2026, 12, 3), end=dt.date(2026, 12, 3)) == [fresh.number]
    assert numbers(status="all", end=dt.date(2026, 11, 30)) == [old.number]
    assert numbers(status="all", text="刘芳") == [fresh.number]
    assert numbers(status="all", text="粤a12345") == [fresh.number]
    assert numbers(status="all", text="13922") == [fresh.number]
    assert numbers(status="all", text=late.number.lower()) == [late.number]
    with database.unit_of_work() as s:
        rows = {row.number: row for row in complaints.list_complaints(s, status="all", now=NOW)}
    assert rows[late.number].overdue and not rows[answered.number].overdue
    assert rows[fresh.number].plate == "粤A·12345" and rows[fresh.number].customer == "刘芳"
    assert rows[old.number].closed_text == "2026-12-03 08:00"
    assert all(re.fullmatch(r"TS\d{8}-\d{4}", number) for number in rows)


def test_demo_complaints(database: Database, seeded: Shop) -> None:
    from desk.models import RepairOrder
    from desk.services.demo_complaints import STORIES, add_demo_complaints

    for days in (3, 9, 15, 22):
        order_id, _number = open_order(database, seeded)
        with database.unit_of_work() as s:
            order = s.get(RepairOrder, order_id)
            order.status = "released"  # delivered long ago; the demo only needs the record
            order.released_at = NOW - dt.timedelta(days=days)
    with database.unit_of_work() as s:
        assert add_demo_complaints(s, seed=1, now=NOW) == len(STORIES)
    with database.unit_of_work() as s:
        rows = complaints.list_complaints(s, status="all", now=NOW)
        open_rows = complaints.list_complaints(s, status="open", now=NOW)
        overdue = complaints.list_complaints(s, status="overdue", now=NOW)
        closed = [complaints.complaint_detail(s, r.number, now=NOW) for r in rows if r.status == "closed"]
    assert len(open_rows) == 3 and len(overdue) == 1 and len(closed) == 4
    assert all(c.result and c.steps and c.customer_accepted is not None for c in closed)
    assert {True, False} == {c.service_at_fault for c in closed} == {c.customer_accepted for c in closed}
    assert {r.is_quality for r in rows} == {True, False}
    assert any(not r.order_number for r in rows)
    assert all(r.received_at <= NOW for r in rows)
