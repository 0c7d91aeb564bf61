"""Document numbers: a prefix, the shop-local date and a daily sequence (RO20261123-0001)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.models import NumberSequence
from desk.models.base import utc_now
from desk.services.shop import local_day

PREFIXES = {"repair_order": "RO", "appointment": "AP", "exit_pass": "EP", "complaint": "TS"}


def next_number(session: Session, kind: str, now: dt.datetime | None = None) -> str:
    """The next number of ``kind`` for today; unique even when several PCs ask at once.

    The counter row is created if missing (a concurrent creator wins the race harmlessly) and
    then incremented by one UPDATE, which the database serialises across connections.
    """
    prefix = PREFIXES[kind]
    day = local_day(session, now or utc_now())
    exists = session.scalar(
        select(NumberSequence.last).where(NumberSequence.kind == prefix, NumberSequence.day == day)
    )
    if exists is None:
        try:
            with session.begin_nested():
                session.execute(insert(NumberSequence).values(kind=prefix, day=day, last=0))
        except IntegrityError:
            pass  # another PC created today's counter first
    last = session.execute(
        update(NumberSequence)
        .where(NumberSequence.kind == prefix, NumberSequence.day == day)
        .values(last=NumberSequence.last + 1)
        .returning(NumberSequence.last)
    ).scalar_one()
    return f"{prefix}{day:%Y%m%d}-{last:04d}"
