"""Booked visits (预约)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, UTCDateTime, Versioned, utc_now
from desk.models.customer import Customer, Vehicle
from desk.models.shop import Staff


class Appointment(Base, Versioned):
    """A booked reception slot for one car with one advisor; ``status`` from AppointmentStatus."""

    __tablename__ = "appointment"
    # Booked appointments from a day on (reminders, the appointment book, the day's load).
    __table_args__ = (Index("ix_appointment_status_slot_start", "status", "slot_start"),)

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
    pay_type_intent: Mapped[str] = mapped_column(String(12), nullable=False, default="customer")
    """What the customer expects to pay by: ``customer``, ``warranty`` or ``insurance``."""
    estimated_hours_centi: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    """Labour hours the requested work is expected to take, in hundredths."""
    buffer_override_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    """Who booked this into a buffer slot on purpose."""
    capacity_override_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    """The manager who allowed this booking past the workshop's capacity."""

    customer: Mapped[Customer] = relationship()
    vehicle: Mapped[Vehicle] = relationship()
    advisor: Mapped[Staff] = relationship(foreign_keys=[advisor_id])
    calls: Mapped[list[AppointmentCall]] = relationship(
        back_populates="appointment", order_by="AppointmentCall.id", cascade="all, delete-orphan"
    )


class AppointmentCall(Base):
    """A confirmation call the day before: outcome ``confirmed``, ``moved``, ``cancelled`` or
    ``not_reached``."""

    __tablename__ = "appointment_call"

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    appointment: Mapped[Appointment] = relationship(back_populates="calls")
