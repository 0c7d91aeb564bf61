"""The follow-up call after delivery (跟踪回访): when it is due, who calls, what the customer said.

Settling an order makes its follow-up (:func:`create_for_order`, called by
:func:`desk.services.settlement.settle`). It is due on the shop's follow-up day
(``ShopSettings.followup_day``, default 3) after the day of delivery in the shop's own time, and
the window closes on day :data:`LATEST_DAY` (the domain text: call within 2–5 days of the repair);
after that it is overdue. The customer's preferred time comes from the settlement.

Who calls: never the advisor who handled the order — customers do not speak frankly to their own
advisor — so the call goes to the active follow-up clerk (回访员) with the fewest pending calls;
with no clerk, to a manager who is not the advisor; otherwise it stays unassigned and a manager
assigns it (:func:`assign`). A settled-again order (reopened by a manager) keeps its one call.

Each try to reach the customer is an attempt (:func:`record_attempt`). Unanswered tries must be
at different times: another try is refused until :data:`ATTEMPT_GAP` has passed since the last
unanswered one (a call two hours later reaches people a call five minutes later does not). After
:data:`MAX_ATTEMPTS` unanswered tries the call is closed as unreachable (无法联系). When the
customer answers, the problem-solved answer and five 1–5 scores (overall, quality, on time,
staff, clarity of price) are all required, with optional comments, and the call is done.

An unhappy answer (a score of 2 or less, or the problem not solved) is one step away from a
complaint (:func:`raise_complaint`), registered with the order and the call attached.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from desk.models import Complaint, FollowUp, FollowUpAttempt, RepairOrder, Settlement, Staff
from desk.models.base import utc_now
from desk.models.enums import ComplaintCategory, ComplaintSource, FollowUpStatus, Role
from desk.services.concurrency import check_version
from desk.services.errors import IllegalMove, NotFound, ValidationError
from desk.services.privacy import phone_for_list, surname, title_for
from desk.services.shop import format_local, local_day, settings_row
from desk.services.validation import display_plate
from desk.services.permissions import Permission, requires, staff_may

__all__ = [
    "ATTEMPT_GAP",
    "AttemptRow",
    "FollowUpDetail",
    "FollowUpQueue",
    "FollowUpRow",
    "MAX_ATTEMPTS",
    "SCORE_FIELDS",
    "assign",
    "callers",
    "create_for_order",
    "due_days",
    "followup_detail",
    "followup_for_order",
    "followup_day",
    "followup_queue",
    "is_unhappy",
    "raise_complaint",
    "record_attempt",
    "set_followup_day",
]

EARLIEST_DAY = 2
LATEST_DAY = 5
"""The call is made 2–5 days after delivery; ``followup_day`` must lie in this window."""
DEFAULT_DAY = 3
MAX_ATTEMPTS = 3
"""Unanswered tries before the call is closed as unreachable."""
ATTEMPT_GAP = dt.timedelta(hours=2)
"""The least time between two unanswered tries, so that they are made at different times of day."""
UNHAPPY_SCORE = 2
"""A score at or below this is an unhappy answer that offers a complaint."""
RECENT_DAYS = 30
"""How far back the queue lists calls that are done or unreachable."""

SCORE_FIELDS: tuple[tuple[str, str], ...] = (
    ("overall", "总体满意度"),
    ("quality", "维修质量"),
    ("on_time", "按时交车"),
    ("staff", "服务人员"),
    ("price", "价格说明清楚"),
)
"""The five scores: keyword of :func:`record_attempt` (``score_<name>``) and its Chinese name."""


# --- plain rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpRow:
    """One call in the queue."""

    id: int
    version: int
    order_number: str
    plate: str
    model: str
    customer: str
    phone: str
    """In full for the 回访员 and the manager, whose job is calling; masked for anyone else."""
    advisor: str
    advisor_id: int
    caller: str
    caller_id: int | None
    delivered_local: str
    due_on: dt.date
    latest_on: dt.date
    preferred_time: str
    attempts: int
    """Tries so far (answered or not)."""
    last_attempt_local: str
    status: str
    """A code name from ``FollowUpStatus``."""
    overdue: bool
    """Still pending after the last day of the window."""
    unhappy: bool
    """Answered with a score of 2 or less or the problem not solved."""
    complaint_number: str
    """The complaint raised from this call, if any."""


@dataclass(frozen=True)
class FollowUpQueue:
    """The clerk's lists for the day ``day``."""

    day: dt.date
    due_today: tuple[FollowUpRow, ...]
    """Pending and within the window today (the due day or later, up to the last day)."""
    overdue: tuple[FollowUpRow, ...]
    """Pending after the last day of the window."""
    upcoming: tuple[FollowUpRow, ...]
    """Pending, due on a later day."""
    done: tuple[FollowUpRow, ...]
    """Answered in the last :data:`RECENT_DAYS` days."""
    unreachable: tuple[FollowUpRow, ...]
    """Closed as unreachable in the last :data:`RECENT_DAYS` days."""


