"""The shop-wide print settings: the paper of the settlement slip and of the exit pass, and how
long an exit pass is valid. Which printer each document goes to is per PC
(:meth:`desk.config.Settings.printer_for`, ``[printers]`` in desk.toml)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.services import changes
from desk.services.concurrency import check_version
from desk.services.errors import ValidationError
from desk.services.shop import settings_row
from desk.services.permissions import Permission, requires

SETTLEMENT_PAPERS = ("A4", "A5")
EXIT_PASS_PAPERS = ("A6", "80mm")
MAX_EXIT_PASS_HOURS = 24 * 7


@dataclass(frozen=True)
class PrintSettings:
    settlement_paper: str
    """``A4`` or ``A5``."""
    exit_pass_paper: str
    """``A6`` or ``80mm`` (a receipt printer)."""
    exit_pass_hours: int
    version: int


def print_settings(session: Session) -> PrintSettings:
    row = settings_row(session)
    return PrintSettings(
        settlement_paper=row.settlement_paper or "A4", exit_pass_paper=row.exit_pass_paper or "A6",
        exit_pass_hours=row.exit_pass_hours, version=row.version,
    )


@requires(Permission.EDIT_SETTINGS)
def update_print_settings(
    session: Session, *, settlement_paper: str, exit_pass_paper: str, exit_pass_hours: int,
    staff_id: int | None, expected_version: int | None = None,
) -> PrintSettings:
    """Save the print settings; a refusal changes nothing."""
    row = settings_row(session)
    check_version(session, row, expected_version, "本店设置")
    if settlement_paper not in SETTLEMENT_PAPERS:
        raise ValidationError("结算单纸张只能是 A4 或 A5。", field="settlement_paper")
    if exit_pass_paper not in EXIT_PASS_PAPERS:
        raise ValidationError("出门证纸张只能是 A6 或 80 mm 小票。", field="exit_pass_paper")
    if not 1 <= exit_pass_hours <= MAX_EXIT_PASS_HOURS:
        raise ValidationError(
            "出门证有效时长应在 1 到 {most} 小时之间。", field="exit_pass_hours", most=MAX_EXIT_PASS_HOURS,
        )
    row.settlement_paper = settlement_paper
    row.exit_pass_paper = exit_pass_paper
    row.exit_pass_hours = exit_pass_hours
    row.updated_by_id = staff_id
    session.flush()
    changes.note(session, settings=True)
    return print_settings(session)
