"""Refusing to save over someone else's newer save."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.orm import Session

from desk.models import Staff
from desk.services.shop import format_local


class _Versioned(Protocol):
    version: int
    updated_by_id: int | None
    updated_at: object


def check_version(session: Session, record: _Versioned, expected: int | None, what: str) -> None:
    """Raise Conflict when ``record`` was saved by someone since the caller loaded ``expected``.

    ``what`` names the record for the message, e.g. ``委托书 RO20261123-0001``.
    """
    from desk.services.errors import Conflict

    if expected is None:
        return
    # Lock the row and read its version again. On PostgreSQL another PC may be saving the same
    # record right now: the lock waits for that save, so the comparison sees its version and this
    # user is told who saved, instead of the UPDATE failing later. (SQLite's BEGIN IMMEDIATE
    # already queues writers; FOR UPDATE is left out there.)
    session.refresh(record, attribute_names=["version", "updated_by_id", "updated_at"], with_for_update=True)
    if record.version == expected:
        return
    who = session.get(Staff, record.updated_by_id) if record.updated_by_id else None
    raise Conflict(
        "{what} 已被 {who} 于 {when} 修改过。请重新载入后再保存；您刚才输入的内容会显示出来，以便重新填写。",
        what=what,
        who=who.name if who else "另一台电脑",
        when=format_local(session, record.updated_at),  # type: ignore[arg-type]
    )
