"""The progress board (看板): today's appointments and every order still in the shop, by status.

One read gives the whole board (:func:`board`): a card per appointment still expected today and per
order whose car is in the shop, each with its colour. The counter's 看板 tab shows customers by
their full name; the workshop's wall screen asks for them as the shop's privacy setting says
(:mod:`desk.services.privacy`) but never by full name, and a card never carries a phone number.

Colours (:func:`card_colour`, the one rule):

- **red** (``overdue``): the promised time has passed and the car is not ready for delivery yet
  (status before 待交车). A car that is ready or settled has kept its promise as far as the
  workshop can; a minute on the promise itself is not yet late.
- **amber** (``attention``): the customer's approval of extra work is pending (待客户确认), or
  70 % of the estimated work time has passed and the job has not reached quality check — the
  moment the advisor checks progress (domain text: 维修预计工期进行到70%至80%的时候) — until the
  advisor records that check (:mod:`desk.services.checks`; again after a promise change).
  *Estimated work time* is the sum of the order's labour hours. The clock starts when work
  started — the first move to 维修中 — or, before that, at check-in (the order's opening). It
  runs on the wall clock (nights count), which is what the customer's promise runs on. An order
  with no labour hours has no estimate, so it turns amber only by its approval.
- **green** (``on_track``): everything else.

Change detection: every unit of work that changes something moves the ``board`` change stamp on
(:mod:`desk.services.changes`); :func:`board_stamp` reads it in one indexed row, so a screen on
another PC learns cheaply whether to read the board again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desk.models import (
    Appointment,
    ChangeStamp,
    Customer,
    LabourLine,
    RepairOrder,
    ShopSettings,
    Staff,
    StatusChange,
    Team,
    Vehicle,
)
from desk.models.base import utc_now
from desk.models.enums import AppointmentStatus, OrderStatus
from desk.services import changes, workflow
from desk.services.dispatch import ClockFigures, clock_figures, seconds_to_centi
from desk.services.errors import IllegalMove, ValidationError
from desk.services.orders import get_order
from desk.services.privacy import shown_customer, wall_privacy
from desk.services.shop import day_bounds, local_day, shop_zone
from desk.services.validation import display_plate
from desk.services.permissions import Permission, requires

BOARD_STATUSES: tuple[OrderStatus, ...] = (
    OrderStatus.OPEN,
    OrderStatus.DISPATCHED,
    OrderStatus.IN_PROGRESS,
    OrderStatus.AWAITING_APPROVAL,
    OrderStatus.QUALITY_CHECK,
    OrderStatus.READY,
    OrderStatus.SETTLED,
)
"""Columns of the board after the appointments: every order whose car is still in the shop."""

APPOINTMENTS = "appointments"
"""The column key of today's appointments whose car has not arrived yet."""

COLUMNS: tuple[str, ...] = (APPOINTMENTS, *(s.value for s in BOARD_STATUSES))
"""Every column key, left to right."""

ON_TRACK, ATTENTION, OVERDUE = "on_track", "attention", "overdue"
Colour = Literal["on_track", "attention", "overdue"]

PROGRESS_CHECK_PERCENT = 70
"""Share of the estimated work time after which the advisor checks progress (amber)."""

NOT_YET_CHECKED: frozenset[str] = frozenset(
    s.value for s in (OrderStatus.OPEN, OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS, OrderStatus.AWAITING_APPROVAL)
)
"""Statuses of a job that has not reached quality check."""

NOT_READY: frozenset[str] = NOT_YET_CHECKED | {OrderStatus.QUALITY_CHECK.value}
"""Statuses of a car that is not ready for delivery: a passed promise makes them red."""

BOARD_TOPIC = changes.BOARD_TOPIC

CustomerShown = Literal["full", "private", "wall"]
"""``full``: the recorded name (the counter); ``private``: as the shop's privacy setting says;
``wall``: the same but never a full name (:func:`privacy.wall_privacy`)."""


