"""What a unit of work changed, so each screen refreshes only what it shows.

Service functions note what they touched on the session; the runner that owns the unit of work
reads the notes after the commit and broadcasts them once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

_KEY = "desk_changes"
_STAMP_PENDING = "desk_board_stamp_pending"
_STAMP_HOOKED = "desk_board_stamp_hooked"

BOARD_TOPIC = "board"
"""The change stamp that screens on other PCs (the wall screen, the 看板 tab) poll."""


@dataclass(frozen=True)
class Changes:
    """Numbers or ids of the records one user action changed."""

    orders: frozenset[str] = field(default_factory=frozenset)
    appointments: frozenset[str] = field(default_factory=frozenset)
    customers: frozenset[int] = field(default_factory=frozenset)
    settings: bool = False

    def __bool__(self) -> bool:
        return bool(self.orders or self.appointments or self.customers or self.settings)


def note(
    session: Session,
    *,
    order: str | None = None,
    appointment: str | None = None,
    customer: int | None = None,
    settings: bool = False,
) -> None:
    """Record that this unit of work changed the given records."""
    bucket = session.info.setdefault(_KEY, {"orders": set(), "appointments": set(), "customers": set(), "settings": False})
    if order is not None:
        bucket["orders"].add(order)
    if appointment is not None:
        bucket["appointments"].add(appointment)
    if customer is not None:
        bucket["customers"].add(customer)
    if settings:
        bucket["settings"] = True
    _move_board_stamp_on_commit(session)


def _move_board_stamp_on_commit(session: Session) -> None:
    """Move the ``board`` change stamp on once, when this unit of work commits.

    Bumping at commit rather than at the first change keeps the stamp row's lock as short as a
    commit, so two PCs saving at once queue for a moment and never wait on each other's rows.
    """
    session.info[_STAMP_PENDING] = True
    if not session.info.get(_STAMP_HOOKED):
        session.info[_STAMP_HOOKED] = True
        event.listen(session, "before_commit", _on_before_commit)
        event.listen(session, "after_soft_rollback", _on_rollback)


def _on_before_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint inside the unit of work; the stamp moves when the whole commits
    if session.info.pop(_STAMP_PENDING, False):
        move_stamp(session, BOARD_TOPIC)


def _on_rollback(session: Session, previous_transaction: Any) -> None:
    if previous_transaction.parent is None:  # the whole unit of work, not a savepoint inside it
        session.info.pop(_STAMP_PENDING, None)


def move_stamp(session: Session, topic: str) -> None:
    """Add one to the topic's change counter, creating its row if missing, in one statement.

    ``INSERT … ON CONFLICT DO UPDATE`` is atomic on PostgreSQL and SQLite alike, so two PCs doing
    it at once both count and neither fails on the missing row.
    """
    from desk.models import ChangeStamp
    from desk.models.base import utc_now

    table = ChangeStamp.__table__
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table).values(topic=topic, counter=1, changed_at=utc_now())
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.topic],
        set_={"counter": table.c.counter + 1, "changed_at": statement.excluded.changed_at},
    )
    session.execute(statement)


def collected(session: Session) -> Changes:
    """Everything noted on this session so far."""
    bucket = session.info.get(_KEY)
    if not bucket:
        return Changes()
    return Changes(
        orders=frozenset(bucket["orders"]),
        appointments=frozenset(bucket["appointments"]),
        customers=frozenset(bucket["customers"]),
        settings=bool(bucket["settings"]),
    )
