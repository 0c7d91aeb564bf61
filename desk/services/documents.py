"""The frozen data behind printed documents, stored so a reprint matches what was signed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import DocumentSnapshot
from desk.models.base import utc_now
from desk.models.enums import OldParts, PaymentMethod
from desk.services.money import format_yuan
from desk.services.orders import format_discount, format_quantity, get_order, order_detail
from desk.services.shop import format_local, shop_info
from desk.services.snapshots import (
    PayTypeTotal,
    PrintedLabourLine,
    PrintedPartLine,
    RepairOrderSnapshot,
    ShopHeader,
)

REPAIR_ORDER = "repair_order"


def repair_order_snapshot(session: Session, number: str, *, staff_id: int | None = None) -> RepairOrderSnapshot:
    """The repair order as it is now; the stored copy is reused while the order is unchanged.

    A new copy is stored whenever the order changed since the last print, so the customer's copy
    and a later reprint of the same version are identical.
    """
    order = get_order(session, number)
    stored = session.scalar(
        select(DocumentSnapshot)
        .where(
            DocumentSnapshot.kind == REPAIR_ORDER,
            DocumentSnapshot.order_id == order.id,
            DocumentSnapshot.order_version == order.version,
        )
        .order_by(DocumentSnapshot.id.desc())
        .limit(1)
    )
    if stored is not None:
        return RepairOrderSnapshot.from_json(stored.payload)
    snapshot = _take(session, number)
    session.add(
        DocumentSnapshot(
            kind=REPAIR_ORDER, order_id=order.id, order_version=order.version,
            payload=snapshot.to_json(), staff_id=staff_id,
        )
    )
    session.flush()
    return snapshot


def _take(session: Session, number: str) -> RepairOrderSnapshot:
    shop = shop_info(session)
    detail = order_detail(session, number)
    order = get_order(session, number)
    totals = detail.totals
    return RepairOrderSnapshot(
        shop=ShopHeader(name=shop.name, address=shop.address, phone=shop.phone),
        number=detail.number,
        status=detail.status,
        opened_at=detail.opened_local,
        promised_at=detail.promised_local,
        advisor=detail.advisor,
        customer_name=detail.customer,
        customer_phone=order.customer.phone,  # the customer's own paper: in full, whoever prints it
        plate=detail.plate,
        vin=detail.vin,
        model=detail.model,
        mileage=f"{detail.mileage:,}",
        complaint=detail.complaint,
        labour_lines=tuple(
            PrintedLabourLine(
                code=l.code, name=l.name, hours=f"{l.hours:.2f}", rate=format_yuan(l.rate_fen),
                amount=format_yuan(l.amount_fen), pay_type=l.pay_type, discount=format_discount(l.discount_bp),
                team=l.team, technician=l.technician,
            )
            for l in detail.labour_lines
        ),
        part_lines=tuple(
            PrintedPartLine(
                part_number=p.part_number, name=p.name, quantity=format_quantity(p.quantity),
                unit_price=format_yuan(p.unit_price_fen), amount=format_yuan(p.amount_fen), pay_type=p.pay_type,
                discount=format_discount(p.discount_bp),
            )
            for p in detail.part_lines
        ),
        labour_total=format_yuan(totals.labour),
        parts_total=format_yuan(totals.parts),
        totals_by_pay_type=tuple(
            PayTypeTotal(pay_type=p, labour=format_yuan(lab), parts=format_yuan(par), total=format_yuan(lab + par))
            for p, lab, par in totals.by_pay_type
        ),
        total=format_yuan(totals.total),
        customer_pays=format_yuan(totals.customer_pays),
        customer_pays_in_capitals=detail.customer_pays_in_capitals,
        order_version=detail.version,
        taken_at=format_local(session, utc_now()),
        team=detail.team,
        payment_intent=PaymentMethod(detail.payment_intent).chinese if detail.payment_intent else "",
        old_parts=OldParts(detail.old_parts).chinese if detail.old_parts else "",
        extra_work_consent=detail.extra_work_consent,
        callback_phone=order.callback_phone or order.customer.phone,
        repeat_of=detail.repeat_of,
        discount_total=format_yuan(totals.discount) if totals.discount else "",
    )
