"""The repair order's statuses and the moves between them, in one place.

open → dispatched → in progress → quality check → ready → settled → released, with rework from
quality check back to in progress, a pause while the customer is asked about extra work (waiting
for the customer's approval, back to in progress), and cancelled (with a reason) from any status before settled.
Extra work may be found once the job is dispatched, while it is in progress or at the quality check; from
dispatched and quality check the order goes to waiting for approval only when the work is recorded
(``via="additional_work"``), never by hand.
Settling happens only through the settlement (payments must balance) and release only through
the gate (a valid exit pass), so those two moves are refused when asked for directly. A settled
order goes back to ready only when a manager reopens it (``via="reopen"``, with a reason, see
:func:`desk.services.settlement.reopen`); its checks stay as they were. Quality check
→ ready needs the latest quality check since the order entered quality check to have passed and a
complete delivery check recorded after it (:func:`desk.services.checks.require_checks_for_ready`).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from sqlalchemy.orm import Session, object_session

from desk.models import RepairOrder, StatusChange
from desk.models.base import utc_now
from desk.models.enums import OrderStatus as S
from desk.services import changes
from desk.services.errors import IllegalMove, ValidationError

TRANSITIONS: dict[S, tuple[S, ...]] = {
    S.OPEN: (S.DISPATCHED, S.CANCELLED),
    S.DISPATCHED: (S.IN_PROGRESS, S.AWAITING_APPROVAL, S.OPEN, S.CANCELLED),
    S.IN_PROGRESS: (S.QUALITY_CHECK, S.AWAITING_APPROVAL, S.CANCELLED),
    S.AWAITING_APPROVAL: (S.IN_PROGRESS, S.CANCELLED),
    S.QUALITY_CHECK: (S.READY, S.IN_PROGRESS, S.AWAITING_APPROVAL, S.CANCELLED),
    S.READY: (S.SETTLED, S.IN_PROGRESS, S.CANCELLED),
    S.SETTLED: (S.RELEASED, S.READY),
    S.RELEASED: (),
    S.CANCELLED: (),
}

EDITABLE: frozenset[S] = frozenset(
    {S.OPEN, S.DISPATCHED, S.IN_PROGRESS, S.AWAITING_APPROVAL, S.QUALITY_CHECK, S.READY}
)
"""Statuses in which lines and the order's details may still change."""

Via = Literal["manual", "settlement", "gate", "additional_work", "reopen"]

FOUND_WORK_ONLY: frozenset[tuple[S, S]] = frozenset(
    {(S.DISPATCHED, S.AWAITING_APPROVAL), (S.QUALITY_CHECK, S.AWAITING_APPROVAL)}
)
"""Moves taken only when additional work is recorded (``via="additional_work"``)."""


def allowed_moves(status: S, via: Via = "manual") -> tuple[S, ...]:
    """The statuses an order in ``status`` may move to by this route."""
    targets = TRANSITIONS[status]
    if via == "manual":
        return tuple(
            t for t in targets if t not in (S.SETTLED, S.RELEASED) and (status, t) not in FOUND_WORK_ONLY
            and (status, t) != (S.SETTLED, S.READY)
        )
    return targets


def check_move(order: RepairOrder, target: S, via: Via = "manual", reason: str = "") -> None:
    """Raise IllegalMove with the reason when ``order`` may not move to ``target``."""
    current = S(order.status)
    params = {"number": order.number, "current": current.chinese, "target": target.chinese}
    if current == target:
        raise IllegalMove("委托书 {number} 已经是「{current}」。", **params)
    if current in (S.RELEASED, S.CANCELLED):
        raise IllegalMove("委托书 {number} 已「{current}」，不能再改变状态。", **params)
    if target == S.SETTLED and via != "settlement":
        raise IllegalMove("委托书 {number} 要在「结算」页收款后才能改为「已结算」。", **params)
    if target == S.RELEASED and via != "gate":
        raise IllegalMove("车辆须凭出门证出厂，委托书 {number} 才能改为「已出厂」。", **params)
    if (current, target) in FOUND_WORK_ONLY and via != "additional_work":
        raise IllegalMove("委托书 {number} 要在「追加项目」登记发现的问题后才会改为「{target}」。", **params)
    if current == S.SETTLED and target == S.READY and via != "reopen":
        raise IllegalMove("委托书 {number} 已结算；只有服务经理「重新打开」后才能改回「{target}」。", **params)
    if target == S.CANCELLED and current == S.SETTLED:
        raise IllegalMove("委托书 {number} 已结算，不能取消；如需更正请由服务经理重新打开。", **params)
    if target not in TRANSITIONS[current]:
        nexts = "、".join(f"「{t.chinese}」" for t in allowed_moves(current, via)) or "无"
        raise IllegalMove(
            "委托书 {number} 当前为「{current}」，不能直接改为「{target}」。可以改为：{nexts}。",
            nexts=nexts, **params,
        )
    if target == S.CANCELLED and not reason.strip():
        raise ValidationError("取消委托书必须填写原因。", field="reason")
    if target == S.DISPATCHED and not order.labour_lines:
        raise IllegalMove("委托书 {number} 还没有工时项目，不能派工。请先添加维修项目。", **params)
    if target == S.READY and via != "reopen":
        from desk.services.checks import require_checks_for_ready  # checks builds on this module

        require_checks_for_ready(object_session(order), order)  # type: ignore[arg-type]


def apply_move(
    session: Session,
    order: RepairOrder,
    target: S,
    *,
    staff_id: int | None,
    reason: str = "",
    via: Via = "manual",
    now: dt.datetime | None = None,
) -> None:
    """Move ``order`` to ``target`` after checking the move, and record who did it and when."""
    check_move(order, target, via, reason)
    now = now or utc_now()
    order.status_changes.append(
        StatusChange(from_status=order.status, to_status=target.value, at=now, staff_id=staff_id, reason=reason.strip())
    )
    order.status = target.value
    order.updated_by_id = staff_id
    if target == S.CANCELLED:
        order.cancel_reason = reason.strip()
    elif target == S.SETTLED:
        order.settled_at = now
    elif target == S.RELEASED:
        order.released_at = now
    session.flush()
    changes.note(session, order=order.number)


def require_editable(order: RepairOrder) -> None:
    """Raise unless the order's lines and details may still change."""
    status = S(order.status)
    if status not in EDITABLE:
        raise IllegalMove(
            "委托书 {number} 已「{status}」，不能再修改。", number=order.number, status=status.chinese
        )
