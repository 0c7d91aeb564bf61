"""The demo shop's additional work (追加项目).

- Today's orders that wait for the customer (待客户确认) get the work the workshop found, pending.
- One order in progress today had work found and approved by phone this morning: its lines joined
  the order and its promised time moved.
- Cars booked for today or in the shop today were offered work on an earlier visit that the
  customer declined, so the advisor sees 上次客户未做的建议项目 at 接车, in 预约 and in the editor.

Written through the additional-work services where the order is still open (so the status
history, the joined lines and the promise change are what the application itself writes), and as
model objects for the earlier, finished visits.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import AdditionalWork, Appointment, RepairOrder, Staff, StatusChange
from desk.models.enums import AdditionalWorkStatus, AppointmentStatus, OrderStatus, Role
from desk.services import additional_work, shop
from desk.services.additional_work import LabourInput, PartInput

_FINDINGS: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str, str], ...]], ...] = (
    ("前刹车片剩余约 2 mm，已到磨损极限，建议更换前刹车片。", (("更换前刹车片", "1.0"),), (("前刹车片(套)", "1", "580"),)),
    ("空调滤芯脏堵严重，出风有异味，建议更换空调滤芯并清洗蒸发箱。", (("更换空调滤芯", "0.3"), ("清洗空调蒸发箱", "0.5")),
     (("空调滤清器", "1", "128"), ("空调清洗剂", "1", "98"))),
    ("左前减震器漏油，建议成对更换前减震器。", (("更换前减震器", "2.0"),), (("前减震器", "2", "980"),)),
    ("发电机皮带有多处裂纹，建议更换。", (("更换发电机皮带", "0.8"),), (("发电机皮带", "1", "185"),)),
    ("蓄电池检测健康度 45%，冬季可能无法启动，建议更换。", (("更换蓄电池", "0.5"),), (("蓄电池 12V 60Ah", "1", "780"),)),
    ("雨刮片老化，刮不干净，建议更换。", (("更换雨刮片", "0.3"),), (("雨刮片(对)", "1", "168"),)),
    ("后轮胎胎纹深度 1.8 mm，低于安全标准，建议更换两条后轮胎并做动平衡。", (("更换轮胎（两条）", "0.8"), ("轮胎动平衡", "0.4")),
     (("轮胎 225/45R17", "2", "760"),)),
)

_WHO = ("车主本人", "车主本人", "车主本人", "车主爱人", "车队负责人")


def _inputs(finding: int) -> tuple[str, list[LabourInput], list[PartInput]]:
    text, labour, parts = _FINDINGS[finding % len(_FINDINGS)]
    return (
        text,
        [LabourInput(name=name, hours=hours) for name, hours in labour],
        [PartInput(name=name, quantity=quantity, unit_price=price) for name, quantity, price in parts],
    )


def _last_change(session: Session, order: RepairOrder) -> dt.datetime:
    return session.scalar(
        select(StatusChange.at).where(StatusChange.order_id == order.id).order_by(StatusChange.id.desc()).limit(1)
    ) or order.opened_at


def add_demo_additional_work(session: Session, *, seed: int = 1, now: dt.datetime | None = None) -> int:
    """Add the demo's additional work; returns how many items were written."""
    rng = random.Random(seed * 7919 + 5)
    session.flush()
    now = now or max(session.scalars(select(StatusChange.at)).all())
    supervisor = session.scalar(select(Staff.id).where(Staff.role == Role.SUPERVISOR.value).order_by(Staff.id).limit(1))
    today = shop.local_day(session, now)
    start, end = shop.day_bounds(session, today)
    todays = list(
        session.scalars(
            select(RepairOrder).where(RepairOrder.opened_at >= start, RepairOrder.opened_at < end).order_by(RepairOrder.number)
        )
    )
    finding = rng.randrange(len(_FINDINGS))
    written = 0
    stamps: dict[int, dt.datetime] = {}

    # waiting for the customer: the work the workshop found
    for order in [o for o in todays if o.status == OrderStatus.AWAITING_APPROVAL.value]:
        text, labour, parts = _inputs(finding)
        finding += 1
        additional_work.record_additional_work(
            session, order.number, description=text, labour=labour, parts=parts, staff_id=supervisor,
            now=_last_change(session, order),
        )
        written += 1

    # approved this morning: lines joined, promise moved
    candidates = [
        o for o in todays
        if o.status == OrderStatus.IN_PROGRESS.value and o.promised_at is not None and o.promised_at > now
        and len(o.labour_lines) <= 3 and len(o.part_lines) <= 4
    ]
    if candidates:
        order = candidates[0]
        last = _last_change(session, order)
        found_at = last + (now - last) / 3
        decided = last + (now - last) * 2 / 3
        text, labour, parts = _inputs(finding)
        finding += 1
        recorded = additional_work.record_additional_work(
            session, order.number, description=text, labour=labour[:1], parts=parts[:1], staff_id=supervisor,
            now=found_at,
        )
        additional_work.decide(
            session, recorded.work.id, approved=True, decided_by=rng.choice(_WHO), channel="phone",
            decided_at=decided - dt.timedelta(minutes=3), customer_told_new_promise=True,
            note="客户同意，交车时间顺延已告知", staff_id=order.advisor_id, now=decided,
        )
        stamps[order.id] = decided
        written += 1

    # declined on an earlier visit of cars that come today
    booked_today = session.scalars(
        select(Appointment.vehicle_id)
        .where(
            Appointment.status == AppointmentStatus.BOOKED.value, Appointment.slot_start >= start,
            Appointment.slot_start < end,
        )
        .order_by(Appointment.slot_start, Appointment.id)
    ).all()
    waiting = [o.vehicle_id for o in todays if o.status == OrderStatus.AWAITING_APPROVAL.value]
    in_shop = [o.vehicle_id for o in todays if o.status not in (
        OrderStatus.SETTLED.value, OrderStatus.RELEASED.value, OrderStatus.CANCELLED.value)]
    cars: list[int] = []
    for vehicle_id in [*waiting, *booked_today[:4], *in_shop[:4]]:
        if vehicle_id not in cars:
            cars.append(vehicle_id)
    for vehicle_id in cars:
        earlier = session.scalar(
            select(RepairOrder)
            .where(
                RepairOrder.vehicle_id == vehicle_id, RepairOrder.opened_at < start,
                RepairOrder.status == OrderStatus.RELEASED.value,
            )
            .order_by(RepairOrder.opened_at.desc())
            .limit(1)
        )
        if earlier is None:
            continue
        text, labour, parts = _inputs(finding)
        finding += 1
        found_at = earlier.opened_at + dt.timedelta(minutes=rng.randint(60, 120))
        decided_at = found_at + dt.timedelta(minutes=rng.randint(10, 40))
        work = AdditionalWork(
            order_id=earlier.id, vehicle_id=vehicle_id, description=text, found_at=found_at, found_by_id=supervisor,
            extra_hours_centi=sum(int(Decimal(str(l.hours)) * 100) for l in labour),
            status=AdditionalWorkStatus.DECLINED.value, decided_at=decided_at, decided_by=rng.choice(_WHO),
            channel=rng.choice(("phone", "phone", "in_person")), recorded_by_id=earlier.advisor_id,
            decision_note=rng.choice(("客户表示下次保养时再做", "客户预算有限，暂不更换", "客户要自行考虑")),
            updated_by_id=earlier.advisor_id, updated_at=decided_at,
        )
        for i, item in enumerate(labour, 1):
            work.labour.append(additional_work.proposed_labour_line(session, item, f"第 {i} 项工时"))
        for i, part_item in enumerate(parts, 1):
            work.parts.append(additional_work.proposed_part_line(session, part_item, f"第 {i} 项备件"))
        session.add(work)
        written += 1
    session.flush()
    # the services stamped the computer's clock on the orders they changed; the demo's clock is ``now``
    for order_id, at in stamps.items():
        session.execute(
            RepairOrder.__table__.update().where(RepairOrder.__table__.c.id == order_id).values(updated_at=at)
        )
    session.expire_all()
    return written
