"""The complaint register (客户投诉登记追踪表) and the complaint handling form (客户意见处理表).

A complaint gets a number (TS20261203-0001, numbered per shop-local day like orders), who took it
and when, where it came from (回访, 来电, 前台 …), the customer in the customer's own words, and —
when known — the car and the order it is about, which must belong together. Its category says
whether it is about the quality of the repair (质量类) or one of the non-quality kinds (服务态度,
价格, 时间, 其他), which the rules handle differently.

The customer must hear back quickly (在第一时间答复客户): the first-response deadline is the
receipt plus ``ShopSettings.complaint_response_hours`` (24 by default). Each handling step records
what was done, when and by whom; the first step is the first response. A complaint is closed only
with a result, whether the customer accepted it and whether the service department was to blame
(有责投诉, counted against the < 3 % target). A manager may reopen a closed complaint with a
reason, which is kept as a step together with the old result.

Overdue (已逾期) has one definition, :func:`is_overdue` (and its SQL twin used by the register's
filter): the complaint is open and it was not answered by the deadline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, selectinload

from desk.models import Complaint, ComplaintStep, Customer, FollowUp, RepairOrder, Staff, Vehicle
from desk.models.base import utc_now
from desk.models.enums import ComplaintCategory, ComplaintSource, ComplaintStatus
from desk.services import changes, privacy
from desk.services.concurrency import check_version
from desk.services.errors import IllegalMove, NotFound, ValidationError
from desk.services.numbers import next_number
from desk.services.shop import day_bounds, format_local, settings_row, shop_info, staff_name
from desk.services.snapshots import ShopHeader
from desk.services.validation import display_plate
from desk.services.permissions import Permission, requires, staff_may

DEPARTMENTS = ("服务部", "维修车间", "配件部", "客户服务部", "销售部")
"""Offered departments to handle a complaint; any other name may be typed."""

MAX_TEXT = 2000
"""Longest description, step or result, in characters (one printed page)."""

StatusFilter = Literal["open", "overdue", "closed", "all"]


# --- what the screens and the form get ----------------------------------------------------------


@dataclass(frozen=True)
class ComplaintStepRow:
    """One handling step as shown and printed."""

    id: int
    at: dt.datetime
    at_text: str
    staff: str
    text: str


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the register."""

    id: int
    number: str
    received_at: dt.datetime
    received_text: str
    source: str
    source_text: str
    customer_id: int
    customer: str
    phone: str
    plate: str
    """Shown form, ``粤B·D12345``; empty when no car was named."""
    order_number: str
    category: str
    category_text: str
    is_quality: bool
    department: str
    responsible: str
    respond_by: dt.datetime
    respond_by_text: str
    first_response_text: str
    status: str
    status_text: str
    overdue: bool
    closed_text: str
    version: int


@dataclass(frozen=True)
class ComplaintDetail:
    """A complaint with everything the detail pane and the handling form show."""

    id: int
    number: str
    version: int
    received_at: dt.datetime
    received_text: str
    received_by: str
    source: str
    source_text: str
    customer_id: int
    customer: str
    phone: str
    vehicle_id: int | None
    plate: str
    model: str
    vin: str
    order_id: int | None
    order_number: str
    followup_id: int | None
    category: str
    category_text: str
    is_quality: bool
    description: str
    department: str
    responsible_id: int | None
    responsible: str
    respond_by: dt.datetime
    respond_by_text: str
    first_response_at: dt.datetime | None
    first_response_text: str
    status: str
    status_text: str
    overdue: bool
    result: str
    customer_accepted: bool | None
    service_at_fault: bool | None
    closed_at: dt.datetime | None
    closed_text: str
    closed_by: str
    steps: tuple[ComplaintStepRow, ...]

    @property
    def is_open(self) -> bool:
        return self.status == ComplaintStatus.OPEN.value


@dataclass(frozen=True)
class ComplaintForm:
    """The frozen data the handling form (客户意见处理表) is printed from."""

    shop: ShopHeader
    complaint: ComplaintDetail
    printed_text: str


