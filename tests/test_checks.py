"""Progress, quality and delivery checks and the repeat-repair flag through the services, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from conftest import Shop
from desk.db import Database
from desk.models import LabourLine, PromiseChange, RepairOrder, StatusChange
from desk.models.enums import Role
from desk.services import board, checks, customers, orders, repeats, shop
from desk.services.errors import Conflict, IllegalMove, ValidationError
from test_orders import NOW

ALL_TICKED = dict(
    fault_gone=True, old_parts_ready=True, clean=True, nothing_left_inside=True, spare_tyre_and_tools=True,
    covers_removed=True,
)


def minutes(n: float) -> dt.datetime:
    return NOW + dt.timedelta(minutes=n)


def workshop_order(database: Database, shop_ids: Shop, *, hours: str = "1", status: str = "in_progress",
                   complaint: str = "空调不凉", parts: bool = True) -> str:
    """An order opened at NOW with ``hours`` of labour, moved on at NOW (work starts at NOW)."""
    with database.unit_of_work() as s:
        number = orders.open_order(
            s, vehicle_id=shop_ids.vehicle, advisor_id=shop_ids.advisor, mileage=18000, complaint=complaint,
            promised_at=minutes(180), staff_id=shop_ids.advisor, now=NOW - dt.timedelta(minutes=30),
        ).number
        orders.add_labour_line(s, number, code="AC-01", name="空调系统检查", hours=hours)
        if parts:
            orders.add_part_line(s, number, name="空调滤芯", quantity="1", unit_price="120")
        path = {"open": (), "in_progress": ("dispatched", "in_progress"),
                "quality_check": ("dispatched", "in_progress", "quality_check")}[status]
        for target in path:
            orders.move_status(s, number, target, now=NOW)
    return number


@pytest.fixture
def people(database: Database, seeded: Shop) -> dict[str, int]:
    """A supervisor and two technicians besides the seeded shop's staff."""
    with database.unit_of_work() as s:
        return {
            "supervisor": shop.add_staff(s, "周主管", Role.SUPERVISOR).id,
            "tech": shop.add_staff(s, "黄师傅", Role.TECHNICIAN, seeded.team).id,
            "tech2": shop.add_staff(s, "马师傅", Role.TECHNICIAN, seeded.team).id,
        }


def give_to(database: Database, number: str, technician: int) -> None:
    """Put a technician on every labour line (what the dispatch screen does)."""
    with database.unit_of_work() as s:
        for line in orders.get_order(s, number).labour_lines:
            line.technician_id = technician


# --- progress check ------------------------------------------------------------------------


def due_numbers(database: Database, at: dt.datetime, **kwargs: object) -> list[str]:
    with database.unit_of_work(write=False) as s:
        return [d.number for d in checks.due_progress_checks(s, now=at, **kwargs)]  # type: ignore[arg-type]


def test_progress_check_falls_due_at_seventy_percent(database: Database, seeded: Shop) -> None:
    number = workshop_order(database, seeded)  # 1 hour of labour, work started at NOW
    assert due_numbers(database, minutes(41.4)) == []  # 69 %
    assert due_numbers(database, minutes(42)) == [number]  # 70 %
    assert due_numbers(database, minutes(48)) == [number]  # 80 %
    with database.unit_of_work(write=False) as s:
        (due,) = checks.due_progress_checks(s, now=minutes(48))
    assert (due.plate, due.advisor, due.share_percent, due.rechecked) == ("粤B·D12345", "李娜", 80, False)
    assert due.promised_at == minutes(180)
    assert due_numbers(database, minutes(48), advisor_id=seeded.advisor2) == []
    assert due_numbers(database, minutes(48), advisor_id=seeded.advisor) == [number]


def test_before_work_starts_the_clock_runs_from_check_in_and_orders_without_labour_never_fall_due(
    database: Database, seeded: Shop,
) -> None:
    number = workshop_order(database, seeded, status="open")  # opened 30 minutes before NOW
    assert due_numbers(database, minutes(11)) == []  # 41 minutes: 68 %
    assert due_numbers(database, minutes(13)) == [number]
    with database.unit_of_work() as s:
        line = orders.get_order(s, number).labour_lines[0]
        orders.remove_line(s, number, kind="labour", line_id=line.id)
    assert due_numbers(database, minutes(600)) == []


def card(database: Database, number: str, at: dt.datetime) -> board.Card:
    with database.unit_of_work(write=False) as s:
        return next(c for c in board.board(s, at).orders if c.number == number)


