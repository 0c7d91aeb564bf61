"""The walk-around through the services, on both databases: the checklist template, filling in,
marks and photos, signing and freezing, revisions, and opening the repair order from it."""

from __future__ import annotations

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from conftest import Shop
from desk.db import Database
from desk.models import DamageMark, DocumentSnapshot, Inspection, Photo, ShopSettings
from desk.services import appointments, checkin_documents, checklist, customers, inspections, orders
from desk.services.checkin_snapshot import CheckinSnapshot
from desk.services.demo_inspections import signature_png
from desk.services.errors import Conflict, ValidationError
from desk.services.inspections import Answer, InspectionForm, SignedAndFrozen, Valuable

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)
SIGNATURE = signature_png("张伟", 1)
PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + bytes(200)


def book(database: Database, *, vehicle_id: int, advisor_id: int, slot: dt.datetime, requested_work: str) -> str:
    """A booked appointment, written directly (the booking rules are tested with the appointment book)."""
    from desk.models import Appointment, Vehicle
    from desk.services.numbers import next_number

    with database.unit_of_work() as s:
        vehicle = s.get(Vehicle, vehicle_id)
        assert vehicle is not None
        number = next_number(s, "appointment", slot)
        s.add(Appointment(
            number=number, customer_id=vehicle.customer_id, vehicle_id=vehicle_id, advisor_id=advisor_id,
            slot_start=slot, requested_work=requested_work, status="booked",
        ))
    return number


def start(database: Database, shop: Shop, **kwargs: object) -> inspections.InspectionDetail:
    values: dict[str, object] = dict(vehicle_id=shop.vehicle, advisor_id=shop.advisor, staff_id=shop.advisor, now=NOW)
    values.update(kwargs)
    with database.unit_of_work() as s:
        return inspections.start(s, **values)  # type: ignore[arg-type]


def complete_form(info: inspections.InspectionDetail, **changes: object) -> InspectionForm:
    answers = {i.key: Answer(True) for i in info.checklist}
    answers["wheels"] = Answer(False, "左前轮胎纹较浅")
    values: dict[str, object] = dict(
        mileage="18,200", fuel_eighths=5, keys=2, complaints="刹车有异响\n\n  做 2 万公里保养  ", answers=answers,
        valuables=[Valuable("行车记录仪存储卡", "returned")],
    )
    values.update(changes)
    return InspectionForm(**values)  # type: ignore[arg-type]


def signed(database: Database, shop: Shop) -> inspections.InspectionDetail:
    info = start(database, shop)
    with database.unit_of_work() as s:
        inspections.add_mark(s, info.id, kind="scratch", x=0.43, y=0.19, note="左前门划痕")
        return inspections.sign(s, info.id, SIGNATURE, form=complete_form(info), staff_id=shop.advisor, now=NOW)


# --- the checklist template -------------------------------------------------------------------


def test_the_default_template_covers_the_walk_around() -> None:
    labels = [item.label for _, item in checklist.DEFAULT_TEMPLATE.items()]
    for expected in ("座椅套", "方向盘套", "脚垫", "行驶证", "保养手册", "前挡风玻璃及车窗玻璃", "车顶", "车身漆面及钣金",
                     "前后保险杠", "灯光", "后视镜", "轮胎及轮毂", "备胎及随车工具", "仪表故障灯", "收音机及中控屏",
                     "安全带", "座椅及内饰", "空调"):
        assert expected in labels, expected
    first = [item for _, item in checklist.DEFAULT_TEMPLATE.items() if item.when == checklist.FIRST_SERVICE]
    assert [i.label for i in first] == ["底盘简易检查（举升查看）"]
    # the default survives its own JSON
    assert checklist.parse_template(checklist.template_to_json(checklist.DEFAULT_TEMPLATE)) == checklist.DEFAULT_TEMPLATE