# --- the one overdue rule -----------------------------------------------------------------------


def is_overdue(
    status: str, respond_by: dt.datetime, first_response_at: dt.datetime | None, now: dt.datetime
) -> bool:
    """Open, and the customer was not answered by the deadline (not yet, or only after it).

    A late first response keeps the complaint marked until it is closed: the deadline was missed
    and the register should show it to the manager.
    """
    if status != ComplaintStatus.OPEN.value or now <= respond_by:
        return False
    return first_response_at is None or first_response_at > respond_by


def _overdue_clause(now: dt.datetime) -> ColumnElement[bool]:
    """:func:`is_overdue` as a WHERE clause, for the register's 已逾期 filter."""
    return and_(
        Complaint.status == ComplaintStatus.OPEN.value,
        Complaint.respond_by < now,
        or_(Complaint.first_response_at.is_(None), Complaint.first_response_at > Complaint.respond_by),
    )


# --- registering ----------------------------------------------------------------------------------


@requires(Permission.COMPLAINTS)
def register_complaint(
    session: Session,
    *,
    source: ComplaintSource | str,
    customer_id: int,
    description: str,
    category: ComplaintCategory | str,
    vehicle_id: int | None = None,
    order_id: int | None = None,
    followup_id: int | None = None,
    staff_id: int | None = None,
    now: dt.datetime | None = None,
    responsible_id: int | None = None,
    department: str = "",
) -> ComplaintDetail:
    """Number and register a complaint; the first-response deadline follows the shop setting.

    The car must be the customer's, the order the car's, and a follow-up call the order's. When
    only the order (or the follow-up call) is given, its car is taken from it. ``staff_id`` is
    who took the complaint.
    """
    now = now or utc_now()
    source_code = _source(source)
    category_code = _category(category)
    text = _text(description, "description", "请按客户的原话填写投诉内容。", "投诉内容太长（最多{limit}个字），请精简。")
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("找不到这位客户，可能已被删除。请重新查找客户。")
    followup = None
    if followup_id is not None:
        followup = session.get(FollowUp, followup_id)
        if followup is None:
            raise NotFound("找不到这次回访记录。")
        if followup.customer_id != customer.id:
            raise ValidationError("这次回访的客户不是 {customer}，请核对客户。", field="customer",
                                  customer=customer.name)
        if order_id is None:
            order_id = followup.order_id
        elif order_id != followup.order_id:
            raise ValidationError("这次回访针对的是另一张委托书，请核对委托书。", field="order")
    order = None
    if order_id is not None:
        order = session.get(RepairOrder, order_id)
        if order is None:
            raise NotFound("找不到这张委托书。")
        if vehicle_id is None:
            vehicle_id = order.vehicle_id
        elif order.vehicle_id != vehicle_id:
            raise ValidationError(
                "委托书 {number} 是车辆 {plate} 的，不是所选的车。请选择正确的委托书或车辆。",
                field="order", number=order.number, plate=display_plate(order.vehicle.plate),
            )
    if vehicle_id is not None:
        vehicle = session.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise NotFound("找不到这辆车，可能已被删除。请重新查找车辆。")
        if vehicle.customer_id != customer.id:
            raise ValidationError(
                "车辆 {plate} 不属于客户 {customer}。请选择这位客户的车，或先查找车主。",
                field="vehicle", plate=display_plate(vehicle.plate), customer=customer.name,
            )
    if order is not None and order.customer_id != customer.id:
        # the car changed hands since the order: the complaint is the order customer's to make
        raise ValidationError(
            "委托书 {number} 的客户不是 {customer}，请核对客户和委托书。",
            field="order", number=order.number, customer=customer.name,
        )
    _staff(session, staff_id, "所选受理人不在在职员工名单里，请重新选择。")
    _staff(session, responsible_id, "所选责任人不在在职员工名单里，请重新选择。")
    hours = settings_row(session).complaint_response_hours
    complaint = Complaint(
        number=next_number(session, "complaint", now),
        received_at=now,
        received_by_id=staff_id,
        source=source_code,
        customer_id=customer.id,
        vehicle_id=vehicle_id,
        order_id=order_id,
        followup_id=followup_id,
        category=category_code,
        description=text,
        department=_department(department),
        responsible_id=responsible_id,
        respond_by=now + dt.timedelta(hours=hours),
        status=ComplaintStatus.OPEN.value,
        updated_by_id=staff_id,
    )
    session.add(complaint)
    session.flush()
    changes.note(session, customer=customer.id)
    return complaint_detail(session, complaint.number, now=now)