def test_an_on_time_check_takes_the_order_off_the_list_and_the_amber_off_its_card(
    database: Database, seeded: Shop,
) -> None:
    number = workshop_order(database, seeded)
    assert card(database, number, minutes(45)).colour == board.ATTENTION
    with database.unit_of_work() as s:
        version = orders.order_detail(s, number).version
        row = checks.record_progress_check(
            s, number, on_time=True, note="车间说半小时内完工", staff_id=seeded.advisor,
            expected_version=version, now=minutes(45),
        )
    assert (row.on_time, row.staff, row.note, row.new_promised_local) == (True, "李娜", "车间说半小时内完工", "")
    assert due_numbers(database, minutes(50)) == []
    checked = card(database, number, minutes(50))
    assert checked.colour == board.ON_TRACK and checked.progress_checked
    with database.unit_of_work(write=False) as s:
        later = board.board(s, minutes(50)).at(minutes(55))
        assert next(c for c in later.orders if c.number == number).colour == board.ON_TRACK
        assert s.scalars(select(PromiseChange)).all() == []
    # past the promise it is red all the same
    assert card(database, number, minutes(181)).colour == board.OVERDUE


def test_a_late_check_needs_a_new_time_moves_the_promise_and_records_the_change(
    database: Database, seeded: Shop,
) -> None:
    number = workshop_order(database, seeded)
    for new_time, message in [
        (None, "新的预计交车时间"), (minutes(40), "晚于现在"), (minutes(180), "与原来的相同"),
    ]:
        with pytest.raises(ValidationError, match=message), database.unit_of_work() as s:
            checks.record_progress_check(
                s, number, on_time=False, new_promised_at=new_time, customer_told=True, staff_id=seeded.advisor,
                now=minutes(45),
            )
    with pytest.raises(ValidationError, match="按时完成时不改交车时间"), database.unit_of_work() as s:
        checks.record_progress_check(s, number, on_time=True, new_promised_at=minutes(300), staff_id=None, now=minutes(45))
    with database.unit_of_work() as s:
        row = checks.record_progress_check(
            s, number, on_time=False, new_promised_at=minutes(240), customer_told=True, note="等压缩机到货",
            staff_id=seeded.advisor, now=minutes(45),
        )
    assert not row.on_time and row.customer_told and row.new_promised_local == "2026-11-23 13:00"
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
        (change,) = s.scalars(select(PromiseChange)).all()
        assert detail.promised_at == minutes(240)
        assert (change.source, change.old_promised_at, change.new_promised_at, change.customer_told, change.reason) == (
            "progress_check", minutes(180), minutes(240), True, "等压缩机到货",
        )
        overview = checks.checks_overview(s, number, now=minutes(50))
    assert [p.on_time for p in overview.progress] == [False] and not overview.progress_due
    assert due_numbers(database, minutes(50)) == []
    # the promise changed afterwards for another reason (additional work): the job is checked again
    with database.unit_of_work() as s:
        order = orders.get_order(s, number)
        s.add(PromiseChange(order_id=order.id, at=minutes(50), source="additional_work", old_promised_at=minutes(240),
                            new_promised_at=minutes(300)))
    with database.unit_of_work(write=False) as s:
        (due,) = checks.due_progress_checks(s, now=minutes(55))
    assert due.number == number and due.rechecked
    assert card(database, number, minutes(55)).colour == board.ATTENTION


def test_progress_check_is_refused_on_a_stale_screen_and_once_the_car_is_ready(
    database: Database, seeded: Shop, people: dict[str, int],
) -> None:
    number = workshop_order(database, seeded, status="quality_check")
    with pytest.raises(Conflict), database.unit_of_work() as s:
        checks.record_progress_check(s, number, on_time=True, staff_id=None, expected_version=1, now=minutes(45))
    with database.unit_of_work() as s:
        checks.record_quality_check(s, number, inspector_id=people["supervisor"], passed=True, staff_id=None, now=minutes(50))
        checks.pass_and_ready(s, number, **ALL_TICKED, staff_id=seeded.advisor, now=minutes(55))
    with pytest.raises(IllegalMove, match="不需要再做进度检查"), database.unit_of_work() as s:
        checks.record_progress_check(s, number, on_time=True, staff_id=None, now=minutes(60))


# --- quality check -------------------------------------------------------------------------