def test_template_is_saved_loaded_and_a_broken_one_refused(database: Database, seeded: Shop) -> None:
    with database.unit_of_work(write=False) as s:
        loaded = checklist.load_template(s)
    assert loaded.is_default and loaded.problem == "" and loaded.template == checklist.DEFAULT_TEMPLATE

    mine = '{"groups": [{"title": "外观", "items": [{"key": "body", "label": "车身"}, {"key": "lift", "label": "底盘", "when": "first_service"}]}]}'
    with database.unit_of_work() as s:
        saved = checklist.save_template(s, mine, staff_id=seeded.manager)
    assert not saved.is_default
    assert [(i.key, i.label, i.when) for _, i in saved.template.items()] == [("body", "车身", ""), ("lift", "底盘", "first_service")]

    broken = [
        ('{"groups": [', "不是有效的 JSON（第 1 行"),
        ('{"groups": []}', "至少有一组"),
        ('{"groups": [{"title": "外观", "items": [{"key": "a", "label": "x"}, {"key": "a", "label": "y"}]}]}', "出现了两次"),
        ('{"groups": [{"title": "外观", "items": [{"key": "a", "label": ""}]}]}', "要有名称"),
        ('{"groups": [{"title": "外观", "items": [{"key": "a", "label": "x", "when": "rain"}]}]}', "first_service"),
        ('{"groups": [{"title": "", "items": []}]}', "缺少标题"),
    ]
    for text, message in broken:
        with database.unit_of_work() as s, pytest.raises(ValidationError, match=message) as refused:
            checklist.save_template(s, text)
        assert "仍使用原来的模板" in refused.value.message
    with database.unit_of_work(write=False) as s:
        assert checklist.load_template(s).template == saved.template  # the stored one was kept

    # a template broken in the database (by hand) falls back to the default, saying why
    with database.unit_of_work() as s:
        s.scalars(select(ShopSettings)).one().checklist_template = "{oops"
    with database.unit_of_work(write=False) as s:
        fallback = checklist.load_template(s)
    assert fallback.is_default and "JSON" in fallback.problem
    with database.unit_of_work() as s:
        assert checklist.save_template(s, "").is_default


def test_an_inspection_keeps_the_template_it_started_with(database: Database, seeded: Shop) -> None:
    info = start(database, seeded)
    with database.unit_of_work() as s:
        checklist.save_template(s, '{"groups": [{"title": "外观", "items": [{"key": "body", "label": "车身"}]}]}')
        again = inspections.detail(s, info.id)
    assert len(again.checklist) == len(checklist.DEFAULT_TEMPLATE.items())


# --- starting and filling in ------------------------------------------------------------------


def test_start_from_todays_appointment_or_walk_in_and_resume(database: Database, seeded: Shop) -> None:
    booked = book(database, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor2, slot=NOW + dt.timedelta(hours=1),
                  requested_work="首保")
    info = start(database, seeded, vehicle_id=None, appointment_number=booked, advisor_id=None)
    assert info.appointment == booked and info.advisor_id == seeded.advisor2
    assert info.complaints == ("首保",) and info.first_service
    assert [i.label for i in info.visible_items()][-1] == "底盘简易检查（举升查看）"
    assert all(i.ok is None for i in info.checklist) and info.revision == 1 and not info.signed
    # the same car again today: the same inspection is taken up again
    assert start(database, seeded).id == info.id
    # the next day it is a new one
    assert start(database, seeded, now=NOW + dt.timedelta(days=1)).id != info.id


def test_save_form_and_first_service_item(database: Database, seeded: Shop) -> None:
    info = start(database, seeded)
    assert not info.first_service and "underbody" not in [i.key for i in info.visible_items()]
    with database.unit_of_work() as s:
        saved = inspections.save_form(
            s, info.id, complete_form(info, first_service=True), staff_id=seeded.advisor, expected_version=info.version
        )
    assert saved.mileage == 18200 and saved.fuel_eighths == 5 and saved.keys == 2
    assert saved.complaints == ("刹车有异响", "做 2 万公里保养")
    assert saved.valuables == (Valuable("行车记录仪存储卡", "returned"),)
    wheels = next(i for i in saved.checklist if i.key == "wheels")
    assert (wheels.ok, wheels.note) == (False, "左前轮胎纹较浅")
    assert saved.visible_items()[-1].key == "underbody"
    # saving over a newer save is refused
    with database.unit_of_work() as s, pytest.raises(Conflict):
        inspections.save_form(s, info.id, complete_form(info), expected_version=info.version)
    for bad, message in [
        (dict(fuel_eighths=9), "0 到 8"),
        (dict(keys=-1), "钥匙"),
        (dict(valuables=[Valuable("墨镜", "lost")]), "墨镜"),
        (dict(answers={"nonsense": Answer(True)}), "nonsense"),
        (dict(mileage="12.5"), "整数"),
    ]:
        with database.unit_of_work() as s, pytest.raises(ValidationError, match=message):
            inspections.save_form(s, info.id, complete_form(info, **bad))


