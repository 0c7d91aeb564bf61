"""The repair order (任务委托书), its lines and its status history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.appointment import Appointment
from desk.models.base import Base, Fen, UTCDateTime, Versioned, utc_now
from desk.models.customer import Customer, Vehicle
from desk.models.shop import Staff, Team


class RepairOrder(Base, Versioned):
    """One job on one car; ``status`` is a code name from OrderStatus."""

    __tablename__ = "repair_order"
    # Orders settled in a time span with a given status (the settlement queue, the reminders).
    __table_args__ = (Index("ix_repair_order_status_settled_at", "status", "settled_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False, index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), nullable=False, index=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id"), nullable=True, unique=True
    )
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), nullable=True)
    """The workshop team the job was dispatched to."""
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open", index=True)
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now, index=True)
    promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    mileage: Mapped[int] = mapped_column(Integer, nullable=False)
    mileage_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    complaint: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    settled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    released_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    payment_intent: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    """How the customer means to pay: a code name from ``PaymentMethod``; empty when not asked."""
    old_parts: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    """A code name from ``OldParts``; empty when not asked yet."""
    extra_work_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    """Whether the customer agrees to be called about extra work found during the job."""
    callback_phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    """The number to call about extra work (the customer's mobile when empty)."""
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("repair_order.id"), nullable=True, index=True)
    """An earlier order for the same complaint within 30 days (返修): this visit is a repeat repair."""

    customer: Mapped[Customer] = relationship()
    vehicle: Mapped[Vehicle] = relationship()
    advisor: Mapped[Staff] = relationship(foreign_keys=[advisor_id])
    appointment: Mapped[Appointment | None] = relationship()
    team: Mapped[Team | None] = relationship()
    labour_lines: Mapped[list[LabourLine]] = relationship(
        back_populates="order", order_by="LabourLine.id", cascade="all, delete-orphan"
    )
    part_lines: Mapped[list[PartLine]] = relationship(
        back_populates="order", order_by="PartLine.id", cascade="all, delete-orphan"
    )
    repeat_of: Mapped[RepairOrder | None] = relationship(remote_side="RepairOrder.id")
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="order", order_by="StatusChange.id", cascade="all, delete-orphan"
    )


class LabourLine(Base):
    """A labour operation (工时项目): hours in hundredths, rate and amount in fen."""

    __tablename__ = "labour_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    hours_centi: Mapped[int] = mapped_column(Integer, nullable=False)
    rate_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    amount_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    """Hours × rate less the discount."""
    pay_type: Mapped[str] = mapped_column(String(12), nullable=False)
    discount_bp: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    """Discount in hundredths of a percent (1000 = 10 %)."""
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), nullable=True)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    clock_state: Mapped[str] = mapped_column(String(12), nullable=False, default="not_started")
    """A code name from ``ClockState``; the events in ``job_clock_event`` are its history."""
    additional_work_id: Mapped[int | None] = mapped_column(
        ForeignKey("additional_work.id"), nullable=True
    )
    """The approved additional work this line came from."""

    order: Mapped[RepairOrder] = relationship(back_populates="labour_lines")
    team: Mapped[Team | None] = relationship()
    technician: Mapped[Staff | None] = relationship()


class PartLine(Base):
    """A part (备件): quantity in thousandths, unit price and amount in fen."""

    __tablename__ = "part_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    part_number: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    quantity_milli: Mapped[int] = mapped_column(Integer, nullable=False)
    unit_price_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    amount_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    """Quantity × unit price less the discount."""
    pay_type: Mapped[str] = mapped_column(String(12), nullable=False)
    discount_bp: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    """Discount in hundredths of a percent (1000 = 10 %)."""
    additional_work_id: Mapped[int | None] = mapped_column(
        ForeignKey("additional_work.id"), nullable=True
    )

    order: Mapped[RepairOrder] = relationship(back_populates="part_lines")


class StatusChange(Base):
    """One move of an order from one status to another, with who and when."""

    __tablename__ = "status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    order: Mapped[RepairOrder] = relationship(back_populates="status_changes")
    staff: Mapped[Staff | None] = relationship()
