"""Dispatch per labour line (派工) and the job clock (工时钟) of each line.

The workshop supervisor (车间主管) gives each labour line of an order to a team (班组) and one of its
technicians (维修技师). When the last line of an order waiting for dispatch (已开单) has its team and
technician, the order moves to 已派工 — through :func:`desk.services.workflow.apply_move`, the one
state machine. A technician's presses on a line's clock are 开工 (start), 暂停 (pause, with a reason
from ``PauseReason``), 继续 (resume) and 完工 (finish); each press is a ``JobClockEvent`` and the
line's ``clock_state`` follows it. The first start on an order in 已派工 moves it to 维修中. When the
last line is finished nothing moves by itself: quality check is its own step
(:func:`all_jobs_finished` tells whether it may begin).

Rules:

- a technician may only be given a job of his own team (a technician in no team cannot be given
  any: set his team under 员工 first);
- a running job cannot be handed to someone else (pause or finish it first), a finished one not at all;
- a job must be dispatched to a technician before its clock starts;
- a job paused for the customer's approval (等待客户确认) resumes only once the order is out of
  待客户确认;
- starting a finished job again (rework) asks first.

Actual hours (实际工时) are the running intervals of a line's clock, pauses excluded; a clock that
is running counts up to ``now``. Clock presses do not move the order's version (two people editing
the order and pressing a clock do not refuse each other); a press made on a state someone else
changed meanwhile is refused, because the state is changed by one conditional UPDATE.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from desk.models import JobClockEvent, LabourLine, RepairOrder, Staff, Team, Vehicle
from desk.models.base import utc_now
from desk.models.enums import ClockState, OrderStatus, PauseReason, Role
from desk.services import changes, workflow
from desk.services.concurrency import check_version
from desk.services.errors import Conflict, IllegalMove, NeedsConfirmation, NotFound, ValidationError
from desk.services.orders import get_order
from desk.services.shop import format_local
from desk.services.validation import display_plate
from desk.services.permissions import Permission, requires

START, PAUSE, RESUME, FINISH = "start", "pause", "resume", "finish"
"""The kinds of ``JobClockEvent``."""

WORKSHOP_STATUSES: tuple[OrderStatus, ...] = (
    OrderStatus.OPEN,
    OrderStatus.DISPATCHED,
    OrderStatus.IN_PROGRESS,
    OrderStatus.AWAITING_APPROVAL,
    OrderStatus.QUALITY_CHECK,
)
"""Orders whose jobs the workshop view shows: waiting for dispatch, or in the workshop."""

DISPATCH_STATUSES: frozenset[str] = frozenset(s.value for s in WORKSHOP_STATUSES)
"""Statuses in which a line may be given to a team and technician."""

CLOCK_STATUSES: frozenset[str] = frozenset(
    s.value for s in (OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS, OrderStatus.AWAITING_APPROVAL)
)
"""Statuses in which a job's clock may be pressed."""


# --- actual hours, pure ----------------------------------------------------------------------


def worked_seconds(events: Iterable[tuple[str, dt.datetime]], now: dt.datetime) -> tuple[int, dt.datetime | None]:
    """Seconds worked from ``(kind, at)`` events in time order, and since when the clock runs.

    Only running intervals count: start or resume opens one, pause or finish closes it. A clock
    still running counts up to ``now``; the second value is then the start of that interval.
    """
    total = dt.timedelta()
    running_since: dt.datetime | None = None
    for kind, at in events:
        if kind in (START, RESUME):
            if running_since is None:
                running_since = at
        elif kind in (PAUSE, FINISH) and running_since is not None:
            total += at - running_since
            running_since = None
    if running_since is not None and now > running_since:
        total += now - running_since
    return int(total.total_seconds()), running_since


