"""The walk-around at intake (接车登记 / 环车检查): checklist, damage marks, photos, signature."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, UTCDateTime, Versioned, utc_now
from desk.models.customer import Customer, Vehicle


class Inspection(Base, Versioned):
    """One revision of the record made with the customer beside the car.

    Signing freezes a revision; a correction afterwards is a new revision (``revision`` + 1,
    ``previous_id`` pointing back) that needs its own signature. All revisions stay.
    """

    __tablename__ = "inspection"
    __table_args__ = (UniqueConstraint("vehicle_id", "intake_key", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_key: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    """Shared by every revision of one intake."""
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id"), nullable=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), nullable=False, index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), nullable=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("repair_order.id"), nullable=True, index=True)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    mileage: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mileage_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    fuel_eighths: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """Fuel (or charge) level in eighths, 0 (empty) to 8 (full)."""
    keys: Mapped[int | None] = mapped_column(Integer, nullable=True)
    complaints: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """The customer's own words, one complaint or request per line."""
    checklist: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    """JSON list of ``{"key", "label", "ok", "note"}`` from the shop's checklist template."""
    valuables: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    """JSON list of ``{"item", "handling"}``; handling ``returned`` or ``kept`` (with consent)."""
    first_service: Mapped[bool] = mapped_column(nullable=False, default=False)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)

    customer: Mapped[Customer] = relationship()
    vehicle: Mapped[Vehicle] = relationship()
    marks: Mapped[list[DamageMark]] = relationship(
        back_populates="inspection", order_by="DamageMark.position", cascade="all, delete-orphan"
    )


class DamageMark(Base):
    """A mark on the car drawing: where (0–1 of the drawing's width and height), what, a note."""

    __tablename__ = "damage_mark"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    """``scratch`` 划痕, ``dent`` 凹陷, ``crack`` 裂纹, ``chip`` 掉漆 or ``other``."""
    x: Mapped[float] = mapped_column(Float, nullable=False)
    y: Mapped[float] = mapped_column(Float, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    inspection: Mapped[Inspection] = relationship(back_populates="marks")
    photos: Mapped[list[MarkPhoto]] = relationship(cascade="all, delete-orphan", order_by="MarkPhoto.id")


class Photo(Base):
    """A picture stored once, by the SHA-256 of its bytes."""

    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    media_type: Mapped[str] = mapped_column(String(40), nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class MarkPhoto(Base):
    __tablename__ = "mark_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    mark_id: Mapped[int] = mapped_column(ForeignKey("damage_mark.id", ondelete="CASCADE"), nullable=False, index=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id"), nullable=False)

    photo: Mapped[Photo] = relationship()
