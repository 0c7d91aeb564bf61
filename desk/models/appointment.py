"""Booked visits (预约)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, UTCDateTime, Versioned, utc_now
from desk.models.customer import Customer, Vehicle
from desk.models.shop import Staff


class Appointment(Base, Versioned):
    """A booked reception slot for one car with one advisor; ``status`` from AppointmentStatus."""

    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), nullable=False, index=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    slot_start: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    requested_work: Mapped[str] = mapped_column(Text, nullable=False, default="")
    source: Mapped[str] = mapped_column(String(10), nullable=False, default="passive")
    """``active``: the shop called (主动); ``passive``: the customer called (被动)."""
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="booked")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)

    customer: Mapped[Customer] = relationship()
    vehicle: Mapped[Vehicle] = relationship()
    advisor: Mapped[Staff] = relationship(foreign_keys=[advisor_id])
