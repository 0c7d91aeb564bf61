"""The promised time (预计交车时间): computed from the work, the team's queue and the opening hours.

The arithmetic is done on the shop's wall clock (:func:`add_working_time`), which knows only the
opening and closing time and the days the workshop is closed: work that does not fit before
closing goes on at the next working day's opening. :func:`compute_promise` feeds it with what the
database says:

- the order's own work: the standard hours of its labour lines whose clock is not finished;
- the team's queue: the standard hours of the unfinished labour lines of the team's other open
  jobs (open, dispatched, in progress, waiting for approval, quality check), shared among the
  team's members — a line dispatched on its own counts for its team, otherwise the order's team
  does; while no team is chosen, the whole workshop's queue shared among all active teams' members;
- then the quality check and wash (``quality_buffer_minutes``), also in opening hours;
- rounded up to the quarter hour.

An order without labour hours yet (at intake) is promised at least :data:`MIN_LEAD` on.
The advisor may promise another time; :func:`desk.services.orders.change_promise` records it
with the reason, and :func:`promise_history` lists the changes.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import LabourLine, PromiseChange, RepairOrder, Staff, Team
from desk.models.base import utc_now
from desk.models.enums import ClockState, OrderStatus
from desk.services.shop import format_local, from_wall_clock, settings_row, to_wall_clock

MIN_LEAD = dt.timedelta(hours=2)
"""The shortest promise for an order whose work is not known yet (at intake)."""

QUARTER = dt.timedelta(minutes=15)

QUEUED_STATUSES = (
    OrderStatus.OPEN, OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS, OrderStatus.AWAITING_APPROVAL,
    OrderStatus.QUALITY_CHECK,
)
"""Orders whose unfinished labour is still ahead of the workshop."""

WEEKDAY_NAMES = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "日"}
"""ISO weekday → the character after 周 (周一 … 周日)."""

SAME_AS_COMPUTED = dt.timedelta(minutes=15)
"""A chosen time this close to the computed one counts as the computed time (the computation moves
on by a quarter hour while the advisor looks at it)."""


@dataclass(frozen=True)
class OpeningHours:
    """When the workshop works: every day from ``opening`` to ``closing`` except ``closed`` ISO weekdays."""

    opening: dt.time
    closing: dt.time
    closed: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Promise:
    """A computed promised time and how it was reached."""

    at: dt.datetime
    """UTC."""
    local: str
    """``2026-11-23 16:30`` in shop time."""
    explanation: str
    """One line for the advisor: ``本单工时 3.5 小时，机电组排队 6 小时（2 人），每天 08:30–17:30，质检洗车 30 分钟``."""
    own_hours: Decimal
    queue_hours: Decimal
    members: int
    team: str
    """The team whose queue was counted; empty for the whole workshop."""


@dataclass(frozen=True)
class PromiseChangeRow:
    at_local: str
    staff: str
    old_local: str
    new_local: str
    computed_local: str
    source: str
    reason: str
    customer_told: bool


# --- the arithmetic on the wall clock ----------------------------------------------------------


def parse_weekdays(text: str) -> frozenset[int]:
    """``"6,7"`` → ``{6, 7}``; anything but 1–7 is ignored."""
    days = set()
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if part.isdigit() and 1 <= int(part) <= 7:
            days.add(int(part))
    return frozenset(days)


def format_weekdays(days: frozenset[int] | set[int]) -> str:
    """``{7, 6}`` → ``"6,7"``, as stored in ``ShopSettings.closed_weekdays``."""
    return ",".join(str(d) for d in sorted(days))


def add_working_time(start: dt.datetime, work: dt.timedelta, hours: OpeningHours) -> dt.datetime:
    """The wall-clock moment when ``work`` of working time begun at ``start`` is done.

    Work starts no earlier than the opening of a working day, stops at closing and goes on at the
    next working day's opening. Work of zero length ending exactly at closing time stays there.
    ``start`` and the result are naive wall-clock times of the shop.
    """
    if len(hours.closed) >= 7:
        raise ValueError("the workshop is closed every day")
    if hours.closing <= hours.opening:
        raise ValueError("closing must be after opening")
    t = start
    remaining = work
    while True:
        day = t.date()
        if day.isoweekday() in hours.closed:
            t = dt.datetime.combine(day + dt.timedelta(days=1), hours.opening)
            continue
        opening = dt.datetime.combine(day, hours.opening)
        closing = dt.datetime.combine(day, hours.closing)
        t = max(t, opening)
        if t > closing or (t == closing and remaining > dt.timedelta(0)):
            t = dt.datetime.combine(day + dt.timedelta(days=1), hours.opening)
            continue
        if t + remaining <= closing:
            return t + remaining
        remaining -= closing - t
        t = dt.datetime.combine(day + dt.timedelta(days=1), hours.opening)


def round_up_to_quarter(wall: dt.datetime, hours: OpeningHours) -> dt.datetime:
    """``wall`` on the next quarter hour (or itself when on one); past closing, the next working opening."""
    midnight = dt.datetime.combine(wall.date(), dt.time(0))
    quarters = math.ceil((wall - midnight) / QUARTER)
    rounded = midnight + quarters * QUARTER
    if rounded > dt.datetime.combine(wall.date(), hours.closing):
        return round_up_to_quarter(
            add_working_time(dt.datetime.combine(wall.date(), hours.closing), dt.timedelta(minutes=1), hours)
            - dt.timedelta(minutes=1),
            hours,
        )
    return rounded


def promise_wall_time(
    now: dt.datetime, *, own_hours: Decimal, queue_hours: Decimal, members: int, buffer_minutes: int,
    hours: OpeningHours,
) -> dt.datetime:
    """The promised wall-clock time for work started ``now`` (naive shop wall clock).

    The queue is shared among ``members`` people; the order's own work takes its hours; the
    buffer for quality check and washing follows; without own hours the lead is at least
    :data:`MIN_LEAD`. Everything runs in opening hours, and the end is rounded up to the quarter.
    """
    queue = dt.timedelta(minutes=math.ceil(queue_hours * 60 / max(members, 1))) if queue_hours > 0 else dt.timedelta(0)
    lead = dt.timedelta(minutes=math.ceil(own_hours * 60)) + dt.timedelta(minutes=buffer_minutes)
    if own_hours <= 0:
        lead = max(lead, MIN_LEAD)
    return round_up_to_quarter(add_working_time(now, queue + lead, hours), hours)


# --- what the database says --------------------------------------------------------------------


def opening_hours(session: Session) -> OpeningHours:
    row = settings_row(session)
    return OpeningHours(row.opening_time, row.closing_time, parse_weekdays(row.closed_weekdays))


def _queue(session: Session, team_id: int | None, exclude_order_id: int | None) -> tuple[Decimal, int, str]:
    """Hours queued (for a team, or the whole workshop when None), the people sharing them, the team's name."""
    line_team = func.coalesce(LabourLine.team_id, RepairOrder.team_id)
    query = (
        select(func.coalesce(func.sum(LabourLine.hours_centi), 0))
        .join(RepairOrder, RepairOrder.id == LabourLine.order_id)
        .where(
            RepairOrder.status.in_([s.value for s in QUEUED_STATUSES]),
            LabourLine.clock_state != ClockState.FINISHED.value,
        )
    )
    if exclude_order_id is not None:
        query = query.where(RepairOrder.id != exclude_order_id)
    if team_id is not None:
        team = session.get(Team, team_id)
        if team is not None:
            hours = Decimal(int(session.scalar(query.where(line_team == team_id)) or 0)) / 100
            return hours, max(team.members, 1), team.name
    hours = Decimal(int(session.scalar(query) or 0)) / 100
    members = int(session.scalar(select(func.coalesce(func.sum(Team.members), 0)).where(Team.active.is_(True))) or 0)
    return hours, max(members, 1), ""


