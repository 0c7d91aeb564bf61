"""Signing in (登录) and staff accounts: argon2 password hashes, the first manager, resets.

There is no default password anywhere. A new database — or one from before sign-in existed, where
nobody has a password yet — first asks for the service manager's account; the manager then gives
each colleague a temporary password, which they replace at their first sign-in. Five wrong
passwords in a row make the account wait five minutes. A disabled account cannot sign in; its
history (orders, settlements, audit entries) stays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Staff, Team
from desk.models.base import utc_now
from desk.models.enums import Role
from desk.services import audit
from desk.services.errors import DeskError, NotFound, ValidationError
from desk.services.permissions import Permission, PermissionDenied, actor_id, requires
from desk.services.shop import add_staff, format_local

__all__ = [
    "AccountRow", "SignInOutcome", "SignedIn", "change_password", "create_account", "create_first_manager",
    "first_manager_candidates", "needs_first_manager", "reset_password", "set_account_active", "sign_in",
    "person", "sign_in_names", "staff_accounts", "update_account",
]

MIN_PASSWORD_LENGTH = 6
MAX_FAILED_SIGN_INS = 5
LOCK_MINUTES = 5

# OWASP's argon2id profile (19 MiB, 2 passes, 1 lane): about 50 ms a check on a 2-core counter PC,
# where argon2-cffi's default (64 MiB, 3 passes, 4 lanes) took 210 ms at every sign-in and switch of
# person. Hashes made with other settings are made again at the next sign-in (see sign_in).
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@dataclass(frozen=True)
class SignedIn:
    """The person now at the PC."""

    id: int
    name: str
    role: str
    must_change_password: bool


@dataclass(frozen=True)
class SignInOutcome:
    """A sign-in either succeeds (``person``) or is refused (``refusal``).

    A refusal is returned rather than raised so that the wrong-password count and the audit entry
    it writes are committed with it.
    """

    person: SignedIn | None
    refusal: DeskError | None = None


@dataclass(frozen=True)
class AccountRow:
    """One staff account as the manager's staff screen lists it."""

    id: int
    name: str
    role: str
    team_id: int | None
    team: str
    active: bool
    has_password: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    last_sign_in: str


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _matches(staff: Staff, password: str) -> bool:
    if not staff.password_hash:
        return False
    try:
        return _hasher.verify(staff.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(name: str, password: str, repeat: str) -> None:
    """Refuse a password that is too short, the person's name, or not typed the same twice."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("密码至少 {count} 位。", field="password", count=MIN_PASSWORD_LENGTH)
    if password.strip() == name.strip():
        raise ValidationError("密码不能和姓名相同。", field="password")
    if password != repeat:
        raise ValidationError("两次输入的密码不一样，请重新输入。", field="repeat")


# --- the first start --------------------------------------------------------------------------


def needs_first_manager(session: Session) -> bool:
    """True while no active service manager can sign in: Desk then asks for that account first."""
    found = session.scalar(
        select(Staff.id).where(Staff.role == Role.MANAGER.value, Staff.active.is_(True), Staff.password_hash.is_not(None))
    )
    return found is None


def first_manager_candidates(session: Session) -> list[str]:
    """Managers already on file without a password (a database from before sign-in existed)."""
    return list(session.scalars(
        select(Staff.name).where(Staff.role == Role.MANAGER.value, Staff.active.is_(True), Staff.password_hash.is_(None))
        .order_by(Staff.name)
    ))


def create_first_manager(session: Session, name: str, password: str, repeat: str) -> SignedIn:
    """Set up the service manager's account on a database where nobody can sign in as one yet.

    A manager already on file under ``name`` gets the password; otherwise a new manager is added.
    """
    if not needs_first_manager(session):
        raise PermissionDenied("已经有服务经理账号了；新账号请由服务经理在「员工」中建立。")
    name = name.strip()
    if not name:
        raise ValidationError("请填写服务经理的姓名。", field="name")
    check_new_password(name, password, repeat)
    staff = session.scalar(select(Staff).where(Staff.name == name))
    if staff is None:
        staff = session.get(Staff, add_staff(session, name, Role.MANAGER).id)
        assert staff is not None
    elif staff.role != Role.MANAGER.value or not staff.active:
        raise ValidationError(
            "已有名为 {name} 的员工，但不是在用的服务经理账号；请换一个姓名。", field="name", name=name
        )
    staff.password_hash = hash_password(password)
    staff.must_change_password = False
    session.flush()
    return SignedIn(id=staff.id, name=staff.name, role=staff.role, must_change_password=False)


# --- signing in ---------------------------------------------------------------------------------


def sign_in_names(session: Session) -> list[str]:
    """Names offered at the sign-in screen: active people who have a password."""
    return list(session.scalars(
        select(Staff.name).where(Staff.active.is_(True), Staff.password_hash.is_not(None)).order_by(Staff.name)
    ))


def sign_in(session: Session, name: str, password: str, *, now: dt.datetime | None = None) -> SignInOutcome:
    """Check a name and password; count wrong ones, and make the account wait after too many."""
    now = now or utc_now()
    name = name.strip()
    staff = session.scalar(select(Staff).where(Staff.name == name)) if name else None
    wrong = DeskError("姓名或密码不对，请重新输入。")
    if staff is None or not staff.password_hash:
        audit.record(session, "sign_in_failed", record_type="staff", label=name, note="姓名不存在或未设密码")
        return SignInOutcome(None, wrong)
    if not staff.active:
        audit.record(session, "sign_in_failed", record_type="staff", record_id=staff.id, label=staff.name,
                     note="账号已停用", staff_id=staff.id)
        return SignInOutcome(None, DeskError("{name} 的账号已停用，不能登录。请联系服务经理。", name=staff.name))
    if staff.locked_until is not None and staff.locked_until > now:
        minutes = max(1, int((staff.locked_until - now).total_seconds() + 59) // 60)
        return SignInOutcome(None, DeskError(
            "密码连续输错 {count} 次，账号暂停登录，请 {minutes} 分钟后再试，或请服务经理重置密码。",
            count=MAX_FAILED_SIGN_INS, minutes=minutes,
        ))
    if not _matches(staff, password):
        staff.failed_sign_ins += 1
        note = f"第 {staff.failed_sign_ins} 次输错密码"
        if staff.failed_sign_ins >= MAX_FAILED_SIGN_INS:
            staff.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            staff.failed_sign_ins = 0
            note += "，暂停登录"
            audit.record(session, "sign_in_failed", record_type="staff", record_id=staff.id, label=staff.name,
                         note=note, staff_id=staff.id)
            return SignInOutcome(None, DeskError(
                "密码连续输错 {count} 次，账号暂停登录，请 {minutes} 分钟后再试，或请服务经理重置密码。",
                count=MAX_FAILED_SIGN_INS, minutes=LOCK_MINUTES,
            ))
        audit.record(session, "sign_in_failed", record_type="staff", record_id=staff.id, label=staff.name,
                     note=note, staff_id=staff.id)
        return SignInOutcome(None, wrong)
    if _hasher.check_needs_rehash(staff.password_hash):
        staff.password_hash = hash_password(password)
    staff.failed_sign_ins = 0
    staff.locked_until = None
    staff.last_sign_in_at = now
    audit.record(session, "sign_in", record_type="staff", record_id=staff.id, label=staff.name, staff_id=staff.id)
    return SignInOutcome(SignedIn(staff.id, staff.name, staff.role, staff.must_change_password))


def note_sign_out(session: Session, *, locked: bool = False) -> None:
    """Record that the person at the PC signed out, or that the PC locked (idle or by hand)."""
    staff_id = actor_id(session)
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    audit.record(session, "lock" if locked else "sign_out", record_type="staff", record_id=staff_id,
                 label=staff.name if staff else "")


def change_password(session: Session, staff_id: int, old: str, new: str, repeat: str) -> None:
    """A person replaces their own password (also the temporary one after a reset)."""
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active:
        raise NotFound("找不到这个账号。")
    if actor_id(session) not in (None, staff_id):
        raise PermissionDenied("只能修改自己的密码；别人的密码请用「重置密码」。")
    if not _matches(staff, old):
        raise ValidationError("原密码不对。", field="old")
    check_new_password(staff.name, new, repeat)
    if new == old:
        raise ValidationError("新密码不能和原密码相同。", field="password")
    staff.password_hash = hash_password(new)
    staff.must_change_password = False
    audit.record(session, "password_changed", record_type="staff", record_id=staff.id, label=staff.name,
                 staff_id=staff.id)


# --- the manager's staff screen -------------------------------------------------------------------


@requires(Permission.MANAGE_STAFF)
def staff_accounts(session: Session, *, include_disabled: bool = True) -> list[AccountRow]:
    query = select(Staff).order_by(Staff.active.desc(), Staff.role, Staff.name)
    if not include_disabled:
        query = query.where(Staff.active.is_(True))
    return [
        AccountRow(
            id=s.id, name=s.name, role=s.role, team_id=s.team_id, team=s.team.name if s.team else "",
            active=s.active, has_password=bool(s.password_hash), must_change_password=s.must_change_password,
            locked_until=s.locked_until, last_sign_in=format_local(session, s.last_sign_in_at),
        )
        for s in session.scalars(query)
    ]


def _account(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound("找不到这个员工。")
    return staff


def _other_managers_can_sign_in(session: Session, staff: Staff) -> bool:
    found = session.scalar(select(Staff.id).where(
        Staff.id != staff.id, Staff.role == Role.MANAGER.value, Staff.active.is_(True), Staff.password_hash.is_not(None)
    ))
    return found is not None


def _check_team(session: Session, role: Role, team_id: int | None) -> int | None:
    if role != Role.TECHNICIAN:
        return None
    if team_id is not None and session.get(Team, team_id) is None:
        raise ValidationError("找不到这个班组。", field="team")
    return team_id


@requires(Permission.MANAGE_STAFF)
def create_account(
    session: Session, name: str, role: Role, *, team_id: int | None = None, password: str = "", repeat: str = "",
) -> AccountRow:
    """Add a colleague. With a temporary password they can sign in and must then choose their own;
    without one they are on file (to be dispatched to, say) but cannot sign in until a reset."""
    row = add_staff(session, name, role, _check_team(session, role, team_id))
    if password or repeat:
        check_new_password(row.name, password, repeat)
        staff = _account(session, row.id)
        staff.password_hash = hash_password(password)
        staff.must_change_password = True
    session.flush()
    return _row_for(session, row.id)


def _row_for(session: Session, staff_id: int) -> AccountRow:
    return next(a for a in staff_accounts(session) if a.id == staff_id)


@requires(Permission.MANAGE_STAFF)
def update_account(session: Session, staff_id: int, *, role: Role, team_id: int | None = None) -> AccountRow:
    """Change a colleague's role (岗位) and team; the audit log keeps the change."""
    staff = _account(session, staff_id)
    if staff.role == Role.MANAGER.value and role != Role.MANAGER and not _other_managers_can_sign_in(session, staff):
        raise ValidationError(
            "{name} 是唯一能登录的服务经理，不能改成其他岗位；请先给另一位服务经理建好账号。", field="role", name=staff.name
        )
    staff.role = role.value
    staff.team_id = _check_team(session, role, team_id)
    session.flush()
    return _row_for(session, staff.id)


@requires(Permission.MANAGE_STAFF)
def set_account_active(session: Session, staff_id: int, active: bool) -> AccountRow:
    """Disable (停用) or enable an account. A disabled person cannot sign in; history stays."""
    staff = _account(session, staff_id)
    if not active:
        if staff.id == actor_id(session):
            raise ValidationError("不能停用自己正在使用的账号。", field="active")
        if staff.role == Role.MANAGER.value and not _other_managers_can_sign_in(session, staff):
            raise ValidationError("{name} 是唯一能登录的服务经理，不能停用。", field="active", name=staff.name)
    staff.active = active
    session.flush()
    return _row_for(session, staff.id)


@requires(Permission.MANAGE_STAFF)
def reset_password(session: Session, staff_id: int, password: str, repeat: str) -> AccountRow:
    """Give a colleague a temporary password: they must choose their own at the next sign-in.
    Also lifts a wait after too many wrong passwords."""
    staff = _account(session, staff_id)
    if not staff.active:
        raise ValidationError("{name} 的账号已停用；请先启用再重置密码。", field="active", name=staff.name)
    check_new_password(staff.name, password, repeat)
    staff.password_hash = hash_password(password)
    staff.must_change_password = staff.id != actor_id(session)
    staff.failed_sign_ins = 0
    staff.locked_until = None
    session.flush()
    return _row_for(session, staff.id)


def person(session: Session, staff_id: int) -> SignedIn:
    """The signed-in person's name and role, for the window's title and what it shows."""
    staff = _account(session, staff_id)
    return SignedIn(staff.id, staff.name, staff.role, staff.must_change_password)
