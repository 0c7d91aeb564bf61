"""Additional work (追加项目): what the workshop finds during a job and the customer's decision on it.

The workshop records what it found — a description, the proposed labour and parts with their
prices, how much longer the job takes, photos — and the order waits for the customer
(待客户确认). The advisor calls (or asks in person) and records the decision: who decided on the
customer's side, how (电话 / 当面 / 其他) and when.

- Approved: the proposed lines join the order (through :func:`orders.add_labour_line` and
  :func:`orders.add_part_line`, marked with the work's id) and the promised time moves, in
  opening hours, by the extra time — or to the time the advisor agreed with the customer; the move
  is recorded as a :class:`PromiseChange` with whether the customer was told.
- Declined: the work stays as a recommendation for the car (上次客户未做的建议项目) and is offered
  at its next visit, until a later order takes it up (:func:`take_up`).

Proposed lines never count in the order's totals until approved. When no item of the order is
waiting any more, the order goes back to 维修中.

A decision is final: it is what the customer said, and the approved lines may already be worked
on. A mistaken "yes" is put right in the order's lines like any other change while the order is
still editable (the lines can be removed there); a mistaken "no" by recording the work again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.models import (
    AdditionalLabour,
    AdditionalPart,
    AdditionalWork,
    AdditionalWorkPhoto,
    Part,
    PromiseChange,
    RepairOrder,
    Staff,
)
from desk.models.base import utc_now
from desk.models.enums import AdditionalWorkStatus, DecisionChannel, OrderStatus, PayType
from desk.services import catalogue, changes, inspections, orders, privacy, promise, workflow
from desk.services.concurrency import check_version
from desk.services.errors import DeskError, IllegalMove, NotFound, ValidationError
from desk.services.money import format_yuan, multiply, parse_yuan
from desk.services.shop import format_local, from_wall_clock, to_wall_clock
from desk.services.validation import check_quantity
from desk.services.permissions import Permission, requires

MAX_EXTRA_HOURS = Decimal("999")
MAX_DECIDED_BY = 50
CLOCK_SKEW = dt.timedelta(minutes=5)
"""A decision time this far ahead of the computer's clock is still taken (PCs' clocks differ)."""

FOUND_IN: frozenset[OrderStatus] = frozenset(
    {OrderStatus.DISPATCHED, OrderStatus.IN_PROGRESS, OrderStatus.QUALITY_CHECK, OrderStatus.AWAITING_APPROVAL}
)
"""Statuses in which the workshop may record additional work."""

_PENDING = AdditionalWorkStatus.PENDING.value
_APPROVED = AdditionalWorkStatus.APPROVED.value
_DECLINED = AdditionalWorkStatus.DECLINED.value


# --- input -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabourInput:
    """A proposed labour line as typed: a catalogue code, or a free name with hours."""

    code: str = ""
    name: str = ""
    hours: Decimal | int | str = ""
    """Empty: the catalogue's standard hours."""
    pay_type: str = PayType.CUSTOMER.value
    rate: str = ""
    """Empty: the shop's labour rate for the pay type."""


@dataclass(frozen=True)
class PartInput:
    """A proposed part as typed: a catalogue part number, or a free name with a price."""

    part_number: str = ""
    name: str = ""
    quantity: Decimal | int | str = "1"
    unit_price: str = ""
    """Empty: the catalogue price."""
    pay_type: str = PayType.CUSTOMER.value


# --- what the screens and the slip read ----------------------------------------------------


@dataclass(frozen=True)
class ProposedLabour:
    code: str
    name: str
    hours: Decimal
    rate_fen: int
    amount_fen: int
    pay_type: str


@dataclass(frozen=True)
class ProposedPart:
    part_number: str
    name: str
    quantity: Decimal
    unit_price_fen: int
    amount_fen: int
    pay_type: str


@dataclass(frozen=True)
class WorkRow:
    """One item of additional work with its decision."""

    id: int
    version: int
    order_number: str
    status: str
    """A code name from ``AdditionalWorkStatus``."""
    description: str
    found_at: dt.datetime
    found_local: str
    found_by: str
    extra_hours: Decimal
    labour: tuple[ProposedLabour, ...]
    parts: tuple[ProposedPart, ...]
    total_fen: int
    customer_pays_fen: int
    photo_ids: tuple[int, ...] = ()
    decided_local: str = ""
    decided_by: str = ""
    channel: str = ""
    """A code name from ``DecisionChannel``; empty while pending."""
    recorded_by: str = ""
    customer_told_new_promise: bool = False
    note: str = ""
    taken_up_order: str = ""
    """For declined work: the number of the later order that did it."""


