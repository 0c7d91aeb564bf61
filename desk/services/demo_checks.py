"""The demo shop's checks: quality and delivery checks, progress checks, repeat-repair flags.

Today's orders reach 待交车 through the services (:func:`checks_before_ready`, called by the demo
just before that move): the workshop supervisor inspects — never one of the job's technicians —
and the advisor does the delivery check. Orders of the past days are written as rows by the demo,
so :func:`add_demo_checks` gives each one that went through 质检中 the rows the services would
have written: a failed check with the rework reason for every rework in its history, a passed
check and a delivery check before 待交车. It then records progress checks for some of today's jobs
in the workshop (so the board shows both checked and due jobs) and flags repeat repairs by the
same rule as when an order is opened.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk.models import DeliveryCheck, ProgressCheck, PromiseChange, QualityCheck, RepairOrder, Staff, StatusChange
from desk.models.enums import OldParts, OrderStatus, Role
from desk.services import checks, repeats

S = OrderStatus

_REMARKS = ("旧件已装袋放副驾脚垫", "已试车确认", "", "", "洗车完毕，车停 B3 车位")


def _inspectors(session: Session) -> list[int]:
    """The supervisor first, the manager as the second inspector."""
    rows = session.execute(
        select(Staff.id, Staff.role).where(Staff.active.is_(True), Staff.role.in_([Role.SUPERVISOR.value, Role.MANAGER.value]))
        .order_by(Staff.role.desc(), Staff.id)
    ).all()
    return [staff_id for staff_id, _ in rows]


def checks_before_ready(
    session: Session, number: str, *, inspector_id: int, staff_id: int, now: dt.datetime,
) -> None:
    """Today's order in 质检中: a passed quality check and a complete delivery check, as at the counter."""
    allowed = {c.id for c in checks.eligible_inspectors(session, number)}
    if inspector_id not in allowed:
        inspector_id = next(iter(sorted(allowed)))
    checks.record_quality_check(session, number, inspector_id=inspector_id, passed=True, staff_id=inspector_id, now=now)
    checks.record_delivery_check(
        session, number, fault_gone=True, old_parts_ready=True, clean=True, nothing_left_inside=True,
        spare_tyre_and_tools=True, covers_removed=True, note="", staff_id=staff_id, now=now,
    )


def add_demo_checks(session: Session, *, seed: int = 1, now: dt.datetime) -> None:
    """Checks for the orders written as rows, progress checks for today's jobs, repeat flags."""
    rng = random.Random(seed * 7919 + 5)
    session.flush()
    inspectors = _inspectors(session)
    if not inspectors:
        return
    checked = set(session.scalars(select(QualityCheck.order_id).distinct()))
    changes: dict[int, list[_Change]] = {}
    for order_id, from_status, to_status, at, reason in session.execute(
        select(StatusChange.order_id, StatusChange.from_status, StatusChange.to_status, StatusChange.at,
               StatusChange.reason).order_by(StatusChange.order_id, StatusChange.id)
    ):
        changes.setdefault(order_id, []).append(_Change(from_status, to_status, at, reason))
    orders_by_id = {o.id: o for o in session.scalars(select(RepairOrder))}
    for order_id, history in changes.items():
        if order_id in checked:
            continue
        order = orders_by_id[order_id]
        _history_checks(session, rng, order, history, inspectors)
    _progress_checks(session, orders_by_id.values(), changes, now)
    _repeat_flags(session, orders_by_id.values())
    session.flush()
    session.expire_all()


@dataclass(frozen=True)
class _Change:
    from_status: str | None
    to_status: str
    at: dt.datetime
    reason: str


