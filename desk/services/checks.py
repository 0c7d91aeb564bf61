"""The advisor's and the workshop's checks on a job: progress, quality, delivery; repeat repairs.

- **Progress check** (进度跟踪): at :data:`~desk.services.board.PROGRESS_CHECK_PERCENT` % of the
  estimated work time the advisor asks the workshop how the job stands (domain text: 维修预计工期
  进行到70%至80%的时候). :func:`due_progress_checks` lists the orders for which that moment has come
  and no check is recorded — the same orders whose board card is amber for that reason (the rule
  and the clock are :func:`desk.services.board.card_colour`'s). One check per order is enough,
  unless the promised time was changed after it for another reason (additional work, by hand):
  then the job is checked again. :func:`record_progress_check` records it: on time, or late with
  a new promised time (written as a :class:`~desk.models.PromiseChange` with source
  ``progress_check``) and whether the customer was told.
- **Quality check** (质检): :func:`record_quality_check`, for an order in 质检中, by an inspector who
  is not a technician on any of the order's labour lines. A fail needs the reason and sends the car
  back to 维修中 (返修); it then needs a new check.
- **Delivery check** (交车前检查): :func:`record_delivery_check` after a passed quality check, every
  item ticked (:data:`DELIVERY_ITEMS`); "old parts ready to show" does not apply when the shop
  disposes of them or the order has no parts. The move 质检中 → 待交车 is refused by the state
  machine (:func:`desk.services.workflow.check_move`) until both are recorded
  (:func:`require_checks_for_ready`); :func:`pass_and_ready` records the delivery check and makes
  that move in one step.
- **Repeat repair** (返修): set when the order opens (:mod:`desk.services.repeats`); the advisor sets
  or clears it by hand with a reason (:func:`mark_repeat`), which goes into the order's history.

Nothing here commits: the caller's unit of work does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import (
    DeliveryCheck,
    LabourLine,
    PartLine,
    ProgressCheck,
    PromiseChange,
    QualityCheck,
    RepairOrder,
    Staff,
    StatusChange,
    Vehicle,
)
from desk.models.base import utc_now
from desk.models.enums import OldParts, OrderStatus, Role
from desk.services import board, changes, workflow
from desk.services.concurrency import check_version
from desk.services.errors import IllegalMove, NotFound, ValidationError
from desk.services.orders import editable_order, get_order
from desk.services.shop import format_local
from desk.services.validation import display_plate
from desk.services.permissions import Permission, requires

PROGRESS_SOURCE = "progress_check"
"""``PromiseChange.source`` of a new promise given at a progress check."""

PROGRESS_STATUSES: frozenset[str] = board.NOT_YET_CHECKED
"""Statuses in which the progress check is due by time (the board's amber rule)."""

RECORDABLE_PROGRESS: frozenset[str] = board.NOT_READY
"""Statuses in which a progress check may be recorded: until the car is ready."""

INSPECTOR_ROLES: tuple[str, ...] = (
    Role.SUPERVISOR.value, Role.MANAGER.value, Role.TECHNICIAN.value, Role.ADVISOR.value,
)
"""Roles that may sign a quality check, in the order the chooser offers them."""

DELIVERY_ITEMS: tuple[tuple[str, str], ...] = (
    ("fault_gone", "故障已排除"),
    ("old_parts_ready", "旧件已备好展示"),
    ("clean", "车内外已清洁"),
    ("nothing_left_inside", "车内无遗留物（抹布、工具、螺栓）"),
    ("spare_tyre_and_tools", "备胎和随车工具已检查"),
    ("covers_removed", "防护套已取下"),
)
"""The delivery check's items: field name and the words on the checklist."""


# --- rows the screens show -----------------------------------------------------------------


@dataclass(frozen=True)
class DueProgressCheck:
    """An order whose progress check is due."""

    number: str
    plate: str
    model: str
    status: str
    advisor: str
    advisor_id: int
    promised_at: dt.datetime | None
    promised_local: str
    share_percent: int
    """How much of the estimated work time has passed, in whole percent."""
    rechecked: bool
    """True when a check was made but the promise changed since."""


@dataclass(frozen=True)
class ProgressCheckRow:
    at_local: str
    staff: str
    on_time: bool
    new_promised_local: str
    customer_told: bool
    note: str


@dataclass(frozen=True)
class QualityCheckRow:
    round: int
    """1 for the first check of the order, 2 after the first rework, …"""
    at_local: str
    inspector: str
    passed: bool
    reason: str


@dataclass(frozen=True)
class DeliveryCheckRow:
    at_local: str
    staff: str
    items: tuple[tuple[str, bool], ...]
    """``(field name, ticked)`` in :data:`DELIVERY_ITEMS` order."""
    note: str


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str
    role: str


@dataclass(frozen=True)
class EarlierOrder:
    """An earlier order of the same car, offered when marking a repeat repair by hand."""

    number: str
    opened_local: str
    status: str
    complaint: str


@dataclass(frozen=True)
class ChecksOverview:
    """Everything the editor's 质检与交车 section shows for one order."""

    number: str
    status: str
    version: int
    promised_local: str
    progress: tuple[ProgressCheckRow, ...]
    progress_due: bool
    share_percent: int | None
    """Share of the estimated work time passed; None without labour hours or once checked by quality."""
    can_record_progress: bool
    quality: tuple[QualityCheckRow, ...]
    quality_passed: bool
    """The latest quality check since the order last entered 质检中 passed."""
    can_quality_check: bool
    technicians: tuple[str, ...]
    """Names of the technicians on the order's labour lines (they may not inspect)."""
    inspectors: tuple[StaffChoice, ...]
    """Active staff who may inspect this order."""
    delivery: tuple[DeliveryCheckRow, ...]
    delivery_done: bool
    """A complete delivery check is recorded after the passing quality check."""
    can_delivery_check: bool
    old_parts_needed: bool
    """Whether "old parts ready to show" applies (the customer sees or takes the old parts)."""
    repeat_of: str
    earlier_orders: tuple[EarlierOrder, ...]
    editable: bool


# --- progress check ------------------------------------------------------------------------


def progress_share(now: dt.datetime, started: dt.datetime | None, labour_hours_centi: int) -> float | None:
    """The share of the estimated work time passed since ``started`` (1.0 = all of it).

    The same clock as the board's amber rule: wall-clock time since work started (or check-in),
    against the sum of the labour hours. None when there is no estimate.
    """
    if started is None or labour_hours_centi <= 0:
        return None
    estimate = dt.timedelta(seconds=labour_hours_centi * 36)  # hundredths of an hour
    return (now - started) / estimate


def _latest_progress_check():  # type: ignore[no-untyped-def]
    return (
        select(func.max(ProgressCheck.at))
        .where(ProgressCheck.order_id == RepairOrder.id)
        .correlate(RepairOrder)
        .scalar_subquery()
    )


def _latest_other_promise_change():  # type: ignore[no-untyped-def]
    return (
        select(func.max(PromiseChange.at))
        .where(PromiseChange.order_id == RepairOrder.id, PromiseChange.source != PROGRESS_SOURCE)
        .correlate(RepairOrder)
        .scalar_subquery()
    )


def progress_checked_columns() -> tuple[Any, Any]:
    """Correlated subqueries on ``RepairOrder``: the latest progress check and the latest promise
    change made for another reason. Give them to :func:`is_progress_checked`."""
    return _latest_progress_check(), _latest_other_promise_change()


def is_progress_checked(last_check: dt.datetime | None, last_change: dt.datetime | None) -> bool:
    """A check is recorded and the promise has not been changed for another reason since."""
    return last_check is not None and (last_change is None or last_change <= last_check)


def _work_started():  # type: ignore[no-untyped-def]
    return (
        select(func.min(StatusChange.at))
        .where(StatusChange.order_id == RepairOrder.id, StatusChange.to_status == OrderStatus.IN_PROGRESS.value)
        .correlate(RepairOrder)
        .scalar_subquery()
    )


def _labour_hours():  # type: ignore[no-untyped-def]
    return (
        select(func.coalesce(func.sum(LabourLine.hours_centi), 0))
        .where(LabourLine.order_id == RepairOrder.id)
        .correlate(RepairOrder)
        .scalar_subquery()
    )


def due_progress_checks(
    session: Session, *, advisor_id: int | None = None, now: dt.datetime | None = None,
) -> list[DueProgressCheck]:
    """Orders whose progress check is due as of ``now``, the longest overdue first."""
    now = now or utc_now()
    last_check, last_change = progress_checked_columns()
    query = (
        select(
            RepairOrder.number, Vehicle.plate, Vehicle.model, RepairOrder.status, Staff.name,
            RepairOrder.advisor_id, RepairOrder.promised_at, RepairOrder.opened_at, _work_started(),
            _labour_hours(), last_check, last_change,
        )
        .join(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .join(Staff, Staff.id == RepairOrder.advisor_id)
        .where(RepairOrder.status.in_(sorted(PROGRESS_STATUSES)))
    )
    if advisor_id is not None:
        query = query.where(RepairOrder.advisor_id == advisor_id)
    due: list[tuple[float, DueProgressCheck]] = []
    for (number, plate, model, status, advisor, advisor_id_, promised, opened, started, hours,
         checked_at, changed_at) in session.execute(query):
        share = progress_share(now, started or opened, int(hours or 0))
        if share is None or share * 100 < board.PROGRESS_CHECK_PERCENT:
            continue
        if is_progress_checked(checked_at, changed_at):
            continue
        due.append((share, DueProgressCheck(
            number=number, plate=display_plate(plate), model=model, status=status, advisor=advisor,
            advisor_id=advisor_id_, promised_at=promised, promised_local=format_local(session, promised),
            share_percent=int(share * 100), rechecked=checked_at is not None,
        )))
    due.sort(key=lambda item: (-item[0], item[1].number))
    return [row for _, row in due]


@requires(Permission.CHECKS)
def record_progress_check(
    session: Session,
    number: str,
    *,
    on_time: bool,
    new_promised_at: dt.datetime | None = None,
    customer_told: bool = False,
    note: str = "",
    staff_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> ProgressCheckRow:
    """Record the advisor's progress check; when late, the promise moves to ``new_promised_at``."""
    now = now or utc_now()
    order = get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    status = OrderStatus(order.status)
    if order.status not in RECORDABLE_PROGRESS:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，车已修好或已离店，不需要再做进度检查。",
            number=order.number, status=status.chinese,
        )
    if on_time:
        if new_promised_at is not None and new_promised_at != order.promised_at:
            raise ValidationError("按时完成时不改交车时间；如会延误，请选择「延误」并填写新的预计交车时间。",
                                  field="new_promised_at")
        new_promised_at = None
    else:
        if new_promised_at is None:
            raise ValidationError("延误时请填写新的预计交车时间。", field="new_promised_at")
        if new_promised_at <= now:
            raise ValidationError("新的预计交车时间必须晚于现在。", field="new_promised_at")
        if order.promised_at is not None and new_promised_at == order.promised_at:
            raise ValidationError("新的预计交车时间与原来的相同；如能按时完成，请选择「按时」。",
                                  field="new_promised_at")
    check = ProgressCheck(
        order_id=order.id, at=now, staff_id=staff_id, on_time=on_time, new_promised_at=new_promised_at,
        customer_told=bool(customer_told), note=note.strip(),
    )
    session.add(check)
    if new_promised_at is not None:
        session.add(PromiseChange(
            order_id=order.id, at=now, staff_id=staff_id, old_promised_at=order.promised_at,
            new_promised_at=new_promised_at, source=PROGRESS_SOURCE,
            reason=note.strip() or "进度检查：预计延误", customer_told=bool(customer_told),
        ))
        order.promised_at = new_promised_at
    _touch(order, staff_id, now)
    session.flush()
    changes.note(session, order=order.number)
    return _progress_row(session, check, _names(session))


# --- quality check -------------------------------------------------------------------------


def _technicians(session: Session, order: RepairOrder) -> dict[int, list[str]]:
    """Technician id → the labour lines (names) they are on, for this order."""
    result: dict[int, list[str]] = {}
    rows = session.execute(
        select(LabourLine.technician_id, LabourLine.name)
        .where(LabourLine.order_id == order.id, LabourLine.technician_id.is_not(None))
        .order_by(LabourLine.id)
    )
    for technician_id, name in rows:
        result.setdefault(technician_id, []).append(name)
    return result


def _entered_quality_check(session: Session, order: RepairOrder) -> dt.datetime | None:
    return session.scalar(
        select(func.max(StatusChange.at)).where(
            StatusChange.order_id == order.id, StatusChange.to_status == OrderStatus.QUALITY_CHECK.value,
            StatusChange.from_status != OrderStatus.QUALITY_CHECK.value,
        )
    )


def _current_quality_check(session: Session, order: RepairOrder) -> QualityCheck | None:
    """The latest quality check since the order last entered 质检中 (None when there is none)."""
    entered = _entered_quality_check(session, order)
    if entered is None:
        return None
    return session.scalar(
        select(QualityCheck)
        .where(QualityCheck.order_id == order.id, QualityCheck.at >= entered)
        .order_by(QualityCheck.at.desc(), QualityCheck.id.desc())
        .limit(1)
    )


def _old_parts_needed(session: Session, order: RepairOrder) -> bool:
    """Old parts are shown unless the shop disposes of them or nothing was replaced."""
    if order.old_parts == OldParts.SHOP_DISPOSES.value:
        return False
    return session.scalar(select(PartLine.id).where(PartLine.order_id == order.id).limit(1)) is not None


def _missing_items(values: dict[str, bool], old_parts_needed: bool) -> list[str]:
    return [
        words for key, words in DELIVERY_ITEMS
        if not values.get(key) and (key != "old_parts_ready" or old_parts_needed)
    ]


def _current_delivery_check(session: Session, order: RepairOrder, passed: QualityCheck) -> DeliveryCheck | None:
    """The latest complete delivery check recorded at or after the passing quality check."""
    needed = _old_parts_needed(session, order)
    for check in session.scalars(
        select(DeliveryCheck)
        .where(DeliveryCheck.order_id == order.id, DeliveryCheck.at >= passed.at)
        .order_by(DeliveryCheck.at.desc(), DeliveryCheck.id.desc())
    ):
        if not _missing_items({k: getattr(check, k) for k, _ in DELIVERY_ITEMS}, needed):
            return check
    return None


def require_checks_for_ready(session: Session, order: RepairOrder) -> None:
    """Raise IllegalMove unless the order may go from 质检中 to 待交车: the latest quality check
    since it entered 质检中 passed, and a complete delivery check was recorded after it."""
    quality = _current_quality_check(session, order)
    if quality is None:
        raise IllegalMove(
            "委托书 {number} 还没有质检，不能改为「待交车」。请先在「质检与交车」页由非维修技师的质检员质检。",
            number=order.number,
        )
    if not quality.passed:
        raise IllegalMove(
            "委托书 {number} 最近一次质检不合格（{reason}），须返修后重新质检合格才能交车。",
            number=order.number, reason=quality.reason,
        )
    if _current_delivery_check(session, order, quality) is None:
        raise IllegalMove(
            "委托书 {number} 质检已合格，但还没有完成交车前检查，不能改为「待交车」。"
            "请在「质检与交车」页逐项确认后完成交车检查。",
            number=order.number,
        )


def _inspector(session: Session, order: RepairOrder, inspector_id: int | None) -> Staff:
    inspector = session.get(Staff, inspector_id) if inspector_id is not None else None
    if inspector is None or not inspector.active:
        raise ValidationError("请选择质检员（在职员工）。", field="inspector")
    if inspector.role not in INSPECTOR_ROLES:
        raise ValidationError(
            "{name}是{role}，不能做质检。请选择车间主管、服务经理或其他班组的技师。",
            field="inspector", name=inspector.name, role=Role(inspector.role).chinese,
        )
    jobs = _technicians(session, order).get(inspector.id)
    if jobs:
        raise ValidationError(
            "{name} 是这张委托书的维修技师（{jobs}），不能检查自己做的活。请另选一位质检员。",
            field="inspector", name=inspector.name, jobs="、".join(jobs),
        )
    return inspector


@requires(Permission.CHECKS)
def record_quality_check(
    session: Session,
    number: str,
    *,
    inspector_id: int | None,
    passed: bool,
    reason: str = "",
    staff_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> QualityCheckRow:
    """Record a quality check of an order in 质检中; a fail sends it back to 维修中 (返修)."""
    now = now or utc_now()
    order = get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    if order.status != OrderStatus.QUALITY_CHECK.value:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，只有「质检中」的车才能质检。",
            number=order.number, status=OrderStatus(order.status).chinese,
        )
    inspector = _inspector(session, order, inspector_id)
    reason = reason.strip()
    if not passed and not reason:
        raise ValidationError("质检不合格时必须写明原因（返修要做什么）。", field="reason")
    check = QualityCheck(order_id=order.id, at=now, inspector_id=inspector.id, passed=bool(passed), reason=reason)
    session.add(check)
    if passed:
        _touch(order, staff_id, now)
        session.flush()
        changes.note(session, order=order.number)
    else:
        workflow.apply_move(
            session, order, OrderStatus.IN_PROGRESS, staff_id=staff_id,
            reason=f"质检不合格，返修：{reason}（质检员 {inspector.name}）", now=now,
        )
    rows = _quality_rows(session, order, _names(session))
    return rows[-1]


def eligible_inspectors(session: Session, number: str) -> list[StaffChoice]:
    """Active staff who may inspect this order: not its technicians, in a role that inspects."""
    order = get_order(session, number)
    return _eligible(session, order)


def _eligible(session: Session, order: RepairOrder) -> list[StaffChoice]:
    excluded = set(_technicians(session, order))
    rank = {role: index for index, role in enumerate(INSPECTOR_ROLES)}
    people = session.execute(
        select(Staff.id, Staff.name, Staff.role).where(Staff.active.is_(True), Staff.role.in_(INSPECTOR_ROLES))
    ).all()
    return [
        StaffChoice(id=i, name=n, role=r)
        for i, n, r in sorted(people, key=lambda p: (rank[p[2]], p[1], p[0]))
        if i not in excluded
    ]


# --- delivery check ------------------------------------------------------------------------


@requires(Permission.RECEPTION)
def record_delivery_check(
    session: Session,
    number: str,
    *,
    fault_gone: bool,
    old_parts_ready: bool,
    clean: bool,
    nothing_left_inside: bool,
    spare_tyre_and_tools: bool,
    covers_removed: bool,
    note: str = "",
    staff_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> DeliveryCheckRow:
    """Record the internal delivery check (交车前检查); refused unless every item that applies is ticked."""
    now = now or utc_now()
    order = get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    if order.status != OrderStatus.QUALITY_CHECK.value:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，交车前检查在「质检中」质检合格之后做。",
            number=order.number, status=OrderStatus(order.status).chinese,
        )
    quality = _current_quality_check(session, order)
    if quality is None or not quality.passed:
        raise IllegalMove("委托书 {number} 还没有质检合格，请先质检，再做交车前检查。", number=order.number)
    values = dict(
        fault_gone=bool(fault_gone), old_parts_ready=bool(old_parts_ready), clean=bool(clean),
        nothing_left_inside=bool(nothing_left_inside), spare_tyre_and_tools=bool(spare_tyre_and_tools),
        covers_removed=bool(covers_removed),
    )
    missing = _missing_items(values, _old_parts_needed(session, order))
    if missing:
        raise ValidationError(
            "交车前检查还有 {count} 项没有确认：{items}。全部确认后才能交车。",
            field="delivery", count=len(missing), items="、".join(missing),
        )
    check = DeliveryCheck(order_id=order.id, at=max(now, quality.at), staff_id=staff_id, note=note.strip(), **values)
    session.add(check)
    _touch(order, staff_id, now)
    session.flush()
    changes.note(session, order=order.number)
    return _delivery_row(session, check, _names(session))


@requires(Permission.CHECKS)
def pass_and_ready(
    session: Session,
    number: str,
    *,
    fault_gone: bool,
    old_parts_ready: bool,
    clean: bool,
    nothing_left_inside: bool,
    spare_tyre_and_tools: bool,
    covers_removed: bool,
    note: str = "",
    staff_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> DeliveryCheckRow:
    """Record the delivery check and move the order to 待交车 in one step (both or neither)."""
    row = record_delivery_check(
        session, number, fault_gone=fault_gone, old_parts_ready=old_parts_ready, clean=clean,
        nothing_left_inside=nothing_left_inside, spare_tyre_and_tools=spare_tyre_and_tools,
        covers_removed=covers_removed, note=note, staff_id=staff_id, expected_version=expected_version, now=now,
    )
    workflow.apply_move(session, get_order(session, number), OrderStatus.READY, staff_id=staff_id, now=now)
    return row


# --- repeat repair -------------------------------------------------------------------------


@requires(Permission.RECEPTION)
def mark_repeat(
    session: Session,
    number: str,
    *,
    repeat_of: str | None,
    reason: str,
    staff_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> str:
    """Set (``repeat_of`` = the earlier order's number) or clear (None) the repeat-repair flag by hand.

    The reason is required and is kept in the order's history. Returns the number now flagged ("" when cleared).
    """
    now = now or utc_now()
    order = editable_order(session, number, expected_version)
    reason = reason.strip()
    if not reason:
        raise ValidationError("请写明改返修标记的原因。", field="reason")
    current = session.get(RepairOrder, order.repeat_of_id) if order.repeat_of_id else None
    if repeat_of is None or not repeat_of.strip():
        if current is None:
            raise IllegalMove("委托书 {number} 没有返修标记。", number=order.number)
        order.repeat_of_id = None
        text = f"取消返修标记（原为 {current.number} 的返修）：{reason}"
        result = ""
    else:
        try:
            earlier = get_order(session, repeat_of)
        except NotFound:
            raise ValidationError("找不到委托书 {number}。", field="repeat_of", number=repeat_of.strip()) from None
        if earlier.id == order.id:
            raise ValidationError("不能把委托书标记为它自己的返修。", field="repeat_of")
        if earlier.vehicle_id != order.vehicle_id:
            raise ValidationError(
                "委托书 {earlier} 是另一辆车的，不能作为 {number} 的返修来源。",
                field="repeat_of", earlier=earlier.number, number=order.number,
            )
        if earlier.opened_at > order.opened_at or earlier.status == OrderStatus.CANCELLED.value:
            raise ValidationError(
                "返修来源必须是这辆车以前做过的委托书（{earlier} 不是）。", field="repeat_of", earlier=earlier.number,
            )
        if current is not None and current.id == earlier.id:
            raise IllegalMove("委托书 {number} 已标记为 {earlier} 的返修。", number=order.number, earlier=earlier.number)
        order.repeat_of_id = earlier.id
        text = f"标记为 {earlier.number} 的返修：{reason}"
        result = earlier.number
    order.status_changes.append(StatusChange(
        from_status=order.status, to_status=order.status, at=now, staff_id=staff_id, reason=text,
    ))
    _touch(order, staff_id, now)
    session.flush()
    changes.note(session, order=order.number)
    return result


# --- the editor's section ------------------------------------------------------------------


def checks_overview(session: Session, number: str, *, now: dt.datetime | None = None) -> ChecksOverview:
    """What the 质检与交车 section shows for one order, in one read."""
    now = now or utc_now()
    order = get_order(session, number)
    names = _names(session)
    progress = tuple(
        _progress_row(session, c, names)
        for c in session.scalars(
            select(ProgressCheck).where(ProgressCheck.order_id == order.id).order_by(ProgressCheck.at, ProgressCheck.id)
        )
    )
    last_check = session.scalar(select(func.max(ProgressCheck.at)).where(ProgressCheck.order_id == order.id))
    last_change = session.scalar(
        select(func.max(PromiseChange.at)).where(
            PromiseChange.order_id == order.id, PromiseChange.source != PROGRESS_SOURCE,
        )
    )
    started = session.scalar(
        select(func.min(StatusChange.at)).where(
            StatusChange.order_id == order.id, StatusChange.to_status == OrderStatus.IN_PROGRESS.value,
        )
    )
    hours = sum(line.hours_centi for line in order.labour_lines)
    share = progress_share(now, started or order.opened_at, hours) if order.status in PROGRESS_STATUSES else None
    due = (
        share is not None and share * 100 >= board.PROGRESS_CHECK_PERCENT
        and not is_progress_checked(last_check, last_change)
    )
    quality_rows = _quality_rows(session, order, names)
    in_check = order.status == OrderStatus.QUALITY_CHECK.value
    current = _current_quality_check(session, order) if in_check else None
    passed = bool(current is not None and current.passed)
    delivery_done = bool(passed and current is not None and _current_delivery_check(session, order, current))
    delivery = tuple(
        _delivery_row(session, c, names)
        for c in session.scalars(
            select(DeliveryCheck).where(DeliveryCheck.order_id == order.id).order_by(DeliveryCheck.at, DeliveryCheck.id)
        )
    )
    technicians = tuple(names.get(i, "") for i in _technicians(session, order))
    repeat = session.get(RepairOrder, order.repeat_of_id) if order.repeat_of_id else None
    earlier = tuple(
        EarlierOrder(number=o.number, opened_local=format_local(session, o.opened_at), status=o.status,
                     complaint=o.complaint)
        for o in session.scalars(
            select(RepairOrder)
            .where(
                RepairOrder.vehicle_id == order.vehicle_id, RepairOrder.id != order.id,
                RepairOrder.opened_at < order.opened_at, RepairOrder.status != OrderStatus.CANCELLED.value,
            )
            .order_by(RepairOrder.opened_at.desc())
            .limit(10)
        )
    )
    return ChecksOverview(
        number=order.number, status=order.status, version=order.version,
        promised_local=format_local(session, order.promised_at), progress=progress, progress_due=due,
        share_percent=int(share * 100) if share is not None else None,
        can_record_progress=order.status in RECORDABLE_PROGRESS,
        quality=quality_rows, quality_passed=passed, can_quality_check=in_check,
        technicians=technicians, inspectors=tuple(_eligible(session, order)) if in_check else (),
        delivery=delivery, delivery_done=delivery_done, can_delivery_check=in_check and passed,
        old_parts_needed=_old_parts_needed(session, order), repeat_of=repeat.number if repeat else "",
        earlier_orders=earlier, editable=OrderStatus(order.status) in workflow.EDITABLE,
    )


# --- helpers -------------------------------------------------------------------------------


def _touch(order: RepairOrder, staff_id: int | None, now: dt.datetime) -> None:
    """A check changes the order as a whole, so its version moves (another PC sees it)."""
    order.updated_by_id = staff_id
    order.updated_at = now


def _names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Staff.id, Staff.name)).all())


def _progress_row(session: Session, check: ProgressCheck, names: dict[int, str]) -> ProgressCheckRow:
    return ProgressCheckRow(
        at_local=format_local(session, check.at), staff=names.get(check.staff_id or 0, ""), on_time=check.on_time,
        new_promised_local=format_local(session, check.new_promised_at), customer_told=check.customer_told,
        note=check.note,
    )


def _quality_rows(session: Session, order: RepairOrder, names: dict[int, str]) -> tuple[QualityCheckRow, ...]:
    checks = session.scalars(
        select(QualityCheck).where(QualityCheck.order_id == order.id).order_by(QualityCheck.at, QualityCheck.id)
    )
    return tuple(
        QualityCheckRow(
            round=index, at_local=format_local(session, c.at), inspector=names.get(c.inspector_id, ""),
            passed=c.passed, reason=c.reason,
        )
        for index, c in enumerate(checks, start=1)
    )


def _delivery_row(session: Session, check: DeliveryCheck, names: dict[int, str]) -> DeliveryCheckRow:
    return DeliveryCheckRow(
        at_local=format_local(session, check.at), staff=names.get(check.staff_id or 0, ""),
        items=tuple((key, bool(getattr(check, key))) for key, _ in DELIVERY_ITEMS), note=check.note,
    )
