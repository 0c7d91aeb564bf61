"""Additional work (追加项目) through the services, on both databases: found, approved or declined,
the order's status and promise, declined work at the next visit, refusals that write nothing,
and the confirmation slip from the command line."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import Shop
from desk.db import Database
from desk.models import AdditionalWork, DocumentSnapshot, LabourLine, PartLine, Photo, PromiseChange, RepairOrder
from desk.services import additional_work as aw
from desk.services import orders
from desk.services.additional_work import LabourInput, PartInput
from desk.services.additional_work_snapshot import additional_work_snapshot
from desk.services.errors import Conflict, IllegalMove, ValidationError
from desk.services.shop import format_local
from test_catalogue import fill
from test_cli import run
from test_orders import NOW, move, open_walk_in

PROMISED = NOW + dt.timedelta(hours=3)  # 12:00 shop time
FOUND = NOW + dt.timedelta(minutes=40)
DECIDED = NOW + dt.timedelta(minutes=55)
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)

BRAKES = dict(
    description="前刹车片剩余 2 mm，建议更换",
    labour=[LabourInput(name="更换前刹车片", hours="1.5")],
    parts=[PartInput(part_number="35D698151", name="前刹车片(套)", quantity="1", unit_price="580")],
)


def working_order(database: Database, shop: Shop, *path: str) -> str:
    """An order with one labour and one parts line, promised at 12:00, moved along ``path``."""
    number = open_walk_in(database, shop, promised_at=PROMISED, confirmed={"second_open_order"}).number
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, code="BY-01", name="更换机油机滤", hours="0.5")
        orders.add_part_line(s, number, name="机油滤清器", quantity="1", unit_price="68.50")
    if path:
        move(database, number, *path)
    return number


def record(database: Database, number: str, shop: Shop, **values: object) -> aw.RecordResult:
    kwargs: dict[str, object] = dict(BRAKES, staff_id=shop.advisor, now=FOUND)
    kwargs.update(values)
    with database.unit_of_work() as s:
        return aw.record_additional_work(s, number, **kwargs)  # type: ignore[arg-type]


def decide(database: Database, work_id: int, **values: object) -> aw.DecisionResult:
    kwargs: dict[str, object] = dict(
        approved=True, decided_by="车主本人", channel="phone", decided_at=DECIDED, customer_told_new_promise=True,
        now=DECIDED + dt.timedelta(minutes=1),
    )
    kwargs.update(values)
    with database.unit_of_work() as s:
        return aw.decide(s, work_id, **kwargs)  # type: ignore[arg-type]


def local(database: Database, instant: dt.datetime | None) -> str:
    with database.unit_of_work(write=False) as s:
        return format_local(s, instant)


# --- approval both ways ------------------------------------------------------------------------


def test_approved_work_joins_the_order_and_moves_the_promise(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    recorded = record(database, number, seeded)
    assert recorded.order.status == "awaiting_approval"
    assert recorded.consent is True and recorded.callback_phone == "13812345678"
    assert recorded.work.status == "pending"
    assert recorded.work.total_fen == 27000 + 58000  # 1.5 h × ¥180 + ¥580
    assert recorded.work.extra_hours == Decimal("1.5")  # default: the proposed labour hours
    # waiting work is not in the estimate
    assert recorded.order.totals.total == 9000 + 6850
    assert recorded.order.history[-1].to_status == "awaiting_approval"
    assert "追加项目" in recorded.order.history[-1].reason

    decided = decide(database, recorded.work.id)
    assert decided.order.status == "in_progress"
    assert decided.work.status == "approved" and decided.work.decided_by == "车主本人"
    assert decided.work.channel == "phone" and decided.work.recorded_by == ""
    assert decided.order.totals.total == 9000 + 6850 + 27000 + 58000
    joined = [l for l in decided.order.labour_lines if l.additional_work_id == recorded.work.id]
    parts = [p for p in decided.order.part_lines if p.additional_work_id == recorded.work.id]
    assert [(l.name, l.hours, l.rate_fen, l.amount_fen) for l in joined] == [("更换前刹车片", Decimal("1.5"), 18000, 27000)]
    assert [(p.part_number, p.unit_price_fen) for p in parts] == [("35D698151", 58000)]
    # 12:00 + 1.5 h of working time
    assert decided.promise_moved and decided.new_promised_local.endswith("13:30")
    assert decided.order.promised_local == decided.new_promised_local
    with database.unit_of_work(write=False) as s:
        change = s.scalars(select(PromiseChange)).one()
        assert (change.source, change.customer_told) == ("additional_work", True)
        assert change.old_promised_at == PROMISED and change.new_promised_at == PROMISED + dt.timedelta(hours=1, minutes=30)
        assert change.computed_at is None  # Desk's own arithmetic was used
    assert [h.to_status for h in decided.order.history][-3:] == ["in_progress", "awaiting_approval", "in_progress"]


def test_the_promise_rolls_over_closing_time(database: Database, seeded: Shop) -> None:
    number = open_walk_in(database, seeded, promised_at=NOW + dt.timedelta(hours=8, minutes=30)).number  # 17:30
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, name="检查", hours="1")
    move(database, number, "dispatched", "in_progress")
    work = record(database, number, seeded, extra_hours="2").work
    decided = decide(database, work.id)
    assert decided.new_promised_local == "2026-11-24 10:00"  # 0.5 h today, 1.5 h from 08:30 tomorrow


def test_an_agreed_time_replaces_the_computed_one(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    work = record(database, number, seeded).work
    agreed = NOW + dt.timedelta(hours=7)  # 16:00
    decided = decide(database, work.id, new_promised_at=agreed, customer_told_new_promise=False)
    assert decided.order.promised_at == agreed
    with database.unit_of_work(write=False) as s:
        change = s.scalars(select(PromiseChange)).one()
        assert change.new_promised_at == agreed and change.customer_told is False
        assert change.computed_at == PROMISED + dt.timedelta(hours=1, minutes=30)


def test_declined_work_is_kept_and_offered_at_the_next_visit(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    work = record(database, number, seeded).work
    decided = decide(database, work.id, approved=False, decided_by="车主本人", channel="in_person", note="下次再做")
    assert decided.order.status == "in_progress"
    assert decided.work.status == "declined" and decided.work.note == "下次再做"
    assert not decided.promise_moved and decided.order.promised_at == PROMISED
    assert decided.order.totals.total == 9000 + 6850
    assert all(l.additional_work_id is None for l in decided.order.labour_lines)
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(func.count()).select_from(PromiseChange)) == 0
        # the order itself does not offer its own declined work again
        assert aw.recommendations_for_vehicle(s, seeded.vehicle, excluding_order=number) == []
        found = aw.recommendations_for_vehicle(s, seeded.vehicle)
    assert [(r.order_number, r.description, r.total_fen, r.declined_by) for r in found] == [
        (number, "前刹车片剩余 2 mm，建议更换", 85000, "车主本人")
    ]
    assert found[0].items == "更换前刹车片、前刹车片(套)×1"

    with database.unit_of_work() as s:
        with pytest.raises(IllegalMove, match="本单客户拒绝"):
            aw.take_up(s, work.id, number)

    # the car comes back: the new order takes the recommendation up at today's prices
    with database.unit_of_work() as s:
        orders.move_status(s, number, "cancelled", reason="客户改约", now=NOW)
    second = open_walk_in(database, seeded, mileage=19000).number
    with database.unit_of_work(write=False) as s:
        offered = aw.recommendations_for_vehicle(s, seeded.vehicle, excluding_order=second)
    assert [r.work_id for r in offered] == [work.id]
    with database.unit_of_work() as s:
        detail = aw.take_up(s, work.id, second, staff_id=seeded.advisor)
    assert [l.name for l in detail.labour_lines] == ["更换前刹车片"]
    assert [(p.name, p.unit_price_fen) for p in detail.part_lines] == [("前刹车片(套)", 58000)]
    with database.unit_of_work(write=False) as s:
        assert aw.recommendations_for_vehicle(s, seeded.vehicle) == []
        assert aw.work_for_order(s, number)[0].taken_up_order == second
    with database.unit_of_work() as s:
        with pytest.raises(IllegalMove, match=f"已加入委托书 {second}"):
            aw.take_up(s, work.id, second)


def test_the_order_waits_until_every_item_is_decided(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    first = record(database, number, seeded).work
    second = record(
        database, number, seeded, description="空调滤芯脏堵", labour=[], parts=[PartInput(name="空调滤芯", unit_price="120")],
        extra_hours="0",
    )
    assert second.order.status == "awaiting_approval"
    assert [h.to_status for h in second.order.history].count("awaiting_approval") == 1  # joined, no second move
    assert decide(database, first.id, approved=False).order.status == "awaiting_approval"
    done = decide(database, second.work.id)
    assert done.order.status == "in_progress"
    assert not done.promise_moved  # no extra time
    with database.unit_of_work(write=False) as s:
        rows = aw.work_for_order(s, number)
    assert [r.status for r in rows] == ["declined", "approved"]


def test_work_found_when_dispatched_or_at_the_quality_check(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched")
    with pytest.raises(IllegalMove, match="追加项目"):
        move(database, number, "awaiting_approval")  # never by hand from 已派工
    assert record(database, number, seeded).order.status == "awaiting_approval"
    checked = working_order(database, seeded, "dispatched", "in_progress", "quality_check")
    assert record(database, checked, seeded).order.status == "awaiting_approval"
    opened = working_order(database, seeded)
    with pytest.raises(IllegalMove, match="不能登记追加项目"):
        record(database, opened, seeded)


def test_lines_from_the_catalogue(database: Database, seeded: Shop) -> None:
    fill(database)
    number = working_order(database, seeded, "dispatched", "in_progress")
    work = record(
        database, number, seeded, labour=[LabourInput(code="by-kt")],
        parts=[PartInput(part_number="5qd819644", quantity="2"), {"name": "清洗剂", "unit_price": "35"}],
    ).work
    assert [(l.code, l.name, l.hours, l.rate_fen) for l in work.labour] == [("BY-KT", "更换空调滤清器", Decimal("0.3"), 18000)]
    assert [(p.part_number, p.name, p.unit_price_fen, p.amount_fen) for p in work.parts] == [
        ("5QD819644", "空调滤芯（活性炭）", 12000, 24000), ("", "清洗剂", 3500, 3500),
    ]


def test_warranty_lines_use_the_warranty_rate(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    work = record(database, number, seeded, labour=[LabourInput(name="更换水泵", hours="2", pay_type="warranty")]).work
    with database.unit_of_work(write=False) as s:
        rate = orders.labour_rate_for(s, "warranty")
    assert work.labour[0].rate_fen == rate and work.customer_pays_fen == 58000


def test_no_consent_to_calls_is_told(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    with database.unit_of_work() as s:
        s.scalar(select(RepairOrder).where(RepairOrder.number == number)).extra_work_consent = False
    result = record(database, number, seeded)
    assert result.consent is False and result.order.status == "awaiting_approval"


def test_photos_are_stored_once(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    first = record(database, number, seeded, photos=[PNG, ("刹车片.png", PNG)]).work
    second = record(database, number, seeded, photos=[PNG]).work
    assert len(first.photo_ids) == 1 and second.photo_ids == first.photo_ids
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Photo)) == 1
        assert aw.photo_bytes(s, first.photo_ids[0]) == PNG


# --- refusals write nothing --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"description": "  "}, "请描述发现的问题"),
        ({"labour": [], "parts": []}, "至少填写一项工时或备件"),
        ({"labour": [LabourInput(name="更换前刹车片", hours="abc")]}, "第 1 项工时：工时必须是数字"),
        ({"labour": [LabourInput(name="更换前刹车片", hours="")]}, "第 1 项工时：请填写工时"),
        ({"labour": [LabourInput(code="NO-SUCH", hours="1")]}, "工时目录里没有代码 NO-SUCH"),
        ({"labour": [LabourInput(name="x", hours="1", pay_type="free")]}, "付费类型只能是"),
        ({"parts": [PartInput(name="前刹车片", unit_price="-5")]}, "第 1 项备件：金额不能是负数"),
        ({"parts": [PartInput(name="前刹车片", unit_price="5.123")]}, "两位小数"),
        ({"parts": [PartInput(name="前刹车片", unit_price="")]}, "请填写单价"),
        ({"parts": [PartInput(name="前刹车片", unit_price="5"), PartInput(name="垫片", quantity="0", unit_price="1")]},
         "第 2 项备件：数量必须大于 0"),
        ({"extra_hours": "-1"}, "需增加的时间不能是负数"),
        ({"extra_hours": "1.234"}, "最多 2 位小数"),
        ({"photos": [PNG, b"not a picture"]}, "不是图片"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    database: Database, seeded: Shop, values: dict[str, object], message: str
) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    with database.unit_of_work(write=False) as s:
        version = orders.order_detail(s, number).version
    with pytest.raises(ValidationError, match=message):
        record(database, number, seeded, **values)
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
        assert (detail.status, detail.version) == ("in_progress", version)
        for model in (AdditionalWork, Photo, PromiseChange):
            assert s.scalar(select(func.count()).select_from(model)) == 0


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"decided_by": " "}, "客户方是谁作的决定"),
        ({"decided_by": "很" * 51}, "最多 50 个字"),
        ({"channel": "email"}, "电话、当面或其他"),
        ({"decided_at": None}, "答复的时间"),
        ({"decided_at": DECIDED + dt.timedelta(hours=1)}, "不能晚于现在"),
        ({"decided_at": FOUND - dt.timedelta(hours=1)}, "不能早于发现问题的时间"),
        ({"new_promised_at": DECIDED - dt.timedelta(minutes=1)}, "新的预计交车时间必须晚于"),
    ],
)
def test_bad_decisions_are_refused_and_nothing_changes(
    database: Database, seeded: Shop, values: dict[str, object], message: str
) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    work = record(database, number, seeded).work
    with pytest.raises(ValidationError, match=message):
        decide(database, work.id, **values)
    with database.unit_of_work(write=False) as s:
        assert aw.work_row(s, work.id).status == "pending"
        detail = orders.order_detail(s, number)
        assert detail.status == "awaiting_approval" and detail.promised_at == PROMISED
        assert s.scalar(select(func.count()).select_from(LabourLine).where(LabourLine.additional_work_id.isnot(None))) == 0
        assert s.scalar(select(func.count()).select_from(PartLine).where(PartLine.additional_work_id.isnot(None))) == 0


def test_a_decision_is_final_and_a_stale_one_is_refused(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    work = record(database, number, seeded).work
    decide(database, work.id, approved=False, expected_version=work.version)
    with pytest.raises(IllegalMove, match="决定不能更改"):
        decide(database, work.id)
    other = record(database, number, seeded).work
    with database.unit_of_work() as s:
        s.get(AdditionalWork, other.id).decision_note = "另一台电脑"
    with pytest.raises(Conflict, match="已被"):
        decide(database, other.id, expected_version=other.version)


def test_no_decision_on_a_finished_order(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    work = record(database, number, seeded).work
    with database.unit_of_work() as s:
        orders.move_status(s, number, "cancelled", reason="客户把车开走", now=NOW)
    with pytest.raises(IllegalMove, match="已取消"):
        decide(database, work.id)


# --- the slip ----------------------------------------------------------------------------------


def test_the_slip_is_stored_and_reused_until_something_changes(database: Database, seeded: Shop) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    work = record(database, number, seeded).work
    with database.unit_of_work() as s:
        pending = additional_work_snapshot(s, number)
    with database.unit_of_work() as s:
        again = additional_work_snapshot(s, number)
    assert again == pending
    item = pending.items[0]
    assert (item.status, item.total, item.customer_pays, item.extra_hours) == ("pending", "850.00", "850.00", "1.5")
    assert item.new_promised_at.endswith("13:30") and item.decided_by == ""
    assert item.customer_pays_in_capitals == "捌佰伍拾元整"
    decide(database, work.id)
    with database.unit_of_work() as s:
        approved = additional_work_snapshot(s, number)
        stored = s.scalar(select(func.count()).select_from(DocumentSnapshot).where(DocumentSnapshot.kind == "additional_work"))
    item = approved.items[0]
    assert (item.status, item.decided_by, item.channel, item.customer_told) == ("approved", "车主本人", "电话", True)
    assert item.new_promised_at.endswith("13:30") and approved.promised_at.endswith("13:30")
    assert stored == 2


def test_print_additional_work_from_the_command_line(
    database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = working_order(database, seeded, "dispatched", "in_progress")
    record(database, number, seeded)
    output = tmp_path / "slip.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "additional-work", number.lower(), "-o", str(output))
    assert status == 0 and out.strip() == str(output) and err == ""
    assert output.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(output), "-"], capture_output=True, text=True, check=True).stdout
    assert "追加项目确认单" in text and "前刹车片剩余 2 mm" in text and "客户签字" in text

    bare = working_order(database, seeded, "dispatched")
    missing = tmp_path / "none.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "additional-work", bare, "-o", str(missing))
    assert status == 1 and out == "" and "没有追加项目" in err and not missing.exists()
    status, _out, err = run(capsys, "--db", database_url, "print", "additional-work", "RO19990101-0001", "-o", str(missing))
    assert status == 1 and "找不到委托书" in err and not missing.exists()
