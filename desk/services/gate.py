"""The exit pass (出门证) and the gate (门卫): issuing a signed pass, checking it, letting the car out.

A pass is issued only for a settled order, one valid pass per order at a time (valid = not used,
not void, not yet expired); it is valid for ``ShopSettings.exit_pass_hours`` hours and keeps the
car's plate as it was at issue. A manager who reopens a settled order voids its passes
(:func:`void_exit_passes`).

The QR code
-----------

The printed pass carries a QR code whose content the gate's scanner types (a keyboard-wedge
scanner: the text, then Enter). So the content is short, printable ASCII, upper case only — QR
alphanumeric characters, safe on any keyboard layout and even with Caps Lock on (the gate
upper-cases what it reads)::

    DESK1.<KEY ID>.<PASS NUMBER>.<PLATE>.<ISSUED>.<SIGNATURE>
    DESK1.X5RRWOHU.EP20261123-0001.46ZKIQSEGEZDGNBV.1795395600.NZLLT4J6KKHKV7K5MSXBZRRB3R4KH45Y

- ``DESK1``: the format and its version.
- KEY ID: 8 base32 characters naming the installation's signing key (the first 5 bytes of
  HMAC-SHA256(key, "desk exit-pass key id")); it tells a pass from another installation apart
  from an altered one and reveals nothing about the key.
- PASS NUMBER: as stored, e.g. ``EP20261123-0001``.
- PLATE: the stored plate (``粤BD12345``, no separator) as UTF-8 in RFC 4648 base32, upper case,
  without ``=`` padding — Chinese characters themselves are unreliable in QR codes and through
  keyboard-wedge scanners.
- ISSUED: the issue time in whole seconds since 1970-01-01 UTC, in decimal.
- SIGNATURE: HMAC-SHA256 under the installation's key of everything before the last ``.``,
  the first 20 bytes, base32 (32 characters). Checked with :func:`hmac.compare_digest`.

The key (``InstallationKey`` named ``exit_pass``, 32 random bytes) is made when the database is
created (migration 0005) — or here, by :func:`signing_key`, for a database built without
migrations. It is never printed, logged or shown.

A pass number typed by hand when the QR code cannot be read (:func:`let_out`) gets every check
but the signature; :func:`scan` takes either.

Refusals at the gate raise :class:`PassRefused` with a ``code`` (``garbage``, ``foreign``,
``forged``, ``unknown``, ``void``, ``used``, ``expired``, ``unsettled``, ``plate``) and a Chinese
message saying why and what to do.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import ExitPass, InstallationKey, RepairOrder
from desk.models.base import utc_now
from desk.models.enums import OrderStatus
from desk.services import changes, shop, workflow
from desk.services.errors import IllegalMove, NotFound
from desk.services.numbers import next_number
from desk.services.orders import get_order
from desk.services.snapshots import ShopHeader
from desk.services.validation import display_plate
from desk.services.permissions import Permission, requires

__all__ = [
    "ExitPassDocument", "ExitPassInfo", "GateRow", "PassRefused", "cars_out_today", "current_exit_pass",
    "exit_pass_document", "exit_pass_info", "issue_exit_pass", "key_id", "let_out", "pass_payload",
    "scan", "sign_payload", "signing_key", "verify_and_release", "void_exit_passes",
]

FORMAT = "DESK1"
KEY_NAME = "exit_pass"
SIGNATURE_BYTES = 20
_KEY_ID_LABEL = b"desk exit-pass key id"
_PASS_NUMBER = re.compile(r"[A-Z]{2}\d{8}-\d{4,}")
_PAYLOAD = re.compile(
    r"DESK1\.(?P<kid>[A-Z2-7]{8})\.(?P<number>[A-Z]{2}\d{8}-\d{4,})\.(?P<plate>[A-Z2-7]{1,64})"
    r"\.(?P<issued>\d{1,12})\.(?P<sig>[A-Z2-7]{32})"
)


class PassRefused(IllegalMove):
    """The gate does not let the car out; ``code`` says which check failed."""

    def __init__(self, template: str, *, code: str, **params: Any) -> None:
        self.code = code
        super().__init__(template, **params)


@dataclass(frozen=True)
class ExitPassInfo:
    """One exit pass as the screens show it."""

    number: str
    order_number: str
    plate: str
    """Display form, e.g. ``粤B·12345``."""
    model: str
    colour: str
    issued_local: str
    issued_by: str
    valid_until_local: str
    used_local: str
    used_by: str
    void_reason: str
    state: str
    """``valid``, ``used``, ``void`` or ``expired``."""


@dataclass(frozen=True)
class ExitPassDocument:
    """What the printed pass shows (frozen data for :mod:`desk.printing.exit_pass`)."""

    shop: ShopHeader
    number: str
    order_number: str
    plate: str
    model: str
    colour: str
    issued_local: str
    valid_until_local: str
    issued_by: str
    payload: str
    """The QR code's content."""
    paper: str
    """``A6`` or ``80mm``."""