@dataclass(frozen=True)
class RecordResult:
    """What recording found work gives back to the screen."""

    work: WorkRow
    order: orders.OrderDetail
    consent: bool
    """False when the customer did not want to be called about extra work: ask in person."""
    callback_phone: str


@dataclass(frozen=True)
class DecisionResult:
    work: WorkRow
    order: orders.OrderDetail
    promise_moved: bool
    old_promised_local: str
    new_promised_local: str
    promise_note: str = ""
    """How the new promised time was reached, e.g. ``原交车时间加 1.5 小时（按营业时间顺延）``."""


@dataclass(frozen=True)
class Recommendation:
    """Declined work of an earlier visit, offered again (上次客户未做的建议项目)."""

    work_id: int
    order_number: str
    date_local: str
    """The day it was found, ``2026-10-12``."""
    description: str
    total_fen: int
    items: str
    """The proposed lines in one line of text: ``更换前刹车片、前刹车片(套)×1``."""
    declined_by: str = ""


@dataclass(frozen=True)
class CallInfo:
    """Who to call about an order's additional work and whether the customer agreed to calls."""

    number: str
    customer: str
    callback_phone: str
    consent: bool
    promised_local: str
    pending: int
    pending_hours: Decimal = field(default=Decimal(0))


# --- reading ---------------------------------------------------------------------------------


def _work(session: Session, work_id: int) -> AdditionalWork:
    work = session.scalar(
        select(AdditionalWork)
        .where(AdditionalWork.id == work_id)
        .options(
            selectinload(AdditionalWork.labour), selectinload(AdditionalWork.parts),
            selectinload(AdditionalWork.photos),
        )
    )
    if work is None:
        raise NotFound("找不到这个追加项目，可能已被删除。")
    return work


def _row(session: Session, work: AdditionalWork, names: Mapping[int | None, str], numbers: Mapping[int, str]) -> WorkRow:
    labour = tuple(
        ProposedLabour(l.code, l.name, Decimal(l.hours_centi) / 100, l.rate_fen, l.amount_fen, l.pay_type)
        for l in work.labour
    )
    parts = tuple(
        ProposedPart(p.part_number, p.name, Decimal(p.quantity_milli) / 1000, p.unit_price_fen, p.amount_fen, p.pay_type)
        for p in work.parts
    )
    totals = orders.compute_totals(
        ((l.amount_fen, l.pay_type) for l in labour), ((p.amount_fen, p.pay_type) for p in parts)
    )
    return WorkRow(
        id=work.id, version=work.version, order_number=numbers.get(work.order_id, ""), status=work.status,
        description=work.description, found_at=work.found_at, found_local=format_local(session, work.found_at),
        found_by=names.get(work.found_by_id, ""), extra_hours=Decimal(work.extra_hours_centi) / 100,
        labour=labour, parts=parts, total_fen=totals.total, customer_pays_fen=totals.customer_pays,
        photo_ids=tuple(p.photo_id for p in work.photos),
        decided_local=format_local(session, work.decided_at), decided_by=work.decided_by, channel=work.channel,
        recorded_by=names.get(work.recorded_by_id, ""), customer_told_new_promise=work.customer_told_new_promise,
        note=work.decision_note,
        taken_up_order=numbers.get(work.taken_up_order_id, "") if work.taken_up_order_id else "",
    )


def _rows(session: Session, works: Iterable[AdditionalWork]) -> list[WorkRow]:
    works = list(works)
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    order_ids = {w.order_id for w in works} | {w.taken_up_order_id for w in works if w.taken_up_order_id}
    numbers = (
        dict(session.execute(select(RepairOrder.id, RepairOrder.number).where(RepairOrder.id.in_(order_ids))).all())
        if order_ids else {}
    )
    return [_row(session, w, names, numbers) for w in works]


def work_row(session: Session, work_id: int) -> WorkRow:
    return _rows(session, [_work(session, work_id)])[0]


def work_for_order(session: Session, number: str) -> list[WorkRow]:
    """The additional work found on an order, in the order it was found."""
    order = orders.get_order(session, number)
    works = session.scalars(
        select(AdditionalWork)
        .where(AdditionalWork.order_id == order.id)
        .options(
            selectinload(AdditionalWork.labour), selectinload(AdditionalWork.parts),
            selectinload(AdditionalWork.photos),
        )
        .order_by(AdditionalWork.found_at, AdditionalWork.id)
    )
    return _rows(session, works)