@requires(Permission.COMPLAINTS)
def update_complaint(
    session: Session,
    number: str,
    *,
    category: ComplaintCategory | str,
    department: str,
    responsible_id: int | None,
    staff_id: int | None = None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> ComplaintDetail:
    """Correct the category or hand the complaint to another department or person (转交).

    A change of hands is written as a step, so the form shows who had it when.
    """
    now = now or utc_now()
    complaint = get_complaint(session, number)
    check_version(session, complaint, expected_version, f"投诉 {complaint.number}")
    _require_open(complaint)
    _staff(session, responsible_id, "所选责任人不在在职员工名单里，请重新选择。")
    department = _department(department)
    category_code = _category(category)
    if (responsible_id, department) != (complaint.responsible_id, complaint.department):
        who = staff_name(session, responsible_id) or "（未指定）"
        where = department or "（未指定部门）"
        session.add(ComplaintStep(complaint_id=complaint.id, at=now, staff_id=staff_id,
                                  text=f"转交：{where} {who}"))
    complaint.category = category_code
    complaint.department = department
    complaint.responsible_id = responsible_id
    complaint.updated_by_id = staff_id
    session.flush()
    changes.note(session, customer=complaint.customer_id)
    return complaint_detail(session, complaint.number, now=now)


# --- handling -------------------------------------------------------------------------------------


@requires(Permission.COMPLAINTS)
def add_step(
    session: Session,
    number: str,
    *,
    text: str,
    staff_id: int | None,
    at: dt.datetime | None = None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> ComplaintDetail:
    """Record one handling step; the first one is the first response to the customer.

    ``at`` is when it was done (now when not given): not before the complaint came in and not in
    the future.
    """
    now = now or utc_now()
    complaint = get_complaint(session, number)
    check_version(session, complaint, expected_version, f"投诉 {complaint.number}")
    _require_open(complaint)
    body = _text(text, "text", "请填写处理经过：做了什么、和客户怎么说的。", "处理记录太长（最多{limit}个字），请精简。")
    _staff(session, staff_id, "所选处理人不在在职员工名单里，请重新选择。")
    at = at or now
    if at < complaint.received_at:
        raise ValidationError("处理时间不能早于受理时间 {received}。", field="at",
                              received=format_local(session, complaint.received_at))
    if at > now + dt.timedelta(minutes=5):
        raise ValidationError("处理时间不能晚于现在。", field="at")
    session.add(ComplaintStep(complaint_id=complaint.id, at=at, staff_id=staff_id, text=body))
    if complaint.first_response_at is None or at < complaint.first_response_at:
        complaint.first_response_at = at
    complaint.updated_by_id = staff_id
    session.flush()
    changes.note(session, customer=complaint.customer_id)
    return complaint_detail(session, complaint.number, now=now)


@requires(Permission.COMPLAINTS)
def close(
    session: Session,
    number: str,
    *,
    result: str,
    customer_accepted: bool,
    service_at_fault: bool,
    staff_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> ComplaintDetail:
    """Close with the result told to the customer, whether they accepted it and who was to blame.

    Telling the customer the result answers them, so a complaint closed without any step gets
    its first response now.
    """
    now = now or utc_now()
    complaint = get_complaint(session, number)
    check_version(session, complaint, expected_version, f"投诉 {complaint.number}")
    _require_open(complaint)
    text = _text(result, "result", "结案须填写处理结果：最后怎么解决的、客户得到了什么答复。", "处理结果太长（最多{limit}个字），请精简。")
    _staff(session, staff_id, "所选结案人不在在职员工名单里，请重新选择。")
    complaint.result = text
    complaint.customer_accepted = bool(customer_accepted)
    complaint.service_at_fault = bool(service_at_fault)
    complaint.status = ComplaintStatus.CLOSED.value
    complaint.closed_at = now
    complaint.closed_by_id = staff_id
    if complaint.first_response_at is None:
        complaint.first_response_at = now
    complaint.updated_by_id = staff_id
    session.flush()
    changes.note(session, customer=complaint.customer_id)
    return complaint_detail(session, complaint.number, now=now)


@requires(Permission.REOPEN_COMPLAINT)
def reopen(
    session: Session,
    number: str,
    *,
    reason: str,
    staff_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> ComplaintDetail:
    """A manager reopens a closed complaint (the customer came back unhappy, say).

    The reason and the old result are kept as a step; result, acceptance and fault are cleared
    for the next close. The first-response deadline stays as it was.
    """
    now = now or utc_now()
    complaint = get_complaint(session, number)
    check_version(session, complaint, expected_version, f"投诉 {complaint.number}")
    if not staff_may(session, staff_id, Permission.REOPEN_COMPLAINT):
        raise IllegalMove("只有服务经理可以重新打开已结案的投诉。")
    if complaint.status != ComplaintStatus.CLOSED.value:
        raise IllegalMove("投诉 {number} 还在处理中，不需要重新打开。", number=complaint.number)
    why = _text(reason, "reason", "重新打开须填写原因。", "原因太长（最多{limit}个字），请精简。")
    accepted = {True: "客户接受", False: "客户不接受", None: ""}[complaint.customer_accepted]
    session.add(ComplaintStep(
        complaint_id=complaint.id, at=now, staff_id=staff_id,
        text=f"重新打开：{why}（原处理结果：{complaint.result}{'；' + accepted if accepted else ''}）",
    ))
    complaint.status = ComplaintStatus.OPEN.value
    complaint.result = ""
    complaint.customer_accepted = None
    complaint.service_at_fault = None
    complaint.closed_at = None
    complaint.closed_by_id = None
    complaint.updated_by_id = staff_id
    session.flush()
    changes.note(session, customer=complaint.customer_id)
    return complaint_detail(session, complaint.number, now=now)


# --- reading ----------------------------------------------------------------------------------------


def get_complaint(session: Session, number: str) -> Complaint:
    complaint = session.scalar(select(Complaint).where(Complaint.number == number.strip().upper()))
    if complaint is None:
        raise NotFound("找不到投诉 {number}。请检查编号。", number=number.strip())
    return complaint


def complaint_detail(session: Session, number: str, now: dt.datetime | None = None) -> ComplaintDetail:
    """A complaint with its steps; ``now`` decides whether it is overdue."""
    now = now or utc_now()
    complaint = session.scalar(
        select(Complaint).where(Complaint.number == number.strip().upper())
        .options(selectinload(Complaint.steps).selectinload(ComplaintStep.staff))
    )
    if complaint is None:
        raise NotFound("找不到投诉 {number}。请检查编号。", number=number.strip())
    vehicle = complaint.vehicle
    order = complaint.order

    def when(instant: dt.datetime | None) -> str:
        return format_local(session, instant) if instant else ""

    return ComplaintDetail(
        id=complaint.id,
        number=complaint.number,
        version=complaint.version,
        received_at=complaint.received_at,
        received_text=when(complaint.received_at),
        received_by=staff_name(session, complaint.received_by_id),
        source=complaint.source,
        source_text=ComplaintSource(complaint.source).chinese,
        customer_id=complaint.customer_id,
        customer=complaint.customer.name,
        phone=privacy.phone_for_card(session, complaint.customer.phone),
        vehicle_id=complaint.vehicle_id,
        plate=display_plate(vehicle.plate) if vehicle else "",
        model=vehicle.model if vehicle else "",
        vin=vehicle.vin if vehicle else "",
        order_id=complaint.order_id,
        order_number=order.number if order else "",
        followup_id=complaint.followup_id,
        category=complaint.category,
        category_text=ComplaintCategory(complaint.category).chinese,
        is_quality=complaint.category == ComplaintCategory.QUALITY.value,
        description=complaint.description,
        department=complaint.department,
        responsible_id=complaint.responsible_id,
        responsible=complaint.responsible.name if complaint.responsible else "",
        respond_by=complaint.respond_by,
        respond_by_text=when(complaint.respond_by),
        first_response_at=complaint.first_response_at,
        first_response_text=when(complaint.first_response_at),
        status=complaint.status,
        status_text=ComplaintStatus(complaint.status).chinese,
        overdue=is_overdue(complaint.status, complaint.respond_by, complaint.first_response_at, now),
        result=complaint.result,
        customer_accepted=complaint.customer_accepted,
        service_at_fault=complaint.service_at_fault,
        closed_at=complaint.closed_at,
        closed_text=when(complaint.closed_at),
        closed_by=staff_name(session, complaint.closed_by_id),
        steps=tuple(
            ComplaintStepRow(id=s.id, at=s.at, at_text=when(s.at), staff=s.staff.name if s.staff else "",
                             text=s.text)
            for s in sorted(complaint.steps, key=lambda s: (s.at, s.id))
        ),
    )


def list_complaints(
    session: Session,
    *,
    status: StatusFilter = "open",
    start: dt.date | None = None,
    end: dt.date | None = None,
    category: ComplaintCategory | str | None = None,
    responsible_id: int | None = None,
    text: str = "",
    now: dt.datetime | None = None,
    limit: int = 500,
) -> list[ComplaintRow]:
    """The register, newest first.

    ``status``: 处理中 (open), 已逾期 (overdue, see :func:`is_overdue`), 已结案 (closed) or all;
    ``start``/``end``: shop-local days of receipt, both included; ``text``: part of the number,
    the plate, the customer's name or phone.
    """
    now = now or utc_now()
    query = (
        select(Complaint)
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Vehicle, Vehicle.id == Complaint.vehicle_id)
        .options(selectinload(Complaint.customer), selectinload(Complaint.vehicle),
                 selectinload(Complaint.order), selectinload(Complaint.responsible))
    )
    if status == "open":
        query = query.where(Complaint.status == ComplaintStatus.OPEN.value)
    elif status == "closed":
        query = query.where(Complaint.status == ComplaintStatus.CLOSED.value)
    elif status == "overdue":
        query = query.where(_overdue_clause(now))
    elif status != "all":
        raise ValidationError("未知的投诉状态筛选：{status}", status=status)
    if start is not None:
        query = query.where(Complaint.received_at >= day_bounds(session, start)[0])
    if end is not None:
        query = query.where(Complaint.received_at < day_bounds(session, end)[1])
    if category:
        query = query.where(Complaint.category == _category(category))
    if responsible_id is not None:
        query = query.where(Complaint.responsible_id == responsible_id)
    text = text.strip()
    if text:
        like = f"%{_escape(text)}%"
        compact = re.sub(r"[\s·•.\-]", "", text).upper()
        number = re.sub(r"\s", "", text).upper()
        number_like = f"%{_escape(number)}%"
        conditions = [Customer.name.like(like, escape="\\"), Complaint.number.like(number_like, escape="\\")]
        if compact:
            conditions.append(Vehicle.plate.like(f"%{_escape(compact)}%", escape="\\"))
        digits = re.sub(r"\D", "", text)
        if len(digits) >= 3 and len(digits) == len(re.sub(r"[\s\-+]", "", text)):
            conditions.append(Customer.phone.like(f"%{digits}%"))
        query = query.where(or_(*conditions))
    query = query.order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(limit)

    def when(instant: dt.datetime | None) -> str:
        return format_local(session, instant) if instant else ""

    shown = privacy.phone_shown(session, Permission.PHONE_IN_LISTS)  # the register is a list
    rows = []
    for c in session.scalars(query):
        rows.append(ComplaintRow(
            id=c.id, number=c.number, received_at=c.received_at, received_text=when(c.received_at),
            source=c.source, source_text=ComplaintSource(c.source).chinese,
            customer_id=c.customer_id, customer=c.customer.name, phone=shown(c.customer.phone),
            plate=display_plate(c.vehicle.plate) if c.vehicle else "",
            order_number=c.order.number if c.order else "",
            category=c.category, category_text=ComplaintCategory(c.category).chinese,
            is_quality=c.category == ComplaintCategory.QUALITY.value,
            department=c.department, responsible=c.responsible.name if c.responsible else "",
            respond_by=c.respond_by, respond_by_text=when(c.respond_by),
            first_response_text=when(c.first_response_at),
            status=c.status, status_text=ComplaintStatus(c.status).chinese,
            overdue=is_overdue(c.status, c.respond_by, c.first_response_at, now),
            closed_text=when(c.closed_at), version=c.version,
        ))
    return rows


def customer_orders(session: Session, vehicle_id: int, limit: int = 20) -> list[tuple[int, str, str]]:
    """The car's recent orders, newest first, to pick the one a complaint is about.

    Each is ``(id, number, opened on)``.
    """
    orders = session.execute(
        select(RepairOrder.id, RepairOrder.number, RepairOrder.opened_at)
        .where(RepairOrder.vehicle_id == vehicle_id)
        .order_by(RepairOrder.opened_at.desc()).limit(limit)
    )
    return [(oid, number, format_local(session, opened, "%Y-%m-%d")) for oid, number, opened in orders]


def complaint_form(session: Session, number: str, now: dt.datetime | None = None) -> ComplaintForm:
    """The frozen data to print the handling form (客户意见处理表) from."""
    now = now or utc_now()
    shop = shop_info(session)
    return ComplaintForm(
        shop=ShopHeader(name=shop.name, address=shop.address, phone=shop.phone),
        complaint=complaint_detail(session, number, now=now),
        printed_text=format_local(session, now),
    )


# --- checks -------------------------------------------------------------------------------------


def _source(source: ComplaintSource | str) -> str:
    try:
        return ComplaintSource(source).value
    except ValueError:
        raise ValidationError("请选择投诉来源（回访、来电、前台或其他）。", field="source") from None


def _category(category: ComplaintCategory | str) -> str:
    try:
        return ComplaintCategory(category).value
    except ValueError:
        raise ValidationError(
            "请选择投诉类别：维修质量，或非质量类的服务态度、价格、时间、其他。", field="category"
        ) from None


def _text(text: str, field: str, missing: str, too_long: str) -> str:
    """``text`` stripped; refused with ``missing`` when empty, ``too_long`` (with {limit}) past MAX_TEXT."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(missing, field=field)
    if len(text) > MAX_TEXT:
        raise ValidationError(too_long, field=field, limit=MAX_TEXT)
    return text


def _department(department: str) -> str:
    department = (department or "").strip()
    if len(department) > 50:
        raise ValidationError("部门名称太长（最多50个字）。", field="department")
    return department


def _staff(session: Session, staff_id: int | None, refusal: str) -> None:
    """Refuse with ``refusal`` unless ``staff_id`` is None or an active member of staff."""
    if staff_id is None:
        return
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active:
        raise ValidationError(refusal, field="staff")


def _require_open(complaint: Complaint) -> None:
    if complaint.status != ComplaintStatus.OPEN.value:
        raise IllegalMove(
            "投诉 {number} 已结案。如需继续处理，请服务经理先重新打开。", number=complaint.number
        )


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