def test_mileage_lower_than_last_time_needs_a_reason(database: Database, seeded: Shop) -> None:
    info = start(database, seeded)  # the car's last mileage is 15,000
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="比上次记录的 15,000 公里少") as refused:
        inspections.save_form(s, info.id, complete_form(info, mileage="14999"))
    assert refused.value.field == "mileage"
    with database.unit_of_work() as s:
        saved = inspections.save_form(s, info.id, complete_form(info, mileage="14999", mileage_reason="更换过仪表"))
    assert saved.mileage == 14999 and saved.mileage_reason == "更换过仪表"


def test_find_car_by_plate_or_scanned_vin(database: Database, seeded: Shop) -> None:
    from conftest import VIN

    with database.unit_of_work(write=False) as s:
        by_vin = inspections.find_car(s, VIN.lower())
        by_plate = inspections.find_car(s, "粤b d12345")
        assert inspections.find_car(s, "LSVAU218XN2183295") is None
        assert inspections.find_car(s, "") is None
    assert by_vin is not None and by_vin.vehicle.id == seeded.vehicle and by_vin.customer.name == "张伟"
    assert by_plate is not None and by_plate.vehicle.vin == VIN


# --- marks and photos -------------------------------------------------------------------------


def test_marks_are_placed_moved_changed_and_removed(database: Database, seeded: Shop) -> None:
    info = start(database, seeded)
    with database.unit_of_work() as s:
        inspections.add_mark(s, info.id, kind="scratch", x=0.25, y=0.5, note=" 左前门 ")
        inspections.add_mark(s, info.id, kind="dent", x=0.75, y=0.1)
        after = inspections.add_mark(s, info.id, kind="chip", x=1.0, y=0.0)
    assert [(m.number, m.kind, m.x, m.y, m.note) for m in after.marks] == [
        (1, "scratch", 0.25, 0.5, "左前门"), (2, "dent", 0.75, 0.1, ""), (3, "chip", 1.0, 0.0, ""),
    ]
    first, second, third = after.marks
    with database.unit_of_work() as s:
        inspections.move_mark(s, second.id, x=0.6, y=0.3)
        inspections.update_mark(s, third.id, kind="crack", note="前挡玻璃裂纹")
        after = inspections.remove_mark(s, first.id)
    assert [(m.number, m.kind, m.x, m.y, m.note) for m in after.marks] == [
        (1, "dent", 0.6, 0.3, ""), (2, "crack", 1.0, 0.0, "前挡玻璃裂纹"),
    ]
    for kind, x, y, message in [("hole", 0.5, 0.5, "损伤类型"), ("dent", 1.2, 0.5, "车辆图内"), ("dent", 0.5, -0.1, "车辆图内")]:
        with database.unit_of_work() as s, pytest.raises(ValidationError, match=message):
            inspections.add_mark(s, info.id, kind=kind, x=x, y=y)


def test_photos_are_stored_once_by_hash_and_non_images_refused(database: Database, seeded: Shop) -> None:
    info = start(database, seeded)
    with database.unit_of_work() as s:
        one = inspections.add_mark(s, info.id, kind="scratch", x=0.2, y=0.2).marks[0]
        two = inspections.add_mark(s, info.id, kind="dent", x=0.3, y=0.3).marks[1]
        inspections.add_photo(s, one.id, PNG_1x1, name="a.png")
        inspections.add_photo(s, one.id, PNG_1x1, name="a-again.png")  # same picture, same mark: once
        inspections.add_photo(s, two.id, PNG_1x1, name="copy.png")  # same picture, another mark
        after = inspections.add_photo(s, two.id, JPEG, name="b.jpg")
    assert [len(m.photos) for m in after.marks] == [1, 2]
    assert after.marks[0].photos[0].sha256 == hashlib.sha256(PNG_1x1).hexdigest()
    assert after.marks[1].photos[1].media_type == "image/jpeg"
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Photo)) == 2
        assert inspections.photo_bytes(s, after.marks[0].photos[0].photo_id) == PNG_1x1
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="不是图片") as refused:
        inspections.add_photo(s, one.id, b"%PDF-1.4 not a photo", name="scan.pdf")
    assert "scan.pdf" in refused.value.message
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="太大"):
        inspections.add_photo(s, one.id, b"\xff\xd8\xff" + bytes(inspections.MAX_PHOTO_BYTES), name="big.jpg")
    with database.unit_of_work() as s:
        after = inspections.remove_photo(s, two.id, after.marks[1].photos[0].photo_id)
    assert [len(m.photos) for m in after.marks] == [1, 1]


