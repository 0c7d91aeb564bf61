"""Demo data for the follow-up calls (回访): a call for every settled order, in every state.

Today's settled orders got their call from :func:`desk.services.settlement.settle`. The orders of
the history get theirs here (:func:`add_demo_followups`, the hook
:func:`desk.services.demo.fill_demo` calls), due on the shop's follow-up day after delivery, at
the time the customer chose on the settlement, and played out as the clerk would have by
``now``:

* delivered in the last two days: still to come (即将到期);
* due from today to the last day of the window: today's calls, some after a missed try;
* past the window: mostly answered, two left overdue (已逾期);
* older ones: answered — mostly happy, a few unhappy — or unreachable after three tries at
  different times of day, one of the unhappy ones with its complaint registered in one step
  (when the complaints register is there).

History is written in bulk (a few hundred calls); the one complaint goes through the service.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from desk.models import FollowUp, FollowUpAttempt, RepairOrder, Settlement, Staff
from desk.models.enums import ComplaintCategory, FollowUpStatus, Role
from desk.services import followups
from desk.services.shop import local_day, local_to_utc

__all__ = ["add_demo_followups"]

UNHAPPY_WORDS = (
    "空调还是不太凉，开一会儿才有冷风。",
    "交车比说好的晚了一个多小时，也没人提前打电话。",
    "结算时有两项费用没讲清楚，回家才看明白。",
    "方向盘还是有点抖，高速上明显。",
)
HAPPY_WORDS = ("", "", "", "挺好的，师傅很专业。", "洗车洗得很干净。", "希望休息区的网速快一点。", "服务很周到。")
MISSED_NOTES = ("无人接听", "关机", "占线", "正在开车，说稍后再打", "")


def _score(rng: random.Random) -> int:
    return rng.choices((5, 4, 3), weights=(62, 30, 8))[0]


def _at(session: Session, day: dt.date, rng: random.Random, low: int = 9, high: int = 19) -> dt.datetime:
    minutes = rng.randrange(low * 60, high * 60)
    return local_to_utc(session, day, dt.time(minutes // 60, minutes % 60))


def add_demo_followups(session: Session, *, seed: int = 1, now: dt.datetime) -> int:
    """Give every settled order without one its follow-up call, played out up to ``now``; how many."""
    rng = random.Random(f"followups-{seed}")
    today = local_day(session, now)
    clerk = session.scalar(
        select(Staff.id).where(Staff.role == Role.FOLLOWUP.value, Staff.active.is_(True)).order_by(Staff.id).limit(1)
    )
    orders = session.scalars(
        select(RepairOrder)
        .where(RepairOrder.settled_at.is_not(None))
        .where(~select(FollowUp.id).where(FollowUp.order_id == RepairOrder.id).exists())
        .options(joinedload(RepairOrder.customer))
        .order_by(RepairOrder.settled_at, RepairOrder.id)
    ).unique().all()
    preferred = dict(session.execute(
        select(Settlement.order_id, Settlement.followup_time).where(Settlement.voided_at.is_(None))
    ).all())
    made: list[FollowUp] = []
    unhappy: list[FollowUp] = []
    overdue_left = 2
    for order in orders:
        assert order.settled_at is not None
        due_on, latest_on = followups.due_days(session, order.settled_at)
        call = FollowUp(
            order_id=order.id, customer_id=order.customer_id, vehicle_id=order.vehicle_id, due_on=due_on,
            latest_on=latest_on, preferred_time=preferred.get(order.id, ""), caller_id=clerk,
            status=FollowUpStatus.PENDING.value, created_at=order.settled_at, updated_at=order.settled_at,
            updated_by_id=clerk,
        )
        made.append(call)
        if due_on > today:
            continue  # 即将到期
        if latest_on >= today:  # today's calls: some were tried already without an answer
            tries = rng.choice((0, 0, 0, 1, 1, 2))
            for index in range(tries):
                day = due_on + dt.timedelta(days=index)
                at = _at(session, day, rng, 9, 12 if index == 0 else 18)
                if at < now - followups.ATTEMPT_GAP:
                    call.attempts.append(FollowUpAttempt(at=at, staff_id=clerk, reached=False,
                                                         note=rng.choice(MISSED_NOTES)))
            continue
        if overdue_left and latest_on >= today - dt.timedelta(days=3) and rng.random() < 0.3:
            overdue_left -= 1  # forgotten over a busy week: 已逾期
            continue
        _play_out(session, call, rng, clerk, unhappy)
    session.add_all(made)
    session.flush()
    _raise_one_complaint(session, unhappy, clerk)
    return len(made)


def _play_out(
    session: Session, call: FollowUp, rng: random.Random, clerk: int | None, unhappy: list[FollowUp],
) -> None:
    """An old call: answered (after a missed try now and then) or unreachable after three tries."""
    day = call.due_on
    if rng.random() < 0.07:
        for index, (low, high) in enumerate(((9, 11), (14, 16), (18, 20))):  # morning, afternoon, evening
            at = _at(session, day + dt.timedelta(days=index // 2), rng, low, high)
            call.attempts.append(FollowUpAttempt(at=at, staff_id=clerk, reached=False, note=rng.choice(MISSED_NOTES)))
        call.status = FollowUpStatus.UNREACHABLE.value
    else:
        if rng.random() < 0.2:
            call.attempts.append(FollowUpAttempt(at=_at(session, day, rng, 9, 11), staff_id=clerk, reached=False,
                                                 note=rng.choice(MISSED_NOTES)))
            at = _at(session, day, rng, 14, 19)
        else:
            at = _at(session, day, rng, 9, 19)
        call.attempts.append(FollowUpAttempt(at=at, staff_id=clerk, reached=True))
        scores = [_score(rng) for _ in range(5)]
        call.problem_solved = True
        call.comments = rng.choice(HAPPY_WORDS)
        if rng.random() < 0.05:  # an unhappy customer: one subject scored low, or the problem is back
            words = rng.randrange(len(UNHAPPY_WORDS))
            call.comments = UNHAPPY_WORDS[words]
            if words in (0, 3):
                call.problem_solved = False
                scores[1] = 2
            else:
                scores[{1: 2, 2: 4}[words]] = rng.choice((1, 2))
            scores[0] = min(scores[0], 3)
            unhappy.append(call)
        (call.score_overall, call.score_quality, call.score_on_time, call.score_staff, call.score_price) = scores
        call.status = FollowUpStatus.DONE.value
    last = call.attempts[-1].at
    call.completed_at = last
    call.completed_by_id = clerk
    call.updated_at = last


def _raise_one_complaint(session: Session, unhappy: list[FollowUp], clerk: int | None) -> None:
    """The latest unhappy answer became a complaint, as the clerk does with 登记投诉."""
    if not unhappy:
        return
    call = max(unhappy, key=lambda c: c.completed_at or c.created_at)
    category = ComplaintCategory.QUALITY if call.problem_solved is False else ComplaintCategory.OTHER
    if call.score_on_time is not None and call.score_on_time <= 2:
        category = ComplaintCategory.TIME
    elif call.score_price is not None and call.score_price <= 2:
        category = ComplaintCategory.PRICE
    at = (call.completed_at or call.created_at) + dt.timedelta(minutes=3)
    followups.raise_complaint(session, call.id, category=category, description=call.comments, staff_id=clerk, now=at)