def call_info(session: Session, number: str) -> CallInfo:
    """The number to call and whether the customer agreed to be called about extra work."""
    order = orders.get_order(session, number)
    pending = list(
        session.scalars(
            select(AdditionalWork).where(AdditionalWork.order_id == order.id, AdditionalWork.status == _PENDING)
        )
    )
    return CallInfo(
        number=order.number, customer=order.customer.name,
        callback_phone=privacy.phone_for_card(session, order.callback_phone or order.customer.phone),
        consent=order.extra_work_consent,
        promised_local=format_local(session, order.promised_at), pending=len(pending),
        pending_hours=Decimal(sum(w.extra_hours_centi for w in pending)) / 100,
    )


def photo_bytes(session: Session, photo_id: int) -> bytes:
    return inspections.photo_bytes(session, photo_id)


def recommendations_for_vehicle(
    session: Session, vehicle_id: int, *, excluding_order: str | None = None
) -> list[Recommendation]:
    """Declined work of this car's earlier orders that no later order has taken up, newest first."""
    query = (
        select(AdditionalWork)
        .where(
            AdditionalWork.vehicle_id == vehicle_id,
            AdditionalWork.status == _DECLINED,
            AdditionalWork.taken_up_order_id.is_(None),
        )
        .options(selectinload(AdditionalWork.labour), selectinload(AdditionalWork.parts))
        .order_by(AdditionalWork.found_at.desc(), AdditionalWork.id.desc())
    )
    if excluding_order:
        excluded = session.scalar(
            select(RepairOrder.id).where(RepairOrder.number == excluding_order.strip().upper())
        )
        if excluded is not None:
            query = query.where(AdditionalWork.order_id != excluded)
    result = []
    for row in _rows(session, session.scalars(query)):
        items = [l.name for l in row.labour] + [f"{p.name}×{orders.format_quantity(p.quantity)}" for p in row.parts]
        result.append(
            Recommendation(
                work_id=row.id, order_number=row.order_number, date_local=row.found_local[:10],
                description=row.description, total_fen=row.total_fen, items="、".join(items),
                declined_by=row.decided_by,
            )
        )
    return result


# --- recording what was found ----------------------------------------------------------------


def _pay_type(value: str, where: str) -> str:
    try:
        return PayType(value).value
    except ValueError:
        raise ValidationError(
            "{where}：付费类型只能是自费、保修、保险或内部。", field="pay_type", where=where
        ) from None


def _in_line(where: str, error: DeskError) -> ValidationError:
    """A refusal about one line, saying which line."""
    return ValidationError("{where}：{problem}", field=getattr(error, "field", None), where=where, problem=error.message)


def proposed_labour_line(session: Session, item: LabourInput, where: str) -> AdditionalLabour:
    code = str(item.code).strip().upper()
    name = str(item.name).strip()
    hours: Decimal | int | str = item.hours
    try:
        if code:
            try:
                known = catalogue.get_labour(session, code)
            except NotFound:
                if not name:
                    raise ValidationError(
                        "工时目录里没有代码 {code}；请改正代码，或填写项目名称作为目录外项目。", field="code", code=code
                    ) from None
            else:
                name = name or known.name
                if str(hours).strip() == "":
                    hours = known.hours
        if not name:
            raise ValidationError("请填写工时项目名称，或从目录选择。", field="name")
        if len(name) > 200:
            raise ValidationError("名称最多 {n} 个字符。", field="name", n=200)
        if str(hours).strip() == "":
            raise ValidationError("请填写工时。", field="hours")
        hours_value = check_quantity(hours, field="hours", what="工时", maximum=orders.MAX_HOURS, places=2)
        pay_type = _pay_type(item.pay_type, where)
        rate_fen = (
            orders.labour_rate_for(session, pay_type) if not str(item.rate).strip()
            else parse_yuan(str(item.rate), field="rate")
        )
    except ValidationError as error:
        if error.template.startswith("{where}"):
            raise
        raise _in_line(where, error) from None
    return AdditionalLabour(
        code=code, name=name, hours_centi=int(hours_value * 100), rate_fen=rate_fen,
        amount_fen=multiply(rate_fen, hours_value), pay_type=pay_type,
    )


