"""The walk-around at intake (接车登记 / 环车检查), from start to the customer's signature.

An inspection starts from today's appointment or as a walk-in for a car. Until the customer signs,
the advisor fills it in: mileage, fuel in eighths, keys, the checklist (each item OK or a problem
with a note), valuables found in the car, the customer's own words (one complaint per line) and
damage marks on the car drawing (kind, place in 0–1 of the drawing, note, photos). Signing stores
the signature and freezes that revision; a correction afterwards is a new revision that copies
the signed one and needs its own signature, and both stay on record. From a signed inspection
the repair order is opened in one step.

Every function takes a Session, never commits, and returns :class:`InspectionDetail` (or another
frozen dataclass).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import Appointment, DamageMark, Inspection, MarkPhoto, Photo, RepairOrder, Staff, Vehicle
from desk.models.base import utc_now
from desk.models.enums import AppointmentStatus
from desk.services import changes, checklist, customers, orders, privacy
from desk.services.checkin_snapshot import HANDLINGS, MARK_KINDS
from desk.services.concurrency import check_version
from desk.services.errors import DeskError, NotFound, ValidationError
from desk.services.shop import format_local, local_day
from desk.services.validation import check_mileage, display_plate, normalize_plate, normalize_vin
from desk.services.permissions import Permission, requires

MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_SIGNATURE_BYTES = 2 * 1024 * 1024
MAX_KEYS = 10
FUEL_STEPS = 8
MAX_MARKS = 60

_IMAGE_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


class SignedAndFrozen(DeskError):
    """The revision was signed by the customer; it can no longer change."""


# --- what the screens and the printout read ---------------------------------------------------


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: str
    group: str
    when: str
    ok: bool | None
    """True: OK; False: a problem (see ``note``); None: not looked at yet."""
    note: str


@dataclass(frozen=True)
class Valuable:
    item: str
    handling: str
    """``returned`` or ``kept``."""


@dataclass(frozen=True)
class MarkPhotoRow:
    photo_id: int
    sha256: str
    media_type: str


@dataclass(frozen=True)
class MarkRow:
    id: int
    number: int
    """1, 2, 3 … in the order the marks were placed; what is printed beside the mark."""
    kind: str
    x: float
    y: float
    note: str
    photos: tuple[MarkPhotoRow, ...]


@dataclass(frozen=True)
class RevisionRow:
    id: int
    revision: int
    signed_local: str


@dataclass(frozen=True)
class InspectionDetail:
    id: int
    intake_key: str
    revision: int
    version: int
    latest: bool
    """This is the newest revision of the intake."""
    signed: bool
    signed_local: str
    created_local: str
    customer_id: int
    customer: str
    phone: str
    vehicle_id: int
    plate: str
    vin: str
    model: str
    colour: str
    last_mileage: int | None
    appointment: str
    requested_work: str
    order_number: str
    advisor_id: int | None
    advisor: str
    mileage: int | None
    mileage_reason: str
    fuel_eighths: int | None
    keys: int | None
    first_service: bool
    complaints: tuple[str, ...]
    checklist: tuple[CheckItem, ...]
    """Every item of the template the inspection started with, including hidden first-service ones."""
    valuables: tuple[Valuable, ...]
    marks: tuple[MarkRow, ...]
    has_signature: bool
    revisions: tuple[RevisionRow, ...]

    @property
    def editable(self) -> bool:
        return self.latest and not self.signed

    def visible_items(self) -> tuple[CheckItem, ...]:
        """The items that apply: first-service items only on a first service."""
        return tuple(i for i in self.checklist if not i.when or (i.when == checklist.FIRST_SERVICE and self.first_service))


@dataclass(frozen=True)
class Answer:
    ok: bool | None
    note: str = ""


@dataclass(frozen=True)
class InspectionForm:
    """Everything the advisor types in the form, saved in one go."""

    mileage: str | int | None = None
    mileage_reason: str = ""
    fuel_eighths: int | None = None
    keys: int | None = None
    first_service: bool = False
    complaints: str = ""
    answers: Mapping[str, Answer] = field(default_factory=dict)
    valuables: Sequence[Valuable] = ()
    advisor_id: int | None = None


@dataclass(frozen=True)
class FoundCar:
    customer: customers.CustomerCard
    vehicle: customers.VehicleCard


# --- reading ---------------------------------------------------------------------------------


def _inspection(session: Session, inspection_id: int) -> Inspection:
    row = session.get(Inspection, inspection_id)
    if row is None:
        raise NotFound("找不到这份接车登记，可能已被删除。")
    return row


def _latest_revision(session: Session, inspection: Inspection) -> int:
    return int(
        session.scalar(
            select(func.max(Inspection.revision)).where(
                Inspection.vehicle_id == inspection.vehicle_id, Inspection.intake_key == inspection.intake_key
            )
        )
        or inspection.revision
    )


def detail(session: Session, inspection_id: int) -> InspectionDetail:
    row = _inspection(session, inspection_id)
    vehicle = row.vehicle
    customer = row.customer
    appointment = session.get(Appointment, row.appointment_id) if row.appointment_id else None
    order = session.get(RepairOrder, row.order_id) if row.order_id else None
    advisor = session.get(Staff, row.advisor_id) if row.advisor_id else None
    revisions = session.scalars(
        select(Inspection)
        .where(Inspection.vehicle_id == row.vehicle_id, Inspection.intake_key == row.intake_key)
        .order_by(Inspection.revision)
    ).all()
    items = tuple(
        CheckItem(
            key=i["key"], label=i["label"], group=i.get("group", ""), when=i.get("when", ""),
            ok=i.get("ok"), note=i.get("note", ""),
        )
        for i in json.loads(row.checklist or "[]")
    )
    valuables = tuple(Valuable(v["item"], v["handling"]) for v in json.loads(row.valuables or "[]"))
    marks = tuple(
        MarkRow(
            id=m.id, number=n, kind=m.kind, x=m.x, y=m.y, note=m.note,
            photos=tuple(MarkPhotoRow(p.photo_id, p.photo.sha256, p.photo.media_type) for p in m.photos),
        )
        for n, m in enumerate(row.marks, 1)
    )
    return InspectionDetail(
        id=row.id,
        intake_key=row.intake_key,
        revision=row.revision,
        version=row.version,
        latest=row.revision == max(r.revision for r in revisions),
        signed=row.signed_at is not None,
        signed_local=format_local(session, row.signed_at),
        created_local=format_local(session, row.created_at),
        customer_id=customer.id,
        customer=customer.name,
        phone=privacy.phone_for_card(session, customer.phone),
        vehicle_id=vehicle.id,
        plate=display_plate(vehicle.plate),
        vin=vehicle.vin,
        model=vehicle.model,
        colour=vehicle.colour,
        last_mileage=vehicle.last_mileage,
        appointment=appointment.number if appointment else "",
        requested_work=appointment.requested_work if appointment else "",
        order_number=order.number if order else "",
        advisor_id=row.advisor_id,
        advisor=advisor.name if advisor else "",
        mileage=row.mileage,
        mileage_reason=row.mileage_reason,
        fuel_eighths=row.fuel_eighths,
        keys=row.keys,
        first_service=row.first_service,
        complaints=tuple(split_complaints(row.complaints)),
        checklist=items,
        valuables=valuables,
        marks=marks,
        has_signature=row.signature_png is not None,
        revisions=tuple(RevisionRow(r.id, r.revision, format_local(session, r.signed_at)) for r in revisions),
    )


def split_complaints(text: str) -> list[str]:
    """One complaint or request per line, without empty lines or surrounding spaces."""
    return [line.strip() for line in text.replace("\r", "\n").split("\n") if line.strip()]


def signature_png(session: Session, inspection_id: int) -> bytes | None:
    return _inspection(session, inspection_id).signature_png


def photo_bytes(session: Session, photo_id: int) -> bytes:
    photo = session.get(Photo, photo_id)
    if photo is None:
        raise NotFound("找不到这张照片。")
    return photo.data


def find_car(session: Session, text: str) -> FoundCar | None:
    """The car whose plate or VIN is ``text`` exactly (as typed or scanned), with its owner."""
    text = text.strip()
    if not text:
        return None
    vehicle = None
    try:
        vin = normalize_vin(text)
    except ValidationError:
        vin = None
    if vin is not None:
        vehicle = session.scalar(select(Vehicle).where(Vehicle.vin == vin))
    if vehicle is None:
        try:
            plate = normalize_plate(text)
        except ValidationError:
            plate = None
        if plate is not None:
            vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == plate))
    if vehicle is None:
        return None
    return FoundCar(customers.customer_card(session, vehicle.customer_id), customers.vehicle_card(session, vehicle.id))


def latest_for_order(session: Session, number: str) -> int:
    """The id of the newest revision of the inspection linked to order ``number``."""
    order = orders.get_order(session, number)
    found = session.scalar(
        select(Inspection.id)
        .where(Inspection.order_id == order.id)
        .order_by(Inspection.revision.desc(), Inspection.id.desc())
        .limit(1)
    )
    if found is None:
        raise NotFound("委托书 {number} 没有接车登记（环车检查）。", number=order.number)
    return found


def latest_signed_for_order(session: Session, number: str) -> int:
    """The id of the newest signed revision linked to order ``number``; refused when none is signed."""
    order = orders.get_order(session, number)
    latest_for_order(session, number)
    found = session.scalar(
        select(Inspection.id)
        .where(Inspection.order_id == order.id, Inspection.signed_at.is_not(None))
        .order_by(Inspection.revision.desc())
        .limit(1)
    )
    if found is None:
        raise ValidationError(
            "委托书 {number} 的接车登记客户还没有签字，不能打印正式的接车登记表；可以先打印草稿。",
            number=order.number,
        )
    return found


# --- starting ---------------------------------------------------------------------------------


@requires(Permission.RECEPTION)
def start(
    session: Session,
    *,
    vehicle_id: int | None = None,
    appointment_number: str | None = None,
    advisor_id: int | None = None,
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> InspectionDetail:
    """Start the walk-around for a car, from its appointment or as a walk-in.

    An inspection of the same car started today and not yet turned into a repair order is taken
    up again instead of starting a second one.
    """
    now = now or utc_now()
    appointment = None
    if appointment_number:
        appointment = session.scalar(select(Appointment).where(Appointment.number == appointment_number.strip()))
        if appointment is None:
            raise NotFound("找不到预约 {number}。", number=appointment_number.strip())
        if appointment.status != AppointmentStatus.BOOKED.value:
            raise ValidationError(
                "预约 {number} 当前为「{status}」，不能再接车。", number=appointment.number,
                status=AppointmentStatus(appointment.status).chinese,
            )
        if vehicle_id is not None and vehicle_id != appointment.vehicle_id:
            raise ValidationError("预约 {number} 是另一辆车的。", number=appointment.number)
        vehicle_id = appointment.vehicle_id
        advisor_id = advisor_id or appointment.advisor_id
    if vehicle_id is None:
        raise ValidationError("请先找到或登记车辆，再开始环车检查。", field="vehicle")
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFound("找不到这辆车，请先搜索或登记车辆。")
    resumed = _resumable(session, vehicle.id, now)
    if resumed is not None:
        if appointment is not None and resumed.appointment_id is None and resumed.signed_at is None:
            resumed.appointment_id = appointment.id
            session.flush()
        return detail(session, resumed.id)
    template = checklist.load_template(session).template
    requested = appointment.requested_work.strip() if appointment else ""
    inspection = Inspection(
        intake_key=str(uuid.uuid4()),
        revision=1,
        customer_id=vehicle.customer_id,
        vehicle_id=vehicle.id,
        appointment_id=appointment.id if appointment else None,
        advisor_id=advisor_id or staff_id,
        complaints=requested,
        first_service="首保" in requested,
        checklist=json.dumps(
            [
                {"key": item.key, "label": item.label, "group": group, "when": item.when, "ok": None, "note": ""}
                for group, item in template.items()
            ],
            ensure_ascii=False,
        ),
        valuables="[]",
        created_at=now,
        updated_by_id=staff_id,
    )
    session.add(inspection)
    session.flush()
    changes.note(session, customer=vehicle.customer_id)
    return detail(session, inspection.id)


def _resumable(session: Session, vehicle_id: int, now: dt.datetime) -> Inspection | None:
    latest = session.scalar(
        select(Inspection).where(Inspection.vehicle_id == vehicle_id).order_by(Inspection.id.desc()).limit(1)
    )
    if latest is None or latest.order_id is not None:
        return None
    first = session.scalar(
        select(Inspection.created_at).where(
            Inspection.vehicle_id == vehicle_id, Inspection.intake_key == latest.intake_key, Inspection.revision == 1
        )
    )
    if first is None or local_day(session, first) != local_day(session, now):
        return None
    return latest


# --- filling in -------------------------------------------------------------------------------


def _editable(session: Session, inspection_id: int, expected_version: int | None = None) -> Inspection:
    row = _inspection(session, inspection_id)
    check_version(session, row, expected_version, f"接车登记（第 {row.revision} 版）")
    if row.signed_at is not None:
        raise SignedAndFrozen(
            "接车登记第 {revision} 版已由客户于 {when} 签字确认，不能再修改。如需更正，请点“修订”建立新版本，并请客户重新签字。",
            revision=row.revision, when=format_local(session, row.signed_at),
        )
    latest = _latest_revision(session, row)
    if latest != row.revision:
        raise SignedAndFrozen(
            "这是接车登记的旧版本（第 {revision} 版），已有第 {latest} 版，只能修改最新版本。",
            revision=row.revision, latest=latest,
        )
    return row


def _touch(row: Inspection, staff_id: int | None) -> None:
    row.updated_by_id = staff_id
    row.updated_at = utc_now()


@requires(Permission.RECEPTION)
def save_form(
    session: Session, inspection_id: int, form: InspectionForm, *, staff_id: int | None = None,
    expected_version: int | None = None,
) -> InspectionDetail:
    """Save what the advisor typed; rules that only matter at signing are checked then."""
    row = _editable(session, inspection_id, expected_version)
    vehicle = row.vehicle
    if form.mileage is None or (isinstance(form.mileage, str) and not form.mileage.strip()):
        row.mileage = None
    else:
        row.mileage = check_mileage(form.mileage, vehicle.last_mileage, form.mileage_reason)
    row.mileage_reason = form.mileage_reason.strip()
    if form.fuel_eighths is not None and not 0 <= form.fuel_eighths <= FUEL_STEPS:
        raise ValidationError("油量以八分之几记录，应在 0 到 8 之间。", field="fuel")
    row.fuel_eighths = form.fuel_eighths
    if form.keys is not None and not 0 <= form.keys <= MAX_KEYS:
        raise ValidationError("钥匙数量应在 0 到 {limit} 之间。", field="keys", limit=MAX_KEYS)
    row.keys = form.keys
    row.first_service = form.first_service
    row.complaints = "\n".join(split_complaints(form.complaints))
    items = json.loads(row.checklist or "[]")
    known = {i["key"] for i in items}
    unknown = sorted(set(form.answers) - known)
    if unknown:
        raise ValidationError("检查表里没有“{key}”这一项。", field="checklist", key=unknown[0])
    for item in items:
        answer = form.answers.get(item["key"])
        if answer is not None:
            item["ok"] = answer.ok
            item["note"] = answer.note.strip()
    row.checklist = json.dumps(items, ensure_ascii=False)
    valuables = []
    for v in form.valuables:
        if not v.item.strip():
            continue
        if v.handling not in HANDLINGS:
            raise ValidationError("贵重物品“{item}”请选择当场交还客户或经客户同意留车保管。", field="valuables", item=v.item.strip())
        valuables.append({"item": v.item.strip(), "handling": v.handling})
    row.valuables = json.dumps(valuables, ensure_ascii=False)
    if form.advisor_id is not None:
        advisor = session.get(Staff, form.advisor_id)
        if advisor is None or not advisor.active:
            raise ValidationError("请选择负责的服务顾问。", field="advisor")
        row.advisor_id = advisor.id
    _touch(row, staff_id)
    session.flush()
    return detail(session, row.id)


# --- damage marks and photos -----------------------------------------------------------------


def _coordinate(value: float, what: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError("标记位置不对。", field="mark") from None
    if not 0.0 <= number <= 1.0:
        raise ValidationError("标记应放在车辆图内（{what}）。", field="mark", what=what)
    return number


def _kind(kind: str) -> str:
    if kind not in MARK_KINDS:
        raise ValidationError("损伤类型只能是划痕、凹陷、裂纹、掉漆或其他。", field="kind")
    return kind


def _mark(session: Session, mark_id: int) -> DamageMark:
    mark = session.get(DamageMark, mark_id)
    if mark is None:
        raise NotFound("找不到这个标记，可能已被删除。")
    return mark


@requires(Permission.RECEPTION)
def add_mark(
    session: Session, inspection_id: int, *, kind: str, x: float, y: float, note: str = "",
    staff_id: int | None = None,
) -> InspectionDetail:
    """Place a mark at ``(x, y)`` in 0–1 of the drawing's width and height (0, 0 is top left)."""
    row = _editable(session, inspection_id)
    if len(row.marks) >= MAX_MARKS:
        raise ValidationError("一份接车登记最多 {limit} 个标记。", field="mark", limit=MAX_MARKS)
    position = max((m.position for m in row.marks), default=0) + 1
    row.marks.append(
        DamageMark(position=position, kind=_kind(kind), x=_coordinate(x, "x"), y=_coordinate(y, "y"), note=note.strip())
    )
    _touch(row, staff_id)
    session.flush()
    return detail(session, row.id)


