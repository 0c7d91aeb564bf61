"""The demo shop: what it contains, that it is consistent, that it refuses a used database, and
that the same seed and ``now`` give the same shop."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk import db as desk_db
from desk.models import (
    Appointment,
    Customer,
    ExitPass,
    LabourLine,
    NumberSequence,
    PartLine,
    Payment,
    RepairOrder,
    Staff,
    StatusChange,
    Team,
    Vehicle,
)
from desk.models.enums import AppointmentStatus, OrderStatus, PaymentMethod, Role
from desk.services import board, orders, shop
from desk.services.demo import DemoSummary, fill_demo
from desk.services.errors import DeskError
from desk.services.validation import PROVINCES, check_vin, normalize_plate

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
TODAY = dt.date(2026, 11, 23)
ALL_TODAY = [s.value for s in OrderStatus]
BOARD = ["open", "dispatched", "in_progress", "awaiting_approval", "quality_check", "ready", "settled"]


def _fill(database: desk_db.Database, *, seed: int = 1, now: dt.datetime = NOW) -> tuple[DemoSummary, float]:
    started = time.perf_counter()
    with database.unit_of_work() as session:
        summary = fill_demo(session, seed=seed, now=now)
    elapsed = time.perf_counter() - started
    print(f"\nfill_demo on {database.engine.dialect.name}: {elapsed:.2f} s")
    return summary, elapsed


def _counts(session: Session) -> dict[str, int]:
    models = (
        Staff, Team, Customer, Vehicle, Appointment, RepairOrder, LabourLine, PartLine, StatusChange, Payment,
        ExitPass, NumberSequence,
    )
    return {m.__name__: session.scalar(select(func.count()).select_from(m)) or 0 for m in models}


def _today_orders(session: Session, day: dt.date = TODAY) -> list[RepairOrder]:
    start, end = shop.day_bounds(session, day)
    return list(session.scalars(select(RepairOrder).where(RepairOrder.opened_at >= start, RepairOrder.opened_at < end)))


# --- one filled shop, checked from every side ---------------------------------------------


def test_demo_shop(database: desk_db.Database) -> None:
    # no time limit here: timings are for benchmarks/, the shared machines are too noisy
    summary, _elapsed = _fill(database)
    with database.unit_of_work(write=False) as s:
        _check_people(s)
        _check_customers_and_cars(s)
        _check_orders(s)
        _check_money(s)
        _check_gate(s)
        _check_today(s)
        _check_appointments(s)
        _check_summary(s, summary)
        _check_times_are_utc(s)


def _check_people(s: Session) -> None:
    info = shop.shop_info(s)
    assert info.name == "广州粤顺汽车销售服务有限公司"
    assert info.labour_rate_fen == 18000
    assert (info.opening_time, info.closing_time) == (dt.time(8, 30), dt.time(18, 0))
    assert info.address and info.phone
    assert len(shop.list_staff(s, Role.ADVISOR)) == 3
    for role in (Role.SUPERVISOR, Role.GATE, Role.FOLLOWUP, Role.MANAGER):
        assert len(shop.list_staff(s, role)) == 1, role
    assert len(shop.list_staff(s, Role.CASHIER)) == 2
    technicians = shop.list_staff(s, Role.TECHNICIAN)
    teams = shop.list_teams(s)
    assert sorted(t.name for t in teams) == sorted(["机电一组", "机电二组", "钣喷组", "快修组"])
    for team in teams:
        assert team.members == sum(1 for t in technicians if t.team == team.name) >= 2
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", row.name) for row in shop.list_staff(s))


def _check_customers_and_cars(s: Session) -> None:
    people = list(s.scalars(select(Customer)))
    assert len(people) >= 100
    names = [c.name for c in people]
    assert len(set(names)) == len(names)
    assert len({n[0] for n in names if not n.endswith("公司")}) >= 30  # varied surnames
    companies = [c for c in people if c.is_company]
    assert len(companies) >= 3 and all(c.name.endswith("有限公司") for c in companies)
    assert all(re.fullmatch(r"1[3-9]\d{9}", c.phone) for c in people)
    cars = list(s.scalars(select(Vehicle)))
    per_owner = defaultdict(int)
    for car in cars:
        per_owner[car.customer_id] += 1
        assert check_vin(car.vin) == car.vin  # valid check digit: no confirmation needed
        assert car.vin[:3] in {"LSV", "LFV", "LSG", "LVS", "LBV", "LHG", "LVG", "LGB", "LGX"}
        assert normalize_plate(car.plate) == car.plate
        assert car.model and car.colour and car.last_mileage is not None
    assert set(per_owner.values()) <= {1, 2} and len(per_owner) == len(people)
    provinces = {car.plate[0] for car in cars}
    assert len(provinces) >= 4 and provinces <= set(PROVINCES)
    assert sum(car.plate[0] == "粤" for car in cars) > len(cars) / 2
    new_energy = [car for car in cars if len(car.plate) == 8]
    assert new_energy and all(car.plate[2] in "DF" for car in new_energy)


def _check_orders(s: Session) -> None:
    all_orders = list(s.scalars(select(RepairOrder).order_by(RepairOrder.id)))
    opened = [o.opened_at for o in all_orders]
    assert max(opened) - min(opened) >= dt.timedelta(days=55)
    per_day: dict[str, list[int]] = defaultdict(list)
    for order in all_orders:
        match = re.fullmatch(r"RO(\d{8})-(\d{4})", order.number)
        assert match, order.number
        assert match.group(1) == shop.to_local(s, order.opened_at).strftime("%Y%m%d")
        per_day[match.group(1)].append(int(match.group(2)))
    for day, sequence in per_day.items():
        assert sorted(sequence) == list(range(1, len(sequence) + 1)), day
    by_day = defaultdict(list)  # numbers follow the order in which the orders were opened
    for order in all_orders:
        by_day[order.number[2:10]].append(order)
    for day_orders in by_day.values():
        day_orders.sort(key=lambda o: o.number)
        assert [o.opened_at for o in day_orders] == sorted(o.opened_at for o in day_orders)

    history: dict[int, list[StatusChange]] = defaultdict(list)
    for change in s.scalars(select(StatusChange).order_by(StatusChange.id)):
        history[change.order_id].append(change)
    max_mileage: dict[int, int] = {}
    for order in all_orders:
        changes = history[order.id]
        assert (changes[0].from_status, changes[0].to_status) == (None, "open")
        assert changes[0].at == order.opened_at and changes[0].staff_id == order.advisor_id
        for before, after in zip(changes, changes[1:]):
            assert after.from_status == before.to_status
            assert after.at >= before.at
            assert after.staff_id is not None
        assert changes[-1].to_status == order.status
        assert order.labour_lines and len(order.labour_lines) <= 4 and len(order.part_lines) <= 5
        for line in order.labour_lines:
            assert 30 <= line.hours_centi <= 400
            assert line.amount_fen == orders.line_amount(line.rate_fen, Decimal(line.hours_centi) / 100, line.discount_bp)
        for part in order.part_lines:
            assert part.amount_fen == orders.line_amount(
                part.unit_price_fen, Decimal(part.quantity_milli) / 1000, part.discount_bp
            )
        if order.status == "cancelled":
            assert order.cancel_reason and order.cancel_reason == changes[-1].reason
        if order.status in ("settled", "released"):
            assert order.settled_at == next(c.at for c in changes if c.to_status == "settled")
        else:
            assert order.settled_at is None
        if order.status == "released":
            assert order.released_at == changes[-1].at
        else:
            assert order.released_at is None
        assert order.promised_at is None or order.promised_at > order.opened_at
        assert order.customer_id == order.vehicle.customer_id
        max_mileage[order.vehicle_id] = max(max_mileage.get(order.vehicle_id, 0), order.mileage)
    for vehicle in s.scalars(select(Vehicle)):
        if vehicle.id in max_mileage:
            assert vehicle.last_mileage == max_mileage[vehicle.id]
    # every vehicle's readings only go up
    readings = defaultdict(list)
    for order in sorted(all_orders, key=lambda o: o.opened_at):
        readings[order.vehicle_id].append(order.mileage)
    assert all(r == sorted(r) for r in readings.values())
    statuses = {o.status for o in all_orders}
    assert statuses == set(ALL_TODAY)
    pay_types = set(s.scalars(select(LabourLine.pay_type).distinct()))
    assert pay_types == {"customer", "warranty", "insurance", "internal"}
    reworked = s.scalar(
        select(func.count()).select_from(StatusChange).where(
            StatusChange.from_status == "quality_check", StatusChange.to_status == "in_progress"
        )
    )
    assert reworked and reworked > 0


def _check_money(s: Session) -> None:
    numbers = s.scalars(select(RepairOrder.number).where(RepairOrder.status.in_(["settled", "released"])))
    methods = set()
    for number in numbers:
        detail = orders.order_detail(s, number)
        assert sum(p.amount_fen for p in detail.payments) == detail.totals.customer_pays, number
        assert len(detail.payments) <= 2
        for payment in detail.payments:
            methods.add(payment.method)
            assert payment.amount_fen > 0
            assert (payment.reference == "") == (payment.method == "cash")
            assert payment.staff
        if len(detail.payments) == 2:
            assert detail.payments[0].method != detail.payments[1].method
    assert methods == {m.value for m in PaymentMethod}
    assert s.scalar(select(func.count()).select_from(Payment).where(Payment.reference.like("ZZ%"))) > 0


def _check_gate(s: Session) -> None:
    for order in s.scalars(select(RepairOrder).where(RepairOrder.status.in_(["settled", "released"]))):
        passes = list(s.scalars(select(ExitPass).where(ExitPass.order_id == order.id)))
        assert len(passes) == 1, order.number
        exit_pass = passes[0]
        assert re.fullmatch(r"EP\d{8}-\d{4}", exit_pass.number)
        assert order.settled_at <= exit_pass.issued_at < exit_pass.valid_until
        assert exit_pass.issued_by_id is not None
        if order.status == "released":
            assert exit_pass.used_at == order.released_at and exit_pass.used_by_id is not None
            assert exit_pass.used_at < exit_pass.valid_until
        else:
            assert exit_pass.used_at is None and exit_pass.valid_until > NOW
    cancelled = s.scalar(
        select(func.count()).select_from(ExitPass).join(RepairOrder).where(
            RepairOrder.status.notin_(["settled", "released"])
        )
    )
    assert cancelled == 0


def _check_today(s: Session) -> None:
    today = _today_orders(s)
    count = defaultdict(int)
    for order in today:
        count[order.status] += 1
        assert order.opened_at <= NOW
        assert all(change.at <= NOW for change in order.status_changes)
    assert set(count) == set(ALL_TODAY), dict(count)
    assert all(count[status] >= 2 for status in BOARD), dict(count)
    unfinished = [o for o in today if o.status in ("open", "dispatched", "in_progress", "quality_check")]
    assert any(o.promised_at > NOW for o in unfinished)
    overdue = [o for o in unfinished if o.promised_at < NOW]
    assert 1 <= len(overdue) <= 3
    assert any(o.appointment_id is not None for o in today)
    assert any(o.appointment_id is None for o in today)
    shown = board.board(s, NOW)
    assert shown.day == TODAY
    assert len(shown.appointments) >= 3
    assert len({a.advisor for a in shown.appointments}) >= 2
    assert {o.status for o in shown.orders} == set(BOARD)
    # the car left in the workshop last night is still on the board
    assert any(o.opened_at < shop.day_bounds(s, TODAY)[0] for o in shown.orders)


def _check_appointments(s: Session) -> None:
    rows = list(s.scalars(select(Appointment)))
    statuses = {a.status for a in rows}
    assert statuses == {s.value for s in AppointmentStatus}
    linked = dict(s.execute(select(RepairOrder.appointment_id, RepairOrder.id).where(RepairOrder.appointment_id.isnot(None))).all())
    for appointment in rows:
        assert appointment.created_at < appointment.slot_start
        assert (appointment.status == "arrived") == (appointment.id in linked)
        local = shop.to_local(s, appointment.slot_start)
        assert dt.time(8, 30) <= local.time() < dt.time(18, 0) and local.minute % 15 == 0
        if appointment.status == "booked":
            assert shop.local_day(s, appointment.slot_start) in (TODAY, TODAY + dt.timedelta(days=1))
    taken = [(a.advisor_id, a.slot_start) for a in rows if a.status in ("booked", "arrived")]
    assert len(taken) == len(set(taken))
    cancelled = [a for a in rows if a.status == "cancelled"]
    assert all("取消原因：" in a.notes for a in cancelled)
    no_shows = [a for a in rows if a.status == "no_show"]
    assert no_shows and all(a.notes and a.updated_at > a.slot_start for a in no_shows)
    late = [a for a in rows if a.status == "booked" and a.slot_start < NOW]
    assert late and all("晚到" in a.notes for a in late)  # phoned to say so; still on the board
    assert {a.source for a in rows} == {"active", "passive"}


def _check_summary(s: Session, summary: DemoSummary) -> None:
    counts = _counts(s)
    assert summary.day == TODAY
    assert summary.customers == counts["Customer"] >= 100
    assert summary.vehicles == counts["Vehicle"]
    assert summary.orders == counts["RepairOrder"]
    assert summary.appointments == counts["Appointment"]
    assert summary.payments == counts["Payment"]
    assert summary.exit_passes == counts["ExitPass"]
    assert summary.teams == 4
    assert summary.orders_today == len(_today_orders(s))
    assert [status for status, _ in summary.today_by_status] == ALL_TODAY
    assert all(summary.today(status) >= 1 for status in ALL_TODAY)
    assert summary.appointments_waiting >= 3
    assert (TODAY - summary.first_day).days >= 55
    assert summary.in_shop == len(board.board(s, NOW).orders)


def _check_times_are_utc(s: Session) -> None:
    order = s.scalars(select(RepairOrder).order_by(RepairOrder.id.desc()).limit(1)).one()
    for value in (order.opened_at, order.updated_at, order.status_changes[-1].at):
        assert value.utcoffset() == dt.timedelta(0)
    assert all(c.created_at < NOW for c in s.scalars(select(Customer)))
    assert all(v.updated_at <= NOW for v in s.scalars(select(Vehicle)))
    assert all(o.updated_at <= NOW for o in s.scalars(select(RepairOrder)))


# --- refusing a database that is in use ------------------------------------------------------


def test_second_fill_is_refused_and_writes_nothing(database: desk_db.Database) -> None:
    _fill(database)
    with database.unit_of_work(write=False) as s:
        before = _counts(s)
        settings = shop.shop_info(s)
    with database.unit_of_work() as s:
        with pytest.raises(DeskError, match="已经有委托书") as refused:
            fill_demo(s, seed=2, now=NOW + dt.timedelta(days=1))
        assert "演示数据只能装入空数据库" in refused.value.message
        assert _counts(s) == before  # nothing written before the refusal, even uncommitted
    with database.unit_of_work(write=False) as s:
        assert _counts(s) == before
        assert shop.shop_info(s) == settings


def test_refuses_a_database_with_customers(database: desk_db.Database) -> None:
    from conftest import seed_shop

    seed_shop(database)
    with database.unit_of_work() as s, pytest.raises(DeskError, match="客户"):
        fill_demo(s, now=NOW)


# --- the same seed gives the same shop -------------------------------------------------------


def _fingerprint(database: desk_db.Database) -> dict[str, list]:
    with database.unit_of_work(write=False) as s:
        return {
            "customers": list(s.execute(select(Customer.name, Customer.phone).order_by(Customer.id)).all()),
            "vehicles": list(s.execute(select(Vehicle.plate, Vehicle.vin, Vehicle.model, Vehicle.last_mileage).order_by(Vehicle.id)).all()),
            "orders": list(s.execute(
                select(RepairOrder.number, RepairOrder.status, RepairOrder.opened_at, RepairOrder.promised_at,
                       RepairOrder.updated_at, RepairOrder.complaint).order_by(RepairOrder.number)
            ).all()),
            "appointments": list(s.execute(
                select(Appointment.number, Appointment.slot_start, Appointment.status, Appointment.created_at,
                       Appointment.updated_at).order_by(Appointment.number)
            ).all()),
            "payments": list(s.execute(select(Payment.method, Payment.amount_fen, Payment.reference, Payment.at).order_by(Payment.id)).all()),
            "passes": list(s.execute(select(ExitPass.number, ExitPass.issued_at, ExitPass.used_at).order_by(ExitPass.number)).all()),
            "changes": list(s.execute(select(StatusChange.to_status, StatusChange.at, StatusChange.staff_id).order_by(StatusChange.id)).all()),
        }


def test_same_seed_same_shop(database: desk_db.Database, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'second.sqlite3'}"
    desk_db.upgrade(url)
    second = desk_db.Database(url)
    try:
        _fill(database, seed=7)
        _fill(second, seed=7)
        first_print, second_print = _fingerprint(database), _fingerprint(second)
    finally:
        second.dispose()
    for key in first_print:
        assert first_print[key] == second_print[key], key
    assert len(first_print["orders"]) > 500


# --- any hour of the day ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("local", ["00:20", "07:00", "08:40", "17:50", "23:10"])
def test_fill_at_any_hour(sqlite_url: str, local: str) -> None:
    hour, minute = map(int, local.split(":"))
    now = dt.datetime(2026, 3, 8, hour, minute, tzinfo=SHANGHAI)  # a Sunday
    database = desk_db.Database(sqlite_url)
    try:
        summary, _ = _fill(database, seed=3, now=now)
        with database.unit_of_work(write=False) as s:
            assert all(summary.today(status) >= 1 for status in ALL_TODAY), summary.today_by_status
            assert all(summary.today(status) >= 2 for status in BOARD)
            for order in _today_orders(s, now.date()):
                assert order.opened_at <= now and all(c.at <= now for c in order.status_changes)
            waiting = [
                a for a in s.scalars(select(Appointment).where(Appointment.status == "booked"))
            ]
            assert len({a.advisor_id for a in waiting}) >= 2
            upcoming = [a for a in waiting if a.slot_start > now]
            assert len(upcoming) >= 3
            if dt.time(8, 30) <= now.time() < dt.time(18, 0):
                assert board.board(s, now).appointments, "the board has appointments in opening hours"
    finally:
        database.dispose()
