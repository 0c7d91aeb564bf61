"""The follow-up call after delivery (回访): due days, who calls, attempts, answers, complaints."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from conftest import Shop
from desk.db import Database
from desk.models import Complaint, FollowUp, FollowUpAttempt
from desk.models.enums import ComplaintCategory, Role
from desk.services import followups, orders, settlement, shop
from desk.services.errors import Conflict, IllegalMove, ValidationError
from desk.services.settlement import PaymentInput
from test_orders import move, open_walk_in

SHANGHAI = ZoneInfo("Asia/Shanghai")


def local(*args: int) -> dt.datetime:
    """A shop-local wall-clock time as the UTC instant the services take."""
    return dt.datetime(*args, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)


SETTLED = local(2026, 11, 23, 15, 0)
GOOD = dict(problem_solved=True, score_overall=5, score_quality=5, score_on_time=4, score_staff=5, score_price=4)


def add_staff(database: Database, name: str, role: Role) -> int:
    with database.unit_of_work() as s:
        return shop.add_staff(s, name, role).id


def settled_order(
    database: Database, shop_ids: Shop, *, advisor: int | None = None, at: dt.datetime = SETTLED,
    followup_time: str = "工作日上午",
) -> str:
    """An order opened, worked and settled at ``at``; its number."""
    number = open_walk_in(
        database, shop_ids, advisor_id=advisor or shop_ids.advisor, confirmed={"second_open_order"},
        now=at - dt.timedelta(hours=3),
    ).number
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, name="更换机油机滤", hours="0.5", pay_type="customer")
    move(database, number, "dispatched", "in_progress", "quality_check", "ready")
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "90")], staff_id=shop_ids.cashier, now=at,
                          followup_time=followup_time)
    return number


def call_of(database: Database, number: str) -> followups.FollowUpRow:
    with database.unit_of_work(write=False) as s:
        row = followups.followup_for_order(s, number)
    assert row is not None
    return row


@pytest.fixture
def clerk(database: Database, seeded: Shop) -> int:
    return add_staff(database, "吴婷婷", Role.FOLLOWUP)


# --- due days --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settled", "due", "latest"),
    [
        (local(2026, 11, 23, 15, 0), dt.date(2026, 11, 26), dt.date(2026, 11, 28)),
        # 23:50 in Guangzhou is still the 23rd although it is 15:50 UTC …
        (local(2026, 11, 23, 23, 50), dt.date(2026, 11, 26), dt.date(2026, 11, 28)),
        # … and 00:10 on the 24th is the 24th although UTC still says the 23rd.
        (local(2026, 11, 24, 0, 10), dt.date(2026, 11, 27), dt.date(2026, 11, 29)),
    ],
)
def test_settling_makes_the_call_due_on_day_three_of_the_shops_calendar(
    database: Database, seeded: Shop, clerk: int, settled: dt.datetime, due: dt.date, latest: dt.date,
) -> None:
    number = settled_order(database, seeded, at=settled, followup_time="工作日晚上")
    call = call_of(database, number)
    assert (call.due_on, call.latest_on) == (due, latest)
    assert (call.status, call.preferred_time, call.caller, call.attempts) == ("pending", "工作日晚上", "吴婷婷", 0)
    assert (call.customer, call.phone, call.plate, call.advisor) == ("张伟", "13812345678", "粤B·D12345", "李娜")


@pytest.mark.parametrize(("setting", "due"), [(2, dt.date(2026, 11, 25)), (5, dt.date(2026, 11, 28)),
                                              (9, dt.date(2026, 11, 26))])
def test_the_shops_followup_day_moves_the_due_day(
    database: Database, seeded: Shop, clerk: int, setting: int, due: dt.date,
) -> None:
    with database.unit_of_work() as s:
        shop.settings_row(s).followup_day = setting  # 9 is outside 2–5: the default day 3 is used
    call = call_of(database, settled_order(database, seeded))
    assert (call.due_on, call.latest_on) == (due, dt.date(2026, 11, 28))


# --- who calls -------------------------------------------------------------------------------------


def test_calls_are_shared_out_to_the_clerk_with_the_fewest_pending(
    database: Database, seeded: Shop, clerk: int,
) -> None:
    second = add_staff(database, "郑小雨", Role.FOLLOWUP)
    first_call = call_of(database, settled_order(database, seeded))
    second_call = call_of(database, settled_order(database, seeded))
    third_call = call_of(database, settled_order(database, seeded))
    assert [first_call.caller_id, second_call.caller_id, third_call.caller_id] == [clerk, second, clerk]
    # Once the first clerk has finished a call, she has fewer pending and gets the next one.
    with database.unit_of_work() as s:
        followups.record_attempt(s, first_call.id, reached=True, staff_id=clerk, now=local(2026, 11, 26, 10), **GOOD)
        followups.record_attempt(s, third_call.id, reached=True, staff_id=clerk, now=local(2026, 11, 26, 11), **GOOD)
    assert call_of(database, settled_order(database, seeded)).caller_id == clerk


def test_the_advisor_is_never_the_caller(database: Database, seeded: Shop) -> None:
    # No follow-up clerk: the manager calls.
    assert call_of(database, settled_order(database, seeded)).caller == "赵经理"
    # The manager advised this one himself: nobody is chosen, a manager assigns it.
    by_manager = call_of(database, settled_order(database, seeded, advisor=seeded.manager))
    assert by_manager.caller_id is None
    # The only clerk is the order's advisor (a clerk helping at the counter): left unassigned too.
    clerk = add_staff(database, "吴婷婷", Role.FOLLOWUP)
    own = call_of(database, settled_order(database, seeded, advisor=clerk))
    assert own.caller_id is None

    with pytest.raises(IllegalMove, match="吴婷婷 是委托书 .* 的服务顾问，不能回访自己接待的客户：客户当着自己的服务顾问往往不说真话"):
        with database.unit_of_work() as s:
            followups.assign(s, own.id, clerk, staff_id=seeded.manager)
    with pytest.raises(IllegalMove, match="不能回访自己接待的客户"):
        with database.unit_of_work() as s:
            followups.record_attempt(s, own.id, reached=True, staff_id=clerk, now=local(2026, 11, 26, 10), **GOOD)
    with database.unit_of_work(write=False) as s:
        assert (clerk, "吴婷婷") not in followups.callers(s, own.id)
        assert (seeded.advisor, "李娜") in followups.callers(s, own.id)
    with database.unit_of_work() as s:
        assigned = followups.assign(s, own.id, seeded.advisor2, staff_id=seeded.manager, expected_version=own.version)
    assert (assigned.caller, assigned.advisor) == ("王强", "吴婷婷")
    with database.unit_of_work(write=False) as s:
        assert s.scalars(select(FollowUpAttempt)).all() == []  # the refusal wrote nothing


def test_whoever_calls_an_unassigned_call_takes_it_on(database: Database, seeded: Shop) -> None:
    own = call_of(database, settled_order(database, seeded, advisor=seeded.manager))
    with database.unit_of_work() as s:
        followups.record_attempt(s, own.id, reached=False, staff_id=seeded.advisor2, now=local(2026, 11, 26, 10))
    assert call_of(database, own.order_number).caller == "王强"


# --- attempts and answers --------------------------------------------------------------------------


def test_three_unanswered_tries_at_different_times_close_the_call_as_unreachable(
    database: Database, seeded: Shop, clerk: int,
) -> None:
    call = call_of(database, settled_order(database, seeded))
    with database.unit_of_work() as s:
        detail = followups.record_attempt(s, call.id, reached=False, staff_id=clerk, now=local(2026, 11, 26, 9, 30),
                                          note="无人接听")
    assert (detail.row.status, detail.row.attempts, detail.next_try_local) == ("pending", 1, "11:30")
    with pytest.raises(ValidationError, match=r"上次未接通是 09:30，请换个时间再打：11-26 11:30 以后再拨"):
        with database.unit_of_work() as s:
            followups.record_attempt(s, call.id, reached=False, staff_id=clerk, now=local(2026, 11, 26, 10, 15))
    assert call_of(database, call.order_number).attempts == 1
    with database.unit_of_work() as s:
        followups.record_attempt(s, call.id, reached=False, staff_id=clerk, now=local(2026, 11, 26, 14, 0), note="关机")
        third = followups.record_attempt(s, call.id, reached=False, staff_id=clerk, now=local(2026, 11, 27, 19, 0))
    assert (third.row.status, third.row.attempts, third.completed_local, third.completed_by) == (
        "unreachable", 3, "2026-11-27 19:00", "吴婷婷",
    )
    assert [(a.at_local, a.reached, a.note) for a in third.attempts_list] == [
        ("2026-11-26 09:30", False, "无人接听"), ("2026-11-26 14:00", False, "关机"), ("2026-11-27 19:00", False, ""),
    ]
    with pytest.raises(IllegalMove, match="已是「无法联系」，不能再记录"):
        with database.unit_of_work() as s:
            followups.record_attempt(s, call.id, reached=True, staff_id=clerk, now=local(2026, 11, 28, 10), **GOOD)


def test_a_customer_calling_back_soon_after_a_missed_try_is_recorded(
    database: Database, seeded: Shop, clerk: int,
) -> None:
    call = call_of(database, settled_order(database, seeded))
    with database.unit_of_work() as s:
        followups.record_attempt(s, call.id, reached=False, staff_id=clerk, now=local(2026, 11, 26, 9, 30))
        done = followups.record_attempt(s, call.id, reached=True, staff_id=clerk, now=local(2026, 11, 26, 9, 40),
                                        comments="师傅很专业", **GOOD)
    assert done.row.status == "done" and done.row.attempts == 2 and not done.row.unhappy
    assert done.scores == (("总体满意度", 5), ("维修质量", 5), ("按时交车", 4), ("服务人员", 5), ("价格说明清楚", 4))
    assert (done.problem_solved, done.comments, done.completed_by) == (True, "师傅很专业", "吴婷婷")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"problem_solved": None}, "问题是否已解决"),
        ({"score_quality": None}, "请为「维修质量」打分"),
        ({"score_staff": ""}, "请为「服务人员」打分"),
        ({"score_overall": 0}, "「总体满意度」的分数应是 1–5 分，不能是 0"),
        ({"score_price": 6}, "「价格说明清楚」的分数应是 1–5 分，不能是 6"),
        ({"score_on_time": "好"}, "「按时交车」的分数应是 1–5 的整数"),
    ],
)
def test_an_answered_call_needs_every_score_from_one_to_five(
    database: Database, seeded: Shop, clerk: int, changes: dict[str, object], message: str,
) -> None:
    call = call_of(database, settled_order(database, seeded))
    with pytest.raises(ValidationError, match=message):
        with database.unit_of_work() as s:
            followups.record_attempt(s, call.id, reached=True, staff_id=clerk, now=local(2026, 11, 26, 10),
                                     **{**GOOD, **changes})  # type: ignore[arg-type]
    after = call_of(database, call.order_number)
    assert (after.status, after.attempts) == ("pending", 0)


def test_saving_over_a_newer_save_is_refused(database: Database, seeded: Shop, clerk: int) -> None:
    call = call_of(database, settled_order(database, seeded))
    with database.unit_of_work() as s:
        followups.record_attempt(s, call.id, reached=False, staff_id=clerk, now=local(2026, 11, 26, 9),
                                 expected_version=call.version)
    with pytest.raises(Conflict, match="回访 已被 吴婷婷"):
        with database.unit_of_work() as s:
            followups.record_attempt(s, call.id, reached=True, staff_id=clerk, now=local(2026, 11, 26, 12),
                                     expected_version=call.version, **GOOD)


def test_reopening_and_settling_again_keeps_one_call(database: Database, seeded: Shop, clerk: int) -> None:
    number = settled_order(database, seeded)
    first = call_of(database, number)
    with database.unit_of_work() as s:
        settlement.reopen(s, number, reason="发票抬头开错", staff_id=seeded.manager, now=SETTLED + dt.timedelta(hours=1))
    later = local(2026, 11, 25, 10, 0)
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "90")], staff_id=seeded.cashier, now=later,
                          followup_time="周末")
    again = call_of(database, number)
    assert again.id == first.id
    assert (again.due_on, again.latest_on, again.preferred_time, again.caller) == (
        dt.date(2026, 11, 28), dt.date(2026, 11, 30), "周末", "吴婷婷",
    )
    with database.unit_of_work(write=False) as s:
        assert len(s.scalars(select(FollowUp)).all()) == 1


# --- the queue -------------------------------------------------------------------------------------


def test_the_queue_sorts_calls_by_what_to_do_today(database: Database, seeded: Shop, clerk: int) -> None:
    other = add_staff(database, "郑小雨", Role.FOLLOWUP)
    today = local(2026, 11, 27, 10, 0)
    due = settled_order(database, seeded, at=local(2026, 11, 24, 11))  # due the 27th
    late_window = settled_order(database, seeded, at=local(2026, 11, 22, 11))  # due the 25th, still in the window
    overdue = settled_order(database, seeded, at=local(2026, 11, 20, 11))  # window closed on the 25th
    upcoming = settled_order(database, seeded, at=local(2026, 11, 26, 11))  # due the 29th
    answered = settled_order(database, seeded, at=local(2026, 11, 21, 11))
    missed = settled_order(database, seeded, at=local(2026, 11, 21, 12))
    with database.unit_of_work() as s:
        followups.record_attempt(s, call_of(database, answered).id, reached=True, staff_id=clerk,
                                 now=local(2026, 11, 24, 10), **{**GOOD, "score_staff": 2})
        for hour in (9, 12, 15):
            followups.record_attempt(s, call_of(database, missed).id, reached=False, staff_id=other,
                                     now=local(2026, 11, 24, hour))
    with database.unit_of_work(write=False) as s:
        queue = followups.followup_queue(s, now=today)
        mine = followups.followup_queue(s, now=today, caller_id=clerk)
    numbers = lambda rows: sorted(r.order_number for r in rows)  # noqa: E731
    assert queue.day == dt.date(2026, 11, 27)
    assert numbers(queue.due_today) == sorted([due, late_window])
    assert numbers(queue.overdue) == [overdue] and queue.overdue[0].overdue
    assert numbers(queue.upcoming) == [upcoming]
    assert numbers(queue.done) == [answered] and queue.done[0].unhappy
    assert numbers(queue.unreachable) == [missed] and queue.unreachable[0].attempts == 3
    everyone = [*queue.due_today, *queue.overdue, *queue.upcoming, *queue.done, *queue.unreachable]
    assert {r.caller_id for r in everyone} == {clerk, other}
    mine_all = [*mine.due_today, *mine.overdue, *mine.upcoming, *mine.done, *mine.unreachable]
    assert mine_all and {r.caller_id for r in mine_all} == {clerk}
    assert numbers(mine.unreachable) == []


# --- an unhappy answer -----------------------------------------------------------------------------


def test_an_unhappy_answer_becomes_a_complaint_in_one_step(database: Database, seeded: Shop, clerk: int) -> None:
    pytest.importorskip("desk.services.complaints")
    number = settled_order(database, seeded)
    call = call_of(database, number)
    with pytest.raises(IllegalMove, match="还没有接通记录"):
        with database.unit_of_work() as s:
            followups.raise_complaint(s, call.id, category=ComplaintCategory.QUALITY, description="空调还是不凉",
                                      staff_id=clerk, now=local(2026, 11, 26, 10, 5))
    with database.unit_of_work() as s:
        detail = followups.record_attempt(
            s, call.id, reached=True, staff_id=clerk, now=local(2026, 11, 26, 10),
            **{**GOOD, "problem_solved": False, "score_quality": 2}, comments="空调还是不凉",
        )
    assert detail.row.unhappy
    with database.unit_of_work() as s:
        complaint_number = followups.raise_complaint(
            s, call.id, category=ComplaintCategory.QUALITY, description="空调还是不凉", staff_id=clerk,
            now=local(2026, 11, 26, 10, 5),
        )
    with database.unit_of_work(write=False) as s:
        complaint = s.scalars(select(Complaint)).one()
        row = followups.followup_for_order(s, number)
        order_id = settlement.get_order(s, number).id
    assert complaint.number == complaint_number
    assert (complaint.source, complaint.category, complaint.description) == ("followup", "quality", "空调还是不凉")
    assert (complaint.order_id, complaint.followup_id, complaint.customer_id, complaint.vehicle_id) == (
        order_id, call.id, seeded.customer, seeded.vehicle,
    )
    assert row is not None and row.complaint_number == complaint_number
    with pytest.raises(IllegalMove, match=f"已登记投诉 {complaint_number}"):
        with database.unit_of_work() as s:
            followups.raise_complaint(s, call.id, category="quality", description="再登记一次", staff_id=clerk,
                                      now=local(2026, 11, 26, 10, 6))


def test_attempts_are_kept_with_who_and_when(database: Database, seeded: Shop, clerk: int) -> None:
    call = call_of(database, settled_order(database, seeded))
    with database.unit_of_work() as s:
        followups.record_attempt(s, call.id, reached=False, staff_id=clerk, now=local(2026, 11, 26, 9), note="占线")
    with database.unit_of_work(write=False) as s:
        attempt = s.scalars(select(FollowUpAttempt)).one()
        assert (attempt.staff_id, attempt.reached, attempt.note, attempt.at) == (clerk, False, "占线", local(2026, 11, 26, 9))


# --- the demo --------------------------------------------------------------------------------------


def test_the_demo_has_calls_in_every_state(sqlite_url: str) -> None:
    from desk.models import RepairOrder, Staff
    from desk.services import demo

    database = Database(sqlite_url)
    now = local(2026, 11, 23, 15, 0)
    try:
        with database.unit_of_work() as s:
            demo.fill_demo(s, seed=1, now=now)
        with database.unit_of_work(write=False) as s:
            queue = followups.followup_queue(s, now=now)
            calls = s.scalars(select(FollowUp)).all()
            settled = s.scalars(select(RepairOrder.id).where(RepairOrder.settled_at.is_not(None))).all()
            clerks = s.scalars(select(Staff.id).where(Staff.role == Role.FOLLOWUP.value)).all()
            advisors = {o.id: o.advisor_id for o in s.scalars(select(RepairOrder))}
            complaints = s.scalars(select(Complaint).where(Complaint.followup_id.is_not(None))).all()
            for call in calls:
                assert call.caller_id != advisors[call.order_id]
                if call.status == "unreachable":
                    assert [a.reached for a in call.attempts] == [False, False, False]
                    times = [a.at for a in call.attempts]
                    assert all(later - earlier >= followups.ATTEMPT_GAP for earlier, later in zip(times, times[1:]))
                if call.status == "done":
                    assert call.attempts[-1].reached and call.completed_at == call.attempts[-1].at
                assert all(a.at <= now for a in call.attempts)
    finally:
        database.dispose()
    assert clerks and {c.caller_id for c in calls} == set(clerks)
    assert sorted(c.order_id for c in calls) == sorted(settled)  # every settled order has its one call
    assert len(queue.due_today) >= 5 and len(queue.overdue) == 2 and len(queue.upcoming) >= 5
    assert len(queue.done) >= 20 and len(queue.unreachable) >= 1
    assert any(r.attempts for r in queue.due_today)  # some of today's calls were tried already
    assert sum(r.unhappy for r in queue.done) >= 1
    if complaints:  # the complaints register is there: the latest unhappy answer was raised
        assert any(r.unhappy and r.complaint_number in {c.number for c in complaints} for r in queue.done)


def test_only_a_manager_sets_the_followup_day_within_two_to_five(database: Database, seeded: Shop) -> None:
    with pytest.raises(IllegalMove, match="只有服务经理"):
        with database.unit_of_work() as s:
            followups.set_followup_day(s, 4, staff_id=seeded.advisor)
    for bad in (1, 6, "三"):
        with pytest.raises(ValidationError, match="第 2–5 天"):
            with database.unit_of_work() as s:
                followups.set_followup_day(s, bad, staff_id=seeded.manager)
    with database.unit_of_work() as s:
        assert followups.set_followup_day(s, "4", staff_id=seeded.manager) == 4
    with database.unit_of_work(write=False) as s:
        assert followups.followup_day(s) == 4
    assert call_of(database, settled_order(database, seeded)).due_on == dt.date(2026, 11, 27)
