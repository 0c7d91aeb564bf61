"""The shop's settings, staff and teams, and the shop's local time."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import ShopSettings, Staff, Team
from desk.models.enums import Role
from desk.services.permissions import Permission, requires
from desk.services import changes
from desk.services.errors import NotFound, ValidationError
from desk.services.money import format_yuan, parse_yuan

DEFAULT_ZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class ShopInfo:
    name: str
    address: str
    phone: str
    labour_rate: str
    """Customer labour rate per hour, e.g. ``"180.00"``."""
    labour_rate_fen: int
    opening_time: dt.time
    closing_time: dt.time
    timezone: str
    version: int
    slot_minutes: int
    slots_before_buffer: int
    working_hours: str
    """Hours one technician works in a day, e.g. ``"8"`` or ``"7.5"``."""
    privacy: str
    quality_buffer_minutes: int = 30
    """Kept after the work for quality check and washing when the promised time is computed."""
    closed_weekdays: frozenset[int] = frozenset()
    """ISO weekdays the workshop is closed (6, 7: Saturday, Sunday)."""
    idle_lock_minutes: int = 10
    """A counter PC locks after this many minutes without keyboard or mouse (0: never)."""


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str
    team: str


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    members: int


def settings_row(session: Session) -> ShopSettings:
    """The shop's one settings row, read once per unit of work (many rules of one action ask)."""
    row = session.info.get("desk_settings")  # held here: the session's identity map lets go of it
    if row is None or row not in session:
        row = session.scalar(select(ShopSettings).order_by(ShopSettings.id).limit(1))
        if row is None:
            raise NotFound("数据库里没有本店设置。请运行 “desk db upgrade” 建立数据库。")
        session.info["desk_settings"] = row
    return row


def amounts_over_defaults(text: str, defaults: dict[str, int], *, highest: int, known_only: bool) -> dict[str, int]:
    """A JSON setting of whole numbers by name (``{"advisor": 500}``) laid over ``defaults``.

    Entries that are not whole numbers from 0 to ``highest`` are ignored, and so is text that is
    not a JSON object — a broken setting falls back to the defaults instead of stopping the counter.
    With ``known_only`` names that are not in ``defaults`` are ignored too.
    """
    amounts = dict(defaults)
    try:
        configured = json.loads(text) if text.strip() else {}
    except ValueError:
        configured = {}
    if isinstance(configured, dict):
        for name, value in configured.items():
            if known_only and name not in defaults:
                continue
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= highest:
                amounts[str(name)] = value
    return amounts


def shop_info(session: Session) -> ShopInfo:
    row = settings_row(session)
    return ShopInfo(
        name=row.name,
        address=row.address,
        phone=row.phone,
        labour_rate=format_yuan(row.labour_rate_fen),
        labour_rate_fen=row.labour_rate_fen,
        opening_time=row.opening_time,
        closing_time=row.closing_time,
        timezone=row.timezone,
        version=row.version,
        slot_minutes=row.slot_minutes,
        slots_before_buffer=row.slots_before_buffer,
        working_hours=str(Decimal(row.working_hours_centi) / 100),
        privacy=row.privacy,
        quality_buffer_minutes=row.quality_buffer_minutes,
        closed_weekdays=frozenset(int(d) for d in row.closed_weekdays.split(",") if d.strip().isdigit()),
        idle_lock_minutes=row.idle_lock_minutes,
    )


