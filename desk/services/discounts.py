"""How much discount each role may give, and the one check every discount goes through.

Discounts are counted in hundredths of a percent ("basis points", ``bp``): 500 is 5 %, 10000 is
100 %. The limits are a setting (``ShopSettings.discount_limits``, JSON ``{"advisor": 500, …}``);
a role that the setting leaves out, or an empty setting, takes Desk's default from
:data:`DEFAULT_LIMITS_BP`:

=============  ======  ==========================================================
role           limit   why
=============  ======  ==========================================================
manager        100 %   服务经理 may give any discount (DESIGN.md §1)
advisor        5 %     the issue's example: an advisor up to 5 %
cashier        5 %     the cashier settles the bill; the same room as the advisor
supervisor     0       the workshop does not price
others         0       gate, follow-up, technicians never discount
=============  ======  ==========================================================

The line discounts of the order editor and the bill discount of the settlement both call
:func:`check_discount`, so a refusal names the same limit everywhere.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from sqlalchemy.orm import Session

from desk.models import Staff
from desk.models.enums import Role
from desk.services.errors import ValidationError

FULL_BP = 10_000
"""100 %."""

DEFAULT_LIMITS_BP: dict[str, int] = {
    Role.MANAGER.value: FULL_BP,
    Role.ADVISOR.value: 500,
    Role.CASHIER.value: 500,
    Role.SUPERVISOR.value: 0,
    Role.GATE.value: 0,
    Role.FOLLOWUP.value: 0,
    Role.TECHNICIAN.value: 0,
}


def limits_bp(session: Session) -> dict[str, int]:
    """Every role's highest discount in basis points: the setting over Desk's defaults."""
    from desk.services.shop import amounts_over_defaults, settings_row

    return amounts_over_defaults(settings_row(session).discount_limits, DEFAULT_LIMITS_BP, highest=FULL_BP, known_only=False)


def limit_for_staff(session: Session, staff_id: int | None) -> int:
    """The highest discount ``staff_id`` may give (0 when nobody is named).

    When someone is signed in for this session, their limit applies whoever is named: the limit
    belongs to the person at the keyboard. Past the role's limit only those with
    ``DISCOUNT_PAST_LIMIT`` (the service manager) may go.
    """
    from desk.services.permissions import Permission, actor_id, staff_may

    staff_id = actor_id(session) or staff_id
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    if staff is None or not staff.active:
        return 0
    if staff_may(session, staff.id, Permission.DISCOUNT_PAST_LIMIT):
        return FULL_BP
    return limits_bp(session).get(staff.role, 0)


def format_bp(bp: int) -> str:
    """``500`` → ``"5%"``, ``1250`` → ``"12.5%"``, ``0`` → ``"0%"``."""
    text = f"{Decimal(bp) / 100:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "%"


def share_bp(part_fen: int, whole_fen: int) -> int:
    """``part`` as a share of ``whole`` in basis points, rounded up (a hair over a limit is over it)."""
    if whole_fen <= 0:
        return 0 if part_fen <= 0 else FULL_BP + 1
    return int((Decimal(part_fen) * FULL_BP / Decimal(whole_fen)).to_integral_value(rounding=ROUND_CEILING))


def check_discount(session: Session, staff_id: int | None, discount_bp: int, *, what: str = "折扣") -> None:
    """Refuse a discount above what ``staff_id``'s role may give, naming the limit.

    ``what`` names the discount in the message (``整单折扣``, ``工时“更换机油”的折扣`` …).
    """
    if discount_bp < 0 or discount_bp > FULL_BP:
        raise ValidationError("{what}必须在 0% 到 100% 之间。", field="discount", what=what)
    if discount_bp == 0:
        return
    limit = limit_for_staff(session, staff_id)
    if discount_bp <= limit:
        return
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    if staff is None:
        raise ValidationError(
            "{what} {given} 需要经办人：请先在右上角选择当前员工。", field="discount", what=what,
            given=format_bp(discount_bp),
        )
    raise ValidationError(
        "{what} {given} 超出了{role}的权限（最多 {limit}）。请减少折扣，或请服务经理办理。",
        field="discount", what=what, given=format_bp(discount_bp), role=Role(staff.role).chinese,
        limit=format_bp(limit),
    )