@dataclass(frozen=True)
class GateRow:
    """A car let out through the gate (门卫's list of today's cars out)."""

    used_local: str
    pass_number: str
    order_number: str
    plate: str
    model: str
    colour: str
    used_by: str


# --- the key and the payload ------------------------------------------------------------------


def signing_key(session: Session) -> bytes:
    """This installation's secret for signing passes; made once if the database has none."""
    row = session.get(InstallationKey, KEY_NAME)
    if row is None:
        row = InstallationKey(name=KEY_NAME, key=secrets.token_bytes(32), created_at=utc_now())
        session.add(row)
        session.flush()
    return bytes(row.key)


def key_id(key: bytes) -> str:
    """The key's public name in payloads (8 base32 characters); says nothing about the key."""
    return _b32(hmac.new(key, _KEY_ID_LABEL, hashlib.sha256).digest()[:5])


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def _seconds(instant: dt.datetime) -> int:
    return int(instant.timestamp())


def sign_payload(key: bytes, number: str, plate: str, issued_at: dt.datetime) -> str:
    """The QR content for a pass (see the module docstring for the format)."""
    body = ".".join((FORMAT, key_id(key), number, _b32(plate.encode("utf-8")), str(_seconds(issued_at))))
    signature = hmac.new(key, body.encode("ascii"), hashlib.sha256).digest()[:SIGNATURE_BYTES]
    return f"{body}.{_b32(signature)}"


def pass_payload(session: Session, pass_number: str) -> str:
    """The QR content of a stored pass."""
    exit_pass = _find(session, pass_number)
    return sign_payload(signing_key(session), exit_pass.number, exit_pass.plate, exit_pass.issued_at)


# --- issuing ------------------------------------------------------------------------------------


def _valid(exit_pass: ExitPass, now: dt.datetime) -> bool:
    return exit_pass.used_at is None and exit_pass.voided_at is None and exit_pass.valid_until > now


def _state(exit_pass: ExitPass, now: dt.datetime) -> str:
    if exit_pass.used_at is not None:
        return "used"
    if exit_pass.voided_at is not None:
        return "void"
    return "valid" if exit_pass.valid_until > now else "expired"


def _current(session: Session, order: RepairOrder, now: dt.datetime) -> ExitPass | None:
    passes = session.scalars(select(ExitPass).where(ExitPass.order_id == order.id).order_by(ExitPass.id.desc()))
    return next((p for p in passes if _valid(p, now)), None)


@requires(Permission.TAKE_PAYMENT)
def issue_exit_pass(
    session: Session, number: str, *, staff_id: int | None = None, now: dt.datetime | None = None,
    valid_hours: int | None = None,
) -> ExitPassInfo:
    """Issue the exit pass for a settled order; refused while the order has a valid one."""
    now = now or utc_now()
    order = get_order(session, number)
    if OrderStatus(order.status) != OrderStatus.SETTLED:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，结算后才能开出门证。",
            number=order.number, status=OrderStatus(order.status).chinese,
        )
    current = _current(session, order, now)
    if current is not None:
        raise IllegalMove(
            "委托书 {number} 已有有效的出门证 {pass_number}（有效至 {until}），可直接重新打印。",
            number=order.number, pass_number=current.number, until=shop.format_local(session, current.valid_until),
        )
    hours = valid_hours if valid_hours is not None else shop.settings_row(session).exit_pass_hours
    signing_key(session)  # make sure the key exists before the first pass is printed
    exit_pass = ExitPass(
        number=next_number(session, "exit_pass", now), order_id=order.id, issued_at=now,
        issued_by_id=staff_id, valid_until=now + dt.timedelta(hours=hours), plate=order.vehicle.plate,
    )
    session.add(exit_pass)
    session.flush()
    changes.note(session, order=order.number)
    return _info(session, exit_pass, now)


def current_exit_pass(session: Session, number: str, *, now: dt.datetime | None = None) -> ExitPassInfo | None:
    """The order's valid pass, or ``None``."""
    now = now or utc_now()
    current = _current(session, get_order(session, number), now)
    return _info(session, current, now) if current is not None else None


