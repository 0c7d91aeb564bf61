"""Dispatch per labour line and the job clock: who may get a job, the automatic moves to 已派工
and 维修中, the clock's states with pauses (actual hours exclude them), refused presses, the
workshop view's rows and the board card's figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select, update

from desk import db as desk_db
from desk.models import JobClockEvent, LabourLine, RepairOrder
from desk.models.enums import ClockState, Role
from desk.services import board, dispatch, orders, shop
from desk.services.dispatch import format_hours, worked_seconds
from desk.services.errors import Conflict, IllegalMove, NeedsConfirmation, ValidationError

T0 = dt.datetime(2026, 11, 23, 1, 0, tzinfo=dt.timezone.utc)  # 09:00 in the shop


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@dataclass(frozen=True)
class Workshop:
    number: str
    lines: tuple[int, int]
    team: int
    team2: int
    sun: int
    zheng: int
    he: int
    supervisor: int


@pytest.fixture
def workshop(database: desk_db.Database, seeded) -> Workshop:
    """An open order with two labour lines (2.0 h and 1.5 h), two teams with technicians."""
    with database.unit_of_work() as s:
        team2 = shop.add_team(s, "机电二组", 2)
        sun = shop.add_staff(s, "孙伟", Role.TECHNICIAN, seeded.team)
        zheng = shop.add_staff(s, "郑浩", Role.TECHNICIAN, seeded.team)
        he = shop.add_staff(s, "何俊杰", Role.TECHNICIAN, team2.id)
        supervisor = shop.add_staff(s, "刘建国", Role.SUPERVISOR)
        number = orders.open_order(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=20000, complaint="保养，刹车异响",
            promised_at=T0 + dt.timedelta(hours=6), now=T0 - dt.timedelta(minutes=30),
        ).number
        orders.add_labour_line(s, number, name="更换机油机滤", hours="2")
        detail = orders.add_labour_line(s, number, name="检查制动系统", hours="1.5")
    return Workshop(
        number=number, lines=(detail.labour_lines[0].id, detail.labour_lines[1].id), team=seeded.team,
        team2=team2.id, sun=sun.id, zheng=zheng.id, he=he.id, supervisor=supervisor.id,
    )


def order_of(s, number: str) -> RepairOrder:
    return orders.get_order(s, number)


def give(s, w: Workshop, line: int, technician: int, team: int | None = None, **kw) -> dispatch.JobRow:
    return dispatch.dispatch_line(
        s, w.number, line, team_id=team if team is not None else w.team, technician_id=technician,
        staff_id=w.supervisor, now=kw.pop("now", at(0)), **kw,
    )


# --- actual hours, pure ------------------------------------------------------------------


def test_worked_seconds_count_running_intervals_only() -> None:
    events = [("start", at(0)), ("pause", at(30)), ("resume", at(50)), ("pause", at(65)), ("resume", at(90))]
    seconds, since = worked_seconds(events, at(100))
    assert seconds == (30 + 15 + 10) * 60
    assert since == at(90)
    finished = events + [("finish", at(120))]
    assert worked_seconds(finished, at(500)) == ((30 + 15 + 30) * 60, None)
    assert worked_seconds([], at(5)) == (0, None)
    assert format_hours(250) == "2.5" and format_hours(300) == "3.0" and format_hours(125) == "1.3"


# --- dispatch --------------------------------------------------------------------------------


def test_dispatching_every_line_moves_the_order_to_dispatched(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        row = give(s, w, w.lines[0], w.sun)
        assert (row.team, row.technician, row.clock_state) == ("机电一组", "孙伟", "not_started")
        assert order_of(s, w.number).status == "open"  # one line still waits
        assert order_of(s, w.number).team_id == w.team  # the order's team follows the first dispatch
        give(s, w, w.lines[1], w.he, team=w.team2)
        order = order_of(s, w.number)
        assert order.status == "dispatched"
        assert order.status_changes[-1].reason == "派工：机电一组、机电二组"
        assert order.status_changes[-1].staff_id == w.supervisor
    with database.unit_of_work() as s:
        # handing a line not yet started to someone else is fine; the order stays dispatched
        row = give(s, w, w.lines[1], w.zheng)
        assert (row.team, row.technician) == ("机电一组", "郑浩")
        assert order_of(s, w.number).status == "dispatched"


def test_team_taken_from_the_technician_and_team_only_dispatch(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        row = dispatch.dispatch_line(s, w.number, w.lines[0], team_id=None, technician_id=w.he, staff_id=None)
        assert row.team_id == w.team2
        row = dispatch.dispatch_line(s, w.number, w.lines[1], team_id=w.team, technician_id=None, staff_id=None)
        assert (row.team, row.technician, row.dispatched) == ("机电一组", "", False)
        assert order_of(s, w.number).status == "open"  # a team without a technician is not dispatched yet


def test_dispatch_refusals(database: desk_db.Database, workshop: Workshop, seeded) -> None:
    w = workshop
    with database.unit_of_work() as s:
        with pytest.raises(ValidationError, match="属于机电二组，不在机电一组") as wrong_team:
            give(s, w, w.lines[0], w.he, team=w.team)
        assert wrong_team.value.field == "technician"
        with pytest.raises(ValidationError, match="在职的维修技师"):
            give(s, w, w.lines[0], seeded.advisor)  # an advisor is no technician
        with pytest.raises(ValidationError, match="班组"):
            dispatch.dispatch_line(s, w.number, w.lines[0], team_id=None, technician_id=None, staff_id=None)
        with pytest.raises(ValidationError, match="班组"):
            dispatch.dispatch_line(s, w.number, w.lines[0], team_id=99999, technician_id=None, staff_id=None)
        loner = shop.add_staff(s, "曹阳", Role.TECHNICIAN)
        with pytest.raises(ValidationError, match="还没有分到班组"):
            give(s, w, w.lines[0], loner.id)
        with pytest.raises(Exception, match="不属于委托书"):
            give(s, w, 999999, w.sun)
        give(s, w, w.lines[0], w.sun)
        with pytest.raises(IllegalMove, match="已经派给机电一组 孙伟"):
            give(s, w, w.lines[0], w.sun)
        version = order_of(s, w.number).version
    with database.unit_of_work() as s, pytest.raises(Conflict):
        give(s, w, w.lines[1], w.zheng, expected_version=version - 1)


def test_running_job_is_not_handed_over_and_finished_never(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        give(s, w, w.lines[0], w.sun)
        give(s, w, w.lines[1], w.zheng)
        dispatch.start_job(s, w.number, w.lines[0], now=at(10))
        with pytest.raises(IllegalMove, match="正在施工（孙伟），不能改派。请先暂停或完工"):
            give(s, w, w.lines[0], w.zheng)
        dispatch.pause_job(s, w.number, w.lines[0], reason="break", now=at(20))
        give(s, w, w.lines[0], w.zheng)  # a paused job can be handed to the next shift
        dispatch.resume_job(s, w.number, w.lines[0], now=at(30))
        dispatch.finish_job(s, w.number, w.lines[0], now=at(40))
        with pytest.raises(IllegalMove, match="已完工，不能再改派"):
            give(s, w, w.lines[0], w.sun)


# --- the clock -------------------------------------------------------------------------------


def test_clock_with_pauses_and_the_move_to_in_progress(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        give(s, w, w.lines[0], w.sun)
        give(s, w, w.lines[1], w.zheng)
        row = dispatch.start_job(s, w.number, w.lines[0], staff_id=w.sun, now=at(10))
        assert row.clock_state == "running"
        order = order_of(s, w.number)
        assert order.status == "in_progress"
        assert order.status_changes[-1].reason == "开工：更换机油机滤"
        dispatch.pause_job(s, w.number, w.lines[0], reason="waiting_parts", note="机滤缺货", now=at(40))
        dispatch.resume_job(s, w.number, w.lines[0], now=at(100))
        dispatch.start_job(s, w.number, w.lines[1], now=at(100))
        assert order_of(s, w.number).status == "in_progress"  # one move only
        dispatch.pause_job(s, w.number, w.lines[0], reason="other", note="插做急件", now=at(130))
    with database.unit_of_work(write=False) as s:
        rows = {r.line_id: r for r in dispatch.order_jobs(s, w.number, now=at(160))}
        first, second = rows[w.lines[0]], rows[w.lines[1]]
        assert first.clock_state == "paused" and first.pause_reason == "other" and first.pause_note == "插做急件"
        assert first.worked_seconds == 60 * 60 and first.worked_centi() == 100  # 30 + 30 minutes
        assert second.clock_state == "running" and second.running_since == at(100)
        assert second.worked_centi() == 100  # 60 minutes up to now
        assert second.worked_centi(at(190)) == 150  # a running clock goes on
        assert not second.over(at(190)) and second.over(at(100 + 91))
        events = s.scalars(select(JobClockEvent.kind).where(JobClockEvent.labour_line_id == w.lines[0])
                           .order_by(JobClockEvent.id)).all()
        assert events == ["start", "pause", "resume", "pause"]


def test_finishing_all_lines_does_not_move_to_quality_check(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        give(s, w, w.lines[0], w.sun)
        give(s, w, w.lines[1], w.zheng)
        dispatch.start_job(s, w.number, w.lines[0], now=at(0))
        dispatch.start_job(s, w.number, w.lines[1], now=at(0))
        dispatch.finish_job(s, w.number, w.lines[0], now=at(60))
        assert not dispatch.all_jobs_finished(order_of(s, w.number))
        dispatch.pause_job(s, w.number, w.lines[1], reason="waiting_parts", now=at(30))
        dispatch.finish_job(s, w.number, w.lines[1], now=at(70))  # from a pause: the pause is not work
        order = order_of(s, w.number)
        assert dispatch.all_jobs_finished(order)
        assert order.status == "in_progress"
        rows = dispatch.order_jobs(s, w.number, now=at(500))
        assert [r.worked_centi() for r in rows] == [100, 50]


def test_illegal_presses(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        with pytest.raises(IllegalMove, match="还没有派工，不能开工"):
            dispatch.start_job(s, w.number, w.lines[0], now=at(0))
        give(s, w, w.lines[0], w.sun)
        dispatch.dispatch_line(s, w.number, w.lines[1], team_id=w.team, technician_id=None, staff_id=None)
        orders.move_status(s, w.number, "dispatched")  # the order as a whole, one line without technician
        with pytest.raises(IllegalMove, match="还没有派给技师，请先派工再开工"):
            dispatch.start_job(s, w.number, w.lines[1], now=at(0))
        with pytest.raises(IllegalMove, match="还没有开工，不能完工"):
            dispatch.finish_job(s, w.number, w.lines[0], now=at(0))
        with pytest.raises(IllegalMove, match="还没有开工，不能暂停"):
            dispatch.pause_job(s, w.number, w.lines[0], reason="break", now=at(0))
        with pytest.raises(IllegalMove, match="还没有开工，请按「开工」"):
            dispatch.resume_job(s, w.number, w.lines[0], now=at(0))
        dispatch.start_job(s, w.number, w.lines[0], now=at(5))
        with pytest.raises(IllegalMove, match="已经在施工中"):
            dispatch.start_job(s, w.number, w.lines[0], now=at(6))
        with pytest.raises(IllegalMove, match="正在施工中，不用继续"):
            dispatch.resume_job(s, w.number, w.lines[0], now=at(6))
        with pytest.raises(ValidationError, match="请选择暂停原因"):
            dispatch.pause_job(s, w.number, w.lines[0], reason="", now=at(6))
        with pytest.raises(ValidationError, match="请写明原因"):
            dispatch.pause_job(s, w.number, w.lines[0], reason="other", note="  ", now=at(6))
        with pytest.raises(ValidationError, match="早于"):
            dispatch.pause_job(s, w.number, w.lines[0], reason="break", now=at(1))
        dispatch.pause_job(s, w.number, w.lines[0], reason="break", now=at(7))
        with pytest.raises(IllegalMove, match="已经暂停了"):
            dispatch.pause_job(s, w.number, w.lines[0], reason="break", now=at(8))
        with pytest.raises(IllegalMove, match="已暂停，请按「继续」"):
            dispatch.start_job(s, w.number, w.lines[0], now=at(8))
        dispatch.finish_job(s, w.number, w.lines[0], now=at(9))
        with pytest.raises(IllegalMove, match="已经完工了"):
            dispatch.finish_job(s, w.number, w.lines[0], now=at(10))
        with pytest.raises(IllegalMove, match="已完工，不能暂停"):
            dispatch.pause_job(s, w.number, w.lines[0], reason="break", now=at(10))
        # rework: starting a finished job again asks first
        with pytest.raises(NeedsConfirmation) as question:
            dispatch.start_job(s, w.number, w.lines[0], now=at(10))
        assert question.value.key == "restart_finished"
        row = dispatch.start_job(s, w.number, w.lines[0], now=at(10), confirmed={"restart_finished"})
        assert row.clock_state == "running" and row.worked_centi() == 3  # 2 minutes before, 0 since


def test_no_presses_outside_the_workshop_statuses(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        give(s, w, w.lines[0], w.sun)
        give(s, w, w.lines[1], w.sun)
        dispatch.start_job(s, w.number, w.lines[0], now=at(0))
        orders.move_status(s, w.number, "quality_check")
        with pytest.raises(IllegalMove, match="当前为「质检中」，不能再操作工时钟"):
            dispatch.finish_job(s, w.number, w.lines[0], now=at(5))
        orders.move_status(s, w.number, "cancelled", reason="客户取消")
        with pytest.raises(IllegalMove, match="不能派工"):
            give(s, w, w.lines[1], w.zheng)


def test_waiting_for_approval_resumes_only_after_the_decision(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        give(s, w, w.lines[0], w.sun)
        give(s, w, w.lines[1], w.zheng)
        dispatch.start_job(s, w.number, w.lines[0], now=at(0))
        dispatch.pause_job(s, w.number, w.lines[0], reason="waiting_approval", now=at(20))
        orders.move_status(s, w.number, "awaiting_approval")
        with pytest.raises(IllegalMove, match="等待客户确认追加项目"):
            dispatch.resume_job(s, w.number, w.lines[0], now=at(30))
        dispatch.start_job(s, w.number, w.lines[1], now=at(30))  # other work goes on
        orders.move_status(s, w.number, "in_progress")
        assert dispatch.resume_job(s, w.number, w.lines[0], now=at(40)).clock_state == "running"


def test_a_press_on_a_state_changed_elsewhere_is_refused(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        give(s, w, w.lines[0], w.sun)
        give(s, w, w.lines[1], w.zheng)
    with database.unit_of_work() as s:
        order_of(s, w.number)  # loaded here as not started …
        line = s.get(LabourLine, w.lines[0])
        assert line.clock_state == "not_started"
        # … and started at the other PC meanwhile (the row changes under the loaded object)
        s.execute(update(LabourLine).where(LabourLine.id == line.id).values(clock_state="running")
                  .execution_options(synchronize_session=False))
        assert line.clock_state == "not_started"
        with pytest.raises(Conflict, match="刚被别人操作过"):
            dispatch.start_job(s, w.number, w.lines[0], now=at(2))


def test_workshop_view_rows_and_filters(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        give(s, w, w.lines[0], w.he, team=w.team2)
        rows = dispatch.workshop_jobs(s, now=at(0))
        assert [(r.team, r.name) for r in rows] == [("机电二组", "更换机油机滤"), ("", "检查制动系统")]
        row = rows[0]
        assert (row.order_number, row.plate, row.model, row.hours_centi) == (
            w.number, "粤B·D12345", "大众 帕萨特 330TSI", 200)
        assert row.promised_local == "2026-11-23 15:00"
        assert [r.name for r in dispatch.workshop_jobs(s, team_id=w.team2)] == ["更换机油机滤"]
        assert [r.name for r in dispatch.workshop_jobs(s, unassigned=True)] == ["检查制动系统"]
        assert [t.name for t in dispatch.technicians(s)] == ["孙伟", "郑浩", "何俊杰"]  # 机电一组 < 机电二组
        assert [t.name for t in dispatch.technicians(s, w.team2)] == ["何俊杰"]
        orders.move_status(s, w.number, "cancelled", reason="客户取消")
        assert dispatch.workshop_jobs(s) == []


# --- the board ---------------------------------------------------------------------------


def test_board_card_shows_worked_hours_and_the_pause(database: desk_db.Database, workshop: Workshop) -> None:
    w = workshop
    with database.unit_of_work() as s:
        give(s, w, w.lines[0], w.sun)
        give(s, w, w.lines[1], w.zheng)
        dispatch.start_job(s, w.number, w.lines[0], now=at(0))
        dispatch.start_job(s, w.number, w.lines[1], now=at(0))
        dispatch.pause_job(s, w.number, w.lines[1], reason="waiting_parts", now=at(30))
    with database.unit_of_work(write=False) as s:
        card = next(c for c in board.board(s, at(90)).orders if c.number == w.number)
        assert card.worked_hours_centi == 200  # 90 running + 30 before the pause
        assert card.paused_reason == "waiting_parts"
        assert card.labour_hours_centi == 350


def test_board_dispatch_gives_lines_its_team_and_back_to_open_takes_them(
    database: desk_db.Database, workshop: Workshop,
) -> None:
    w = workshop
    with database.unit_of_work() as s:
        give(s, w, w.lines[0], w.he, team=w.team2)
        board.dispatch(s, w.number, w.team)
        lines = order_of(s, w.number).labour_lines
        assert [(l.team_id, l.technician_id) for l in lines] == [(w.team2, w.he), (w.team, None)]
        assert order_of(s, w.number).status == "dispatched"
        board.move(s, w.number, "open")
        lines = order_of(s, w.number).labour_lines
        assert [(l.team_id, l.technician_id) for l in lines] == [(None, None), (None, None)]
        assert all(l.clock_state == ClockState.NOT_STARTED.value for l in lines)