@requires(Permission.RECEPTION)
def move_mark(session: Session, mark_id: int, *, x: float, y: float, staff_id: int | None = None) -> InspectionDetail:
    mark = _mark(session, mark_id)
    row = _editable(session, mark.inspection_id)
    mark.x, mark.y = _coordinate(x, "x"), _coordinate(y, "y")
    _touch(row, staff_id)
    session.flush()
    return detail(session, row.id)


@requires(Permission.RECEPTION)
def update_mark(
    session: Session, mark_id: int, *, kind: str, note: str, staff_id: int | None = None
) -> InspectionDetail:
    mark = _mark(session, mark_id)
    row = _editable(session, mark.inspection_id)
    mark.kind = _kind(kind)
    mark.note = note.strip()
    _touch(row, staff_id)
    session.flush()
    return detail(session, row.id)


@requires(Permission.RECEPTION)
def remove_mark(session: Session, mark_id: int, *, staff_id: int | None = None) -> InspectionDetail:
    mark = _mark(session, mark_id)
    row = _editable(session, mark.inspection_id)
    row.marks.remove(mark)
    _touch(row, staff_id)
    session.flush()
    return detail(session, row.id)


def image_type(data: bytes) -> str | None:
    """The media type of an image file by its first bytes; None when it is not an image we take."""
    for magic, media_type in _IMAGE_TYPES:
        if data.startswith(magic):
            return media_type
    if len(data) > 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def store_photo(session: Session, data: bytes, *, name: str = "") -> Photo:
    """The stored photo with these bytes; stored once, found again by SHA-256."""
    label = name or "照片"
    if not data:
        raise ValidationError("文件“{name}”是空的。", field="photo", name=label)
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            "照片“{name}”太大（{size:.1f} MB），最多 {limit} MB。请缩小后再添加。", field="photo", name=label,
            size=len(data) / 1024 / 1024, limit=MAX_PHOTO_BYTES // 1024 // 1024,
        )
    media_type = image_type(data)
    if media_type is None:
        raise ValidationError(
            "文件“{name}”不是图片（可以添加 JPEG、PNG、GIF、BMP 或 WebP 照片）。", field="photo", name=label
        )
    digest = hashlib.sha256(data).hexdigest()
    photo = session.scalar(select(Photo).where(Photo.sha256 == digest))
    if photo is None:
        photo = Photo(sha256=digest, media_type=media_type, data=data)
        session.add(photo)
        session.flush()
    return photo


