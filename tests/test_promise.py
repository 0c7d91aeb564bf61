"""The promised time: the wall-clock arithmetic, the queue from the database, and manual changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from conftest import Shop
from desk.db import Database
from desk.models import LabourLine, PromiseChange, RepairOrder
from desk.models.enums import ClockState
from desk.services import orders, promise, shop
from desk.services.errors import ValidationError
from desk.services.promise import OpeningHours, add_working_time, promise_wall_time
from test_orders import NOW, open_walk_in

SHANGHAI = ZoneInfo("Asia/Shanghai")
WEEKDAYS = OpeningHours(dt.time(8, 30), dt.time(17, 30), frozenset({6, 7}))
"""Monday to Friday 08:30–17:30; 2026-11-23 is a Monday."""


def wall(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute)


# --- the arithmetic ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "work", "end"),
    [
        (wall(23, 9), 2.5, wall(23, 11, 30)),  # fits the day
        (wall(23, 16), 3, wall(24, 10)),  # across closing: 1.5 h today, 1.5 h Tuesday
        (wall(23, 20), 1, wall(24, 9, 30)),  # overnight: from the next opening
        (wall(23, 6), 1, wall(23, 9, 30)),  # before opening: from the opening
        (wall(27, 16, 30), 2, wall(30, 9, 30)),  # Friday → Monday over the weekend
        (wall(28, 10), 1, wall(30, 9, 30)),  # started on a Saturday: Monday
        (wall(23, 8, 30), 20, wall(25, 10, 30)),  # 9 + 9 + 2 hours
        (wall(23, 15, 30), 2, wall(23, 17, 30)),  # ends exactly at closing: stays today
    ],
)
def test_work_rolls_over_to_the_next_working_day(start: dt.datetime, work: float, end: dt.datetime) -> None:
    assert add_working_time(start, dt.timedelta(hours=work), WEEKDAYS) == end


def test_no_work_at_closing_time_stays_there_and_a_shop_never_open_is_refused() -> None:
    assert add_working_time(wall(23, 17, 30), dt.timedelta(0), WEEKDAYS) == wall(23, 17, 30)
    assert add_working_time(wall(23, 17, 31), dt.timedelta(0), WEEKDAYS) == wall(24, 8, 30)
    with pytest.raises(ValueError):
        add_working_time(wall(23, 9), dt.timedelta(hours=1), OpeningHours(dt.time(8), dt.time(17), frozenset(range(1, 8))))


def test_closed_days_in_the_middle_of_the_week_are_skipped() -> None:
    hours = OpeningHours(dt.time(8, 30), dt.time(17, 30), frozenset({3}))  # closed on Wednesdays
    assert add_working_time(wall(24, 17), dt.timedelta(hours=1), hours) == wall(26, 9)


def promised(start: dt.datetime, *, own: str = "0", queue: str = "0", members: int = 1, buffer: int = 30,
             hours: OpeningHours = WEEKDAYS) -> dt.datetime:
    return promise_wall_time(
        start, own_hours=Decimal(own), queue_hours=Decimal(queue), members=members, buffer_minutes=buffer, hours=hours,
    )


def test_the_queue_is_shared_among_the_team_and_comes_before_the_order() -> None:
    # 6 h queued for 2 people = 3 h; then 3.5 h of this order; then 30 min for quality check and washing
    assert promised(wall(23, 9), own="3.5", queue="6", members=2) == wall(23, 16)
    # the same with nobody queued
    assert promised(wall(23, 9), own="3.5") == wall(23, 13)


def test_the_buffer_also_runs_in_opening_hours() -> None:
    # work done at 17:00, 45 minutes of check and wash: 30 today, 15 on Tuesday morning
    assert promised(wall(23, 14), own="3", buffer=45) == wall(24, 8, 45)
    # on a Friday the buffer goes on on Monday
    assert promised(wall(27, 14), own="3", buffer=45) == wall(30, 8, 45)


def test_rounded_up_to_the_quarter_hour_and_never_past_closing() -> None:
    assert promised(wall(23, 9, 7), own="1", buffer=0) == wall(23, 10, 15)
    assert promised(wall(23, 9, 0), own="1", buffer=0) == wall(23, 10, 0)
    odd = OpeningHours(dt.time(8, 30), dt.time(17, 20), frozenset({6, 7}))
    assert promised(wall(23, 16, 20), own="1", buffer=0, hours=odd) == wall(24, 8, 30)


def test_without_hours_the_lead_is_at_least_two_hours() -> None:
    assert promised(wall(23, 9)) == wall(23, 11)
    assert promised(wall(23, 9), queue="4", members=2) == wall(23, 13)


# --- from the database -------------------------------------------------------------------------


def set_closed_and_buffer(database: Database, closed: list[int], buffer: int) -> None:
    with database.unit_of_work() as s:
        info = shop.shop_info(s)
        shop.update_shop(
            s, name=info.name, address=info.address, phone=info.phone, labour_rate=info.labour_rate,
            opening_time=info.opening_time, closing_time=info.closing_time, staff_id=None,
            quality_buffer_minutes=buffer, closed_weekdays=closed,
        )


def add_hours(database: Database, number: str, *hours: str, team: int | None = None) -> None:
    with database.unit_of_work() as s:
        for h in hours:
            orders.add_labour_line(s, number, name=f"作业 {h} 小时", hours=h)
        if team is not None:
            s.get(RepairOrder, s.scalar(select(RepairOrder.id).where(RepairOrder.number == number))).team_id = team


def test_the_team_queue_counts_unfinished_lines_of_other_open_jobs(database: Database, seeded: Shop) -> None:
    set_closed_and_buffer(database, [7], 30)
    earlier = open_walk_in(database, seeded).number
    add_hours(database, earlier, "4", "2", "3", team=seeded.team)
    with database.unit_of_work() as s:  # one job of the earlier order is finished already
        line = s.scalar(select(LabourLine).where(LabourLine.hours_centi == 300))
        line.clock_state = ClockState.FINISHED.value
    this = open_walk_in(database, seeded, confirmed={"second_open_order"}).number
    add_hours(database, this, "1.5", team=seeded.team)
    with database.unit_of_work(write=False) as s:
        computed = promise.compute_promise(s, this, now=NOW)  # 09:00 local
    # 6 h queued for the team of 3 people = 2 h; 1.5 h of work; 30 minutes: 13:00
    assert computed.local == "2026-11-23 13:00"
    assert computed.queue_hours == Decimal(6) and computed.members == 3 and computed.own_hours == Decimal("1.5")
    assert computed.explanation == (
        "本单工时 1.5 小时，机电一组排队 6 小时（3 人），每天 08:30–18:00，周日休息，质检洗车 30 分钟"
    )
    # the earlier order's own promise does not count itself as queued
    with database.unit_of_work(write=False) as s:
        assert promise.compute_promise(s, earlier, now=NOW).queue_hours == Decimal("1.5")


def test_without_a_team_the_whole_workshop_shares_the_queue(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        shop.add_team(s, "钣喷组", 2)
    earlier = open_walk_in(database, seeded).number
    add_hours(database, earlier, "10")
    with database.unit_of_work(write=False) as s:
        at_intake = promise.compute_promise(s, None, now=NOW)
        default = orders.default_promise(s, NOW)
    # 10 h for 3 + 2 people = 2 h; at least 2 h for a car not written up yet: 13:00
    assert at_intake.local == "2026-11-23 13:00" and default == at_intake.at
    assert at_intake.team == "" and at_intake.members == 5
    assert "全车间排队 10 小时（5 人）" in at_intake.explanation


def test_settled_and_cancelled_orders_are_not_queued(database: Database, seeded: Shop) -> None:
    earlier = open_walk_in(database, seeded).number
    add_hours(database, earlier, "10")
    with database.unit_of_work() as s:
        orders.move_status(s, earlier, "cancelled", reason="客户改天再来", now=NOW)
        assert promise.compute_promise(s, None, now=NOW).queue_hours == 0


def test_a_promise_off_the_computed_time_needs_a_reason_and_is_recorded(database: Database, seeded: Shop) -> None:
    number = open_walk_in(database, seeded).number
    add_hours(database, number, "2")
    with database.unit_of_work(write=False) as s:
        computed = promise.compute_promise(s, number, now=NOW)
    assert computed.local == "2026-11-23 11:30"
    later = computed.at + dt.timedelta(hours=3)
    with database.unit_of_work() as s, pytest.raises(ValidationError) as refused:
        orders.change_promise(s, number, promised_at=later, reason="  ", now=NOW)
    assert refused.value.field == "promise_reason" and "2026-11-23 11:30" in refused.value.message
    with database.unit_of_work() as s:
        orders.change_promise(
            s, number, promised_at=later, reason="客户下午才能来取车", customer_told=True, staff_id=seeded.advisor, now=NOW,
        )
    # the computed time itself needs no reason
    with database.unit_of_work() as s:
        detail = orders.update_details(s, number, complaint="保养", promised_at=computed.at, now=NOW)
    assert detail.promised_local == "2026-11-23 11:30"
    with database.unit_of_work(write=False) as s:
        history = promise.promise_history(s, number)
        rows = s.scalars(select(PromiseChange).order_by(PromiseChange.id)).all()
        assert [r.computed_at for r in rows] == [computed.at, computed.at]
    assert [(h.new_local, h.source, h.reason, h.customer_told, h.staff) for h in history] == [
        ("2026-11-23 14:30", "manual", "客户下午才能来取车", True, "李娜"),
        ("2026-11-23 11:30", "computed", "", False, ""),
    ]
    assert history[0].old_local == "" and history[1].old_local == "2026-11-23 14:30"


def test_a_promise_in_the_past_is_refused(database: Database, seeded: Shop) -> None:
    number = open_walk_in(database, seeded).number
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="必须晚于现在"):
        orders.change_promise(s, number, promised_at=NOW - dt.timedelta(hours=1), reason="x", now=NOW)


def test_shop_settings_for_the_promise_are_checked(database: Database, seeded: Shop) -> None:
    set_closed_and_buffer(database, [6, 7], 45)
    with database.unit_of_work(write=False) as s:
        info = shop.shop_info(s)
    assert info.quality_buffer_minutes == 45 and info.closed_weekdays == frozenset({6, 7})
    for closed, buffer, message in [
        (list(range(1, 8)), 30, "至少要有一天营业"), ([0], 30, "周一到周日"), ([], -5, "0 到 480 分钟"),
    ]:
        with pytest.raises(ValidationError, match=message):
            set_closed_and_buffer(database, closed, buffer)
