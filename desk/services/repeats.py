"""Repeat repairs (返修/重复维修): the same car back within 30 days with the same complaint.

When an order is opened, :func:`find_repeat_of` looks at the car's orders that left the shop
(released, or at least settled) in the last :data:`REPEAT_DAYS` days and picks the most recent
one whose complaint is the same (:func:`same_complaint`). The advisor can correct the flag by hand
(:func:`desk.services.checks.mark_repeat`).

*The same complaint* is judged on the complaint texts, clause by clause (a complaint such as
``做 2 万公里保养；空调不凉`` has two clauses): two clauses are the same when, once normalised
(no spaces, punctuation or digits, full-width letters folded), their ``difflib`` ratio is at least
:data:`SIMILARITY`, or they share a part of the car and a symptom from the short lists below
(``空调`` + ``不凉``, ``刹车`` + ``异响`` …). Routine service clauses (保养, 换机油 …) never count: a
car serviced twice in a month is not a repeat repair; nor are requests for a job (更换…, 做…). When both orders already have labour lines,
a shared operation code that is not a service item counts as well, provided the texts are at
least loosely alike (ratio ≥ :data:`LOOSE_SIMILARITY`).

Only the models are imported here, so :mod:`desk.services.orders` can call it when an order opens.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import LabourLine, RepairOrder
from desk.models.enums import OrderStatus

REPEAT_DAYS = 30
"""A car back within this many days of leaving with the same complaint is a repeat repair."""

SIMILARITY = 0.6
"""``difflib`` ratio at or above which two normalised complaint clauses are the same."""

LOOSE_SIMILARITY = 0.4
"""Ratio that is enough together with a shared (non-service) labour operation code."""

ROUTINE_WORDS: tuple[str, ...] = (
    "保养", "首保", "二保", "换机油", "更换机油", "机油机滤", "机滤", "滤芯", "年检", "洗车", "打蜡", "四轮定位",
    "玻璃水", "雨刮", "召回", "钣喷", "补漆", "刮擦", "刮花", "撞", "走保险",
)
"""Clauses with these words describe routine service, consumables, a recall or accident damage —
never a fault that came back after a repair."""

REQUEST_PREFIXES: tuple[str, ...] = ("更换", "换", "加", "做", "顺便")
"""A clause that starts so asks for a job (更换前刹车片) rather than describing a fault."""

PARTS_OF_CAR: tuple[str, ...] = (
    "空调", "刹车", "制动", "方向", "转向", "发动机", "变速箱", "离合", "底盘", "悬挂", "减震", "轮胎", "车门",
    "车窗", "天窗", "雨刮", "大灯", "尾灯", "仪表", "音响", "电瓶", "蓄电池", "排气", "水箱", "冷却", "油门",
    "节气门", "喇叭", "后视镜", "座椅", "中控", "车机", "玻璃",
)
SYMPTOMS: tuple[str, ...] = (
    "不凉", "不制冷", "不热", "异响", "响", "漏油", "漏水", "渗油", "抖", "跑偏", "故障灯", "亮灯", "报警",
    "无法启动", "打不着", "启动困难", "熄火", "顿挫", "打滑", "发软", "异味", "失灵", "不工作", "没电", "亏电",
    "过热", "高温", "冒烟", "松旷", "卡滞", "偏磨", "噪音",
)

_CLAUSE_SPLIT = re.compile(r"[；;，,。.、\n/]+")
_NOISE = re.compile(r"[\s\d\W_]+")


def normalise(text: str) -> str:
    """Complaint text for comparing: full-width folded, lower case, no spaces, digits or punctuation."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return _NOISE.sub("", folded)


def _clauses(text: str) -> list[str]:
    """The complaint's clauses that describe a fault (routine service clauses left out)."""
    result = []
    for part in _CLAUSE_SPLIT.split(unicodedata.normalize("NFKC", text)):
        clause = normalise(part)
        if clause and not any(word in clause for word in ROUTINE_WORDS) and not clause.startswith(REQUEST_PREFIXES):
            result.append(clause)
    return result


def _words(clause: str, vocabulary: tuple[str, ...]) -> set[str]:
    return {word for word in vocabulary if word in clause}


def clause_similarity(a: str, b: str) -> float:
    """The best ``difflib`` ratio between a fault clause of ``a`` and one of ``b`` (0 when none)."""
    best = 0.0
    for left in _clauses(a):
        for right in _clauses(b):
            best = max(best, difflib.SequenceMatcher(None, left, right).ratio())
    return best


def same_complaint(
    a: str, b: str, codes_a: Collection[str] = (), codes_b: Collection[str] = (),
) -> bool:
    """Whether two complaints describe the same fault; see the module's docstring for the rule."""
    left, right = _clauses(a), _clauses(b)
    if not left or not right:
        return False
    ratio = 0.0
    for one in left:
        for other in right:
            ratio = max(ratio, difflib.SequenceMatcher(None, one, other).ratio())
            shared_part = _words(one, PARTS_OF_CAR) & _words(other, PARTS_OF_CAR)
            shared_symptom = _words(one, SYMPTOMS) & _words(other, SYMPTOMS)
            if shared_part and shared_symptom:
                return True
    if ratio >= SIMILARITY:
        return True
    shared_codes = {c.strip().upper() for c in codes_a if c.strip()} & {c.strip().upper() for c in codes_b if c.strip()}
    return bool(shared_codes) and ratio >= LOOSE_SIMILARITY


LEFT_STATUSES: tuple[str, ...] = (OrderStatus.SETTLED.value, OrderStatus.RELEASED.value)
"""Statuses of an order whose car has been handed back (or paid for and about to leave)."""


def find_repeat_of(
    session: Session,
    vehicle_id: int,
    complaint: str,
    now: dt.datetime,
    *,
    codes: Collection[str] = (),
    exclude_order_id: int | None = None,
) -> int | None:
    """The id of the car's most recent order that left within 30 days of ``now`` for the same
    complaint, or None."""
    left_at = func.coalesce(RepairOrder.released_at, RepairOrder.settled_at)
    rows = session.execute(
        select(RepairOrder.id, RepairOrder.complaint)
        .where(
            RepairOrder.vehicle_id == vehicle_id,
            RepairOrder.status.in_(LEFT_STATUSES),
            left_at >= now - dt.timedelta(days=REPEAT_DAYS),
            left_at <= now,
            RepairOrder.id != (exclude_order_id or -1),
        )
        .order_by(left_at.desc(), RepairOrder.id.desc())
    ).all()
    for order_id, earlier in rows:
        earlier_codes = session.scalars(select(LabourLine.code).where(LabourLine.order_id == order_id)).all() if codes else ()
        if same_complaint(complaint, earlier, codes, earlier_codes):
            return order_id
    return None