def seconds_to_centi(seconds: float) -> int:
    """Seconds as hundredths of an hour, rounded half up (36 s is one hundredth)."""
    return int((Decimal(str(seconds)) / 36).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_hours(centi: int) -> str:
    """Hundredths of an hour to one decimal, as the board and the workshop view show it: ``2.5``."""
    return str((Decimal(centi) / 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


# --- what the workshop view reads ------------------------------------------------------------


@dataclass(frozen=True)
class JobRow:
    """One labour line as the workshop sees it: who does it, its clock and its hours."""

    order_number: str
    order_status: str
    order_version: int
    plate: str
    model: str
    line_id: int
    code: str
    name: str
    hours_centi: int
    """Standard hours (标准工时) in hundredths."""
    worked_seconds: int
    """Actual time worked as of ``read_at``."""
    running_since: dt.datetime | None
    """Start of the running interval when the clock runs, else None."""
    read_at: dt.datetime
    team_id: int | None
    team: str
    technician_id: int | None
    technician: str
    clock_state: str
    pause_reason: str
    """For a paused job: the code name from ``PauseReason`` of the last pause; else empty."""
    pause_note: str
    promised_at: dt.datetime | None
    promised_local: str

    def worked_centi(self, now: dt.datetime | None = None) -> int:
        """Actual hours in hundredths as of ``now`` (default: when read); a running clock goes on."""
        seconds = float(self.worked_seconds)
        if self.running_since is not None and now is not None and now > self.read_at:
            seconds += (now - self.read_at).total_seconds()
        return seconds_to_centi(seconds)

    @property
    def worked_hours_centi(self) -> int:
        return self.worked_centi()

    def over(self, now: dt.datetime | None = None) -> bool:
        """Whether the actual hours have passed the standard hours."""
        return self.hours_centi > 0 and self.worked_centi(now) > self.hours_centi

    @property
    def dispatched(self) -> bool:
        return self.team_id is not None and self.technician_id is not None


@dataclass(frozen=True)
class TechnicianChoice:
    id: int
    name: str
    team_id: int | None
    team: str


def technicians(session: Session, team_id: int | None = None) -> list[TechnicianChoice]:
    """Active technicians by team then name; only one team's when ``team_id`` is given."""
    query = (
        select(Staff.id, Staff.name, Staff.team_id, Team.name)
        .outerjoin(Team, Team.id == Staff.team_id)
        .where(Staff.active.is_(True), Staff.role == Role.TECHNICIAN.value)
        .order_by(Team.name, Staff.name)
    )
    if team_id is not None:
        query = query.where(Staff.team_id == team_id)
    return [TechnicianChoice(id=i, name=n, team_id=t, team=tn or "") for i, n, t, tn in session.execute(query)]


def workshop_jobs(
    session: Session, *, team_id: int | None = None, unassigned: bool = False, now: dt.datetime | None = None,
) -> list[JobRow]:
    """Every labour line of the orders waiting for dispatch or in the workshop.

    ``team_id`` keeps one team's lines; ``unassigned`` keeps the lines not yet given to a
    technician. Sorted by team (lines without one last), then promised time, order and line.
    """
    where: Any = RepairOrder.status.in_([s.value for s in WORKSHOP_STATUSES])
    if team_id is not None:
        where = where & (LabourLine.team_id == team_id)
    if unassigned:
        where = where & LabourLine.technician_id.is_(None)
    rows = _job_rows(session, where, now or utc_now())
    far = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    rows.sort(key=lambda r: (r.team_id is None, r.team, r.promised_at or far, r.order_number, r.line_id))
    return rows


def order_jobs(session: Session, number: str, *, now: dt.datetime | None = None) -> list[JobRow]:
    """The labour lines of one order, in the order's line order."""
    order = get_order(session, number)
    return _job_rows(session, RepairOrder.id == order.id, now or utc_now())


def _job_rows(session: Session, where: Any, now: dt.datetime) -> list[JobRow]:
    technician = aliased(Staff)
    rows = session.execute(
        select(
            RepairOrder.number, RepairOrder.status, RepairOrder.version, Vehicle.plate, Vehicle.model,
            LabourLine.id, LabourLine.code, LabourLine.name, LabourLine.hours_centi, LabourLine.team_id,
            Team.name, LabourLine.technician_id, technician.name, LabourLine.clock_state, RepairOrder.promised_at,
        )
        .join(RepairOrder, RepairOrder.id == LabourLine.order_id)
        .join(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .outerjoin(Team, Team.id == LabourLine.team_id)
        .outerjoin(technician, technician.id == LabourLine.technician_id)
        .where(where)
        .order_by(RepairOrder.number, LabourLine.id)
    ).all()
    events = _events(session, where)
    result = []
    for (number, status, version, plate, model, line_id, code, name, hours, line_team_id, team, tech_id, tech,
         state, promised) in rows:
        line_events = events.get(line_id, [])
        seconds, running_since = worked_seconds(((k, at) for k, at, _r, _n in line_events), now)
        reason = note = ""
        if state == ClockState.PAUSED.value:
            last_pause = next((e for e in reversed(line_events) if e[0] == PAUSE), None)
            if last_pause is not None:
                reason, note = last_pause[2], last_pause[3]
        result.append(JobRow(
            order_number=number, order_status=status, order_version=version, plate=display_plate(plate),
            model=model, line_id=line_id, code=code, name=name, hours_centi=hours, worked_seconds=seconds,
            running_since=running_since, read_at=now, team_id=line_team_id, team=team or "",
            technician_id=tech_id, technician=tech or "", clock_state=state, pause_reason=reason,
            pause_note=note, promised_at=promised, promised_local=format_local(session, promised),
        ))
    return result


def _events(session: Session, where: Any) -> dict[int, list[tuple[str, dt.datetime, str, str]]]:
    """Clock events ``(kind, at, reason, note)`` per line of the orders matching ``where``."""
    query = (
        select(JobClockEvent.labour_line_id, JobClockEvent.kind, JobClockEvent.at, JobClockEvent.reason,
               JobClockEvent.note)
        .join(LabourLine, LabourLine.id == JobClockEvent.labour_line_id)
        .join(RepairOrder, RepairOrder.id == LabourLine.order_id)
        .where(where)
        .order_by(JobClockEvent.labour_line_id, JobClockEvent.at, JobClockEvent.id)
    )
    result: dict[int, list[tuple[str, dt.datetime, str, str]]] = defaultdict(list)
    for line_id, kind, at, reason, note in session.connection().execute(query):
        result[line_id].append((kind, at, reason, note))
    return result


@dataclass(frozen=True)
class ClockFigures:
    """An order's clock as the board card shows it."""

    worked_seconds: int = 0
    paused_reason: str = ""
    """The reason (``PauseReason`` code) of a paused job of the order; empty when none is paused."""


def clock_figures(session: Session, where: Any, now: dt.datetime) -> dict[int, ClockFigures]:
    """Worked time and pause reason per order id, for the orders matching ``where`` (one query).

    ``where`` may name ``RepairOrder`` columns only (the board's order filter).
    """
    query = (
        select(LabourLine.order_id, LabourLine.id, LabourLine.clock_state, JobClockEvent.kind, JobClockEvent.at,
               JobClockEvent.reason)
        .join(LabourLine, LabourLine.id == JobClockEvent.labour_line_id)
        .join(RepairOrder, RepairOrder.id == LabourLine.order_id)
        .where(where)
        .order_by(LabourLine.order_id, JobClockEvent.labour_line_id, JobClockEvent.at, JobClockEvent.id)
    )
    per_line: dict[int, tuple[int, str, list[tuple[str, dt.datetime]], list[str]]] = {}
    # Core execution: the board reads this on every refresh, and the ORM layer costs ten times the query.
    for order_id, line_id, state, kind, at, reason in session.connection().execute(query):
        entry = per_line.setdefault(line_id, (order_id, state, [], []))
        entry[2].append((kind, at))
        if kind == PAUSE:
            entry[3].append(reason)
    seconds: dict[int, int] = defaultdict(int)
    paused: dict[int, str] = {}
    for order_id, state, line_events, reasons in per_line.values():
        seconds[order_id] += worked_seconds(line_events, now)[0]
        if state == ClockState.PAUSED.value and reasons and order_id not in paused:
            paused[order_id] = reasons[-1]
    return {
        order_id: ClockFigures(worked_seconds=seconds[order_id], paused_reason=paused.get(order_id, ""))
        for order_id in seconds
    }


def all_jobs_finished(order: RepairOrder) -> bool:
    """Whether the order has labour lines and every one of them is finished (完工)."""
    return bool(order.labour_lines) and all(
        line.clock_state == ClockState.FINISHED.value for line in order.labour_lines
    )


# --- dispatch ------------------------------------------------------------------------------


def _line_of(order: RepairOrder, line_id: int) -> LabourLine:
    for line in order.labour_lines:
        if line.id == line_id:
            return line
    raise NotFound("这个工时项目已被删除或不属于委托书 {number}。", number=order.number)


@requires(Permission.DISPATCH)
def dispatch_line(
    session: Session,
    number: str,
    line_id: int,
    *,
    team_id: int | None,
    technician_id: int | None,
    staff_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> JobRow:
    """Give one labour line to a team and one of its technicians (派工).

    ``team_id`` None takes the technician's team; ``technician_id`` None gives the line to the
    team only (the technician is chosen later). When the order waits for dispatch and every labour
    line now has its team and technician, the order moves to 已派工.
    """
    now = now or utc_now()
    order = get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    status = OrderStatus(order.status)
    if order.status not in DISPATCH_STATUSES:
        raise IllegalMove("委托书 {number} 当前为「{status}」，不能派工。", number=order.number, status=status.chinese)
    line = _line_of(order, line_id)
    person = session.get(Staff, technician_id) if technician_id is not None else None
    if technician_id is not None and (
        person is None or not person.active or person.role != Role.TECHNICIAN.value
    ):
        raise ValidationError("请选择在职的维修技师。", field="technician")
    if team_id is None and person is not None:
        team_id = person.team_id
    team = session.get(Team, team_id) if team_id is not None else None
    if team is None or not team.active:
        raise ValidationError("请选择要派工的班组。", field="team")
    if person is not None and person.team_id != team.id:
        own = session.get(Team, person.team_id) if person.team_id is not None else None
        if own is None:
            raise ValidationError(
                "技师 {technician} 还没有分到班组，不能派工。请选择{team}的技师。",
                field="technician", technician=person.name, team=team.name,
            )
        raise ValidationError(
            "技师 {technician} 属于{own}，不在{team}。请选择{team}的技师，或把班组改为{own}。",
            field="technician", technician=person.name, own=own.name, team=team.name,
        )
    if line.clock_state == ClockState.RUNNING.value:
        current = session.get(Staff, line.technician_id) if line.technician_id else None
        raise IllegalMove(
            "「{line}」正在施工（{technician}），不能改派。请先暂停或完工。",
            line=line.name, technician=current.name if current else "",
        )
    if line.clock_state == ClockState.FINISHED.value:
        raise IllegalMove("「{line}」已完工，不能再改派。", line=line.name)
    if line.team_id == team.id and line.technician_id == technician_id:
        raise IllegalMove(
            "「{line}」已经派给{team}{technician}。", line=line.name, team=team.name,
            technician=f" {person.name}" if person else "",
        )
    line.team_id = team.id
    line.technician_id = technician_id
    if order.team_id is None:
        order.team_id = team.id
    order.updated_by_id = staff_id
    order.updated_at = now
    session.flush()
    if status == OrderStatus.OPEN and all(
        l.team_id is not None and l.technician_id is not None for l in order.labour_lines
    ):
        team_names = session.scalars(
            select(Team.name).where(Team.id.in_({l.team_id for l in order.labour_lines})).order_by(Team.name)
        ).all()
        workflow.apply_move(
            session, order, OrderStatus.DISPATCHED, staff_id=staff_id, reason="派工：" + "、".join(team_names),
            now=now,
        )
    changes.note(session, order=order.number)
    return _job_rows(session, LabourLine.id == line.id, now)[0]


# --- the job clock ---------------------------------------------------------------------------


_FROM: dict[str, tuple[str, ...]] = {
    START: (ClockState.NOT_STARTED.value, ClockState.FINISHED.value),
    PAUSE: (ClockState.RUNNING.value,),
    RESUME: (ClockState.PAUSED.value,),
    FINISH: (ClockState.RUNNING.value, ClockState.PAUSED.value),
}
_TO: dict[str, str] = {
    START: ClockState.RUNNING.value,
    PAUSE: ClockState.PAUSED.value,
    RESUME: ClockState.RUNNING.value,
    FINISH: ClockState.FINISHED.value,
}
_REFUSALS: dict[tuple[str, str], str] = {
    (START, ClockState.RUNNING.value): "「{line}」已经在施工中。",
    (START, ClockState.PAUSED.value): "「{line}」已暂停，请按「继续」接着施工。",
    (PAUSE, ClockState.NOT_STARTED.value): "「{line}」还没有开工，不能暂停。",
    (PAUSE, ClockState.PAUSED.value): "「{line}」已经暂停了。",
    (PAUSE, ClockState.FINISHED.value): "「{line}」已完工，不能暂停。",
    (RESUME, ClockState.NOT_STARTED.value): "「{line}」还没有开工，请按「开工」。",
    (RESUME, ClockState.RUNNING.value): "「{line}」正在施工中，不用继续。",
    (RESUME, ClockState.FINISHED.value): "「{line}」已完工，不能继续。",
    (FINISH, ClockState.NOT_STARTED.value): "「{line}」还没有开工，不能完工。",
    (FINISH, ClockState.FINISHED.value): "「{line}」已经完工了。",
}


def _press(
    session: Session, number: str, line_id: int, kind: str, *, staff_id: int | None, now: dt.datetime | None,
    reason: str = "", note: str = "", confirmed: Collection[str] = (),
) -> JobRow:
    now = now or utc_now()
    order = get_order(session, number)
    line = _line_of(order, line_id)
    status = OrderStatus(order.status)
    if order.status not in CLOCK_STATUSES:
        if status == OrderStatus.OPEN:
            raise IllegalMove(
                "委托书 {number} 还没有派工，不能开工。请先给每个工时项目派班组和技师。", number=order.number,
            )
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，不能再操作工时钟。", number=order.number, status=status.chinese,
        )
    if line.technician_id is None:
        raise IllegalMove("「{line}」还没有派给技师，请先派工再开工。", line=line.name)
    state = line.clock_state
    if state not in _FROM[kind]:
        raise IllegalMove(_REFUSALS[(kind, state)], line=line.name)
    last = session.execute(
        select(JobClockEvent.at, JobClockEvent.reason)
        .where(JobClockEvent.labour_line_id == line.id)
        .order_by(JobClockEvent.at.desc(), JobClockEvent.id.desc())
        .limit(1)
    ).first()
    if last is not None and now < last[0]:
        raise ValidationError(
            "操作时间 {when} 早于「{line}」上一次操作的时间 {last}。", line=line.name,
            when=format_local(session, now), last=format_local(session, last[0]),
        )
    if kind == START and state == ClockState.FINISHED.value and "restart_finished" not in confirmed:
        raise NeedsConfirmation(
            "「{line}」已完工。确定要重新开工（返修）吗？实际工时会接着累计。", key="restart_finished", line=line.name,
        )
    if (kind == RESUME and status == OrderStatus.AWAITING_APPROVAL and last is not None
            and last[1] == PauseReason.WAITING_APPROVAL.value):
        raise IllegalMove("「{line}」在等待客户确认追加项目，客户答复后才能继续。", line=line.name)
    if kind == PAUSE:
        try:
            reason = PauseReason(reason).value
        except ValueError:
            raise ValidationError("请选择暂停原因。", field="reason") from None
        if reason == PauseReason.OTHER.value and not note.strip():
            raise ValidationError("暂停原因为「其他」时，请写明原因。", field="note")
    # One conditional UPDATE: a press on a state someone else has just changed is refused.
    result = session.execute(
        update(LabourLine)
        .where(LabourLine.id == line.id, LabourLine.clock_state == state)
        .values(clock_state=_TO[kind])
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise Conflict("「{line}」刚被别人操作过，请刷新后再试。", line=line.name)
    line.clock_state = _TO[kind]
    session.add(JobClockEvent(
        labour_line_id=line.id, kind=kind, at=now, staff_id=staff_id,
        reason=reason if kind == PAUSE else "", note=note.strip(),
    ))
    session.flush()
    if kind == START and status == OrderStatus.DISPATCHED:
        workflow.apply_move(
            session, order, OrderStatus.IN_PROGRESS, staff_id=staff_id, reason=f"开工：{line.name}", now=now,
        )
    changes.note(session, order=order.number)
    return _job_rows(session, LabourLine.id == line.id, now)[0]


@requires(Permission.JOB_CLOCK)
def start_job(
    session: Session, number: str, line_id: int, *, staff_id: int | None = None, now: dt.datetime | None = None,
    confirmed: Collection[str] = (),
) -> JobRow:
    """开工: start the clock of a dispatched line; the first start moves the order to 维修中.

    Starting a finished line again (rework) asks first (``restart_finished``).
    """
    return _press(session, number, line_id, START, staff_id=staff_id, now=now, confirmed=confirmed)


@requires(Permission.JOB_CLOCK)
def pause_job(
    session: Session, number: str, line_id: int, *, reason: str, note: str = "", staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> JobRow:
    """暂停: stop a running clock for a reason (``PauseReason`` code); ``other`` needs a note.

    Other services call it too (the additional work pauses the job for the customer's approval).
    """
    return _press(session, number, line_id, PAUSE, staff_id=staff_id, now=now, reason=reason, note=note)


@requires(Permission.JOB_CLOCK)
def resume_job(
    session: Session, number: str, line_id: int, *, staff_id: int | None = None, now: dt.datetime | None = None,
) -> JobRow:
    """继续: run a paused clock again."""
    return _press(session, number, line_id, RESUME, staff_id=staff_id, now=now)


@requires(Permission.JOB_CLOCK)
def finish_job(
    session: Session, number: str, line_id: int, *, staff_id: int | None = None, now: dt.datetime | None = None,
) -> JobRow:
    """完工: stop the clock for good (from running or paused). The order stays where it is."""
    return _press(session, number, line_id, FINISH, staff_id=staff_id, now=now)