@dataclass(frozen=True)
class AttemptRow:
    at_local: str
    staff: str
    reached: bool
    note: str


@dataclass(frozen=True)
class FollowUpDetail:
    """Everything the call screen shows for one call."""

    row: FollowUpRow
    customer_title: str
    """How to address the customer, e.g. ``王先生`` / ``王女士`` / the company's name."""
    visit_day: dt.date
    work: tuple[str, ...]
    """The labour lines of the visit, to ask about in general terms."""
    customer_complaint: str
    """What the customer asked to be looked at (the order's complaint)."""
    attempts_list: tuple[AttemptRow, ...]
    problem_solved: bool | None
    scores: tuple[tuple[str, int | None], ...]
    """``(name, score)`` in :data:`SCORE_FIELDS` order."""
    comments: str
    completed_local: str
    completed_by: str
    next_try_local: str
    """When another unanswered try may be made; empty when it may be made now."""


# --- due days and the caller -----------------------------------------------------------------------


def due_days(session: Session, delivered_at: dt.datetime) -> tuple[dt.date, dt.date]:
    """The due day and the last day for a car delivered at ``delivered_at`` (shop-local days)."""
    day = local_day(session, delivered_at)
    # A setting outside the window (older data, a hand edit) falls back to the default day.
    return day + dt.timedelta(days=followup_day(session)), day + dt.timedelta(days=LATEST_DAY)


def followup_day(session: Session) -> int:
    """The shop's follow-up day (the day after delivery the call is due)."""
    setting = settings_row(session).followup_day or DEFAULT_DAY
    return setting if EARLIEST_DAY <= setting <= LATEST_DAY else DEFAULT_DAY


@requires(Permission.EDIT_SETTINGS)
def set_followup_day(session: Session, day: int | str, *, staff_id: int | None) -> int:
    """A manager sets the follow-up day (2–5); calls made from now on are due on it."""
    if not staff_may(session, staff_id, Permission.EDIT_SETTINGS):
        raise IllegalMove("只有服务经理可以修改回访日。")
    try:
        value = int(day)
    except (TypeError, ValueError):
        raise ValidationError("回访日应是交车后第 2–5 天。", field="followup_day") from None
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise ValidationError("回访日应是交车后第 2–5 天，不能是第 {day} 天。", field="followup_day", day=value)
    row = settings_row(session)
    row.followup_day = value
    row.updated_by_id = staff_id
    session.flush()
    return value


def _pending_counts(session: Session) -> dict[int, int]:
    query = (
        select(FollowUp.caller_id, func.count())
        .where(FollowUp.status == FollowUpStatus.PENDING.value, FollowUp.caller_id.is_not(None))
        .group_by(FollowUp.caller_id)
    )
    return {caller: count for caller, count in session.execute(query)}


def _pick_caller(session: Session, advisor_id: int) -> int | None:
    """The clerk with the fewest pending calls (never the advisor); else a manager; else nobody."""
    counts = _pending_counts(session)
    for role in (Role.FOLLOWUP, Role.MANAGER):
        people = session.scalars(
            select(Staff).where(Staff.role == role.value, Staff.active.is_(True), Staff.id != advisor_id)
            .order_by(Staff.id)
        ).all()
        if people:
            return min(people, key=lambda s: (counts.get(s.id, 0), s.id)).id
        if role == Role.FOLLOWUP and session.scalar(
            select(Staff.id).where(Staff.role == role.value, Staff.active.is_(True)).limit(1)
        ) is not None:
            # The only clerk is the advisor himself: a manager decides who calls.
            return None
    return None


