"""Demo data for the exit pass and the gate: passes issued and cars let out as at the counter.

Today's settled orders get their pass from :func:`desk.services.gate.issue_exit_pass` and leave
through :func:`desk.services.gate.verify_and_release` with the signed QR content a scanner would
type, so the demo's passes check out at the gate screen like real ones. :func:`add_demo_gate` (the
hook :func:`desk.services.demo.fill_demo` calls) then gives every settled order still in the shop
a valid pass, so the cars waiting for their owners can be let out while trying Desk. The history
passes written as rows by the demo carry the car's plate, so they are signed the same way.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import RepairOrder
from desk.models.base import utc_now
from desk.models.enums import OrderStatus
from desk.services import gate

__all__ = ["add_demo_gate", "demo_issue", "demo_let_out"]


def demo_issue(session: Session, order_number: str, *, staff_id: int | None, at: dt.datetime) -> str:
    """Issue the order's pass at ``at``; returns the QR content printed on it."""
    issued = gate.issue_exit_pass(session, order_number, staff_id=staff_id, now=at)
    return gate.pass_payload(session, issued.number)


def demo_let_out(session: Session, payload: str, *, staff_id: int | None, at: dt.datetime) -> None:
    """The gate scans the pass at ``at`` and lets the car out."""
    gate.verify_and_release(session, payload, staff_id=staff_id, now=at)


def add_demo_gate(session: Session, *, now: dt.datetime | None = None) -> int:
    """A valid pass for every settled order that has none (issued by its cashier); returns how many."""
    now = now or utc_now()
    issued = 0
    for order in session.scalars(
        select(RepairOrder).where(RepairOrder.status == OrderStatus.SETTLED.value).order_by(RepairOrder.settled_at)
    ):
        if gate.current_exit_pass(session, order.number, now=now) is not None:
            continue
        cashier = next((c.staff_id for c in reversed(order.status_changes) if c.to_status == OrderStatus.SETTLED.value), None)
        at = min(now, (order.settled_at or now) + dt.timedelta(minutes=2))
        if at + dt.timedelta(hours=1) < now:  # settled long ago: its old pass has expired
            at = now - dt.timedelta(minutes=5)
        gate.issue_exit_pass(session, order.number, staff_id=cashier, now=at)
        issued += 1
    return issued