def test_the_technician_who_did_the_job_may_not_inspect_it(
    database: Database, seeded: Shop, people: dict[str, int],
) -> None:
    number = workshop_order(database, seeded, status="quality_check")
    give_to(database, number, people["tech"])
    with pytest.raises(ValidationError, match="黄师傅 是这张委托书的维修技师（空调系统检查），不能检查自己做的活"):
        with database.unit_of_work() as s:
            checks.record_quality_check(s, number, inspector_id=people["tech"], passed=True, staff_id=None, now=minutes(50))
    with pytest.raises(ValidationError, match="收银员，不能做质检"), database.unit_of_work() as s:
        checks.record_quality_check(s, number, inspector_id=seeded.cashier, passed=True, staff_id=None, now=minutes(50))
    with pytest.raises(ValidationError, match="请选择质检员"), database.unit_of_work() as s:
        checks.record_quality_check(s, number, inspector_id=None, passed=True, staff_id=None, now=minutes(50))
    with database.unit_of_work(write=False) as s:
        names = [p.name for p in checks.eligible_inspectors(s, number)]
        assert s.scalars(select(StatusChange.to_status).order_by(StatusChange.id)).all()[-1] == "quality_check"
    assert names[0] == "周主管" and "黄师傅" not in names and "马师傅" in names and "陈敏" not in names
    with database.unit_of_work() as s:
        row = checks.record_quality_check(
            s, number, inspector_id=people["tech2"], passed=True, staff_id=None, now=minutes(50),
        )
    assert (row.round, row.inspector, row.passed) == (1, "马师傅", True)


def test_quality_check_only_in_quality_check(database: Database, seeded: Shop, people: dict[str, int]) -> None:
    number = workshop_order(database, seeded)
    with pytest.raises(IllegalMove, match="只有「质检中」的车才能质检"), database.unit_of_work() as s:
        checks.record_quality_check(s, number, inspector_id=people["supervisor"], passed=True, staff_id=None)


def test_rework_loop_and_the_checks_the_move_to_ready_needs(
    database: Database, seeded: Shop, people: dict[str, int],
) -> None:
    number = workshop_order(database, seeded, status="quality_check")
    give_to(database, number, people["tech"])
    with pytest.raises(IllegalMove, match="还没有质检"), database.unit_of_work() as s:
        orders.move_status(s, number, "ready", now=minutes(50))
    with pytest.raises(ValidationError, match="必须写明原因"), database.unit_of_work() as s:
        checks.record_quality_check(s, number, inspector_id=people["supervisor"], passed=False, reason=" ", staff_id=None)
    with database.unit_of_work() as s:
        failed = checks.record_quality_check(
            s, number, inspector_id=people["supervisor"], passed=False, reason="出风口温度仍偏高，复查冷媒压力",
            staff_id=seeded.advisor, now=minutes(50),
        )
        detail = orders.order_detail(s, number)
    assert (failed.round, failed.passed) == (1, False)
    assert detail.status == "in_progress"
    assert detail.history[-1].reason == "质检不合格，返修：出风口温度仍偏高，复查冷媒压力（质检员 周主管）"
    with pytest.raises(IllegalMove, match="不能直接改为「待交车」"), database.unit_of_work() as s:
        orders.move_status(s, number, "ready", now=minutes(55))
    with database.unit_of_work() as s:
        orders.move_status(s, number, "quality_check", now=minutes(80))
    # the failed check was before the car came back: a new check is needed
    with pytest.raises(IllegalMove, match="还没有质检"), database.unit_of_work() as s:
        orders.move_status(s, number, "ready", now=minutes(85))
    with pytest.raises(IllegalMove, match="还没有质检合格"), database.unit_of_work() as s:
        checks.record_delivery_check(s, number, **ALL_TICKED, staff_id=None, now=minutes(85))
    with database.unit_of_work() as s:
        passed = checks.record_quality_check(
            s, number, inspector_id=people["supervisor"], passed=True, staff_id=None, now=minutes(90),
        )
    assert (passed.round, passed.passed) == (2, True)
    with pytest.raises(IllegalMove, match="还没有完成交车前检查"), database.unit_of_work() as s:
        orders.move_status(s, number, "ready", now=minutes(91))
    unticked = dict(ALL_TICKED, clean=False, covers_removed=False)
    with pytest.raises(ValidationError, match="还有 2 项没有确认：车内外已清洁、防护套已取下"), database.unit_of_work() as s:
        checks.pass_and_ready(s, number, **unticked, staff_id=None, now=minutes(92))
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).status == "quality_check"  # nothing half done
    with database.unit_of_work() as s:
        row = checks.pass_and_ready(s, number, **ALL_TICKED, note="旧件放后备箱", staff_id=seeded.advisor, now=minutes(95))
        detail = orders.order_detail(s, number)
        overview = checks.checks_overview(s, number)
    assert row.staff == "李娜" and all(ticked for _, ticked in row.items)
    assert detail.status == "ready"
    assert [h.to_status for h in detail.history][-4:] == ["quality_check", "in_progress", "quality_check", "ready"]
    assert [(q.round, q.passed) for q in overview.quality] == [(1, False), (2, True)]
    assert len(overview.delivery) == 1 and overview.delivery[0].note == "旧件放后备箱"