def create_for_order(
    session: Session, order: RepairOrder, *, delivered_at: dt.datetime, now: dt.datetime | None = None,
) -> FollowUp:
    """Make (or, for an order settled again, renew) the follow-up call of a settled order.

    The preferred time is the one on the order's current settlement. A call that was already
    answered keeps its answer; a pending one gets the new due days and keeps its caller unless
    that caller is the advisor.
    """
    now = now or utc_now()
    due_on, latest_on = due_days(session, delivered_at)
    preferred = session.scalar(
        select(Settlement.followup_time).where(Settlement.order_id == order.id, Settlement.voided_at.is_(None))
        .order_by(Settlement.id.desc()).limit(1)
    ) or ""
    row = session.scalar(select(FollowUp).where(FollowUp.order_id == order.id))
    if row is None:
        row = FollowUp(
            order_id=order.id, customer_id=order.customer_id, vehicle_id=order.vehicle_id, due_on=due_on,
            latest_on=latest_on, preferred_time=preferred, caller_id=_pick_caller(session, order.advisor_id),
            status=FollowUpStatus.PENDING.value, created_at=now, updated_at=now,
        )
        session.add(row)
        session.flush()
        return row
    if row.status == FollowUpStatus.PENDING.value:
        row.due_on, row.latest_on = due_on, latest_on
        if row.caller_id is None or row.caller_id == order.advisor_id:
            row.caller_id = _pick_caller(session, order.advisor_id)
    elif row.status == FollowUpStatus.UNREACHABLE.value:
        # A new delivery is a new chance to reach the customer: the call starts again.
        row.status = FollowUpStatus.PENDING.value
        row.due_on, row.latest_on = due_on, latest_on
        row.completed_at = None
        row.completed_by_id = None
        row.attempts.clear()
    row.preferred_time = preferred
    row.customer_id, row.vehicle_id = order.customer_id, order.vehicle_id
    session.flush()
    return row


def callers(session: Session, followup_id: int) -> list[tuple[int, str]]:
    """Who may be assigned this call: every active person except the order's advisor."""
    row = _get(session, followup_id)
    people = session.scalars(
        select(Staff).where(Staff.active.is_(True), Staff.id != row.order.advisor_id).order_by(Staff.role, Staff.name)
    )
    return [(s.id, s.name) for s in people]


def _refuse_advisor(row: FollowUp, staff_id: int | None, name: str) -> None:
    if staff_id is not None and staff_id == row.order.advisor_id:
        raise IllegalMove(
            "{name} 是委托书 {number} 的服务顾问，不能回访自己接待的客户：客户当着自己的服务顾问往往不说真话。"
            "请由回访员或其他同事来打这个电话。",
            name=name, number=row.order.number,
        )


def _staff(session: Session, staff_id: int | None, what: str) -> Staff:
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    if staff is None or not staff.active:
        raise ValidationError("请先在状态栏选择{what}。", field="staff", what=what)
    return staff


@requires(Permission.FOLLOWUPS)
def assign(
    session: Session, followup_id: int, caller_id: int, *, staff_id: int | None = None,
    expected_version: int | None = None, now: dt.datetime | None = None,
) -> FollowUpRow:
    """Give a pending call to ``caller_id``; the order's advisor is refused."""
    now = now or utc_now()
    row = _get(session, followup_id)
    check_version(session, row, expected_version, f"委托书 {row.order.number} 的回访")
    caller = session.get(Staff, caller_id)
    if caller is None or not caller.active:
        raise ValidationError("请选择在职的员工来打回访电话。", field="caller")
    _refuse_advisor(row, caller.id, caller.name)
    if row.status != FollowUpStatus.PENDING.value:
        raise IllegalMove(
            "委托书 {number} 的回访已是「{status}」，不用再安排。",
            number=row.order.number, status=FollowUpStatus(row.status).chinese,
        )
    row.caller_id = caller.id
    row.updated_by_id = staff_id
    row.updated_at = now
    session.flush()
    return _row(session, row, local_day(session, now), _complaint_numbers(session, [row.id]))