def proposed_part_line(session: Session, item: PartInput, where: str) -> AdditionalPart:
    number = str(item.part_number).strip().upper()
    name = str(item.name).strip()
    price = str(item.unit_price).strip()
    try:
        if number:
            part = session.scalar(select(Part).where(Part.part_number == number))
            if part is None and not name:
                raise ValidationError(
                    "备件目录里没有备件号 {code}；请改正备件号，或填写备件名称和单价作为目录外备件。",
                    field="part_number", code=number,
                )
            if part is not None:
                name = name or part.name
                price = price or format_yuan(part.price_fen)
        if not name:
            raise ValidationError("请填写备件名称，或从目录选择。", field="name")
        if len(name) > 200:
            raise ValidationError("名称最多 {n} 个字符。", field="name", n=200)
        if not price:
            raise ValidationError("请填写单价。", field="unit_price")
        quantity = check_quantity(
            str(item.quantity).strip() or "1", field="quantity", what="数量", maximum=orders.MAX_QUANTITY, places=3
        )
        price_fen = parse_yuan(price, field="unit_price")
        pay_type = _pay_type(item.pay_type, where)
    except ValidationError as error:
        if error.template.startswith("{where}"):
            raise
        raise _in_line(where, error) from None
    return AdditionalPart(
        part_number=number, name=name, quantity_milli=int(quantity * 1000), unit_price_fen=price_fen,
        amount_fen=multiply(price_fen, quantity), pay_type=pay_type,
    )


def _as_input(item: Any, kind: type) -> Any:
    return item if isinstance(item, kind) else kind(**dict(item))


@requires(Permission.CHECKS)
def record_additional_work(
    session: Session,
    number: str,
    *,
    description: str,
    labour: Sequence[LabourInput | Mapping[str, Any]] = (),
    parts: Sequence[PartInput | Mapping[str, Any]] = (),
    extra_hours: Decimal | int | str | None = None,
    photos: Sequence[bytes | tuple[str, bytes]] = (),
    staff_id: int | None = None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> RecordResult:
    """Record work the workshop found on an order; the order then waits for the customer's decision.

    ``extra_hours`` is how much longer the job takes if the customer agrees (default: the proposed
    labour hours). Every value is checked before anything is written; a refusal writes nothing.
    """
    now = now or utc_now()
    order = orders.get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    status = OrderStatus(order.status)
    if status not in FOUND_IN:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，不能登记追加项目：只有已派工、维修中、质检中或待客户确认的委托书可以。",
            number=order.number, status=status.chinese,
        )
    text = description.strip()
    if not text:
        raise ValidationError("请描述发现的问题和建议的维修（追加项目说明）。", field="description")
    labour_lines = [
        proposed_labour_line(session, _as_input(item, LabourInput), f"第 {i} 项工时") for i, item in enumerate(labour, 1)
    ]
    part_lines = [proposed_part_line(session, _as_input(item, PartInput), f"第 {i} 项备件") for i, item in enumerate(parts, 1)]
    if not labour_lines and not part_lines:
        raise ValidationError("请至少填写一项工时或备件：客户要知道追加项目的价格才能决定。", field="labour")
    if extra_hours is None or str(extra_hours).strip() == "":
        extra = Decimal(sum(line.hours_centi for line in labour_lines)) / 100
    else:
        extra = check_quantity(
            extra_hours, field="extra_hours", what="需增加的时间", maximum=MAX_EXTRA_HOURS, places=2, allow_zero=True
        )
    stored = []
    for i, photo in enumerate(photos, 1):
        name, data = photo if isinstance(photo, tuple) else (f"第 {i} 张照片", photo)
        stored.append(inspections.store_photo(session, data, name=name))

    work = AdditionalWork(
        order_id=order.id, vehicle_id=order.vehicle_id, description=text, found_at=now, found_by_id=staff_id,
        extra_hours_centi=int(extra * 100), status=_PENDING, updated_by_id=staff_id, updated_at=now,
    )
    work.labour.extend(labour_lines)
    work.parts.extend(part_lines)
    seen: set[int] = set()
    for photo in stored:
        if photo.id not in seen:
            seen.add(photo.id)
            work.photos.append(AdditionalWorkPhoto(photo_id=photo.id))
    session.add(work)
    session.flush()
    if status != OrderStatus.AWAITING_APPROVAL:
        workflow.apply_move(
            session, order, OrderStatus.AWAITING_APPROVAL, staff_id=staff_id, via="additional_work",
            reason=f"追加项目：{_short(text)}", now=now,
        )
    changes.note(session, order=order.number)
    return RecordResult(
        work=work_row(session, work.id), order=orders.order_detail(session, order.number),
        consent=order.extra_work_consent,
        callback_phone=privacy.phone_for_card(session, order.callback_phone or order.customer.phone),
    )