def test_a_rework_after_the_delivery_check_needs_both_checks_again(
    database: Database, seeded: Shop, people: dict[str, int],
) -> None:
    number = workshop_order(database, seeded, status="quality_check")
    with database.unit_of_work() as s:
        checks.record_quality_check(s, number, inspector_id=people["supervisor"], passed=True, staff_id=None, now=minutes(50))
        checks.record_delivery_check(s, number, **ALL_TICKED, staff_id=None, now=minutes(52))
        orders.move_status(s, number, "in_progress", reason="客户又提出异响", now=minutes(55))
        orders.move_status(s, number, "quality_check", now=minutes(70))
        checks.record_quality_check(s, number, inspector_id=people["supervisor"], passed=True, staff_id=None, now=minutes(75))
    with pytest.raises(IllegalMove, match="还没有完成交车前检查"), database.unit_of_work() as s:
        orders.move_status(s, number, "ready", now=minutes(76))


def test_old_parts_need_not_be_shown_when_the_shop_disposes_of_them_or_none_were_replaced(
    database: Database, seeded: Shop, people: dict[str, int],
) -> None:
    without_old = dict(ALL_TICKED, old_parts_ready=False)
    number = workshop_order(database, seeded, status="quality_check")
    with database.unit_of_work() as s:
        checks.record_quality_check(s, number, inspector_id=people["supervisor"], passed=True, staff_id=None, now=minutes(50))
    with pytest.raises(ValidationError, match="旧件已备好展示"), database.unit_of_work() as s:
        checks.record_delivery_check(s, number, **without_old, staff_id=None, now=minutes(52))
    with database.unit_of_work() as s:
        orders.get_order(s, number).old_parts = "shop_disposes"
    with database.unit_of_work() as s:
        assert not checks.checks_overview(s, number).old_parts_needed
        checks.pass_and_ready(s, number, **without_old, staff_id=None, now=minutes(52))
        assert orders.order_detail(s, number).status == "ready"


# --- repeat repair -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("空调不凉", "空调还是不凉", True),
        ("做 2 万公里保养；空调不凉", "空调 不制冷，出风是热的", True),
        ("空调不凉", "更换空调滤芯", False),
        ("左前轮异响", "过减速带时左前轮有异响", True),
        ("刹车异响", "空调异响", False),
        ("做 2 万公里保养", "做 3 万公里保养", False),
        ("发动机故障灯亮", "仪表上发动机故障灯又亮了", True),
        ("车门异响", "更换雨刮片", False),
    ],
)
def test_same_complaint(first: str, second: str, same: bool) -> None:
    assert repeats.same_complaint(first, second) is same


def test_a_shared_operation_code_counts_with_loosely_alike_texts() -> None:
    first, second = "转向时有咯噔声", "方向盘打到底咯吱响"
    assert not repeats.same_complaint(first, second)
    assert repeats.same_complaint(first, second, ["ST-02"], ["st-02"]) is (
        repeats.clause_similarity(first, second) >= repeats.LOOSE_SIMILARITY
    )


def earlier_order(database: Database, shop_ids: Shop, complaint: str, left_days_ago: float, vehicle: int | None = None) -> str:
    """An order of the car that left the shop ``left_days_ago`` days before NOW."""
    left = NOW - dt.timedelta(days=left_days_ago)
    with database.unit_of_work() as s:
        number = orders.open_order(
            s, vehicle_id=vehicle or shop_ids.vehicle, advisor_id=shop_ids.advisor, mileage=16000,
            complaint=complaint, now=left - dt.timedelta(hours=3),
        ).number
        order = orders.get_order(s, number)
        order.status, order.settled_at, order.released_at = "released", left - dt.timedelta(minutes=20), left
    return number


def open_again(database: Database, shop_ids: Shop, complaint: str) -> orders.OrderDetail:
    with database.unit_of_work() as s:
        return orders.open_order(
            s, vehicle_id=shop_ids.vehicle, advisor_id=shop_ids.advisor2, mileage=18000, complaint=complaint,
            now=NOW,
        )