# --- signing, freezing, revising --------------------------------------------------------------


def test_signing_needs_a_complete_form(database: Database, seeded: Shop) -> None:
    info = start(database, seeded)
    with database.unit_of_work() as s, pytest.raises(ValidationError) as refused:
        inspections.sign(s, info.id, SIGNATURE)
    for missing in ("进厂里程", "油量", "钥匙数量", "故障描述", "检查项目：座椅套"):
        assert missing in refused.value.message
    answers = {i.key: Answer(True) for i in info.checklist}
    answers["lights"] = Answer(False, "")
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="问题说明：灯光"):
        inspections.sign(s, info.id, SIGNATURE, form=complete_form(info, answers=answers))
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="签名图片无效"):
        inspections.sign(s, info.id, b"not a png", form=complete_form(info))


def test_signing_freezes_the_revision_and_a_revision_needs_a_new_signature(database: Database, seeded: Shop) -> None:
    info = signed(database, seeded)
    assert info.signed and info.signed_local == "2026-11-23 09:00" and info.has_signature
    mark = info.marks[0]
    refusals = [
        lambda s: inspections.save_form(s, info.id, complete_form(info)),
        lambda s: inspections.add_mark(s, info.id, kind="dent", x=0.5, y=0.5),
        lambda s: inspections.move_mark(s, mark.id, x=0.1, y=0.1),
        lambda s: inspections.update_mark(s, mark.id, kind="dent", note=""),
        lambda s: inspections.remove_mark(s, mark.id),
        lambda s: inspections.add_photo(s, mark.id, PNG_1x1),
        lambda s: inspections.sign(s, info.id, SIGNATURE),
    ]
    for refuse in refusals:
        with database.unit_of_work() as s, pytest.raises(SignedAndFrozen, match="已由客户于 2026-11-23 09:00 签字确认"):
            refuse(s)
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(func.count()).select_from(DamageMark)) == 1
        # signing records the mileage on the car
        assert customers.vehicle_card(s, seeded.vehicle).last_mileage == 18200

    with database.unit_of_work() as s:
        second = inspections.revise(s, info.id, staff_id=seeded.advisor)
    assert (second.revision, second.signed, second.has_signature) == (2, False, False)
    assert second.intake_key == info.intake_key and [r.revision for r in second.revisions] == [1, 2]
    assert [(m.kind, m.x, m.y, m.note) for m in second.marks] == [("scratch", 0.43, 0.19, "左前门划痕")]
    assert second.checklist == info.checklist and second.complaints == info.complaints
    with database.unit_of_work() as s:
        inspections.add_mark(s, second.id, kind="dent", x=0.6, y=0.2, note="左后门凹陷")
        with pytest.raises(ValidationError, match="旧版本"):
            inspections.revise(s, info.id)
        with pytest.raises(ValidationError, match="还没有签字"):
            inspections.revise(s, second.id)
        third = inspections.sign(s, second.id, SIGNATURE, now=NOW + dt.timedelta(minutes=5))
    assert third.signed and len(third.marks) == 2
    with database.unit_of_work(write=False) as s:
        first_again = inspections.detail(s, info.id)
        assert len(first_again.marks) == 1 and first_again.signed and not first_again.latest  # both on record
        assert s.scalar(select(func.count()).select_from(Inspection)) == 2


# --- the repair order -------------------------------------------------------------------------