def _short(text: str, limit: int = 30) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def price_labour(session: Session, item: LabourInput) -> ProposedLabour:
    """A proposed labour line checked and priced, without writing anything (for the entry form)."""
    line = proposed_labour_line(session, item, "工时")
    return ProposedLabour(line.code, line.name, Decimal(line.hours_centi) / 100, line.rate_fen, line.amount_fen,
                          line.pay_type)


def price_part(session: Session, item: PartInput) -> ProposedPart:
    """A proposed part checked and priced, without writing anything (for the entry form)."""
    line = proposed_part_line(session, item, "备件")
    return ProposedPart(line.part_number, line.name, Decimal(line.quantity_milli) / 1000, line.unit_price_fen,
                        line.amount_fen, line.pay_type)


# --- the customer's decision -----------------------------------------------------------------


def promise_if_approved(session: Session, work_id: int) -> dt.datetime | None:
    """Where the order's promised time moves if the customer says yes (None when no time was promised)."""
    work = _work(session, work_id)
    order = session.get(RepairOrder, work.order_id)
    if order is None or order.promised_at is None:
        return None
    return moved_promise(session, order.promised_at, Decimal(work.extra_hours_centi) / 100)


def moved_promise(session: Session, promised_at: dt.datetime, extra_hours: Decimal) -> dt.datetime:
    """``promised_at`` moved on by ``extra_hours`` of working time, in the shop's opening hours."""
    if extra_hours <= 0:
        return promised_at
    hours = promise.opening_hours(session)
    wall = promise.add_working_time(
        to_wall_clock(session, promised_at), dt.timedelta(minutes=int(extra_hours * 60)), hours
    )
    return from_wall_clock(session, promise.round_up_to_quarter(wall, hours))