def _hours_text(hours: Decimal) -> str:
    text = f"{hours.normalize():f}"
    return text


def explain(
    *, own_hours: Decimal, queue_hours: Decimal, members: int, team: str, buffer_minutes: int, hours: OpeningHours
) -> str:
    """The one line that says how a promise was reached."""
    parts = [f"本单工时 {_hours_text(own_hours)} 小时" if own_hours > 0 else f"工时未定，至少 {MIN_LEAD.seconds // 3600} 小时"]
    who = team or "全车间"
    if queue_hours > 0:
        parts.append(f"{who}排队 {_hours_text(queue_hours)} 小时（{members} 人）")
    else:
        parts.append(f"{who}无排队")
    day = f"每天 {hours.opening:%H:%M}–{hours.closing:%H:%M}"
    if hours.closed:
        day += "，周" + "、".join(WEEKDAY_NAMES[d] for d in sorted(hours.closed)) + "休息"
    parts.append(day)
    if buffer_minutes:
        parts.append(f"质检洗车 {buffer_minutes} 分钟")
    return "，".join(parts)


def compute_promise(
    session: Session, number: str | None = None, *, team_id: int | None = None, now: dt.datetime | None = None,
    extra_hours: Decimal = Decimal(0),
) -> Promise:
    """The promised time for an order (by number) or for a car not yet written up (no number).

    ``team_id`` overrides the order's team; ``extra_hours`` adds work not on the order yet (e.g.
    additional work the customer is being asked about).
    """
    order = None
    if number is not None:
        order = session.scalar(select(RepairOrder).where(RepairOrder.number == number.strip().upper()))
        if order is None:
            from desk.services.errors import NotFound

            raise NotFound("找不到委托书 {number}。", number=number.strip())
    return _compute(session, order, team_id=team_id, now=now, extra_hours=extra_hours)