def test_same_complaint_within_thirty_days_is_flagged_as_a_repeat(database: Database, seeded: Shop) -> None:
    earlier_order(database, seeded, "空调不凉", 20)
    last = earlier_order(database, seeded, "做 2 万公里保养；空调不凉", 10)
    detail = open_again(database, seeded, "空调还是不凉，上次修过")
    assert detail.repeat_of == last
    with database.unit_of_work(write=False) as s:
        on_board = next(c for c in board.board(s, NOW).orders if c.number == detail.number)
        assert checks.checks_overview(s, detail.number).repeat_of == last
    assert on_board.repeat_of == last


def test_no_repeat_after_thirty_one_days_for_another_complaint_or_another_car(database: Database, seeded: Shop) -> None:
    earlier_order(database, seeded, "空调不凉", 31)
    earlier_order(database, seeded, "左前轮异响", 5)
    with database.unit_of_work() as s:
        other = customers.create_customer(s, name="王芳", phone="13900000001")
        car = customers.add_vehicle(s, other.id, plate="粤A11111", vin="LFV2A21K0G3012345", model="大众 迈腾").id
    earlier_order(database, seeded, "空调不凉", 3, vehicle=car)
    assert open_again(database, seeded, "空调不凉").repeat_of == ""


def test_an_order_still_in_the_shop_is_not_a_repeat_source(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=16000,
                          complaint="空调不凉", now=NOW - dt.timedelta(days=2))
    with database.unit_of_work() as s:
        detail = orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=18000,
                                   complaint="空调不凉", confirmed={"second_open_order"}, now=NOW)
    assert detail.repeat_of == ""


def test_the_advisor_sets_and_clears_the_flag_by_hand_with_a_reason(database: Database, seeded: Shop) -> None:
    earlier = earlier_order(database, seeded, "底盘有异响", 40)
    detail = open_again(database, seeded, "过坎时咯噔一声")
    assert detail.repeat_of == ""
    number = detail.number
    with pytest.raises(ValidationError, match="原因"), database.unit_of_work() as s:
        checks.mark_repeat(s, number, repeat_of=earlier, reason=" ", staff_id=seeded.advisor)
    with pytest.raises(ValidationError, match="它自己"), database.unit_of_work() as s:
        checks.mark_repeat(s, number, repeat_of=number, reason="x", staff_id=seeded.advisor)
    with pytest.raises(ValidationError, match="找不到委托书"), database.unit_of_work() as s:
        checks.mark_repeat(s, number, repeat_of="RO19990101-0001", reason="x", staff_id=seeded.advisor)
    with pytest.raises(IllegalMove, match="没有返修标记"), database.unit_of_work() as s:
        checks.mark_repeat(s, number, repeat_of=None, reason="x", staff_id=seeded.advisor)
    with database.unit_of_work() as s:
        assert checks.mark_repeat(
            s, number, repeat_of=earlier.lower(), reason="同一处底盘异响，上次未修好", staff_id=seeded.advisor,
            expected_version=detail.version, now=minutes(5),
        ) == earlier
        marked = orders.order_detail(s, number)
    assert marked.repeat_of == earlier and marked.version > detail.version
    assert marked.history[-1].reason == f"标记为 {earlier} 的返修：同一处底盘异响，上次未修好"
    assert marked.history[-1].staff == "李娜" and marked.status == "open"
    with pytest.raises(Conflict), database.unit_of_work() as s:
        checks.mark_repeat(s, number, repeat_of=None, reason="x", staff_id=None, expected_version=detail.version)
    with database.unit_of_work() as s:
        assert checks.mark_repeat(s, number, repeat_of=None, reason="查明是另一处故障", staff_id=seeded.advisor) == ""
        cleared = orders.order_detail(s, number)
        # the history rows of the flag do not count as status moves
        entered = s.scalars(select(StatusChange).where(StatusChange.from_status == StatusChange.to_status)).all()
    assert cleared.repeat_of == "" and cleared.history[-1].reason == f"取消返修标记（原为 {earlier} 的返修）：查明是另一处故障"
    assert len(entered) == 2


def test_marking_another_cars_order_is_refused(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        other = customers.create_customer(s, name="王芳", phone="13900000001")
        car = customers.add_vehicle(s, other.id, plate="粤A11111", vin="LFV2A21K0G3012345", model="大众 迈腾").id
    theirs = earlier_order(database, seeded, "空调不凉", 3, vehicle=car)
    number = open_again(database, seeded, "空调不凉").number
    with pytest.raises(ValidationError, match="另一辆车"), database.unit_of_work() as s:
        checks.mark_repeat(s, number, repeat_of=theirs, reason="客户说是同一问题", staff_id=None)
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(RepairOrder.repeat_of_id).where(RepairOrder.number == number)) is None
        assert s.scalars(select(LabourLine)).all() == []
