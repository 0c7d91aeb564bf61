"""The frozen data of the additional-work confirmation slip (追加项目确认单), and storing it.

The slip lists every item of additional work found on one repair order: what was found, the
proposed lines with prices, the extra time and the promised time it leads to, and the customer's
decision — or, while an item waits, boxes to tick and sign. Like the repair order, it is printed
from a stored copy: the copy is reused as long as nothing on the slip changed, so a reprint shows
what the customer signed.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import DocumentSnapshot, PromiseChange
from desk.models.base import utc_now
from desk.models.enums import AdditionalWorkStatus, DecisionChannel
from desk.services import additional_work, orders
from desk.services.errors import NotFound
from desk.services.money import amount_in_capitals, format_yuan
from desk.services.shop import format_local, shop_info
from desk.services.snapshots import PrintedLabourLine, PrintedPartLine, ShopHeader

ADDITIONAL_WORK = "additional_work"
"""``DocumentSnapshot.kind`` of the slip."""


@dataclass(frozen=True)
class PrintedAdditionalWork:
    """One item of additional work as printed."""

    index: int
    description: str
    found_at: str
    found_by: str
    status: str
    """A code name from ``AdditionalWorkStatus``."""
    labour_lines: tuple[PrintedLabourLine, ...]
    part_lines: tuple[PrintedPartLine, ...]
    total: str
    customer_pays: str
    customer_pays_in_capitals: str
    extra_hours: str
    """``"1.5"``; ``"0"`` when the job takes no longer."""
    new_promised_at: str
    """Approved: the promised time it moved to; pending: what it would move to; declined: empty."""
    decided_at: str = ""
    decided_by: str = ""
    channel: str = ""
    """Chinese name of the way the customer answered (电话 / 当面 / 其他); empty while pending."""
    recorded_by: str = ""
    customer_told: bool = False
    note: str = ""
    photos: int = 0


@dataclass(frozen=True)
class AdditionalWorkSnapshot:
    """Everything printed on an order's additional-work slip, as it stood when it was taken."""

    shop: ShopHeader
    number: str
    opened_at: str
    promised_at: str
    advisor: str
    customer_name: str
    callback_phone: str
    extra_work_consent: bool
    plate: str
    vin: str
    model: str
    mileage: str
    items: tuple[PrintedAdditionalWork, ...]
    order_version: int
    taken_at: str

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> AdditionalWorkSnapshot:
        data: dict[str, Any] = json.loads(text)
        data["shop"] = ShopHeader(**data["shop"])
        items = []
        for raw in data["items"]:
            raw["labour_lines"] = tuple(PrintedLabourLine(**x) for x in raw["labour_lines"])
            raw["part_lines"] = tuple(PrintedPartLine(**x) for x in raw["part_lines"])
            items.append(PrintedAdditionalWork(**raw))
        data["items"] = tuple(items)
        return cls(**data)

    def content(self) -> dict[str, Any]:
        """What is printed, without when the copy was taken (to tell whether anything changed)."""
        data = dataclasses.asdict(self)
        data.pop("taken_at")
        data.pop("order_version")
        return data


def _new_promise(session: Session, order_id: int, row: additional_work.WorkRow, promised: Any) -> str:
    if row.status == AdditionalWorkStatus.DECLINED.value:
        return ""
    if row.status == AdditionalWorkStatus.PENDING.value:
        if promised is None:
            return ""
        return format_local(session, additional_work.moved_promise(session, promised, row.extra_hours))
    moved = session.scalars(
        select(PromiseChange.new_promised_at)
        .where(
            PromiseChange.order_id == order_id, PromiseChange.source == "additional_work",
            PromiseChange.reason == f"追加项目：{additional_work._short(row.description)}",
        )
        .order_by(PromiseChange.id.desc())
        .limit(1)
    ).first()
    return format_local(session, moved) if moved is not None else ""


def take_snapshot(session: Session, number: str) -> AdditionalWorkSnapshot:
    """The slip's data as it is now (not stored)."""
    order = orders.get_order(session, number)
    detail = orders.order_detail(session, number)
    rows = additional_work.work_for_order(session, number)
    if not rows:
        raise NotFound("委托书 {number} 没有追加项目。", number=detail.number)
    shop = shop_info(session)
    items = []
    for index, row in enumerate(rows, 1):
        items.append(
            PrintedAdditionalWork(
                index=index, description=row.description, found_at=row.found_local, found_by=row.found_by,
                status=row.status,
                labour_lines=tuple(
                    PrintedLabourLine(
                        code=l.code, name=l.name, hours=f"{l.hours:.2f}", rate=format_yuan(l.rate_fen),
                        amount=format_yuan(l.amount_fen), pay_type=l.pay_type,
                    )
                    for l in row.labour
                ),
                part_lines=tuple(
                    PrintedPartLine(
                        part_number=p.part_number, name=p.name, quantity=orders.format_quantity(p.quantity),
                        unit_price=format_yuan(p.unit_price_fen), amount=format_yuan(p.amount_fen),
                        pay_type=p.pay_type,
                    )
                    for p in row.parts
                ),
                total=format_yuan(row.total_fen), customer_pays=format_yuan(row.customer_pays_fen),
                customer_pays_in_capitals=amount_in_capitals(row.customer_pays_fen),
                extra_hours=orders.format_quantity(row.extra_hours or Decimal(0)),
                new_promised_at=_new_promise(session, order.id, row, order.promised_at),
                decided_at=row.decided_local, decided_by=row.decided_by,
                channel=DecisionChannel(row.channel).chinese if row.channel else "",
                recorded_by=row.recorded_by, customer_told=row.customer_told_new_promise, note=row.note,
                photos=len(row.photo_ids),
            )
        )
    return AdditionalWorkSnapshot(
        shop=ShopHeader(name=shop.name, address=shop.address, phone=shop.phone),
        number=detail.number, opened_at=detail.opened_local, promised_at=detail.promised_local,
        advisor=detail.advisor, customer_name=detail.customer,
        # the slip the customer signs carries the number in full, whoever prints it (privacy.py)
        callback_phone=order.callback_phone or order.customer.phone,
        extra_work_consent=detail.extra_work_consent, plate=detail.plate, vin=detail.vin, model=detail.model,
        mileage=f"{detail.mileage:,}", items=tuple(items), order_version=detail.version,
        taken_at=format_local(session, utc_now()),
    )


def additional_work_snapshot(session: Session, number: str, *, staff_id: int | None = None) -> AdditionalWorkSnapshot:
    """The slip of an order's additional work; the stored copy is reused while nothing on it changed."""
    order = orders.get_order(session, number)
    fresh = take_snapshot(session, number)
    stored = session.scalar(
        select(DocumentSnapshot)
        .where(DocumentSnapshot.kind == ADDITIONAL_WORK, DocumentSnapshot.order_id == order.id)
        .order_by(DocumentSnapshot.id.desc())
        .limit(1)
    )
    if stored is not None:
        previous = AdditionalWorkSnapshot.from_json(stored.payload)
        if previous.content() == fresh.content():
            return previous
    session.add(
        DocumentSnapshot(
            kind=ADDITIONAL_WORK, order_id=order.id, order_version=order.version, payload=fresh.to_json(),
            staff_id=staff_id,
        )
    )
    session.flush()
    return fresh
