"""Demo data for the complaint register (客户投诉登记追踪表), written through the service.

A handful of complaints about orders the demo delivered, quality and non-quality: some closed in
the past weeks with their steps and results (one the service was to blame for, one the customer
did not accept, one about no particular order), and three still open today — one answered, one
just in, and one that nobody has answered within the deadline, so the register shows it in red.
:func:`add_demo_complaints` is the hook :func:`desk.services.demo.fill_demo` calls.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import RepairOrder, Staff
from desk.models.base import utc_now
from desk.models.enums import ComplaintCategory, ComplaintSource, OrderStatus, Role
from desk.services import complaints
from desk.services.shop import local_day, local_to_utc

__all__ = ["add_demo_complaints"]


@dataclass(frozen=True)
class _Story:
    """One complaint: the day (before today) and shop time it came in, what was said and done."""

    days_ago: int
    time: dt.time
    source: ComplaintSource
    category: ComplaintCategory
    description: str
    department: str
    steps: tuple[tuple[float, str], ...] = ()
    """``(hours after receipt, what was done)``."""
    result: str = ""
    """Empty: still open."""
    accepted: bool = True
    at_fault: bool = False
    with_order: bool = True


STORIES = (
    _Story(
        19, dt.time(9, 40), ComplaintSource.PHONE, ComplaintCategory.QUALITY,
        "上周做完保养，回去第二天仪表盘保养灯还亮着，你们是不是没复位？", "服务部",
        ((1.5, "致电客户致歉，确认为保养灯未归零；约客户次日顺路回厂。"),
         (24.5, "客户回厂，技师复位保养提示并检查机油液位正常，客户当场确认。")),
        "保养提示已复位，免费检查机油液位；向客户说明交车检查漏项，已在班组会上强调交车前检查。",
        accepted=True, at_fault=True,
    ),
    _Story(
        12, dt.time(16, 10), ComplaintSource.COUNTER, ComplaintCategory.PRICE,
        "结算时工时费比开单时说的多了 180 块，之前没人跟我说要加钱。", "服务部",
        ((0.3, "服务经理当面查看委托书：追加的空调清洗经客户电话同意，有通话记录。"),),
        "向客户出示追加项目确认单和电话记录，说明追加费用；客户认可项目但认为应当面告知，赠送一次免费洗车。",
        accepted=False, at_fault=False,
    ),
    _Story(
        8, dt.time(10, 25), ComplaintSource.FOLLOWUP, ComplaintCategory.ATTITUDE,
        "回访时客户说：取车时等了四十分钟没人理，问了两次前台都说马上。", "服务部",
        ((3, "服务经理致电道歉，了解当天是交车高峰，收银与交车衔接不畅。"),),
        "向客户道歉并赠送下次保养工时八折券；交车高峰时段增加一名顾问负责交车。",
        accepted=True, at_fault=True,
    ),
    _Story(
        5, dt.time(14, 5), ComplaintSource.PHONE, ComplaintCategory.OTHER,
        "客户来电：上次来店停车场没有车位，车停在路边被贴了罚单。", "客户服务部",
        ((2, "向客户说明停车场车位情况，建议预约时段来店。"),),
        "已向客户解释并致歉；罚单由客户自行处理，预约客户可预留车位。",
        accepted=True, at_fault=False, with_order=False,
    ),
    _Story(
        2, dt.time(11, 20), ComplaintSource.PHONE, ComplaintCategory.QUALITY,
        "换完刹车片以后，低速刹车有吱吱的响声，以前没有。", "维修车间",
    ),
    _Story(
        1, dt.time(16, 45), ComplaintSource.COUNTER, ComplaintCategory.TIME,
        "说好下午四点交车，等到快六点才拿到车，也没人提前打电话说一声。", "服务部",
        ((1, "服务顾问当面致歉，说明因等待配件延误；约定由服务经理明天回电。"),),
    ),
    _Story(
        0, dt.time(9, 30), ComplaintSource.PHONE, ComplaintCategory.QUALITY,
        "洗车后发现副驾驶座椅上有油手印，擦不掉。", "维修车间",
    ),
)


def add_demo_complaints(session: Session, *, seed: int = 1, now: dt.datetime | None = None) -> int:
    """Register the demo's complaints about delivered orders; returns how many."""
    now = now or utc_now()
    rng = random.Random(seed * 7919 + 17)
    delivered = session.scalars(
        select(RepairOrder)
        .where(RepairOrder.status == OrderStatus.RELEASED.value, RepairOrder.released_at.is_not(None))
        .order_by(RepairOrder.released_at, RepairOrder.id)
    ).all()
    if not delivered:
        return 0
    staff = session.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.id)).all()

    def first(role: Role) -> int | None:
        return next((s.id for s in staff if s.role == role.value), None)

    manager = first(Role.MANAGER)
    clerk = first(Role.FOLLOWUP) or first(Role.ADVISOR)
    used: set[int] = set()
    today = local_day(session, now)
    made = 0
    for story in STORIES:
        day = today - dt.timedelta(days=story.days_ago)
        # today's complaint came in this morning, or just now when the demo runs before that
        received = min(local_to_utc(session, day, story.time), now - dt.timedelta(minutes=20))
        # an order delivered a few days before the complaint came in
        candidates = [o for o in delivered if o.released_at is not None and o.id not in used
                      and dt.timedelta(days=1) <= received - o.released_at <= dt.timedelta(days=12)]
        if not candidates:
            candidates = [o for o in delivered if o.id not in used and o.released_at is not None
                          and o.released_at < received] or list(delivered)
        order = rng.choice(candidates)
        used.add(order.id)
        taker = clerk if story.source == ComplaintSource.FOLLOWUP else (
            order.advisor_id if story.source == ComplaintSource.COUNTER else rng.choice([clerk, order.advisor_id]))
        responsible = manager if story.category != ComplaintCategory.QUALITY or story.result else order.advisor_id
        detail = complaints.register_complaint(
            session, source=story.source, customer_id=order.customer_id, description=story.description,
            category=story.category, vehicle_id=order.vehicle_id,
            order_id=order.id if story.with_order else None, staff_id=taker, now=received,
            responsible_id=responsible, department=story.department,
        )
        for hours, text in story.steps:
            at = received + dt.timedelta(hours=hours)
            complaints.add_step(session, detail.number, text=text, staff_id=responsible, at=at, now=at)
        if story.result:
            closed_at = received + dt.timedelta(hours=(story.steps[-1][0] if story.steps else 0) + 4)
            complaints.close(session, detail.number, result=story.result, customer_accepted=story.accepted,
                             service_at_fault=story.at_fault, staff_id=manager, now=closed_at)
        made += 1
    return made
