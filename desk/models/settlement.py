"""Payments, exit passes and stored copies of printed documents."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text
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
    settlement_id: Mapped[int | None] = mapped_column(ForeignKey("settlement.id"), nullable=True, index=True)
    change_fen: Mapped[int] = mapped_column(Fen, nullable=False, default=0)
    """Cash handed back (找零); ``amount_fen`` is what stays in the till."""

    order: Mapped[RepairOrder] = relationship()


class Settlement(Base):
    """One settlement (结算) of an order: who pays what, discounts, 抹零, on account, next service.

    A manager may reopen a settled order; the settlement is then void (kept, with who, when and
    why) and the slip printed from its snapshot shows 作废.
    """

    __tablename__ = "settlement"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id"), nullable=False, index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now, index=True)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    bill_discount_fen: Mapped[int] = mapped_column(Fen, nullable=False, default=0)
    """Discount on the whole bill (整单折扣), taken off the customer's share."""
    rounding_fen: Mapped[int] = mapped_column(Fen, nullable=False, default=0)
    """Amount dropped by rounding down to the yuan (抹零); 0 when not used."""
    customer_due_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    """What the customer pays after discounts and 抹零."""
    warranty_fen: Mapped[int] = mapped_column(Fen, nullable=False, default=0)
    """Claimed from the manufacturer (索赔)."""
    insurance_fen: Mapped[int] = mapped_column(Fen, nullable=False, default=0)
    insurer: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    claim_number: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    on_account_fen: Mapped[int] = mapped_column(Fen, nullable=False, default=0)
    """Put on the company customer's account (挂账)."""
    on_account_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    next_service_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    next_service_km: Mapped[int | None] = mapped_column(Integer, nullable=True)
    followup_time: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    """When the customer prefers the follow-up call (回访), as they said it."""
    signature_photo_id: Mapped[int | None] = mapped_column(ForeignKey("photo.id"), nullable=True)
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("document_snapshot.id"), nullable=True)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    order: Mapped[RepairOrder] = relationship()


class InstallationKey(Base):
    """Secrets this installation made when its database was created (the exit-pass signing key).

    Never printed, logged or shown; read only by the service that signs and checks passes.
    """

    __tablename__ = "installation_key"

    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


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
    plate: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    """The plate as it was when the pass was issued (stored form), which the gate compares."""
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

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
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    """Set when the document no longer holds (a reopened settlement): reprints show 作废."""
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
