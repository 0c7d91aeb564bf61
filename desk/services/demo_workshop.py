"""The demo shop's workshop: every job in the shop dispatched per labour line, with job clocks.

Each labour line of an order in the workshop (已派工 to 待交车) gets the order's team and one of its
technicians, and a clock history that agrees with the order's status history: jobs of cars past
the workshop are finished before the quality check, jobs in progress run one after the other from
the first move to 维修中 (the one at work is running, one car waits for parts), and a car waiting
for the customer's approval has its job paused for it. The rows are written as the clock services
would write them; the orders' simulated ``updated_at`` is kept.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk.models import JobClockEvent, LabourLine, RepairOrder, Staff, StatusChange, Team
from desk.models.enums import ClockState, OrderStatus, PauseReason, Role
from desk.services import shop

S = OrderStatus

WORKSHOP = (S.DISPATCHED, S.IN_PROGRESS, S.AWAITING_APPROVAL, S.QUALITY_CHECK, S.READY)
"""Statuses whose jobs the demo dispatches."""


def add_demo_workshop(session: Session, *, seed: int = 1, now: dt.datetime) -> int:
    """Dispatch the jobs in the workshop and write their clocks; returns how many lines it gave out."""
    rng = random.Random(seed * 7919 + 17)
    session.flush()
    teams = session.execute(select(Team.id, Team.name).where(Team.active.is_(True)).order_by(Team.id)).all()
    crew: dict[int, list[int]] = defaultdict(list)
    for staff_id, team_id in session.execute(
        select(Staff.id, Staff.team_id).where(
            Staff.active.is_(True), Staff.role == Role.TECHNICIAN.value, Staff.team_id.is_not(None),
        ).order_by(Staff.id)
    ):
        crew[team_id].append(staff_id)
    teams = [(team_id, name) for team_id, name in teams if crew.get(team_id)]
    if not teams:
        return 0
    supervisor = session.scalar(select(Staff.id).where(Staff.role == Role.SUPERVISOR.value).order_by(Staff.id).limit(1))
    opening = shop.local_to_utc(session, shop.local_day(session, now), shop.shop_info(session).opening_time)
    in_shop = list(session.scalars(
        select(RepairOrder).where(RepairOrder.status.in_([s.value for s in WORKSHOP])).order_by(RepairOrder.number)
    ))
    history: dict[int, list[tuple[str, dt.datetime]]] = defaultdict(list)
    for order_id, to_status, at in session.execute(
        select(StatusChange.order_id, StatusChange.to_status, StatusChange.at)
        .where(StatusChange.order_id.in_([o.id for o in in_shop]))
        .order_by(StatusChange.at, StatusChange.id)
    ):
        history[order_id].append((to_status, at))
    waiting_parts_given = False
    given = 0
    for order in in_shop:
        lines = [l for l in order.labour_lines if l.technician_id is None and l.clock_state == ClockState.NOT_STARTED.value]
        if not lines:
            continue
        team_id = order.team_id or rng.choice(teams)[0]
        if team_id not in crew:
            team_id = rng.choice(teams)[0]
        if order.team_id is None:
            session.execute(
                update(RepairOrder).where(RepairOrder.id == order.id)
                .values(team_id=team_id, updated_at=order.updated_at),
                execution_options={"synchronize_session": False},
            )
        main = rng.choice(crew[team_id])
        changes = history[order.id]
        started = next((at for status, at in changes if status == S.IN_PROGRESS.value), None)
        ended = next((at for status, at in reversed(changes) if status == S.QUALITY_CHECK.value), None)
        asked = next((at for status, at in reversed(changes) if status == S.AWAITING_APPROVAL.value), None)
        status = S(order.status)
        stop = {S.IN_PROGRESS: now, S.AWAITING_APPROVAL: asked or now}.get(status, ended or now)
        cursor = started
        if cursor is not None and status in (S.IN_PROGRESS, S.AWAITING_APPROVAL):
            cursor = max(cursor, min(opening, stop))  # a car from yesterday: today's work counts
        planned = [dt.timedelta(seconds=l.hours_centi * 36 * rng.uniform(0.75, 1.3)) for l in lines]
        done = status in (S.QUALITY_CHECK, S.READY)
        slot = (stop - cursor) / len(lines) if cursor is not None and stop > cursor else dt.timedelta()
        parallel_from: dt.datetime | None = None
        for index, line in enumerate(lines):
            technician = main if index == 0 or rng.random() < 0.7 else rng.choice(crew[team_id])
            state = ClockState.NOT_STARTED.value
            events: list[tuple[str, dt.datetime, str]] = []
            if done and cursor is not None:  # past the workshop: every job finished before the check
                begin = cursor + slot * index * 0.3  # the team works on the car's jobs side by side
                events = [("start", begin, ""), ("finish", min(begin + planned[index], stop), "")]
                state = ClockState.FINISHED.value
            elif parallel_from is not None and technician != main and status == S.IN_PROGRESS:
                # a second technician of the team works on another job of the car at the same time
                events.append(("start", parallel_from + dt.timedelta(minutes=rng.randint(5, 15)), ""))
                state = ClockState.RUNNING.value
            elif cursor is not None and cursor < stop:
                begin, end = cursor, cursor + planned[index]
                events.append(("start", begin, ""))
                if end <= stop:
                    if planned[index] > dt.timedelta(minutes=50) and end + dt.timedelta(minutes=10) <= stop \
                            and rng.random() < 0.3:  # a break in the middle
                        middle = begin + planned[index] / 2
                        events += [("pause", middle, PauseReason.BREAK.value),
                                   ("resume", middle + dt.timedelta(minutes=10), "")]
                        end += dt.timedelta(minutes=10)
                    events.append(("finish", end, ""))
                    state = ClockState.FINISHED.value
                    cursor = end + dt.timedelta(minutes=rng.randint(2, 8))
                elif status == S.AWAITING_APPROVAL:
                    events.append(("pause", stop, PauseReason.WAITING_APPROVAL.value))
                    state, cursor = ClockState.PAUSED.value, None
                elif not waiting_parts_given and stop - begin > dt.timedelta(minutes=20):
                    events.append(("pause", begin + (stop - begin) / 2, PauseReason.WAITING_PARTS.value))
                    state, cursor, waiting_parts_given = ClockState.PAUSED.value, None, True
                else:
                    state, cursor, parallel_from = ClockState.RUNNING.value, None, begin
            session.execute(
                update(LabourLine).where(LabourLine.id == line.id)
                .values(team_id=team_id, technician_id=technician, clock_state=state),
                execution_options={"synchronize_session": False},
            )
            for kind, at, reason in events:
                session.add(JobClockEvent(
                    labour_line_id=line.id, kind=kind, at=at, staff_id=technician if kind != "pause" else supervisor,
                    reason=reason, note="备件库缺货，已向厂家订货" if reason == PauseReason.WAITING_PARTS.value else "",
                ))
            given += 1
    session.flush()
    session.expire_all()
    return given