def _compute(
    session: Session, order: RepairOrder | None, *, team_id: int | None = None, now: dt.datetime | None = None,
    extra_hours: Decimal = Decimal(0), own_centi: int | None = None,
) -> Promise:
    """:func:`compute_promise` for an order already loaded; ``own_centi`` is its unfinished labour
    in centi-hours when the caller has summed its loaded lines (else it is summed here)."""
    now = now or utc_now()
    row = settings_row(session)
    hours = OpeningHours(row.opening_time, row.closing_time, parse_weekdays(row.closed_weekdays))
    own = Decimal(0)
    order_id = None
    if order is not None:
        order_id = order.id
        team_id = team_id if team_id is not None else order.team_id
        if own_centi is None:
            own_centi = session.scalar(
                select(func.coalesce(func.sum(LabourLine.hours_centi), 0)).where(
                    LabourLine.order_id == order.id, LabourLine.clock_state != ClockState.FINISHED.value
                )
            )
        own = Decimal(int(own_centi or 0)) / 100
    own += extra_hours
    queue_hours, members, team = _queue(session, team_id, order_id)
    wall = promise_wall_time(
        to_wall_clock(session, now), own_hours=own, queue_hours=queue_hours, members=members,
        buffer_minutes=row.quality_buffer_minutes, hours=hours,
    )
    at = from_wall_clock(session, wall)
    return Promise(
        at=at, local=format_local(session, at),
        explanation=explain(
            own_hours=own, queue_hours=queue_hours, members=members, team=team,
            buffer_minutes=row.quality_buffer_minutes, hours=hours,
        ),
        own_hours=own, queue_hours=queue_hours, members=members, team=team,
    )


def same_as_computed(chosen: dt.datetime | None, computed: dt.datetime) -> bool:
    """Whether the advisor's time is the computed one (within :data:`SAME_AS_COMPUTED`)."""
    return chosen is not None and abs(chosen - computed) < SAME_AS_COMPUTED


def promise_history(session: Session, number: str) -> tuple[PromiseChangeRow, ...]:
    """The changes of an order's promised time, oldest first."""
    order_id = session.scalar(select(RepairOrder.id).where(RepairOrder.number == number.strip().upper()))
    if order_id is None:
        return ()
    return _history(session, order_id, dict(session.execute(select(Staff.id, Staff.name)).all()))


def _history(session: Session, order_id: int, staff: dict[int, str]) -> tuple[PromiseChangeRow, ...]:
    return tuple(
        PromiseChangeRow(
            at_local=format_local(session, c.at), staff=staff.get(c.staff_id, ""),
            old_local=format_local(session, c.old_promised_at), new_local=format_local(session, c.new_promised_at),
            computed_local=format_local(session, c.computed_at), source=c.source, reason=c.reason,
            customer_told=c.customer_told,
        )
        for c in session.scalars(
            select(PromiseChange).where(PromiseChange.order_id == order_id).order_by(PromiseChange.id)
        )
    )


@dataclass(frozen=True)
class PromiseView:
    """What the editor shows beside the promised time: the computed one and the changes so far."""

    computed: Promise
    history: tuple[PromiseChangeRow, ...]


def promise_view(session: Session, number: str, *, now: dt.datetime | None = None) -> PromiseView:
    return PromiseView(compute_promise(session, number, now=now), promise_history(session, number))


def promise_view_of(
    session: Session, order: RepairOrder, staff: dict[int, str], *, now: dt.datetime | None = None,
) -> PromiseView:
    """:func:`promise_view` for an order loaded with its labour lines, with the staff names already
    read: opening an order in the editor reads the order once (desk.services.order_editor)."""
    own_centi = sum(line.hours_centi for line in order.labour_lines if line.clock_state != ClockState.FINISHED.value)
    return PromiseView(_compute(session, order, now=now, own_centi=own_centi), _history(session, order.id, staff))
