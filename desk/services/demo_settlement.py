"""Demo data for the settlement (结算): settlements, slips and payments consistent with each other.

Today's finished orders are settled through :func:`desk.services.settlement.settle` with the
demo's planned payments (:func:`settle_today`): insurance jobs name an insurer and a claim number,
every customer says when to call back, and the next service is taken from the package on the
order. :func:`add_demo_settlements` (the hook :func:`desk.services.demo.fill_demo` calls) then
gives every settled order of the history — whose payments the demo writes as rows — its
:class:`~desk.models.Settlement` and stored slip, and links those payments to it, so the 日结 of
any past day and every reprint work as they would in a shop that has used Desk all along.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from desk.models import DocumentSnapshot, Payment, RepairOrder, Settlement, Staff
from desk.models.enums import PayType
from desk.services import settlement
from desk.services.money import format_yuan
from desk.services.shop import local_day, shop_info
from desk.services.snapshots import ShopHeader

__all__ = ["INSURERS", "add_demo_settlements", "settle_today"]

INSURERS = settlement.COMMON_INSURERS[:5]


def _extras(rng: random.Random, has_insurance: bool, day: dt.date) -> dict[str, str]:
    extras = {"followup_time": rng.choice(settlement.FOLLOWUP_TIMES)}
    if has_insurance:
        insurer = rng.choice(INSURERS)
        extras["insurer"] = insurer
        extras["claim_number"] = f"RDAA{day:%Y}4403{rng.randrange(10**10):010d}"
    return extras


def settle_today(
    session: Session, number: str, payments: Sequence[tuple[str, int, str]], *, staff_id: int | None,
    now: dt.datetime,
) -> None:
    """Settle one of today's orders as the cashier would, with the planned payments."""
    order = settlement.get_order(session, number)
    rng = random.Random(number)
    has_insurance = any(l.pay_type == PayType.INSURANCE.value for l in (*order.labour_lines, *order.part_lines))
    inputs = []
    for method, amount, reference in payments:
        tendered = ""
        if method == "cash" and rng.random() < 0.6:
            tendered = format_yuan(-(-amount // 10000) * 10000)  # handed over in hundreds
        inputs.append(settlement.PaymentInput(method, format_yuan(amount), reference, tendered))
    settlement.settle(
        session, number, inputs, staff_id=staff_id, now=now,
        **_extras(rng, has_insurance, local_day(session, now)),  # type: ignore[arg-type]
    )


def add_demo_settlements(session: Session, *, seed: int = 1) -> int:
    """A settlement and its slip for every settled order that has none; returns how many.

    Done in bulk (a few queries and three flushes for the whole history), as the demo has
    hundreds of settled orders.
    """
    orders = session.scalars(
        select(RepairOrder)
        .where(RepairOrder.settled_at.is_not(None))
        .where(~select(Settlement.id).where(Settlement.order_id == RepairOrder.id).exists())
        .options(
            selectinload(RepairOrder.labour_lines), selectinload(RepairOrder.part_lines),
            joinedload(RepairOrder.customer), joinedload(RepairOrder.vehicle), joinedload(RepairOrder.advisor),
        )
        .order_by(RepairOrder.settled_at)
    ).unique().all()
    if not orders:
        return 0
    payments: dict[int, list[Payment]] = {}
    for payment in session.scalars(
        select(Payment).where(Payment.settlement_id.is_(None)).order_by(Payment.id)
    ):
        payments.setdefault(payment.order_id, []).append(payment)
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    info = shop_info(session)
    header = ShopHeader(name=info.name, address=info.address, phone=info.phone)
    packages = settlement.package_intervals(session)
    made: list[tuple[RepairOrder, Settlement, settlement.Bill, list, list[Payment]]] = []  # type: ignore[type-arg]
    for order in orders:
        rng = random.Random(f"{seed}-{order.number}")
        lines = settlement._lines(order)
        bill = settlement.compute_bill((l.amount_fen, l.pay_type, l.gross_fen) for l in lines)
        paid = payments.get(order.id, [])
        at = order.settled_at
        assert at is not None
        day = local_day(session, at)
        extras = _extras(rng, any(l.pay_type == PayType.INSURANCE.value for l in lines), day)
        next_date, next_km, _ = settlement.default_next_service(session, order, day, packages)
        row = Settlement(
            order_id=order.id, at=at, cashier_id=paid[0].staff_id if paid else order.updated_by_id,
            customer_due_fen=bill.customer_due, warranty_fen=bill.payer(PayType.WARRANTY.value),
            insurance_fen=bill.payer(PayType.INSURANCE.value), insurer=extras.get("insurer", ""),
            claim_number=extras.get("claim_number", ""), next_service_date=next_date, next_service_km=next_km,
            followup_time=extras["followup_time"],
        )
        made.append((order, row, bill, lines, paid))
    session.add_all([row for _, row, _, _, _ in made])
    session.flush()
    stored_rows = []
    for order, row, bill, lines, paid in made:
        for payment in paid:
            payment.settlement_id = row.id
        taken = [(p.method, p.amount_fen, p.reference, p.amount_fen, 0) for p in paid]
        snapshot = settlement._take_snapshot(
            session, order, row, bill, lines, 0, taken, "", None, row.at, header=header, slip_number=order.number,
            cashier=names.get(row.cashier_id, ""),
        )
        stored_rows.append(DocumentSnapshot(
            kind=settlement.SETTLEMENT_SNAPSHOT, order_id=order.id, order_version=order.version,
            payload=snapshot.to_json(), created_at=row.at, staff_id=row.cashier_id,
        ))
    session.add_all(stored_rows)
    session.flush()
    for (_, row, _, _, _), stored in zip(made, stored_rows, strict=True):
        row.snapshot_id = stored.id
    session.flush()
    return len(made)