@requires(Permission.RECEPTION)
def add_photo(
    session: Session, mark_id: int, data: bytes, *, name: str = "", staff_id: int | None = None
) -> InspectionDetail:
    """Attach a picture to a mark; the same picture twice on one mark is kept once."""
    mark = _mark(session, mark_id)
    row = _editable(session, mark.inspection_id)
    photo = store_photo(session, data, name=name)
    if all(p.photo_id != photo.id for p in mark.photos):
        mark.photos.append(MarkPhoto(photo_id=photo.id))
    _touch(row, staff_id)
    session.flush()
    return detail(session, row.id)


@requires(Permission.RECEPTION)
def add_photos(
    session: Session, mark_id: int, files: Sequence[tuple[str, bytes]], *, staff_id: int | None = None
) -> InspectionDetail:
    """Attach several pictures ``(file name, bytes)`` at once; one that is refused adds none."""
    mark = _mark(session, mark_id)
    result = detail(session, _editable(session, mark.inspection_id).id)
    for name, data in files:
        result = add_photo(session, mark_id, data, name=name, staff_id=staff_id)
    return result


@requires(Permission.RECEPTION)
def remove_photo(session: Session, mark_id: int, photo_id: int, *, staff_id: int | None = None) -> InspectionDetail:
    mark = _mark(session, mark_id)
    row = _editable(session, mark.inspection_id)
    mark.photos[:] = [p for p in mark.photos if p.photo_id != photo_id]
    _touch(row, staff_id)
    session.flush()
    return detail(session, row.id)