@requires(Permission.EDIT_SETTINGS)
def update_shop(
    session: Session,
    *,
    name: str,
    address: str,
    phone: str,
    labour_rate: str,
    opening_time: dt.time,
    closing_time: dt.time,
    staff_id: int | None,
    expected_version: int | None = None,
    slot_minutes: int | None = None,
    slots_before_buffer: int | None = None,
    working_hours: str | None = None,
    privacy: str | None = None,
    quality_buffer_minutes: int | None = None,
    closed_weekdays: Collection[int] | None = None,
    idle_lock_minutes: int | None = None,
) -> ShopInfo:
    """Save the shop's settings; the appointment, privacy and promise settings stay as they are when not given.

    ``quality_buffer_minutes`` is kept after the work for quality check and washing when the
    promised time is computed; ``closed_weekdays`` are ISO weekdays (1 Monday … 7 Sunday).
    """
    from desk.services.concurrency import check_version
    from desk.services.privacy import PRIVACY_SETTINGS

    row = settings_row(session)
    check_version(session, row, expected_version, "本店设置")
    if not name.strip():
        raise ValidationError("请填写店名，它会印在每一张单据上。", field="name")
    if closing_time <= opening_time:
        raise ValidationError("下班时间必须晚于上班时间。", field="closing_time")
    row.name = name.strip()
    row.address = address.strip()
    row.phone = phone.strip()
    row.labour_rate_fen = parse_yuan(labour_rate, field="labour_rate")
    if slot_minutes is not None and not 5 <= slot_minutes <= 60:
        raise ValidationError("预约时段长度应在 5 到 60 分钟之间。", field="slot_minutes")
    if slots_before_buffer is not None and not 0 <= slots_before_buffer <= 12:
        raise ValidationError("留空档前的连续时段数应在 0 到 12 之间（0 表示不留空档）。", field="slots_before_buffer")
    if quality_buffer_minutes is not None and not 0 <= quality_buffer_minutes <= 480:
        raise ValidationError("质检洗车预留应在 0 到 480 分钟之间。", field="quality_buffer_minutes")
    if closed_weekdays is not None:
        if any(not 1 <= day <= 7 for day in closed_weekdays):
            raise ValidationError("休息日只能是周一到周日。", field="closed_weekdays")
        if len(set(closed_weekdays)) >= 7:
            raise ValidationError("一周至少要有一天营业，不能每天都是休息日。", field="closed_weekdays")
    if idle_lock_minutes is not None and not 0 <= idle_lock_minutes <= 240:
        raise ValidationError("闲置锁屏时间应在 0 到 240 分钟之间（0 表示不自动锁屏）。", field="idle_lock_minutes")
    if privacy is not None and privacy not in PRIVACY_SETTINGS:
        raise ValidationError("客户显示方式只能是全名、姓氏加称呼或只显示车牌。", field="privacy")
    if working_hours is not None:
        try:
            hours = Decimal(working_hours.strip())
        except InvalidOperation:
            raise ValidationError("技师每日工时必须是数字，如 8 或 7.5。", field="working_hours") from None
        if not (Decimal(1) <= hours <= Decimal(16)) or hours != hours.quantize(Decimal("0.01")):
            raise ValidationError("技师每日工时应在 1 到 16 小时之间，最多两位小数。", field="working_hours")
        row.working_hours_centi = int(hours * 100)
    row.opening_time = opening_time
    row.closing_time = closing_time
    if slot_minutes is not None:
        row.slot_minutes = slot_minutes
    if slots_before_buffer is not None:
        row.slots_before_buffer = slots_before_buffer
    if privacy is not None:
        row.privacy = privacy
    if quality_buffer_minutes is not None:
        row.quality_buffer_minutes = quality_buffer_minutes
    if idle_lock_minutes is not None:
        row.idle_lock_minutes = idle_lock_minutes
    if closed_weekdays is not None:
        row.closed_weekdays = ",".join(str(day) for day in sorted(set(closed_weekdays)))
    row.updated_by_id = staff_id
    session.flush()
    changes.note(session, settings=True)
    return shop_info(session)


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def shop_zone(session: Session) -> ZoneInfo:
    """The shop's time zone (cached on the session for the unit of work)."""
    name = session.info.get("desk_zone")
    if name is None:
        name = settings_row(session).timezone or DEFAULT_ZONE
        session.info["desk_zone"] = name
    return _zone(name)


def to_local(session: Session, instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(shop_zone(session))


def format_local(session: Session, instant: dt.datetime | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC instant as the shop's wall-clock time; empty for None."""
    if instant is None:
        return ""
    return to_local(session, instant).strftime(pattern)


def local_day(session: Session, instant: dt.datetime) -> dt.date:
    return to_local(session, instant).date()


def day_bounds(session: Session, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants where the shop-local ``day`` starts and the next one starts."""
    zone = shop_zone(session)
    start = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    return start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)


def local_to_utc(session: Session, day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=shop_zone(session)).astimezone(dt.timezone.utc)


def list_staff(session: Session, role: Role | None = None) -> list[StaffRow]:
    query = select(Staff).where(Staff.active.is_(True)).order_by(Staff.role, Staff.name)
    if role is not None:
        query = query.where(Staff.role == role.value)
    return [
        StaffRow(id=s.id, name=s.name, role=s.role, team=s.team.name if s.team else "")
        for s in session.scalars(query)
    ]


def list_teams(session: Session) -> list[TeamRow]:
    query = select(Team).where(Team.active.is_(True)).order_by(Team.name)
    return [TeamRow(id=t.id, name=t.name, members=t.members) for t in session.scalars(query)]


@requires(Permission.MANAGE_STAFF)
def add_staff(session: Session, name: str, role: Role, team_id: int | None = None) -> StaffRow:
    name = name.strip()
    if not name:
        raise ValidationError("请填写员工姓名。", field="name")
    if session.scalar(select(Staff.id).where(Staff.name == name)) is not None:
        raise ValidationError("已有名为 {name} 的员工。", field="name", name=name)
    staff = Staff(name=name, role=role.value, team_id=team_id)
    session.add(staff)
    session.flush()
    return StaffRow(id=staff.id, name=staff.name, role=staff.role, team="")


@requires(Permission.MANAGE_STAFF)
def add_team(session: Session, name: str, members: int) -> TeamRow:
    name = name.strip()
    if not name:
        raise ValidationError("请填写班组名称。", field="name")
    if members < 1:
        raise ValidationError("班组至少要有 1 名成员。", field="members")
    team = Team(name=name, members=members)
    session.add(team)
    session.flush()
    return TeamRow(id=team.id, name=team.name, members=team.members)


def staff_name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    staff = session.get(Staff, staff_id)
    return staff.name if staff else ""


def wall_clock_now(session: Session) -> dt.datetime:
    """The shop's wall-clock time now, without a zone, for date and time inputs."""
    from desk.models.base import utc_now

    return to_wall_clock(session, utc_now())


def local_today(session: Session) -> dt.date:
    return wall_clock_now(session).date()


def from_wall_clock(session: Session, wall: dt.datetime) -> dt.datetime:
    """A date and time typed on the shop's wall clock as a UTC instant."""
    return wall.replace(tzinfo=shop_zone(session)).astimezone(dt.timezone.utc)


def to_wall_clock(session: Session, instant: dt.datetime) -> dt.datetime:
    """A UTC instant as the shop's wall-clock time without a zone, for date and time inputs."""
    return to_local(session, instant).replace(tzinfo=None)
