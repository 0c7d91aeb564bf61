"""Taking and storing the check-in sheet's data, so a reprint matches what the customer signed.

A signed revision of an inspection linked to a repair order is stored as a ``DocumentSnapshot``
of kind ``"checkin"`` the first time it is printed (or when the order is opened from it); every
later print of that revision renders the stored copy, so a corrected customer name or a renamed
shop does not change what the customer signed. A draft (草稿, unsigned) is never stored.

``DocumentSnapshot.order_version`` holds the order's version when the copy was taken; the
revision a copy belongs to is the ``inspection_id`` inside its payload.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Customer, DocumentSnapshot, Inspection, RepairOrder
from desk.models.base import utc_now
from desk.services import inspections
from desk.services.checkin_snapshot import (
    HANDLINGS,
    MARK_KINDS,
    CheckinSnapshot,
    PrintedCheckItem,
    PrintedMark,
    PrintedValuable,
)
from desk.services.errors import ValidationError
from desk.services.shop import format_local, shop_info
from desk.services.snapshots import ShopHeader

CHECKIN = "checkin"


def _full_phone(session: Session, customer_id: int) -> str:
    """The stored number: the check-in sheet is the customer's own paper, so it is never masked."""
    customer = session.get(Customer, customer_id)
    return customer.phone if customer is not None else ""


def take(session: Session, inspection_id: int, *, draft: bool = False) -> CheckinSnapshot:
    """The snapshot of one revision as it is now (not stored)."""
    info = inspections.detail(session, inspection_id)
    if not info.signed and not draft:
        raise ValidationError(
            "客户还没有在接车登记上签字，不能打印正式的接车登记表；可以先打印草稿。", field="signature"
        )
    shop = shop_info(session)
    png = inspections.signature_png(session, inspection_id) if info.signed else None
    return CheckinSnapshot(
        shop=ShopHeader(name=shop.name, address=shop.address, phone=shop.phone),
        inspection_id=info.id,
        revision=info.revision,
        number=info.order_number or f"接车-{info.id}",
        order_number=info.order_number,
        appointment_number=info.appointment,
        advisor=info.advisor,
        customer_name=info.customer,
        customer_phone=_full_phone(session, info.customer_id),
        plate=info.plate,
        vin=info.vin,
        model=info.model,
        colour=info.colour,
        arrived_at=info.created_local,
        mileage=str(info.mileage) if info.mileage is not None else "",
        mileage_reason=info.mileage_reason,
        fuel_eighths=info.fuel_eighths,
        keys=info.keys,
        first_service=info.first_service,
        checklist=tuple(PrintedCheckItem(i.group, i.label, i.ok, i.note) for i in info.visible_items()),
        marks=tuple(
            PrintedMark(m.number, m.kind, MARK_KINDS.get(m.kind, m.kind), m.x, m.y, m.note, len(m.photos))
            for m in info.marks
        ),
        valuables=tuple(
            PrintedValuable(v.item, v.handling, HANDLINGS.get(v.handling, v.handling)) for v in info.valuables
        ),
        complaints=info.complaints,
        signature_png=png,
        signed_at=info.signed_local,
        draft=not info.signed,
        taken_at=format_local(session, utc_now()),
    )


def _stored(session: Session, order_id: int, inspection_id: int) -> CheckinSnapshot | None:
    for payload in session.scalars(
        select(DocumentSnapshot.payload)
        .where(DocumentSnapshot.kind == CHECKIN, DocumentSnapshot.order_id == order_id)
        .order_by(DocumentSnapshot.id.desc())
    ):
        snapshot = CheckinSnapshot.from_json(payload)
        if snapshot.inspection_id == inspection_id:
            return snapshot
    return None


def store_for_order(session: Session, inspection_id: int, *, staff_id: int | None = None) -> CheckinSnapshot:
    """The stored copy of a signed revision linked to an order, taken and stored on first use."""
    row = session.get(Inspection, inspection_id)
    if row is None or row.order_id is None:
        return take(session, inspection_id)
    stored = _stored(session, row.order_id, inspection_id)
    if stored is not None:
        return stored
    snapshot = take(session, inspection_id)
    order_version = session.scalar(select(RepairOrder.version).where(RepairOrder.id == row.order_id)) or 1
    session.add(
        DocumentSnapshot(
            kind=CHECKIN, order_id=row.order_id, order_version=order_version, payload=snapshot.to_json(),
            staff_id=staff_id,
        )
    )
    session.flush()
    return snapshot


def checkin_snapshot(
    session: Session, inspection_id: int, *, draft: bool = False, staff_id: int | None = None
) -> CheckinSnapshot:
    """What to print for a revision: the stored copy when signed, a fresh draft otherwise.

    ``draft`` prints the revision as it is now, marked 草稿, signed or not; without it an
    unsigned revision is refused.
    """
    if draft:
        return dataclasses.replace(take(session, inspection_id, draft=True), draft=True)
    return store_for_order(session, inspection_id, staff_id=staff_id)


def checkin_snapshot_for_order(
    session: Session, number: str, *, draft: bool = False, staff_id: int | None = None
) -> CheckinSnapshot:
    """The check-in sheet of order ``number``: its newest signed revision (or newest, as a draft)."""
    if draft:
        return checkin_snapshot(session, inspections.latest_for_order(session, number), draft=True)
    return checkin_snapshot(session, inspections.latest_signed_for_order(session, number), staff_id=staff_id)