def test_open_the_order_from_a_signed_inspection(database: Database, seeded: Shop) -> None:
    booked = book(database, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, slot=NOW + dt.timedelta(hours=1),
                  requested_work="更换雨刮片")
    info = start(database, seeded, appointment_number=booked)
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="先让客户在接车登记上签字"):
        inspections.open_order(s, info.id, staff_id=seeded.advisor, now=NOW)
    with database.unit_of_work() as s:
        inspections.sign(s, info.id, SIGNATURE, form=complete_form(info, complaints="刹车有异响"), now=NOW)
        opened = inspections.open_order(s, info.id, staff_id=seeded.advisor, now=NOW)
    assert opened.complaint == "刹车有异响\n更换雨刮片"
    assert opened.mileage == 18200 and opened.appointment == booked and opened.status == "open"
    assert opened.promised_at is not None and opened.promised_at > NOW
    with database.unit_of_work() as s:
        assert inspections.detail(s, info.id).order_number == opened.number
        assert appointments.row(s, booked).status == "arrived"
        assert inspections.latest_for_order(s, opened.number) == info.id
        # the check-in sheet's copy was stored with the order
        assert s.scalar(select(func.count()).select_from(DocumentSnapshot).where(DocumentSnapshot.kind == "checkin")) == 1
        with pytest.raises(ValidationError, match=f"已开委托书 {opened.number}"):
            inspections.open_order(s, info.id, now=NOW)
        # a later revision keeps the link to the order
        assert inspections.revise(s, info.id).order_number == opened.number


def test_the_snapshot_is_the_signed_revision_even_after_corrections(database: Database, seeded: Shop) -> None:
    info = signed(database, seeded)
    with database.unit_of_work() as s:
        number = inspections.open_order(s, info.id, staff_id=seeded.advisor, now=NOW).number
        first = checkin_documents.checkin_snapshot_for_order(s, number)
    assert first.customer_name == "张伟" and first.revision == 1 and not first.draft
    assert first.signature_png == SIGNATURE
    assert [(p.label, p.note) for p in first.checklist if p.ok is False] == [("轮胎及轮毂", "左前轮胎纹较浅")]
    with database.unit_of_work() as s:
        customers.update_customer(s, seeded.customer, name="张伟强", phone="13812345678")
        again = checkin_documents.checkin_snapshot_for_order(s, number)
        second = inspections.revise(s, info.id)
        # a revision being corrected: the order still prints the signed revision 1; a draft shows revision 2
        assert checkin_documents.checkin_snapshot_for_order(s, number) == first
        draft = checkin_documents.checkin_snapshot_for_order(s, number, draft=True)
    assert again == first
    assert draft.draft and draft.revision == second.revision and draft.customer_name == "张伟强"
    assert draft.signature_png is None
    # JSON round trip keeps every field, the signature bytes included
    assert CheckinSnapshot.from_json(first.to_json()) == first


def test_printing_an_unsigned_inspection_is_refused(database: Database, seeded: Shop) -> None:
    info = start(database, seeded)
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="还没有在接车登记上签字"):
        checkin_documents.checkin_snapshot(s, info.id)
    with database.unit_of_work() as s:
        draft = checkin_documents.checkin_snapshot(s, info.id, draft=True)
    assert draft.draft and draft.number == f"接车-{info.id}"


# --- the demo's walk-arounds ------------------------------------------------------------------


def test_demo_orders_get_a_signed_inspection_that_prints(database: Database, seeded: Shop) -> None:
    from desk.models import RepairOrder
    from desk.printing.checkin_sheet import render_checkin_sheet
    from desk.services.demo_inspections import add_demo_inspections

    with database.unit_of_work() as s:
        first = orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=16000,
                                  complaint="首保", now=NOW)
        second = orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=16500,
                                   complaint="空调不凉", confirmed={"second_open_order"}, now=NOW)
        assert add_demo_inspections(s, seed=3) == 2
    with database.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Inspection)) == s.scalar(select(func.count()).select_from(RepairOrder))
        for number in (first.number, second.number):
            snapshot = checkin_documents.checkin_snapshot_for_order(s, number)
            assert not snapshot.draft and snapshot.signature_png and 1 <= len(snapshot.marks) <= 4
            assert snapshot.complaints == ((("首保",) if number == first.number else ("空调不凉",)))
            assert render_checkin_sheet(snapshot).startswith(b"%PDF")
        assert checkin_documents.checkin_snapshot_for_order(s, first.number).first_service
