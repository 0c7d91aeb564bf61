"""Payments, exit passes and stored copies of printed documents."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, Fen, UTCDateTime, utc_now
from desk.models.repair_order import RepairOrder
from desk.models.shop import Staff


class Payment(Base):
    """Money received for an order (收款); ``method`` from PaymentMethod."""

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id"), nullable=False, index=True)
    method: Mapped[str] = mapped_column(String(12), nullable=False)
    amount_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    reference: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)

    order: Mapped[RepairOrder] = relationship()


class ExitPass(Base):
    """The gate pass (出门证) for a settled order; used once when the car leaves."""

    __tablename__ = "exit_pass"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id"), nullable=False, index=True)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    valid_until: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)

    order: Mapped[RepairOrder] = relationship()
    issued_by: Mapped[Staff | None] = relationship(foreign_keys=[issued_by_id])


class DocumentSnapshot(Base):
    """The data a printed document was rendered from, kept so a reprint matches the original."""

    __tablename__ = "document_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id"), nullable=False, index=True)
    order_version: Mapped[int] = mapped_column(Integer, nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
