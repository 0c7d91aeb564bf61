"""The progress board's services: the colour rule at its boundaries, the board's data (columns,
counts, filters, privacy), dispatching to a team, moving cards, and the change stamp."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from sqlalchemy import delete, select

from check_helpers import pass_checks
from desk import db as desk_db
from desk.models import ChangeStamp, Customer, RepairOrder, ShopSettings, StatusChange
from desk.models.base import utc_now
from desk.services import appointments, board, changes, customers, orders, shop
from desk.services.board import APPOINTMENTS, ATTENTION, ON_TRACK, OVERDUE, BoardFilter, card_colour
from desk.services.errors import IllegalMove, ValidationError
from desk.services.validation import vin_check_digit

T0 = dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.timezone.utc)  # 10:00 in the shop


# --- the colour rule, pure -------------------------------------------------------------------


def colour(status: str = "in_progress", *, minutes: float, hours_centi: int = 100, started: bool = True,
           promised_in: float | None = 600) -> str:
    """The colour ``minutes`` after the clock started on a job of ``hours_centi`` hundredths."""
    opened = T0 - dt.timedelta(hours=1) if started else T0
    return card_colour(
        status=status, now=T0 + dt.timedelta(minutes=minutes), opened_at=opened,
        promised_at=None if promised_in is None else T0 + dt.timedelta(minutes=promised_in),
        work_started_at=T0 if started else None, labour_hours_centi=hours_centi,
    )


def test_amber_from_70_percent_of_the_labour_hours_after_work_started() -> None:
    # one hour of labour: 69 % is 41.4 minutes, 70 % is 42 minutes
    assert colour(minutes=41.4) == ON_TRACK
    assert colour(minutes=42 - 1 / 60) == ON_TRACK
    assert colour(minutes=42) == ATTENTION
    assert colour(minutes=43) == ATTENTION
    # 2.5 hours: 69 % = 103.5 min, 70 % = 105 min
    assert colour(minutes=103.5, hours_centi=250) == ON_TRACK
    assert colour(minutes=105, hours_centi=250) == ATTENTION


def test_before_work_starts_the_clock_runs_from_check_in() -> None:
    for status in ("open", "dispatched"):
        assert colour(status, minutes=41, started=False) == ON_TRACK
        assert colour(status, minutes=42, started=False) == ATTENTION
    # once work started, the time before it does not count
    assert card_colour(
        status="in_progress", now=T0 + dt.timedelta(minutes=30), opened_at=T0 - dt.timedelta(hours=3),
        promised_at=None, work_started_at=T0, labour_hours_centi=100,
    ) == ON_TRACK


def test_red_only_after_the_promised_time_has_passed() -> None:
    assert colour(minutes=5, promised_in=6) == ON_TRACK  # one minute before
    assert colour(minutes=6, promised_in=6) == ON_TRACK  # on the minute: not late yet
    assert colour(minutes=7, promised_in=6) == OVERDUE  # one minute after
    assert colour(minutes=50, promised_in=49) == OVERDUE  # red wins over amber
    for status in ("open", "dispatched", "awaiting_approval", "quality_check"):
        assert colour(status, minutes=7, promised_in=6) == OVERDUE
    # a car that is ready (or settled) has kept its promise as far as the workshop can
    assert colour("ready", minutes=7, promised_in=6) == ON_TRACK
    assert colour("settled", minutes=700, promised_in=6) == ON_TRACK


def test_approval_pending_is_amber_at_once() -> None:
    assert colour("awaiting_approval", minutes=1) == ATTENTION
    assert colour("awaiting_approval", minutes=1, hours_centi=0, promised_in=None) == ATTENTION


def test_quality_check_and_later_are_not_amber_by_time() -> None:
    for status in ("quality_check", "ready", "settled"):
        assert colour(status, minutes=59) == ON_TRACK
    # no labour hours, no estimate: green until the promise
    assert colour(minutes=500, hours_centi=0, promised_in=None) == ON_TRACK
    assert card_colour(status=APPOINTMENTS, now=T0, opened_at=None, promised_at=None) == ON_TRACK


def test_minutes_left() -> None:
    assert board.minutes_left(T0 + dt.timedelta(minutes=90), T0) == 90
    assert board.minutes_left(T0 - dt.timedelta(seconds=30), T0) == -1
    assert board.minutes_left(None, T0) is None


# --- the board's data ------------------------------------------------------------------------


def _car(s, name: str, phone: str, plate: str, vin: str, *, gender: str = "male", company: bool = False) -> int:
    card = customers.create_customer(s, name=name, phone=phone, is_company=company)
    s.get(Customer, card.id).gender = gender
    return customers.add_vehicle(s, card.id, plate=plate, vin=vin, model="丰田 凯美瑞 2.0G").id


def vin(serial: int) -> str:
    """A VIN with a correct check digit."""
    body = f"LFV2A21K0G3{serial:06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


VINS = [vin(n) for n in range(101, 106)]


@pytest.fixture
def shop_board(database: desk_db.Database, seeded):
    """Orders in several columns, two teams, an appointment today; the clock is 10:00 shop time."""
    now = T0
    with database.unit_of_work() as s:
        team2 = shop.add_team(s, "钣喷组", 2)
        cars = [seeded.vehicle] + [
            _car(s, name, phone, plate, vin, gender=gender)
            for name, phone, plate, vin, gender in [
                ("欧阳娜娜", "13900000001", "粤A12345", VINS[0], "female"),
                ("李强", "13900000002", "粤B22222", VINS[2], "male"),
                ("陈静", "13900000003", "粤C33333", VINS[3], ""),
            ]
        ]
        numbers = []
        for index, car in enumerate(cars):
            number = orders.open_order(
                s, vehicle_id=car, advisor_id=seeded.advisor if index % 2 == 0 else seeded.advisor2,
                mileage=20000 + index, complaint="保养", promised_at=now + dt.timedelta(hours=3),
                now=now - dt.timedelta(hours=2),
            ).number
            orders.add_labour_line(s, number, name="更换机油机滤", hours="1.5")
            numbers.append(number)
        board.dispatch(s, numbers[1], seeded.team, now=now - dt.timedelta(minutes=90))
        board.dispatch(s, numbers[2], team2.id, now=now - dt.timedelta(minutes=80))
        orders.move_status(s, numbers[2], "in_progress", now=now - dt.timedelta(minutes=50))
        board.dispatch(s, numbers[3], seeded.team, now=now - dt.timedelta(minutes=80))
        orders.move_status(s, numbers[3], "in_progress", now=now - dt.timedelta(minutes=20))
        orders.move_status(s, numbers[3], "awaiting_approval", now=now - dt.timedelta(minutes=10))
        appointment = appointments.book(
            s, vehicle_id=cars[0], advisor_id=seeded.advisor, day=dt.date(2026, 11, 23), time=dt.time(15, 0),
            requested_work="更换刹车片", now=now - dt.timedelta(days=1),
        ).number
    return {"numbers": numbers, "team2": team2.id, "appointment": appointment, "now": now}


def test_columns_counts_and_cards(database: desk_db.Database, seeded, shop_board) -> None:
    numbers, now = shop_board["numbers"], shop_board["now"]
    with database.unit_of_work(write=False) as s:
        data = board.board(s, now)
    assert data.day == dt.date(2026, 11, 23)
    counts = data.counts()
    assert list(counts) == list(board.COLUMNS)
    assert counts == {
        "appointments": 1, "open": 1, "dispatched": 1, "in_progress": 1, "awaiting_approval": 1,
        "quality_check": 0, "ready": 0, "settled": 0,
    }
    cards = {c.number: c for c in data.orders}
    first = cards[numbers[0]]
    assert (first.plate, first.customer, first.advisor, first.team) == ("粤B·D12345", "张伟", "李娜", "")
    assert first.opened_local == "08:00" and first.promised_local == "13:00" and first.minutes_left == 180
    # 1.5 h of labour since check-in 2 h ago: past 70 % → the advisor's check is due
    assert first.colour == ATTENTION
    dispatched = cards[numbers[1]]
    assert (dispatched.column, dispatched.team, dispatched.team_id) == ("dispatched", "机电一组", seeded.team)
    working = cards[numbers[2]]
    assert working.work_started_at == now - dt.timedelta(minutes=50)
    assert working.labour_hours_centi == 150
    assert working.colour == ON_TRACK  # 50 minutes of 90: 56 %
    assert cards[numbers[3]].colour == ATTENTION  # approval pending
    (appointment,) = data.appointments
    assert (appointment.number, appointment.slot_local, appointment.note) == (
        shop_board["appointment"], "15:00", "更换刹车片",
    )
    # after the promise the cards still in the workshop turn red; the board moves on without a read
    later = data.at(now + dt.timedelta(hours=3, minutes=1))
    assert {c.colour for c in later.orders} == {OVERDUE}
    assert all(c.minutes_left == -1 for c in later.orders)


def test_filters(database: desk_db.Database, seeded, shop_board) -> None:
    numbers, now = shop_board["numbers"], shop_board["now"]
    with database.unit_of_work(write=False) as s:
        data = board.board(s, now)
        mine = board.board(s, now, keep=BoardFilter(advisor_id=seeded.advisor2))
    assert {c.number for c in mine.all_cards()} == {numbers[1], numbers[3]}
    assert mine.counts()["appointments"] == 0
    team = data.filtered(BoardFilter(team_id=seeded.team))
    assert {c.number for c in team.all_cards()} == {numbers[1], numbers[3]}
    column = data.filtered(BoardFilter(column="in_progress"))
    assert [c.number for c in column.all_cards()] == [numbers[2]]
    assert column.counts()["in_progress"] == 1 and sum(column.counts().values()) == 1
    both = data.filtered(BoardFilter(advisor_id=seeded.advisor, team_id=shop_board["team2"]))
    assert [c.number for c in both.all_cards()] == [numbers[2]]


def test_privacy_on_the_wall(database: desk_db.Database, seeded, shop_board) -> None:
    now = shop_board["now"]
    phones = ["13812345678", "13900000001", "13900000002", "13900000003"]
    with database.unit_of_work() as s:
        assert s.scalar(select(ShopSettings.privacy)) == "surname_title"
        s.get(Customer, seeded.customer).gender = "male"
    with database.unit_of_work(write=False) as s:
        wall = board.wall_board(s, now)
        counter = board.board(s, now)
    assert wall.shop_name == "广州粤顺汽车销售服务有限公司" and wall.timezone == "Asia/Shanghai"
    shown = sorted(c.customer for c in wall.board.orders)
    assert shown == sorted(["张先生", "欧阳女士", "李先生", "陈先生/女士"])
    assert sorted(c.customer for c in counter.orders) == sorted(["张伟", "欧阳娜娜", "李强", "陈静"])
    with database.unit_of_work() as s:
        s.scalar(select(ShopSettings)).privacy = "plate"
    with database.unit_of_work(write=False) as s:
        wall = board.wall_board(s, now)
    for card in wall.board.all_cards():
        assert card.customer == card.plate
        for value in dataclasses.astuple(card):
            assert not any(phone in str(value) for phone in phones)
            assert not any(name in str(value) for name in ("张伟", "欧阳娜娜", "李强", "陈静"))


def test_one_read_gives_the_board_and_its_stamp(database: desk_db.Database, seeded, shop_board) -> None:
    with database.unit_of_work(write=False) as s:
        data = board.board(s, shop_board["now"])
        assert data.stamp == board.board_stamp(s) > 0


# --- dispatching and moving ------------------------------------------------------------------


def test_dispatch_records_the_team(database: desk_db.Database, seeded, shop_board) -> None:
    numbers, team2 = shop_board["numbers"], shop_board["team2"]
    with database.unit_of_work() as s:
        card = board.dispatch(s, numbers[0], team2, staff_id=seeded.manager)
        assert (card.column, card.team) == ("dispatched", "钣喷组")
        order = s.scalar(select(RepairOrder).where(RepairOrder.number == numbers[0]))
        assert order.team_id == team2
        last = s.scalars(select(StatusChange).where(StatusChange.order_id == order.id).order_by(StatusChange.id)).all()[-1]
        assert (last.to_status, last.reason, last.staff_id) == ("dispatched", "派工：钣喷组", seeded.manager)
        # handing a job in the workshop to another team keeps its status
        card = board.dispatch(s, numbers[2], seeded.team)
        assert (card.column, card.team) == ("in_progress", "机电一组")
        with pytest.raises(IllegalMove, match="已经派给 机电一组"):
            board.dispatch(s, numbers[2], seeded.team)
        with pytest.raises(ValidationError, match="班组"):
            board.dispatch(s, numbers[2], 9999)


def test_dispatch_is_refused_where_the_workflow_refuses(database: desk_db.Database, seeded) -> None:
    with database.unit_of_work() as s:
        number = orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=16000,
                                   complaint="异响").number
    with pytest.raises(IllegalMove, match="还没有工时项目"), database.unit_of_work() as s:
        board.dispatch(s, number, seeded.team)
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, name="检查", hours="1")
        board.dispatch(s, number, seeded.team)
        for target in ("in_progress", "quality_check"):
            board.move(s, number, target)
        pass_checks(s, number)
        board.move(s, number, "ready")
    with pytest.raises(IllegalMove, match="不能派工"), database.unit_of_work() as s:
        board.dispatch(s, number, seeded.team)


def test_moving_back_to_open_takes_the_job_from_its_team(database: desk_db.Database, seeded, shop_board) -> None:
    number = shop_board["numbers"][1]
    with database.unit_of_work() as s:
        card = board.move(s, number, "open")
        assert card is not None and (card.column, card.team, card.team_id) == ("open", "", None)
        with pytest.raises(IllegalMove, match="不能直接改为「质检中」"):
            board.move(s, number, "quality_check")
        assert board.move(s, number, "cancelled", reason="客户不修了") is None  # off the board
        with pytest.raises(ValidationError):
            board.move(s, number, "nonsense")


# --- the change stamp ---------------------------------------------------------------------


def _stamp(database: desk_db.Database) -> int:
    with database.unit_of_work(write=False) as s:
        return board.board_stamp(s)


def test_every_change_moves_the_stamp_once(database: desk_db.Database, seeded) -> None:
    start = _stamp(database)
    with database.unit_of_work() as s:  # two orders in one unit of work (numbers use savepoints)
        for mileage in (16000, 16001):
            orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=mileage,
                              complaint="保养", confirmed={"second_open_order"})
    assert _stamp(database) == start + 1
    with database.unit_of_work(write=False) as s:
        board.board(s)
    assert _stamp(database) == start + 1  # reading changes nothing
    with pytest.raises(RuntimeError), database.unit_of_work() as s:
        orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=16002,
                          complaint="保养", confirmed={"second_open_order"})
        raise RuntimeError("rolled back")
    assert _stamp(database) == start + 1
    with database.unit_of_work() as s:
        appointments.book(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor,
                          day=shop.local_today(s) + dt.timedelta(days=1), time=dt.time(9, 0))
    assert _stamp(database) == start + 2


def test_the_stamp_row_is_created_when_missing_even_by_two_pcs_at_once(database: desk_db.Database) -> None:
    with database.unit_of_work() as s:
        s.execute(delete(ChangeStamp))
    assert _stamp(database) == 0
    other = desk_db.Database(database.url)
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def write(db: desk_db.Database) -> None:
        try:
            barrier.wait(timeout=10)
            with db.unit_of_work() as s:
                changes.note(s, settings=True)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(database if i % 2 else other,)) for i in range(8)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        other.dispose()
    assert errors == []
    assert _stamp(database) == 8
    with database.unit_of_work(write=False) as s:
        row = s.get(ChangeStamp, "board")
        assert row is not None and row.changed_at <= utc_now()
