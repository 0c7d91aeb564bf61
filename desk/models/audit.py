"""The audit log (操作日志): who changed what, when, with the values before and after.

Rows are only ever added. The application has no code path that updates or deletes them, and the
database refuses it too (triggers made by migration 0007), so a row is evidence.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utc_now


class AuditEntry(Base):
    """One audited change or event."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True, index=True)
    """Who did it; None: the command line or Desk itself."""
    staff_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    """The name at the time, kept so a renamed account still reads right."""
    workstation: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    """The computer it was done on."""
    action: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    """What kind of event: a code from ``desk.services.audit.ACTIONS``."""
    record_type: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    record_label: Mapped[str] = mapped_column(String(200), nullable=False, default="", index=True)
    """The record as people name it: an order number, a part number, a person's name."""
    before: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """The changed fields before, as JSON ``{field: value}``; empty for a new record or an event."""
    after: Mapped[str] = mapped_column(Text, nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """A reason or detail given with the change."""