# --- signing, revising, the repair order ------------------------------------------------------


def missing_for_signature(info: InspectionDetail) -> list[str]:
    """What still has to be filled in before the customer signs (empty: ready)."""
    missing = []
    if info.mileage is None:
        missing.append("进厂里程")
    if info.fuel_eighths is None:
        missing.append("油量")
    if info.keys is None:
        missing.append("钥匙数量")
    if not info.complaints:
        missing.append("故障描述 / 客户要求")
    unchecked = [i.label for i in info.visible_items() if i.ok is None]
    if unchecked:
        missing.append("检查项目：" + "、".join(unchecked[:5]) + ("等" if len(unchecked) > 5 else ""))
    unexplained = [i.label for i in info.visible_items() if i.ok is False and not i.note]
    if unexplained:
        missing.append("问题说明：" + "、".join(unexplained))
    return missing


@requires(Permission.RECEPTION)
def sign(
    session: Session,
    inspection_id: int,
    png: bytes,
    *,
    form: InspectionForm | None = None,
    staff_id: int | None = None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> InspectionDetail:
    """The customer signs: the form is saved (when given), checked complete, and frozen."""
    if form is not None:
        save_form(session, inspection_id, form, staff_id=staff_id, expected_version=expected_version)
        expected_version = None
    row = _editable(session, inspection_id, expected_version)
    if not png.startswith(b"\x89PNG\r\n\x1a\n") or len(png) > MAX_SIGNATURE_BYTES:
        raise ValidationError("签名图片无效，请让客户重新签字。", field="signature")
    missing = missing_for_signature(detail(session, row.id))
    if missing:
        raise ValidationError(
            "签字前请先填写：{missing}。", field="signature", missing="；".join(missing)
        )
    now = now or utc_now()
    row.signature_png = png
    row.signed_at = now
    vehicle = row.vehicle
    if row.mileage is not None and (vehicle.last_mileage is None or row.mileage > vehicle.last_mileage):
        vehicle.last_mileage = row.mileage
    _touch(row, staff_id)
    session.flush()
    changes.note(session, customer=row.customer_id)
    return detail(session, row.id)


@requires(Permission.RECEPTION)
def revise(session: Session, inspection_id: int, *, staff_id: int | None = None, now: dt.datetime | None = None) -> InspectionDetail:
    """A new revision copying the signed one, to correct it; it needs a new signature."""
    row = _inspection(session, inspection_id)
    latest = _latest_revision(session, row)
    if row.revision != latest:
        raise ValidationError(
            "这是旧版本（第 {revision} 版），请在最新的第 {latest} 版上修订。", revision=row.revision, latest=latest
        )
    if row.signed_at is None:
        raise ValidationError("第 {revision} 版还没有签字，可以直接修改，不需要修订。", revision=row.revision)
    copy = Inspection(
        intake_key=row.intake_key, revision=row.revision + 1, previous_id=row.id, customer_id=row.customer_id,
        vehicle_id=row.vehicle_id, appointment_id=row.appointment_id, order_id=row.order_id,
        advisor_id=row.advisor_id, mileage=row.mileage, mileage_reason=row.mileage_reason,
        fuel_eighths=row.fuel_eighths, keys=row.keys, complaints=row.complaints, checklist=row.checklist,
        valuables=row.valuables, first_service=row.first_service, created_at=now or utc_now(),
        updated_by_id=staff_id,
    )
    for mark in row.marks:
        copy.marks.append(
            DamageMark(
                position=mark.position, kind=mark.kind, x=mark.x, y=mark.y, note=mark.note,
                photos=[MarkPhoto(photo_id=p.photo_id) for p in mark.photos],
            )
        )
    session.add(copy)
    session.flush()
    changes.note(session, customer=row.customer_id)
    return detail(session, copy.id)


def order_complaint(info: InspectionDetail) -> str:
    """The repair order's complaint: the customer's words, and the booked work when not among them."""
    lines = list(info.complaints)
    requested = info.requested_work.strip()
    if requested and all(requested not in line for line in lines):
        lines.append(requested)
    return "\n".join(lines)


@requires(Permission.RECEPTION)
def open_order(
    session: Session,
    inspection_id: int,
    *,
    advisor_id: int | None = None,
    promised_at: dt.datetime | None = None,
    confirmed: Collection[str] = (),
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> orders.OrderDetail:
    """Open the repair order from a signed inspection, with its complaints and the booked work."""
    row = _inspection(session, inspection_id)
    info = detail(session, row.id)
    if not info.signed:
        raise ValidationError("请先让客户在接车登记上签字，再开委托书。", field="signature")
    if not info.latest:
        raise ValidationError("这是旧版本，请在最新版本上操作。")
    if info.order_number:
        raise ValidationError("这次接车已开委托书 {number}。", number=info.order_number)
    now = now or utc_now()
    appointment = info.appointment or None
    if appointment:
        status = session.scalar(select(Appointment.status).where(Appointment.number == appointment))
        if status != AppointmentStatus.BOOKED.value:
            appointment = None
    opened = orders.open_order(
        session,
        vehicle_id=row.vehicle_id,
        advisor_id=advisor_id or row.advisor_id or staff_id,  # type: ignore[arg-type]
        mileage=row.mileage if row.mileage is not None else "",
        mileage_reason=row.mileage_reason,
        complaint=order_complaint(info),
        promised_at=promised_at if promised_at is not None else orders.default_promise(session, now),
        appointment_number=appointment,
        confirmed=confirmed,
        staff_id=staff_id,
        now=now,
    )
    order_id = session.scalar(select(RepairOrder.id).where(RepairOrder.number == opened.number))
    for revision in session.scalars(
        select(Inspection).where(Inspection.vehicle_id == row.vehicle_id, Inspection.intake_key == row.intake_key)
    ):
        revision.order_id = order_id
    session.flush()
    from desk.services.checkin_documents import store_for_order

    store_for_order(session, row.id, staff_id=staff_id)
    return opened


def today_appointments(session: Session, now: dt.datetime | None = None) -> list:
    """Today's appointments whose car has not arrived yet, for the walk-around's start list."""
    from desk.services.appointments import list_day

    day = local_day(session, now or utc_now())
    return [a for a in list_day(session, day) if a.status == AppointmentStatus.BOOKED.value]