@requires(Permission.RECEPTION)
def decide(
    session: Session,
    work_id: int,
    *,
    approved: bool,
    decided_by: str,
    channel: str,
    decided_at: dt.datetime | None,
    customer_told_new_promise: bool = False,
    new_promised_at: dt.datetime | None = None,
    note: str = "",
    staff_id: int | None = None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> DecisionResult:
    """Record the customer's yes or no to one item of additional work (final once recorded).

    Approved: the lines join the order and the promised time moves (to ``new_promised_at`` when
    the advisor agreed one with the customer, else by the extra time in opening hours). Declined:
    kept as a recommendation for the car's next visit. When nothing of the order waits any more,
    the order returns to 维修中.
    """
    now = now or utc_now()
    work = _work(session, work_id)
    check_version(session, work, expected_version, "这个追加项目")
    order = session.get(RepairOrder, work.order_id)
    assert order is not None
    if work.status != _PENDING:
        raise IllegalMove(
            "这个追加项目已记录客户决定（{status}），决定不能更改。如客户改变主意，请重新登记追加项目。",
            status=AdditionalWorkStatus(work.status).chinese,
        )
    workflow.require_editable(order)
    who = decided_by.strip()
    if not who:
        raise ValidationError("请填写客户方是谁作的决定（如 车主本人、车队负责人）。", field="decided_by")
    if len(who) > MAX_DECIDED_BY:
        raise ValidationError("“决定人”最多 {n} 个字。", field="decided_by", n=MAX_DECIDED_BY)
    try:
        how = DecisionChannel(channel).value
    except ValueError:
        raise ValidationError("请选择客户答复的方式：电话、当面或其他。", field="channel") from None
    if decided_at is None:
        raise ValidationError("请填写客户答复的时间。", field="decided_at")
    if decided_at > now + CLOCK_SKEW:
        raise ValidationError("客户答复的时间不能晚于现在。", field="decided_at")
    if decided_at < work.found_at - CLOCK_SKEW:
        raise ValidationError(
            "客户答复的时间不能早于发现问题的时间（{found}）。", field="decided_at",
            found=format_local(session, work.found_at),
        )
    if approved and new_promised_at is not None and new_promised_at <= decided_at:
        raise ValidationError("新的预计交车时间必须晚于客户答复的时间。", field="new_promised_at")

    work.status = _APPROVED if approved else _DECLINED
    work.decided_by = who
    work.channel = how
    work.decided_at = decided_at
    work.recorded_by_id = staff_id
    work.customer_told_new_promise = bool(customer_told_new_promise) if approved else False
    work.decision_note = note.strip()
    work.updated_by_id = staff_id
    work.updated_at = now

    old_promised = order.promised_at
    new_promised = old_promised
    promise_note = ""
    extra = Decimal(work.extra_hours_centi) / 100
    if approved:
        for line in work.labour:
            orders.add_labour_line(
                session, order.number, code=line.code, name=line.name, hours=Decimal(line.hours_centi) / 100,
                pay_type=line.pay_type, rate=format_yuan(line.rate_fen), staff_id=staff_id,
                additional_work_id=work.id,
            )
        for part in work.parts:
            orders.add_part_line(
                session, order.number, part_number=part.part_number, name=part.name,
                quantity=Decimal(part.quantity_milli) / 1000, unit_price=format_yuan(part.unit_price_fen),
                pay_type=part.pay_type, staff_id=staff_id, additional_work_id=work.id,
            )
        computed = moved_promise(session, old_promised, extra) if old_promised is not None else None
        if new_promised_at is not None:
            new_promised = new_promised_at
            promise_note = "按与客户约定的时间"
        elif computed is not None:
            new_promised = computed
            promise_note = f"原交车时间加 {orders.format_quantity(extra)} 小时（按营业时间顺延）"
        if new_promised != old_promised:
            order.promised_at = new_promised
            order.updated_by_id = staff_id
            order.updated_at = now
            session.add(
                PromiseChange(
                    order_id=order.id, at=now, staff_id=staff_id, old_promised_at=old_promised,
                    new_promised_at=new_promised,
                    computed_at=computed if new_promised_at is not None else None,
                    source="additional_work", reason=f"追加项目：{_short(work.description)}",
                    customer_told=bool(customer_told_new_promise),
                )
            )
    session.flush()
    still_pending = session.scalar(
        select(AdditionalWork.id).where(AdditionalWork.order_id == order.id, AdditionalWork.status == _PENDING).limit(1)
    )
    if still_pending is None and order.status == OrderStatus.AWAITING_APPROVAL.value:
        workflow.apply_move(
            session, order, OrderStatus.IN_PROGRESS, staff_id=staff_id, via="additional_work",
            reason="客户已答复追加项目", now=now,
        )
    changes.note(session, order=order.number)
    return DecisionResult(
        work=work_row(session, work.id), order=orders.order_detail(session, order.number),
        promise_moved=new_promised != old_promised, old_promised_local=format_local(session, old_promised),
        new_promised_local=format_local(session, new_promised), promise_note=promise_note,
    )


# --- declined work at the next visit ---------------------------------------------------------


@requires(Permission.RECEPTION)
def take_up(
    session: Session, work_id: int, number: str, *, staff_id: int | None = None,
    expected_version: int | None = None,
) -> orders.OrderDetail:
    """Add declined work of an earlier visit to a later open order of the same car.

    Labour is charged at today's rate for its pay type and parts at today's catalogue price (the
    recorded price for a part not in the catalogue): the customer pays this visit's prices.
    """
    work = _work(session, work_id)
    order = orders.editable_order(session, number, expected_version)
    if work.status != _DECLINED:
        raise IllegalMove("只有客户当时拒绝的追加项目才能加入以后的委托书。")
    if work.taken_up_order_id is not None:
        taken = session.get(RepairOrder, work.taken_up_order_id)
        raise IllegalMove(
            "这个建议项目已加入委托书 {number}。", number=taken.number if taken else "",
        )
    if work.order_id == order.id:
        raise IllegalMove("这是本单客户拒绝的项目；如客户改变主意，请重新登记追加项目。")
    if work.vehicle_id != order.vehicle_id:
        raise IllegalMove("这个建议项目是另一辆车的，不能加入委托书 {number}。", number=order.number)
    detail = None
    for line in work.labour:
        detail = orders.add_labour_line(
            session, order.number, code=line.code, name=line.name, hours=Decimal(line.hours_centi) / 100,
            pay_type=line.pay_type, staff_id=staff_id,
        )
    for part in work.parts:
        current = session.scalar(select(Part.price_fen).where(Part.part_number == part.part_number)) if part.part_number else None
        detail = orders.add_part_line(
            session, order.number, part_number=part.part_number, name=part.name,
            quantity=Decimal(part.quantity_milli) / 1000,
            unit_price=format_yuan(current if current is not None else part.unit_price_fen),
            pay_type=part.pay_type, staff_id=staff_id,
        )
    work.taken_up_order_id = order.id
    work.updated_by_id = staff_id
    session.flush()
    changes.note(session, order=order.number)
    return detail or orders.order_detail(session, order.number)