def exit_pass_document(
    session: Session, number: str, *, issue: bool = False, staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> ExitPassDocument:
    """What to print for an order's valid pass; with ``issue`` one is issued when it has none."""
    now = now or utc_now()
    order = get_order(session, number)
    current = _current(session, order, now)
    if current is None:
        if not issue:
            raise NotFound("委托书 {number} 没有有效的出门证，请先开出门证。", number=order.number)
        current = _find(session, issue_exit_pass(session, order.number, staff_id=staff_id, now=now).number)
    settings = shop.settings_row(session)
    vehicle = order.vehicle
    return ExitPassDocument(
        shop=ShopHeader(name=settings.name, address=settings.address, phone=settings.phone),
        number=current.number,
        order_number=order.number,
        plate=display_plate(current.plate),
        model=vehicle.model,
        colour=vehicle.colour,
        issued_local=shop.format_local(session, current.issued_at),
        valid_until_local=shop.format_local(session, current.valid_until),
        issued_by=shop.staff_name(session, current.issued_by_id),
        payload=sign_payload(signing_key(session), current.number, current.plate, current.issued_at),
        paper=settings.exit_pass_paper,
    )


def void_exit_passes(session: Session, order: RepairOrder, reason: str, now: dt.datetime | None = None) -> int:
    """Void every unused pass of ``order`` (a manager reopened it); returns how many."""
    now = now or utc_now()
    count = 0
    for exit_pass in session.scalars(
        select(ExitPass).where(ExitPass.order_id == order.id, ExitPass.used_at.is_(None), ExitPass.voided_at.is_(None))
    ):
        exit_pass.voided_at = now
        exit_pass.void_reason = reason.strip() or "委托书已重新打开"
        count += 1
    if count:
        session.flush()
        changes.note(session, order=order.number)
    return count


# --- the gate -----------------------------------------------------------------------------------


def _parse(session: Session, payload: str) -> ExitPass:
    """The pass a scanned payload names, after its format, key and signature check out."""
    text = "".join(payload.split()).upper()
    match = _PAYLOAD.fullmatch(text)
    if match is None:
        raise PassRefused(
            "扫到的内容不是本系统的出门证二维码：{text}。请重新扫描，或手工输入出门证号。", code="garbage",
            text=_shorten(payload.strip()) or "（空）",
        )
    key = signing_key(session)
    if not hmac.compare_digest(match["kid"], key_id(key)):
        raise PassRefused(
            "这张出门证不是本店系统开具的（签名密钥不同），不能放行。请车主到收银处核实。", code="foreign",
        )
    body = text[: text.rfind(".")]
    expected = _b32(hmac.new(key, body.encode("ascii"), hashlib.sha256).digest()[:SIGNATURE_BYTES])
    if not hmac.compare_digest(match["sig"], expected):
        raise PassRefused("出门证二维码的签名不对：内容被改动过或是伪造的，不能放行。", code="forged")
    exit_pass = session.scalar(select(ExitPass).where(ExitPass.number == match["number"]))
    try:
        plate = _unb32(match["plate"]).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        plate = None
    if exit_pass is None or plate != exit_pass.plate or int(match["issued"]) != _seconds(exit_pass.issued_at):
        # only possible with this installation's key: a pass from a restored or replaced database
        raise PassRefused(
            "出门证 {number} 在本系统中查不到（或与记录不符），不能放行。请车主到收银处核实。", code="unknown",
            number=match["number"],
        )
    return exit_pass


def _shorten(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "…"


def _find(session: Session, pass_number: str) -> ExitPass:
    wanted = "".join(pass_number.split()).upper()
    exit_pass = session.scalar(select(ExitPass).where(ExitPass.number == wanted))
    if exit_pass is None:
        raise PassRefused("找不到出门证 {number}，请核对号码。", code="unknown", number=pass_number.strip() or "（空）")
    return exit_pass


def _release(session: Session, exit_pass: ExitPass, staff_id: int | None, now: dt.datetime) -> ExitPassInfo:
    """Every check that does not need the signature, then the car is out and the order released."""
    order = exit_pass.order
    if exit_pass.voided_at is not None:
        raise PassRefused(
            "出门证 {number} 已于 {when} 作废（{reason}），不能放行。请到收银处重新开具。", code="void",
            number=exit_pass.number, when=shop.format_local(session, exit_pass.voided_at),
            reason=exit_pass.void_reason or "未注明原因",
        )
    if exit_pass.used_at is not None:
        raise PassRefused(
            "出门证 {number} 已于 {when} 使用过（{plate} 已出厂），不能再次放行。", code="used",
            number=exit_pass.number, when=shop.format_local(session, exit_pass.used_at),
            plate=display_plate(exit_pass.plate),
        )
    if exit_pass.valid_until <= now:
        raise PassRefused(
            "出门证 {number} 已于 {when} 过期，不能放行。请到收银处重新开具。", code="expired",
            number=exit_pass.number, when=shop.format_local(session, exit_pass.valid_until),
        )
    if OrderStatus(order.status) != OrderStatus.SETTLED:
        raise PassRefused(
            "委托书 {order} 当前为「{status}」，不是已结算，不能放行。", code="unsettled",
            order=order.number, status=OrderStatus(order.status).chinese,
        )
    if exit_pass.plate and exit_pass.plate != order.vehicle.plate:  # passes from before 0005 have none
        raise PassRefused(
            "车牌不符：出门证上是 {on_pass}，委托书 {order} 的车辆现在登记为 {on_order}，不能放行。", code="plate",
            on_pass=display_plate(exit_pass.plate), order=order.number, on_order=display_plate(order.vehicle.plate),
        )
    exit_pass.used_at = now
    exit_pass.used_by_id = staff_id
    workflow.apply_move(session, order, OrderStatus.RELEASED, staff_id=staff_id, via="gate", now=now)
    return _info(session, exit_pass, now)


@requires(Permission.GATE)
def verify_and_release(
    session: Session, payload: str, *, staff_id: int | None = None, now: dt.datetime | None = None
) -> ExitPassInfo:
    """The gate scanned a pass: check everything, then the car is out and the order released."""
    now = now or utc_now()
    return _release(session, _parse(session, payload), staff_id, now)


@requires(Permission.GATE)
def let_out(
    session: Session, pass_number: str, *, staff_id: int | None = None, now: dt.datetime | None = None
) -> ExitPassInfo:
    """The gate typed the pass number by hand (QR unreadable): the same checks but the signature."""
    now = now or utc_now()
    return _release(session, _find(session, pass_number), staff_id, now)


@requires(Permission.GATE)
def scan(session: Session, text: str, *, staff_id: int | None = None, now: dt.datetime | None = None) -> ExitPassInfo:
    """What the gate got: something shaped like a pass number (``EP20261123-0001``) is let out by
    number; anything else must be a QR content and is verified (or refused as not one)."""
    if _PASS_NUMBER.fullmatch("".join(text.split()).upper()):
        return let_out(session, text, staff_id=staff_id, now=now)
    return verify_and_release(session, text, staff_id=staff_id, now=now)


@requires(Permission.GATE)
def record_refusal(session: Session, scanned: str, reason: str) -> None:
    """Keep a refused scan in the audit log. Called in its own unit of work after the refusal,
    because the refused release itself is rolled back whole."""
    from desk.services import audit

    shown = "".join(scanned.split())
    audit.record(session, "gate_refused", record_type="exit_pass",
                 label=shown if len(shown) <= 40 else shown[:37] + "…", note=reason)


# --- reading ------------------------------------------------------------------------------------


def exit_pass_info(session: Session, pass_number: str, *, now: dt.datetime | None = None) -> ExitPassInfo:
    """One pass by its number."""
    exit_pass = session.scalar(select(ExitPass).where(ExitPass.number == pass_number.strip().upper()))
    if exit_pass is None:
        raise NotFound("找不到出门证 {number}。", number=pass_number.strip())
    return _info(session, exit_pass, now or utc_now())


def cars_out_today(session: Session, *, now: dt.datetime | None = None) -> list[GateRow]:
    """The cars let out through the gate today (shop-local day), latest first."""
    start, end = shop.day_bounds(session, shop.local_day(session, now or utc_now()))
    passes = session.scalars(
        select(ExitPass).where(ExitPass.used_at >= start, ExitPass.used_at < end).order_by(ExitPass.used_at.desc())
    )
    return [
        GateRow(
            used_local=shop.format_local(session, p.used_at, "%H:%M"), pass_number=p.number,
            order_number=p.order.number, plate=display_plate(p.plate or p.order.vehicle.plate),
            model=p.order.vehicle.model, colour=p.order.vehicle.colour, used_by=shop.staff_name(session, p.used_by_id),
        )
        for p in passes
    ]


def _info(session: Session, exit_pass: ExitPass, now: dt.datetime) -> ExitPassInfo:
    vehicle = exit_pass.order.vehicle
    return ExitPassInfo(
        number=exit_pass.number,
        order_number=exit_pass.order.number,
        plate=display_plate(exit_pass.plate or vehicle.plate),
        model=vehicle.model,
        colour=vehicle.colour,
        issued_local=shop.format_local(session, exit_pass.issued_at),
        issued_by=shop.staff_name(session, exit_pass.issued_by_id),
        valid_until_local=shop.format_local(session, exit_pass.valid_until),
        used_local=shop.format_local(session, exit_pass.used_at),
        used_by=shop.staff_name(session, exit_pass.used_by_id),
        void_reason=exit_pass.void_reason,
        state=_state(exit_pass, now),
    )
