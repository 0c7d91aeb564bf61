"""The appointment book through the services, on both databases: slots and buffers, workshop
capacity with carry-over and the manager's override, changes, confirmation calls, no-shows,
statistics, arrival, and the privacy rule for boards."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from conftest import Shop
from desk.db import Database
from desk.models import Appointment, AppointmentCall, ShopSettings
from desk.services import appointment_book, appointments, changes, orders
from desk.services.capacity import compute_capacity, day_capacity, format_hours, parse_hours, slot_pattern
from desk.services.errors import Conflict, NeedsConfirmation, ValidationError
from desk.services.privacy import shown_customer, surname

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)
DAY = dt.date(2026, 11, 24)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)


def book(database: Database, shop: Shop, time: dt.time, day: dt.date = DAY, **kwargs: object) -> appointments.AppointmentRow:
    values: dict[str, object] = dict(
        vehicle_id=shop.vehicle, advisor_id=shop.advisor, day=day, time=time, requested_work="做 2 万公里保养",
        staff_id=shop.advisor, now=NOW,
    )
    values.update(kwargs)
    with database.unit_of_work() as s:
        return appointments.book(s, **values)  # type: ignore[arg-type]


# --- slots -------------------------------------------------------------------------------------


def test_slot_pattern_keeps_every_fourth_slot_as_a_buffer() -> None:
    pattern = slot_pattern(dt.time(9, 0), dt.time(11, 0), 15, 3)
    assert [(t.strftime("%H:%M"), b) for t, b in pattern] == [
        ("09:00", False), ("09:15", False), ("09:30", False), ("09:45", True),
        ("10:00", False), ("10:15", False), ("10:30", False), ("10:45", True),
    ]


@pytest.mark.parametrize(
    ("minutes", "before", "expected"),
    [
        (15, 0, ["08:30 ", "08:45 ", "09:00 ", "09:15 "]),
        (20, 2, ["08:30 ", "08:50 ", "09:10 B"]),
        (30, 1, ["08:30 ", "09:00 B"]),
    ],
)
def test_slot_length_and_pattern_are_settings(minutes: int, before: int, expected: list[str]) -> None:
    pattern = slot_pattern(dt.time(8, 30), dt.time(9, 30), minutes, before)
    assert [t.strftime("%H:%M ") + ("B" if b else "") for t, b in pattern] == expected


def test_booking_a_buffer_slot_needs_an_explicit_override(database: Database, seeded: Shop) -> None:
    # opening 8:30: 8:30 8:45 9:00 bookable, 9:15 buffer
    with pytest.raises(NeedsConfirmation, match="缓冲时段") as asked:
        book(database, seeded, dt.time(9, 15))
    assert asked.value.key == "buffer_slot"
    with database.unit_of_work(write=False) as s:
        assert s.query(Appointment).count() == 0
    row = book(database, seeded, dt.time(9, 15), confirmed={"buffer_slot"})
    assert row.buffer_override
    with database.unit_of_work(write=False) as s:
        assert appointments.get(s, row.number).buffer_override_by_id == seeded.advisor
        day = appointment_book.book_days(s, DAY, advisor_id=seeded.advisor)[0]
    states = {slot.time.strftime("%H:%M"): slot.state for slot in day.advisors[0].slots[:8]}
    assert states == {
        "08:30": "free", "08:45": "free", "09:00": "free", "09:15": "booked",
        "09:30": "free", "09:45": "free", "10:00": "free", "10:15": "buffer",
    }
    assert day.advisors[0].slots[3].appointment.plate == "粤B·D12345"  # type: ignore[union-attr]


def test_an_ordinary_slot_needs_no_override_and_a_time_off_the_grid_is_refused(database: Database, seeded: Shop) -> None:
    row = book(database, seeded, dt.time(9, 30))
    assert not row.buffer_override
    with pytest.raises(ValidationError, match="不是接待时段的开始"):
        book(database, seeded, dt.time(9, 40))


def test_the_grid_has_every_advisor_and_frees_a_cancelled_slot(database: Database, seeded: Shop) -> None:
    first = book(database, seeded, dt.time(10, 0))
    with database.unit_of_work() as s:
        appointments.cancel(s, first.number, reason="客户出差", staff_id=seeded.advisor)
    second = book(database, seeded, dt.time(10, 0), requested_work="换轮胎")
    with database.unit_of_work(write=False) as s:
        day = appointment_book.book_days(s, DAY)[0]
        week = appointment_book.book_days(s, appointment_book.week_start(DAY), days=7)
    assert [a.advisor for a in day.advisors] == ["李娜", "王强"]
    slot = next(x for x in day.advisors[0].slots if x.time == dt.time(10, 0))
    assert slot.appointment is not None and slot.appointment.number == second.number
    assert [c.number for c in day.cancelled] == [first.number]
    assert [d.day for d in week] == [dt.date(2026, 11, 23) + dt.timedelta(days=n) for n in range(7)]
    assert week[0].day.weekday() == 0


# --- capacity ----------------------------------------------------------------------------------


def test_capacity_arithmetic() -> None:
    capacity = compute_capacity(DAY, [3, 2, 4], 800, carried_over_centi=1250, booked_centi=900)
    assert capacity.total_centi == 9 * 800 == 7200
    assert capacity.used_centi == 2150
    assert capacity.left_centi == 5050
    assert capacity.percent_used == 30  # 2150 / 7200 = 29.86 %
    assert capacity.fits(5050) and not capacity.fits(5051)
    assert capacity.fits(0)
    over = compute_capacity(DAY, [1], 800, carried_over_centi=700, booked_centi=200)
    assert over.left_centi == -100 and over.percent_used == 113 and not over.fits(1)
    empty = compute_capacity(DAY, [], 800, 0, 0)
    assert empty.total_centi == 0 and empty.percent_used == 0 and empty.fits(0) and not empty.fits(50)


def test_hours_as_typed() -> None:
    assert parse_hours("1.5") == 150
    assert parse_hours("") == 0
    assert parse_hours("2，25") == 225
    assert parse_hours("0.125") == 13  # half-up to the hundredth
    assert format_hours(150) == "1.5" and format_hours(200) == "2" and format_hours(0) == "0"
    with pytest.raises(ValidationError, match="数字"):
        parse_hours("一小时")
    with pytest.raises(ValidationError, match="负数"):
        parse_hours("-1")


def _open_with_hours(database: Database, shop: Shop, opened: dt.datetime, hours: str, mileage: int) -> str:
    with database.unit_of_work() as s:
        detail = orders.open_order(
            s, vehicle_id=shop.vehicle, advisor_id=shop.advisor, mileage=mileage, complaint="保养",
            confirmed={"second_open_order"}, now=opened,
        )
        orders.add_labour_line(s, detail.number, name="保养", hours=hours, pay_type="customer")
    return detail.number


def test_day_capacity_counts_teams_carry_over_and_bookings(database: Database, seeded: Shop) -> None:
    # one team of 3 at 8 h = 24 h
    carried = _open_with_hours(database, seeded, at(dt.date(2026, 11, 23), 8, 40), "5", 15100)
    finished = _open_with_hours(database, seeded, at(dt.date(2026, 11, 23), 8, 50), "7", 15200)
    with database.unit_of_work() as s:
        for target in ("dispatched", "in_progress", "quality_check"):
            orders.move_status(s, finished, target, staff_id=None, now=at(dt.date(2026, 11, 23), 9, 0))
    same_day = _open_with_hours(database, seeded, at(DAY, 8, 40), "3", 15300)  # opened that day: not carried
    book(database, seeded, dt.time(9, 30), estimated_hours="2.5")
    cancelled = book(database, seeded, dt.time(9, 45), estimated_hours="4")
    with database.unit_of_work() as s:
        appointments.cancel(s, cancelled.number, reason="改期")
    book(database, seeded, dt.time(10, 0), day=DAY + dt.timedelta(days=1), estimated_hours="6")  # another day
    with database.unit_of_work(write=False) as s:
        capacity = day_capacity(s, DAY)
        next_day = day_capacity(s, DAY + dt.timedelta(days=1))
    assert (capacity.total_centi, capacity.carried_over_centi, capacity.booked_centi) == (2400, 500, 250)
    assert capacity.left_centi == 1650
    # the next day carries over everything unfinished opened before it, today's order too
    assert (next_day.carried_over_centi, next_day.booked_centi) == (800, 600)
    assert carried and same_day


def test_over_capacity_is_refused_for_an_advisor_and_needs_the_manager(database: Database, seeded: Shop) -> None:
    book(database, seeded, dt.time(8, 30), estimated_hours="20")  # 4 h left of 24
    with pytest.raises(ValidationError, match="只有服务经理可以超出产能预约") as refused:
        book(database, seeded, dt.time(8, 45), estimated_hours="5", confirmed={"over_capacity"})
    assert "还剩 4 工时" in refused.value.message and "需要 5 工时" in refused.value.message
    book(database, seeded, dt.time(8, 45), estimated_hours="4")  # exactly fits
    with pytest.raises(NeedsConfirmation, match="服务经理身份") as asked:
        book(database, seeded, dt.time(9, 0), estimated_hours="1", staff_id=seeded.manager)
    assert asked.value.key == "over_capacity"
    row = book(database, seeded, dt.time(9, 0), estimated_hours="1", staff_id=seeded.manager, confirmed={"over_capacity"})
    assert row.capacity_override
    with database.unit_of_work(write=False) as s:
        assert appointments.get(s, row.number).capacity_override_by_id == seeded.manager
        assert day_capacity(s, DAY).left_centi == -100
    # no estimate, no capacity question
    book(database, seeded, dt.time(9, 30))


# --- changing and cancelling ------------------------------------------------------------------


def test_modify_moves_the_slot_and_keeps_the_checks(database: Database, seeded: Shop) -> None:
    row = book(database, seeded, dt.time(9, 30), estimated_hours="1")
    other = book(database, seeded, dt.time(10, 0))
    common = dict(
        requested_work="保养＋换刹车片", source="active", notes="客户带儿童座椅", pay_type_intent="warranty",
        estimated_hours="2", staff_id=seeded.advisor, now=NOW,
    )
    with pytest.raises(ValidationError, match="已有预约"):
        with database.unit_of_work() as s:
            appointments.modify(s, row.number, advisor_id=seeded.advisor, day=DAY, time=dt.time(10, 0), **common)  # type: ignore[arg-type]
    with database.unit_of_work() as s:
        changed = appointments.modify(
            s, row.number, advisor_id=seeded.advisor2, day=DAY, time=dt.time(10, 0), expected_version=row.version,
            **common,  # type: ignore[arg-type]
        )
        noted = changes.collected(s)
    assert (changed.advisor, changed.slot_local, changed.pay_type_intent, changed.estimated_hours) == (
        "王强", "2026-11-24 10:00", "warranty", "2",
    )
    assert noted.appointments == {row.number}
    with pytest.raises(Conflict):
        with database.unit_of_work() as s:
            appointments.modify(
                s, row.number, advisor_id=seeded.advisor, day=DAY, time=dt.time(8, 30), expected_version=row.version,
                **common,  # type: ignore[arg-type]
            )
    assert other.number != row.number


def test_booking_notes_its_change_and_records_every_field(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        row = appointments.book(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, day=DAY, time=dt.time(14, 0),
            requested_work="右后门划痕", source="active", notes="走保险", pay_type_intent="insurance",
            estimated_hours="8", staff_id=seeded.advisor, now=NOW,
        )
        assert changes.collected(s).appointments == {row.number}
    assert (row.source, row.pay_type_intent, row.estimated_hours, row.notes) == ("active", "insurance", "8", "走保险")
    with pytest.raises(ValidationError, match="付费类型"):
        book(database, seeded, dt.time(14, 30), pay_type_intent="internal")


# --- confirmation calls ------------------------------------------------------------------------


def test_tomorrows_confirmation_list_and_the_calls(database: Database, seeded: Shop) -> None:
    confirmed = book(database, seeded, dt.time(8, 30))
    unreachable = book(database, seeded, dt.time(8, 45))
    moved = book(database, seeded, dt.time(9, 0))
    dropped = book(database, seeded, dt.time(9, 30))
    later = book(database, seeded, dt.time(9, 30), day=DAY + dt.timedelta(days=1))  # not tomorrow
    call_at = at(dt.date(2026, 11, 23), 15, 10)
    with database.unit_of_work() as s:
        appointments.record_call(s, confirmed.number, "confirmed", note="准时到", staff_id=seeded.advisor2, now=call_at)
        appointments.record_call(s, unreachable.number, "not_reached", staff_id=seeded.advisor, now=call_at)
        appointments.record_call(
            s, moved.number, "moved", new_day=DAY, new_time=dt.time(14, 0), staff_id=seeded.advisor, now=call_at,
        )
        appointments.record_call(s, dropped.number, "cancelled", note="车已卖掉", staff_id=seeded.advisor, now=call_at)
        assert changes.collected(s).appointments == {confirmed.number, unreachable.number, moved.number, dropped.number}
    with database.unit_of_work(write=False) as s:
        listed = appointment_book.confirmation_list(s, now=NOW)
        calls = appointments.calls(s, confirmed.number)
        moved_row = appointments.row(s, moved.number)
        dropped_row = appointments.row(s, dropped.number)
        stored = s.query(AppointmentCall).count()
    assert [r.appointment.number for r in listed] == [confirmed.number, unreachable.number, moved.number]
    assert [(r.last_outcome, r.last_caller, r.last_call_local) for r in listed] == [
        ("confirmed", "王强", "2026-11-23 15:10"), ("not_reached", "李娜", "2026-11-23 15:10"),
        ("moved", "李娜", "2026-11-23 15:10"),
    ]
    assert [(c.outcome, c.staff, c.note) for c in calls] == [("confirmed", "王强", "准时到")]
    assert moved_row.slot_local == "2026-11-24 14:00"
    assert "改约：由 2026-11-24 09:00 改到 2026-11-24 14:00" in listed[2].last_note
    assert dropped_row.status == "cancelled" and "车已卖掉" in dropped_row.notes
    assert stored == 4
    assert later.number not in [r.appointment.number for r in listed]
    with pytest.raises(ValidationError, match="改约请选择新的日期和时间"):
        with database.unit_of_work() as s:
            appointments.record_call(s, confirmed.number, "moved", staff_id=seeded.advisor, now=call_at)
    with pytest.raises(ValidationError, match="电话结果"):
        with database.unit_of_work() as s:
            appointments.record_call(s, confirmed.number, "maybe", staff_id=seeded.advisor, now=call_at)


# --- no-shows ----------------------------------------------------------------------------------


def test_still_booked_becomes_no_show_when_its_day_has_ended(database: Database, seeded: Shop) -> None:
    missed = book(database, seeded, dt.time(16, 0))
    tomorrow = book(database, seeded, dt.time(9, 0), day=DAY + dt.timedelta(days=1))
    with database.unit_of_work() as s:  # the same day, in the evening: not yet
        assert appointments.mark_no_shows(s, now=at(DAY, 23, 59)) == []
    with database.unit_of_work() as s:
        assert appointments.mark_no_shows(s, now=at(DAY + dt.timedelta(days=1), 0, 1)) == [missed.number]
        assert changes.collected(s).appointments == {missed.number}
    with database.unit_of_work() as s:  # idempotent
        assert appointments.mark_no_shows(s, now=at(DAY + dt.timedelta(days=1), 8, 0)) == []
    with database.unit_of_work(write=False) as s:
        assert appointments.row(s, missed.number).status == "no_show"
        assert appointments.row(s, tomorrow.number).status == "booked"
        history = appointments.car_history(s, seeded.vehicle, now=at(DAY + dt.timedelta(days=1), 8, 0))
    assert history.no_shows == 1
    assert [n.kind for n in history.notices] == ["booked", "no_show"]
    assert "2026-11-24" in history.notices[1].text


def test_marking_a_no_show_by_hand_only_after_the_slot(database: Database, seeded: Shop) -> None:
    row = book(database, seeded, dt.time(9, 0))
    with pytest.raises(ValidationError, match="还没到"):
        with database.unit_of_work() as s:
            appointments.mark_no_show(s, row.number, now=at(DAY, 8, 59))
    with database.unit_of_work() as s:
        assert appointments.mark_no_show(s, row.number, note="电话未接", now=at(DAY, 10, 0)).status == "no_show"


# --- arrival and what the shop knows -----------------------------------------------------------


def test_arrival_opens_the_order_with_everything_carried_over(database: Database, seeded: Shop) -> None:
    row = book(
        database, seeded, dt.time(9, 0), requested_work="空调不凉", pay_type_intent="warranty", notes="客户要求洗车",
        advisor_id=seeded.advisor2,
    )
    with database.unit_of_work(write=False) as s:
        before = appointments.car_history(s, seeded.vehicle, now=NOW)
    assert [n.kind for n in before.notices] == ["booked"]
    with pytest.raises(ValidationError, match="里程"):
        with database.unit_of_work() as s:
            appointments.arrive(s, row.number, mileage="", staff_id=seeded.advisor, now=at(DAY, 9, 5))
    with database.unit_of_work() as s:
        detail = appointments.arrive(s, row.number, mileage=16000, staff_id=seeded.advisor, now=at(DAY, 9, 5))
        noted = changes.collected(s)
    assert detail.appointment == row.number
    assert detail.advisor == "王强" and detail.mileage == 16000
    assert detail.complaint == "空调不凉\n预约时客户要求：保修\n预约备注：客户要求洗车"
    assert noted.appointments == {row.number} and noted.orders == {detail.number}
    with database.unit_of_work(write=False) as s:
        assert appointments.row(s, row.number).status == "arrived"
        after = appointments.car_history(s, seeded.vehicle, now=at(DAY, 9, 10))
    assert [n.kind for n in after.notices] == ["open_order"]
    assert detail.number in after.notices[0].text


# --- statistics --------------------------------------------------------------------------------


def test_statistics_on_a_small_hand_made_book(database: Database, seeded: Shop) -> None:
    """李娜: 4 appointments in the range (arrived, no-show, cancelled, still booked), 2 orders of
    which 1 by appointment → 50.0 %. 王强: 1 appointment (arrived), 3 orders, 1 by appointment →
    33.3 %. Everyone: 5 orders, 2 by appointment → 40.0 %. An appointment and an order outside
    the range do not count."""
    a_arrived = book(database, seeded, dt.time(8, 30))
    a_missed = book(database, seeded, dt.time(8, 45))
    a_cancelled = book(database, seeded, dt.time(9, 0), day=DAY + dt.timedelta(days=1))
    book(database, seeded, dt.time(9, 30), day=DAY + dt.timedelta(days=1))
    b_arrived = book(database, seeded, dt.time(8, 30), advisor_id=seeded.advisor2)
    outside = book(database, seeded, dt.time(10, 0), day=DAY + dt.timedelta(days=2))
    mileage = iter(range(15100, 16000, 100))
    with database.unit_of_work() as s:
        appointments.arrive(s, a_arrived.number, mileage=next(mileage), now=at(DAY, 8, 35))
        appointments.arrive(
            s, b_arrived.number, mileage=next(mileage), confirmed={"second_open_order"}, now=at(DAY, 8, 40),
        )
        appointments.cancel(s, a_cancelled.number, reason="改期")
        for advisor, when in [
            (seeded.advisor, at(DAY, 11, 0)), (seeded.advisor2, at(DAY, 11, 5)),
            (seeded.advisor2, at(DAY + dt.timedelta(days=1), 15, 0)),
            (seeded.advisor, at(DAY + dt.timedelta(days=2), 9, 0)),  # outside the range
        ]:
            orders.open_order(
                s, vehicle_id=seeded.vehicle, advisor_id=advisor, mileage=next(mileage), complaint="路过检查",
                confirmed={"second_open_order"}, now=when,
            )
    with database.unit_of_work() as s:
        appointments.mark_no_shows(s, now=at(DAY + dt.timedelta(days=1), 8, 0))
    with database.unit_of_work(write=False) as s:
        stats = appointment_book.statistics(s, DAY, DAY + dt.timedelta(days=1))
    rows = {r.advisor: r for r in stats.advisors}
    li, wang, total = rows["李娜"], rows["王强"], stats.total
    assert (li.booked, li.arrived, li.no_show, li.cancelled, li.waiting) == (4, 1, 1, 1, 1)
    assert (li.orders, li.orders_from_appointments, li.rate) == (2, 1, Decimal("50.0"))
    assert (wang.booked, wang.arrived, wang.no_show, wang.cancelled, wang.waiting) == (1, 1, 0, 0, 0)
    assert (wang.orders, wang.orders_from_appointments, wang.rate_text) == (3, 1, "33.3%")
    assert (total.advisor, total.booked, total.arrived, total.no_show, total.cancelled) == ("合计", 5, 2, 1, 1)
    assert (total.orders, total.orders_from_appointments, total.rate_text) == (5, 2, "40.0%")
    assert a_missed.number and outside.number
    with database.unit_of_work(write=False) as s:
        empty = appointment_book.statistics(s, dt.date(2026, 1, 1), dt.date(2026, 1, 2))
    assert empty.advisors == () and empty.total.rate is None and empty.total.rate_text == "—"


# --- the privacy rule --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "gender", "is_company", "privacy", "shown"),
    [
        ("王建国", "male", False, "full_name", "王建国"),
        ("王建国", "male", False, "surname_title", "王先生"),
        ("李娜", "female", False, "surname_title", "李女士"),
        ("欧阳修文", "male", False, "surname_title", "欧阳先生"),
        ("欧阳", "female", False, "surname_title", "欧女士"),  # two characters: surname 欧, given name 阳
        ("张伟", "", False, "surname_title", "张先生/女士"),
        ("John Smith", "male", False, "surname_title", "Smith先生"),
        ("深圳市鹏远物流有限公司", "", True, "surname_title", "深圳市鹏远物流有限公司"),
        ("深圳市鹏远物流有限公司", "", True, "full_name", "深圳市鹏远物流有限公司"),
        ("深圳市鹏远物流有限公司", "", True, "plate", "粤B·12345"),
        ("王建国", "male", False, "plate", "粤B·12345"),
        ("", "", False, "full_name", "粤B·12345"),
        ("王建国", "male", False, "something_else", "粤B·12345"),
    ],
)
def test_how_a_customer_is_shown(name: str, gender: str, is_company: bool, privacy: str, shown: str) -> None:
    assert shown_customer(name, gender, is_company, "粤B12345", privacy) == shown


def test_surname() -> None:
    assert [surname(n) for n in ("王芳", "司马光明", " 李 ", "")] == ["王", "司马", "李", ""]


def test_the_privacy_setting_is_read_from_the_shop(database: Database, seeded: Shop) -> None:
    from desk.services import welcome

    row = book(database, seeded, dt.time(9, 0))
    with database.unit_of_work() as s:
        s.query(ShopSettings).one().privacy = "plate"
    with database.unit_of_work(write=False) as s:
        assert welcome.welcome_board(s, row.number).guest == "粤B·D12345"


def test_a_late_customers_booking_can_still_be_corrected(database: Database, seeded: Shop) -> None:
    row = book(database, seeded, dt.time(9, 0))
    later = at(DAY, 9, 20)
    with database.unit_of_work() as s:
        changed = appointments.modify(
            s, row.number, advisor_id=seeded.advisor, day=DAY, time=dt.time(9, 0), requested_work=row.requested_work,
            source="passive", notes="客户来电：晚到半小时", pay_type_intent="customer", estimated_hours="",
            staff_id=seeded.advisor, now=later,
        )
    assert changed.notes == "客户来电：晚到半小时"
    with pytest.raises(ValidationError, match="已经过去"):
        with database.unit_of_work() as s:
            appointments.modify(
                s, row.number, advisor_id=seeded.advisor, day=DAY, time=dt.time(8, 45), requested_work="",
                source="passive", notes="", pay_type_intent="customer", estimated_hours="", now=later,
            )


# --- the demo shop's book ----------------------------------------------------------------------


def test_the_demo_has_a_full_appointment_book(database: Database) -> None:
    from desk.models import Customer
    from desk.services.demo import fill_demo

    now = dt.datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    today = dt.date(2026, 11, 23)
    with database.unit_of_work() as s:
        fill_demo(s, seed=1, now=now)
    with database.unit_of_work(write=False) as s:
        todays = appointments.list_day(s, today)
        listed = appointment_book.confirmation_list(s, today + dt.timedelta(days=1))
        people = s.query(Customer).all()
        estimates = [a.estimated_hours_centi for a in s.query(Appointment).all()]
        tomorrow = appointment_book.book_days(s, today + dt.timedelta(days=1))[0]
        before = [(a.number, a.status) for a in s.query(Appointment).order_by(Appointment.id)]
    assert {a.status for a in todays} == {"booked", "arrived", "no_show", "cancelled"}
    assert len(listed) >= 5
    assert {r.last_outcome for r in listed} >= {"confirmed", "not_reached", "moved", ""}
    assert all(r.last_caller for r in listed if r.last_outcome)
    assert all(e > 0 for e in estimates)
    assert {p.gender for p in people if not p.is_company} == {"male", "female"}
    assert all(p.gender == "" for p in people if p.is_company)
    assert any(slot.buffer and slot.appointment for a in tomorrow.advisors for slot in a.slots)
    assert tomorrow.capacity.booked_centi > 0
    with database.unit_of_work() as s:  # nothing in the demo is left for the day-end sweep
        assert appointments.mark_no_shows(s, now=now) == []
    with database.unit_of_work(write=False) as s:
        assert [(a.number, a.status) for a in s.query(Appointment).order_by(Appointment.id)] == before