# --- recording a call ------------------------------------------------------------------------------


def _score(value: int | str | None, name: str, field: str) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError("客户已接通，请为「{name}」打分（1–5 分）。", field=field, name=name)
    try:
        score = int(value)
    except (TypeError, ValueError):
        raise ValidationError("「{name}」的分数应是 1–5 的整数。", field=field, name=name) from None
    if not 1 <= score <= 5:
        raise ValidationError("「{name}」的分数应是 1–5 分，不能是 {value}。", field=field, name=name, value=score)
    return score


@requires(Permission.FOLLOWUPS)
def record_attempt(
    session: Session,
    followup_id: int,
    *,
    reached: bool,
    staff_id: int | None,
    now: dt.datetime | None = None,
    note: str = "",
    problem_solved: bool | None = None,
    score_overall: int | str | None = None,
    score_quality: int | str | None = None,
    score_on_time: int | str | None = None,
    score_staff: int | str | None = None,
    score_price: int | str | None = None,
    comments: str = "",
    expected_version: int | None = None,
) -> FollowUpDetail:
    """Record one try to reach the customer, and when reached, the answers (all required).

    Not reached: the try is kept; a try within :data:`ATTEMPT_GAP` of the last unanswered one is
    refused; the :data:`MAX_ATTEMPTS`-th unanswered try closes the call as unreachable.
    Reached: the call is done with the answers. All or nothing: a refusal writes nothing.
    """
    now = now or utc_now()
    row = _get(session, followup_id)
    check_version(session, row, expected_version, f"委托书 {row.order.number} 的回访")
    staff = _staff(session, staff_id, "打电话的员工")
    _refuse_advisor(row, staff.id, staff.name)
    if row.status != FollowUpStatus.PENDING.value:
        raise IllegalMove(
            "委托书 {number} 的回访已是「{status}」，不能再记录。",
            number=row.order.number, status=FollowUpStatus(row.status).chinese,
        )
    note = note.strip()
    comments = comments.strip()
    if len(note) > 500 or len(comments) > 2000:
        raise ValidationError("备注或客户意见太长，请精简一些。", field="comments")
    if not reached:
        missed = [a for a in row.attempts if not a.reached]
        if missed:
            last = max(a.at for a in missed)
            if now < last + ATTEMPT_GAP:
                raise ValidationError(
                    "上次未接通是 {last}，请换个时间再打：{next} 以后再拨（两次拨打至少间隔 {hours} 小时）。",
                    field="attempt", last=format_local(session, last, "%H:%M"),
                    next=format_local(session, last + ATTEMPT_GAP, "%m-%d %H:%M"),
                    hours=int(ATTEMPT_GAP.total_seconds() // 3600),
                )
        row.attempts.append(FollowUpAttempt(at=now, staff_id=staff_id, reached=False, note=note))
        if len(missed) + 1 >= MAX_ATTEMPTS:
            row.status = FollowUpStatus.UNREACHABLE.value
            row.completed_at = now
            row.completed_by_id = staff.id
    else:
        if problem_solved is None:
            raise ValidationError("客户已接通，请记录这次的问题是否已解决。", field="problem_solved")
        values = [
            _score(value, name, f"score_{key}")
            for (key, name), value in zip(
                SCORE_FIELDS, (score_overall, score_quality, score_on_time, score_staff, score_price), strict=True,
            )
        ]
        row.attempts.append(FollowUpAttempt(at=now, staff_id=staff_id, reached=True, note=note))
        row.problem_solved = bool(problem_solved)
        row.score_overall, row.score_quality, row.score_on_time, row.score_staff, row.score_price = values
        row.comments = comments
        row.status = FollowUpStatus.DONE.value
        row.completed_at = now
        row.completed_by_id = staff.id
    if row.caller_id is None:
        row.caller_id = staff.id  # whoever made the call takes it on
    row.updated_by_id = staff_id
    row.updated_at = now
    session.flush()
    return followup_detail(session, row.id, now=now)


def is_unhappy(row: FollowUp) -> bool:
    """An answer that calls for a complaint: a score of 2 or less, or the problem not solved."""
    if row.status != FollowUpStatus.DONE.value:
        return False
    scores = (row.score_overall, row.score_quality, row.score_on_time, row.score_staff, row.score_price)
    return row.problem_solved is False or any(s is not None and s <= UNHAPPY_SCORE for s in scores)


@requires(Permission.FOLLOWUPS)
def raise_complaint(
    session: Session,
    followup_id: int,
    *,
    category: ComplaintCategory | str,
    description: str,
    staff_id: int | None,
    now: dt.datetime | None = None,
) -> str:
    """Register a complaint from an answered call, with its order, car and customer; its number.

    One complaint per call: a second one is refused with the first one's number.
    """
    now = now or utc_now()
    row = _get(session, followup_id)
    if row.status != FollowUpStatus.DONE.value:
        raise IllegalMove(
            "委托书 {number} 的回访还没有接通记录，先记录客户的回答再登记投诉。", number=row.order.number,
        )
    existing = _complaint_numbers(session, [row.id]).get(row.id)
    if existing:
        raise IllegalMove("这次回访已登记投诉 {complaint}，请在投诉登记表里继续处理。", complaint=existing)
    from desk.services import complaints  # the register builds on the call, not the other way

    detail = complaints.register_complaint(
        session, source=ComplaintSource.FOLLOWUP, customer_id=row.customer_id, description=description,
        category=category, vehicle_id=row.vehicle_id, order_id=row.order_id, followup_id=row.id,
        staff_id=staff_id, now=now,
    )
    return detail.number


# --- reading ---------------------------------------------------------------------------------------


def _get(session: Session, followup_id: int) -> FollowUp:
    row = session.get(FollowUp, followup_id)
    if row is None:
        raise NotFound("找不到这个回访记录（可能已被删除），请刷新列表。")
    return row


def followup_for_order(session: Session, number: str) -> FollowUpRow | None:
    """The follow-up of the order numbered ``number``, or None."""
    row = session.scalar(
        select(FollowUp).join(RepairOrder, RepairOrder.id == FollowUp.order_id).where(RepairOrder.number == number)
    )
    if row is None:
        return None
    return _row(session, row, local_day(session, utc_now()), _complaint_numbers(session, [row.id]))


def _complaint_numbers(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = (
        select(Complaint.followup_id, Complaint.number).where(Complaint.followup_id.in_(ids)).order_by(Complaint.id)
    )
    found: dict[int, str] = {}
    for followup_id, number in session.execute(query):
        found.setdefault(followup_id, number)
    return found


def _row(session: Session, row: FollowUp, today: dt.date, complaints: dict[int, str]) -> FollowUpRow:
    order = row.order
    delivered = order.settled_at or order.released_at  # handed over at settlement
    attempts = row.attempts
    return FollowUpRow(
        id=row.id, version=row.version, order_number=order.number, plate=display_plate(row.vehicle.plate), model=row.vehicle.model,
        customer=row.customer.name, phone=phone_for_list(session, row.customer.phone), advisor=order.advisor.name, advisor_id=order.advisor_id,
        caller=row.caller.name if row.caller else "", caller_id=row.caller_id,
        delivered_local=format_local(session, delivered), due_on=row.due_on, latest_on=row.latest_on,
        preferred_time=row.preferred_time, attempts=len(attempts),
        last_attempt_local=format_local(session, attempts[-1].at) if attempts else "", status=row.status,
        overdue=row.status == FollowUpStatus.PENDING.value and row.latest_on < today,
        unhappy=is_unhappy(row), complaint_number=complaints.get(row.id, ""),
    )


def followup_queue(
    session: Session, *, now: dt.datetime | None = None, caller_id: int | None = None,
) -> FollowUpQueue:
    """The calls to make today, the overdue ones, the upcoming ones and the recent results.

    ``caller_id`` keeps only that person's calls (unassigned pending calls are shown to everyone,
    so that they are not forgotten).
    """
    now = now or utc_now()
    today = local_day(session, now)
    since = now - dt.timedelta(days=RECENT_DAYS)
    query = (
        select(FollowUp)
        .where(
            (FollowUp.status == FollowUpStatus.PENDING.value)
            | (
                FollowUp.status.in_([FollowUpStatus.DONE.value, FollowUpStatus.UNREACHABLE.value])
                & (FollowUp.completed_at >= since)
            )
        )
        .options(
            joinedload(FollowUp.order).joinedload(RepairOrder.advisor), joinedload(FollowUp.customer),
            joinedload(FollowUp.vehicle), joinedload(FollowUp.caller), selectinload(FollowUp.attempts),
        )
        .order_by(FollowUp.due_on, FollowUp.id)
    )
    if caller_id is not None:
        query = query.where((FollowUp.caller_id == caller_id) | (
            FollowUp.caller_id.is_(None) & (FollowUp.status == FollowUpStatus.PENDING.value)
        ))
    found = session.scalars(query).unique().all()
    numbers = _complaint_numbers(session, [r.id for r in found if r.status == FollowUpStatus.DONE.value])
    rows = [_row(session, r, today, numbers) for r in found]
    pending = [r for r in rows if r.status == FollowUpStatus.PENDING.value]
    latest_first = lambda r: (r.last_attempt_local, r.id)  # noqa: E731
    return FollowUpQueue(
        day=today,
        due_today=tuple(r for r in pending if r.due_on <= today <= r.latest_on),
        overdue=tuple(r for r in pending if r.latest_on < today),
        upcoming=tuple(r for r in pending if r.due_on > today),
        done=tuple(sorted((r for r in rows if r.status == FollowUpStatus.DONE.value), key=latest_first, reverse=True)),
        unreachable=tuple(sorted(
            (r for r in rows if r.status == FollowUpStatus.UNREACHABLE.value), key=latest_first, reverse=True,
        )),
    )


def _title(row: FollowUp) -> str:
    customer = row.customer
    if customer.is_company or not customer.gender:
        return customer.name  # the full name rather than a guessed 先生/女士 on the phone
    return f"{surname(customer.name)}{title_for(customer.gender)}"


def followup_detail(session: Session, followup_id: int, *, now: dt.datetime | None = None) -> FollowUpDetail:
    """One call with what the screen needs to make it."""
    now = now or utc_now()
    row = _get(session, followup_id)
    order = row.order
    numbers = _complaint_numbers(session, [row.id])
    names = {s.id: s.name for s in session.scalars(
        select(Staff).where(Staff.id.in_({a.staff_id for a in row.attempts if a.staff_id} | {row.completed_by_id or 0}))
    )}
    missed = [a.at for a in row.attempts if not a.reached]
    next_try = ""
    if row.status == FollowUpStatus.PENDING.value and missed and now < max(missed) + ATTEMPT_GAP:
        next_try = format_local(session, max(missed) + ATTEMPT_GAP, "%H:%M")
    delivered = order.settled_at or order.released_at or row.created_at
    return FollowUpDetail(
        row=_row(session, row, local_day(session, now), numbers),
        customer_title=_title(row),
        visit_day=local_day(session, delivered),
        work=tuple(line.name for line in order.labour_lines),
        customer_complaint=order.complaint,
        attempts_list=tuple(
            AttemptRow(at_local=format_local(session, a.at), staff=names.get(a.staff_id or 0, ""), reached=a.reached,
                       note=a.note)
            for a in row.attempts
        ),
        problem_solved=row.problem_solved,
        scores=tuple(zip(
            (name for _key, name in SCORE_FIELDS),
            (row.score_overall, row.score_quality, row.score_on_time, row.score_staff, row.score_price),
            strict=True,
        )),
        comments=row.comments,
        completed_local=format_local(session, row.completed_at),
        completed_by=names.get(row.completed_by_id or 0, ""),
        next_try_local=next_try,
    )