# --- the colour rule ---------------------------------------------------------------------------


def card_colour(
    *,
    status: str,
    now: dt.datetime,
    opened_at: dt.datetime | None,
    promised_at: dt.datetime | None,
    work_started_at: dt.datetime | None = None,
    labour_hours_centi: int = 0,
    progress_checked: bool = False,
) -> Colour:
    """The colour of one card; see the module's docstring for the rule. Pure: no session.

    ``progress_checked``: the advisor has recorded the progress check (and the promise has not
    changed since for another reason), so the 70 % moment no longer makes the card amber.
    """
    if status == APPOINTMENTS:
        return ON_TRACK
    if promised_at is not None and now > promised_at and status in NOT_READY:
        return OVERDUE
    if status == OrderStatus.AWAITING_APPROVAL.value:
        return ATTENTION
    if status in NOT_YET_CHECKED and labour_hours_centi > 0 and not progress_checked:
        started = work_started_at or opened_at
        if started is not None:
            estimate = dt.timedelta(seconds=labour_hours_centi * 36)  # hundredths of an hour
            if (now - started) * 100 >= estimate * PROGRESS_CHECK_PERCENT:
                return ATTENTION
    return ON_TRACK


def minutes_left(promised_at: dt.datetime | None, now: dt.datetime) -> int | None:
    """Whole minutes until the promise (negative once it has passed), rounded towards the past."""
    if promised_at is None:
        return None
    return int((promised_at - now) // dt.timedelta(minutes=1))


# --- the board's data --------------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    """One card on the board: an order in the shop, or an appointment still expected today.

    ``customer`` is shown as the caller asked (:func:`board`'s ``customers``); there is no phone
    number on a card.
    """

    kind: Literal["order", "appointment"]
    number: str
    column: str
    """``appointments`` or the order's status."""
    plate: str
    model: str
    customer: str
    advisor: str
    advisor_id: int
    team: str
    team_id: int | None
    opened_at: dt.datetime | None
    """Check-in (the order's opening); None for an appointment."""
    slot_at: dt.datetime | None
    """The appointment's reception slot; None for an order."""
    promised_at: dt.datetime | None
    work_started_at: dt.datetime | None
    """The first move to 维修中, if work has started."""
    labour_hours_centi: int
    colour: Colour
    minutes_left: int | None
    opened_local: str
    """Check-in in shop time: ``09:12`` today, ``11-22 16:40`` on an earlier day."""
    promised_local: str
    slot_local: str
    note: str
    """What the customer asked for (appointments)."""
    version: int
    progress_checked: bool = False
    """The advisor's progress check is recorded (:mod:`desk.services.checks`): no amber for time."""
    repeat_of: str = ""
    """The earlier order this visit repeats (返修), or empty."""
    worked_hours_centi: int = 0
    """Actual hours worked on all the order's labour lines (job clocks, pauses excluded), in hundredths."""
    paused_reason: str = ""
    """A ``PauseReason`` code when a job of the order is paused (:mod:`desk.services.dispatch`), else empty."""

    @property
    def status(self) -> str:
        return self.column


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows: everything, or one advisor's cards, one team's, one column."""

    advisor_id: int | None = None
    team_id: int | None = None
    column: str | None = None

    def keeps(self, card: Card) -> bool:
        if self.advisor_id is not None and card.advisor_id != self.advisor_id:
            return False
        if self.team_id is not None and card.team_id != self.team_id:
            return False
        return self.column is None or card.column == self.column


@dataclass(frozen=True)
class BoardData:
    day: dt.date
    now: dt.datetime
    appointments: tuple[Card, ...]
    """Today's appointments whose car has not arrived yet, by slot."""
    orders: tuple[Card, ...]
    """Orders whose car is in the shop, by column, then promised time."""
    stamp: int
    """The board change stamp the data was read at."""

    def cards(self, column: str) -> tuple[Card, ...]:
        if column == APPOINTMENTS:
            return self.appointments
        return tuple(c for c in self.orders if c.column == column)

    def all_cards(self) -> tuple[Card, ...]:
        return self.appointments + self.orders

    def counts(self) -> dict[str, int]:
        """Cards per column, every column present."""
        result = dict.fromkeys(COLUMNS, 0)
        for card in self.all_cards():
            result[card.column] += 1
        return result

    def filtered(self, keep: BoardFilter) -> BoardData:
        return replace(
            self,
            appointments=tuple(c for c in self.appointments if keep.keeps(c)),
            orders=tuple(c for c in self.orders if keep.keeps(c)),
        )

    def at(self, now: dt.datetime) -> BoardData:
        """The same cards with colours and time left as of ``now`` (no database needed)."""
        return replace(
            self,
            now=now,
            orders=tuple(
                replace(
                    c,
                    colour=card_colour(
                        status=c.column, now=now, opened_at=c.opened_at, promised_at=c.promised_at,
                        work_started_at=c.work_started_at, labour_hours_centi=c.labour_hours_centi,
                        progress_checked=c.progress_checked,
                    ),
                    minutes_left=minutes_left(c.promised_at, now),
                )
                for c in self.orders
            ),
        )


def board_stamp(session: Session) -> int:
    """The board's change counter: it moves on whenever an order or appointment changes."""
    return session.scalar(select(ChangeStamp.counter).where(ChangeStamp.topic == BOARD_TOPIC)) or 0


def board(
    session: Session,
    now: dt.datetime | None = None,
    *,
    customers: CustomerShown = "full",
    keep: BoardFilter | None = None,
) -> BoardData:
    """The whole board as of ``now``: one query for the orders, one for the appointments.

    ``customers="private"`` shows each customer as the shop's privacy setting says;
    ``"wall"`` the same but with surname and title where the setting says full name (the wall
    screen); ``"full"`` by the recorded name (the counter).
    """
    now = now or utc_now()
    stamp = board_stamp(session)
    view = _View(session, now, customers)
    orders = _order_cards(session, view, RepairOrder.status.in_([s.value for s in BOARD_STATUSES]))
    position = {column: index for index, column in enumerate(COLUMNS)}
    far = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    orders.sort(key=lambda c: (position[c.column], c.promised_at or far, c.opened_at, c.number))
    start, end = day_bounds(session, view.day)
    appointment_rows = session.execute(
        select(
            Appointment.number, Appointment.slot_start, Vehicle.plate, Vehicle.model, Customer.name,
            Customer.gender, Customer.is_company, Staff.name, Appointment.advisor_id,
            Appointment.requested_work, Appointment.version,
        )
        .join(Vehicle, Vehicle.id == Appointment.vehicle_id)
        .join(Customer, Customer.id == Appointment.customer_id)
        .join(Staff, Staff.id == Appointment.advisor_id)
        .where(
            Appointment.status == AppointmentStatus.BOOKED.value,
            Appointment.slot_start >= start, Appointment.slot_start < end,
        )
        .order_by(Appointment.slot_start, Appointment.number)
    ).all()
    appointments = tuple(
        Card(
            kind="appointment", number=number, column=APPOINTMENTS, plate=display_plate(plate), model=model,
            customer=view.customer(name, gender, is_company, plate), advisor=advisor, advisor_id=advisor_id,
            team="", team_id=None, opened_at=None, slot_at=slot, promised_at=None, work_started_at=None,
            labour_hours_centi=0, colour=ON_TRACK, minutes_left=None, opened_local="", promised_local="",
            slot_local=view.local(slot), note=work, version=version,
        )
        for number, slot, plate, model, name, gender, is_company, advisor, advisor_id, work, version in appointment_rows
    )
    data = BoardData(day=view.day, now=now, appointments=appointments, orders=tuple(orders), stamp=stamp)
    return data.filtered(keep) if keep is not None else data


class _View:
    """How a read shows customers and times: the privacy setting and the shop's day and zone."""

    def __init__(self, session: Session, now: dt.datetime, customers: CustomerShown) -> None:
        self.customers = customers
        self.privacy = "full_name"
        if customers != "full":
            self.privacy = (
                session.scalar(select(ShopSettings.privacy).order_by(ShopSettings.id).limit(1)) or "plate"
            )
        if customers == "wall":
            self.privacy = wall_privacy(self.privacy)
        self.zone = shop_zone(session)
        self.day = local_day(session, now)
        self.now = now

    def customer(self, name: str, gender: str, is_company: bool, plate: str) -> str:
        if self.customers == "full":
            return name
        return shown_customer(name, gender, is_company, plate, self.privacy)

    def local(self, instant: dt.datetime | None) -> str:
        if instant is None:
            return ""
        wall = instant.astimezone(self.zone)
        return wall.strftime("%H:%M") if wall.date() == self.day else wall.strftime("%m-%d %H:%M")


def _order_cards(session: Session, view: _View, where: Any) -> list[Card]:
    """Cards of the orders that match ``where``, in one query (the board's one query shape)."""
    now = view.now
    started = (
        select(func.min(StatusChange.at))
        .where(StatusChange.order_id == RepairOrder.id, StatusChange.to_status == OrderStatus.IN_PROGRESS.value)
        .correlate(RepairOrder)
        .scalar_subquery()
    )
    hours = (
        select(func.coalesce(func.sum(LabourLine.hours_centi), 0))
        .where(LabourLine.order_id == RepairOrder.id)
        .correlate(RepairOrder)
        .scalar_subquery()
    )
    from desk.services.checks import is_progress_checked, progress_checked_columns  # checks builds on board

    last_check, last_change = progress_checked_columns()
    earlier = aliased(RepairOrder)
    repeat_of = select(earlier.number).where(earlier.id == RepairOrder.repeat_of_id).correlate(RepairOrder).scalar_subquery()
    rows = session.execute(
        select(
            RepairOrder.number, RepairOrder.status, Vehicle.plate, Vehicle.model, Customer.name,
            Customer.gender, Customer.is_company, Staff.name, RepairOrder.advisor_id, Team.name,
            RepairOrder.team_id, RepairOrder.opened_at, RepairOrder.promised_at, started, hours,
            RepairOrder.version, last_check, last_change, repeat_of, RepairOrder.id,
        )
        .join(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .join(Customer, Customer.id == RepairOrder.customer_id)
        .join(Staff, Staff.id == RepairOrder.advisor_id)
        .outerjoin(Team, Team.id == RepairOrder.team_id)
        .where(where)
    ).all()
    clocks = clock_figures(session, where, now)  # job clocks: one more query, same orders
    no_clock = ClockFigures()
    return [
        Card(
            kind="order", number=number, column=status, plate=display_plate(plate), model=model,
            customer=view.customer(name, gender, is_company, plate), advisor=advisor, advisor_id=advisor_id,
            team=team or "", team_id=team_id, opened_at=opened, slot_at=None, promised_at=promised,
            work_started_at=work_started, labour_hours_centi=int(labour or 0),
            colour=card_colour(
                status=status, now=now, opened_at=opened, promised_at=promised,
                work_started_at=work_started, labour_hours_centi=int(labour or 0),
                progress_checked=is_progress_checked(checked_at, changed_at),
            ),
            minutes_left=minutes_left(promised, now), opened_local=view.local(opened),
            promised_local=view.local(promised), slot_local="", note="", version=version,
            progress_checked=is_progress_checked(checked_at, changed_at), repeat_of=repeat_number or "",
            worked_hours_centi=seconds_to_centi(clocks.get(order_id, no_clock).worked_seconds),
            paused_reason=clocks.get(order_id, no_clock).paused_reason,
        )
        for (number, status, plate, model, name, gender, is_company, advisor, advisor_id, team, team_id,
             opened, promised, work_started, labour, version, checked_at, changed_at, repeat_number, order_id) in rows
    ]


@dataclass(frozen=True)
class WallBoard:
    """What the wall screen shows: the shop's name and the board with customers kept private
    (never a phone number, never a full name, whatever the privacy setting)."""

    shop_name: str
    timezone: str
    """The shop's time zone, for the clock on the wall."""
    board: BoardData


def wall_board(session: Session, now: dt.datetime | None = None) -> WallBoard:
    name = session.scalar(select(ShopSettings.name).order_by(ShopSettings.id).limit(1)) or ""
    return WallBoard(
        shop_name=name, timezone=shop_zone(session).key, board=board(session, now, customers="wall"),
    )


# --- moving cards ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str


def teams(session: Session) -> list[TeamChoice]:
    """The active teams a job can be dispatched to, by name."""
    query = select(Team.id, Team.name).where(Team.active.is_(True)).order_by(Team.name)
    return [TeamChoice(id=i, name=n) for i, n in session.execute(query)]


DISPATCHABLE: frozenset[str] = frozenset(
    s.value for s in (OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS, OrderStatus.AWAITING_APPROVAL,
                      OrderStatus.QUALITY_CHECK)
)
"""Statuses in which the job can be handed to another team without moving it."""


@requires(Permission.DISPATCH)
def dispatch(
    session: Session, number: str, team_id: int, *, staff_id: int | None = None, now: dt.datetime | None = None,
) -> Card:
    """The supervisor's dispatch (派工): give the job to a team.

    An order waiting for dispatch moves to 已派工 (with the same checks as any move, and the team's
    name as the reason in its history); a job already in the workshop is handed to another team.
    """
    order = get_order(session, number)
    team = session.get(Team, team_id)
    if team is None or not team.active:
        raise ValidationError("请选择要派工的班组。", field="team")
    status = OrderStatus(order.status)
    if order.status == OrderStatus.OPEN.value or order.status in DISPATCHABLE:
        for line in order.labour_lines:  # per-line dispatch (desk.services.dispatch) agrees
            if line.team_id is None:
                line.team_id = team.id
    if status == OrderStatus.OPEN:
        order.team_id = team.id
        workflow.apply_move(
            session, order, OrderStatus.DISPATCHED, staff_id=staff_id, reason=f"派工：{team.name}", now=now,
        )
    elif order.status in DISPATCHABLE:
        if order.team_id == team.id:
            raise IllegalMove("委托书 {number} 已经派给 {team}。", number=order.number, team=team.name)
        order.team_id = team.id
        order.updated_by_id = staff_id
        order.updated_at = now or utc_now()
        session.flush()
        changes.note(session, order=order.number)
    else:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，不能派工。", number=order.number, status=status.chinese,
        )
    return _card(session, order.number, now)


@requires(Permission.VIEW_BOARD)
def move(
    session: Session, number: str, target: str, *, reason: str = "", staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> Card | None:
    """Move a card to another column by hand: the order's status changes where the move is legal.

    Moving back to 待派工 takes the job from its team. Returns the card (None when the order left
    the board, e.g. cancelled).
    """
    order = get_order(session, number)
    try:
        status = OrderStatus(target)
    except ValueError:
        raise ValidationError("没有“{target}”这个状态。", target=target) from None
    workflow.apply_move(session, order, status, staff_id=staff_id, reason=reason, now=now)
    if status == OrderStatus.OPEN:
        order.team_id = None
        for line in order.labour_lines:  # no job started yet: each line waits for dispatch again
            line.team_id = line.technician_id = None
        session.flush()
    return _card(session, order.number, now)


def _card(session: Session, number: str, now: dt.datetime | None) -> Card | None:
    """The order's card as the counter shows it; None when the order is no longer on the board."""
    view = _View(session, now or utc_now(), "full")
    found = _order_cards(
        session, view,
        (RepairOrder.number == number) & RepairOrder.status.in_([s.value for s in BOARD_STATUSES]),
    )
    return found[0] if found else None
