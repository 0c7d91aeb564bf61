"""The demo shop's intake agreements, line discounts and promise changes (the order editor's part).

Every order gets what was agreed at intake — how the customer means to pay, what happens to the
old parts, whether they may be called about extra work. A few of today's jobs still in the
workshop carry a line discount given by the service manager, and one job's promised time was
moved by hand with its reason, so the editor's 折扣 column, the 折扣优惠 total and the promise's
history can be seen. Written as model objects, like the rest of the demo; settled orders keep
their amounts, because their payments and printed copies are fixed.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, selectinload

from desk.models import LabourLine, PromiseChange, RepairOrder, Staff, StatusChange
from desk.models.base import utc_now
from desk.models.enums import OldParts, OrderStatus, PaymentMethod, PayType, Role
from desk.services import promise, shop
from desk.services.orders import line_amount

_STILL_IN_THE_WORKSHOP = (OrderStatus.OPEN.value, OrderStatus.DISPATCHED.value, OrderStatus.IN_PROGRESS.value)
_REASONS = ("客户下班后才能来取车", "等待备件到货，客户同意延后", "客户要求顺便做四轮定位，已说明")


def add_demo_editor(session: Session, *, seed: int = 1, now: dt.datetime | None = None) -> int:
    """Add the intake agreements, a few line discounts and one promise change; returns the orders touched."""
    rng = random.Random(seed * 104729 + 11)
    session.flush()
    now = now or max(session.scalars(select(StatusChange.at)).all(), default=None) or utc_now()
    manager = session.scalar(select(Staff.id).where(Staff.role == Role.MANAGER.value).order_by(Staff.id).limit(1))
    methods = [m.value for m in PaymentMethod]
    orders = list(
        session.scalars(
            select(RepairOrder)
            .options(selectinload(RepairOrder.labour_lines), selectinload(RepairOrder.part_lines))
            .order_by(RepairOrder.number)
        )
    )
    # What was agreed at intake, written as it was then: without moving the orders' versions, which
    # the settled orders' printed copies and settlements refer to.
    table = RepairOrder.__table__
    agreed = [
        {
            "order_id": order.id,
            "payment_intent": rng.choices(methods, [2, 4, 7, 5, 1])[0] if rng.random() < 0.85 else "",
            "old_parts": (
                OldParts.CUSTOMER_TAKES.value if rng.random() < 0.3 else OldParts.SHOP_DISPOSES.value
            ) if rng.random() < 0.9 else "",
            "extra_work_consent": rng.random() < 0.92,
        }
        for order in orders
    ]
    if agreed:
        session.execute(
            update(table).where(table.c.id == bindparam("order_id")).values(
                payment_intent=bindparam("payment_intent"), old_parts=bindparam("old_parts"),
                extra_work_consent=bindparam("extra_work_consent"), updated_at=table.c.updated_at,
            ),
            agreed,
        )
        for order in orders:
            session.expire(order, ["payment_intent", "old_parts", "extra_work_consent"])

    today = shop.local_day(session, now)
    start, end = shop.day_bounds(session, today)
    in_workshop = [o for o in orders if o.status in _STILL_IN_THE_WORKSHOP and start <= o.opened_at < end]
    # the promise is computed before anything below changes, so every order is written once
    moved = next((o for o in in_workshop if o.status == OrderStatus.IN_PROGRESS.value and o.promised_at), None)
    computed = promise.compute_promise(session, moved.number, now=now) if moved is not None else None
    for order in in_workshop[::3]:
        lines = [line for line in (*order.labour_lines, *order.part_lines) if line.pay_type == PayType.CUSTOMER.value]
        if not lines:
            continue
        line = rng.choice(lines)
        line.discount_bp = rng.choice([500, 1000, 1500])
        if isinstance(line, LabourLine):
            line.amount_fen = line_amount(line.rate_fen, Decimal(line.hours_centi) / 100, line.discount_bp)
        else:
            line.amount_fen = line_amount(line.unit_price_fen, Decimal(line.quantity_milli) / 1000, line.discount_bp)
        order.updated_by_id = manager
        order.updated_at = now
    if moved is not None and computed is not None:
        new = max(moved.promised_at, computed.at) + dt.timedelta(hours=1)  # type: ignore[type-var]
        session.add(PromiseChange(
            order_id=moved.id, at=now - dt.timedelta(minutes=40), staff_id=moved.advisor_id,
            old_promised_at=moved.promised_at, new_promised_at=new, computed_at=computed.at, source="manual",
            reason=rng.choice(_REASONS), customer_told=True,
        ))
        moved.promised_at = new
        moved.updated_at = now
    session.flush()
    return len(orders)