def _history_checks(
    session: Session, rng: random.Random, order: RepairOrder, history: list[_Change], inspectors: list[int],
) -> None:
    entered: dt.datetime | None = None
    for change in history:
        if change.to_status == S.QUALITY_CHECK.value and change.from_status != S.QUALITY_CHECK.value:
            entered = change.at
        elif entered is not None and change.from_status == S.QUALITY_CHECK.value:
            span = change.at - entered
            inspector = inspectors[0] if rng.random() < 0.85 or len(inspectors) == 1 else inspectors[1]
            if change.to_status == S.IN_PROGRESS.value:
                session.add(QualityCheck(
                    order_id=order.id, at=entered + span * 0.6, inspector_id=inspector, passed=False,
                    reason=change.reason or "复检不合格，返修",
                ))
            elif change.to_status == S.READY.value:
                session.add(QualityCheck(order_id=order.id, at=entered + span * 0.4, inspector_id=inspector, passed=True))
                session.add(DeliveryCheck(
                    order_id=order.id, at=entered + span * 0.8, staff_id=order.advisor_id, fault_gone=True,
                    old_parts_ready=order.old_parts != OldParts.SHOP_DISPOSES.value, clean=True,
                    nothing_left_inside=True, spare_tyre_and_tools=True, covers_removed=True,
                    note=rng.choice(_REMARKS),
                ))
            entered = None


def _progress_checks(
    session: Session, all_orders: object, changes: dict[int, list[_Change]], now: dt.datetime,
) -> None:
    """Every other job past 70 % has been checked (on time; one late, with the customer told)."""
    late_done = False
    due = 0
    for order in sorted(all_orders, key=lambda o: o.opened_at):  # type: ignore[attr-defined]
        if order.status not in checks.PROGRESS_STATUSES:
            continue
        started = next((c.at for c in changes.get(order.id, []) if c.to_status == S.IN_PROGRESS.value), order.opened_at)
        hours = sum(line.hours_centi for line in order.labour_lines)
        share = checks.progress_share(now, started, hours)
        if share is None or share < 0.7:
            continue
        due += 1
        if due % 2 == 1:
            continue  # every other one is still to be checked: the board shows some due
        estimate = dt.timedelta(seconds=hours * 36)
        at = min(now - dt.timedelta(minutes=1), started + estimate * 0.72)
        if not late_done and order.promised_at is not None and order.promised_at > now:
            late_done = True
            new = order.promised_at + dt.timedelta(minutes=60)
            session.add(ProgressCheck(
                order_id=order.id, at=at, staff_id=order.advisor_id, on_time=False, new_promised_at=new,
                customer_told=True, note="等备件到货，约晚一小时",
            ))
            session.add(PromiseChange(
                order_id=order.id, at=at, staff_id=order.advisor_id, old_promised_at=order.promised_at,
                new_promised_at=new, source=checks.PROGRESS_SOURCE, reason="等备件到货，约晚一小时", customer_told=True,
            ))
            _update(session, order, promised_at=new)
        else:
            session.add(ProgressCheck(
                order_id=order.id, at=at, staff_id=order.advisor_id, on_time=True, note="车间确认可按时完工",
            ))


def _repeat_flags(session: Session, all_orders: object) -> None:
    """The rule of :func:`desk.services.repeats.find_repeat_of` (as at opening), worked out in memory
    for the orders the demo wrote as rows."""
    left: dict[int, list[tuple[dt.datetime, int, str]]] = {}
    for order in all_orders:  # type: ignore[attr-defined]
        left_at = order.released_at or order.settled_at
        if order.status in repeats.LEFT_STATUSES and left_at is not None:
            left.setdefault(order.vehicle_id, []).append((left_at, order.id, order.complaint))
    window = dt.timedelta(days=repeats.REPEAT_DAYS)
    for order in all_orders:  # type: ignore[attr-defined]
        if order.repeat_of_id is not None or order.status == S.CANCELLED.value:
            continue
        candidates = sorted(
            (c for c in left.get(order.vehicle_id, ()) if c[1] != order.id and order.opened_at - window <= c[0] <= order.opened_at),
            reverse=True,
        )
        earlier = next((i for _, i, complaint in candidates if repeats.same_complaint(order.complaint, complaint)), None)
        if earlier is not None:
            _update(session, order, repeat_of_id=earlier)


def _update(session: Session, order: RepairOrder, **values: object) -> None:
    """Change an order's row keeping its simulated ``updated_at`` (the ORM would stamp the clock)."""
    table = RepairOrder.__table__
    session.execute(
        update(table).where(table.c.id == order.id).values(**values, updated_at=order.updated_at)
    )
