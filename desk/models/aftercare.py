"""After the visit: the follow-up call (回访), complaints (投诉) and reminder calls.

A follow-up is made when an order is settled and is due 2–5 days after delivery; each try to reach
the customer is an attempt, and after three unanswered ones the call is closed as unreachable.
A complaint is numbered like an order, carries its handling steps and is closed only with a
result. Reminder calls (maintenance due, declined work, birthdays and purchase anniversaries) keep
what each call came to, so the next list knows who was already called.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, UTCDateTime, Versioned, utc_now
from desk.models.customer import Customer, Vehicle
from desk.models.repair_order import RepairOrder
from desk.models.shop import Staff


class FollowUp(Base, Versioned):
    """The call after delivery for one settled order, and what the customer said."""

    __tablename__ = "followup"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id"), nullable=False, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False, index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), nullable=False, index=True)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    """The day to call (2–5 days after delivery; the shop's default day otherwise)."""
    latest_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    """The last day of the window; after it the call is overdue."""
    preferred_time: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    """When the customer said they would like to be called (from the settlement)."""
    caller_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True, index=True)
    """The follow-up clerk assigned; never the order's advisor."""
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="pending", index=True)
    """A code name from ``FollowUpStatus``."""
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    problem_solved: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    score_overall: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """Satisfaction 1–5; the other scores likewise."""
    score_quality: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score_on_time: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score_staff: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score_price: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """How clearly the price was explained."""
    comments: Mapped[str] = mapped_column(Text, nullable=False, default="")

    order: Mapped[RepairOrder] = relationship()
    customer: Mapped[Customer] = relationship()
    vehicle: Mapped[Vehicle] = relationship()
    caller: Mapped[Staff | None] = relationship(foreign_keys=[caller_id])
    attempts: Mapped[list[FollowUpAttempt]] = relationship(
        order_by="FollowUpAttempt.id", cascade="all, delete-orphan", back_populates="followup"
    )


class FollowUpAttempt(Base):
    """One try to reach the customer: reached or not, when and by whom."""

    __tablename__ = "followup_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    followup_id: Mapped[int] = mapped_column(ForeignKey("followup.id", ondelete="CASCADE"), nullable=False, index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    reached: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    followup: Mapped[FollowUp] = relationship(back_populates="attempts")


class Complaint(Base, Versioned):
    """A numbered complaint (投诉) in the register (客户投诉登记追踪表), tracked to a result."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now, index=True)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    source: Mapped[str] = mapped_column(String(12), nullable=False)
    """A code name from ``ComplaintSource``."""
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False, index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle.id"), nullable=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("repair_order.id"), nullable=True, index=True)
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followup.id"), nullable=True)
    category: Mapped[str] = mapped_column(String(12), nullable=False)
    """A code name from ``ComplaintCategory``."""
    service_at_fault: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    """Whether the service department is to blame (有责投诉), decided when it is closed."""
    description: Mapped[str] = mapped_column(Text, nullable=False)
    """In the customer's words."""
    department: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True, index=True)
    respond_by: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    """The first-response deadline (24 hours after receipt by default)."""
    first_response_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open", index=True)
    """A code name from ``ComplaintStatus``."""
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    customer_accepted: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)

    customer: Mapped[Customer] = relationship()
    vehicle: Mapped[Vehicle | None] = relationship()
    order: Mapped[RepairOrder | None] = relationship()
    responsible: Mapped[Staff | None] = relationship(foreign_keys=[responsible_id])
    steps: Mapped[list[ComplaintStep]] = relationship(
        order_by="ComplaintStep.id", cascade="all, delete-orphan", back_populates="complaint"
    )


class ComplaintStep(Base):
    """One handling step: what was done, when and by whom."""

    __tablename__ = "complaint_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)

    complaint: Mapped[Complaint] = relationship(back_populates="steps")
    staff: Mapped[Staff | None] = relationship()


class ReminderCall(Base):
    """A call to a car's owner outside a visit, and what it came to."""

    __tablename__ = "reminder_call"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(24), nullable=False, index=True)
    """A code name from ``ReminderKind``."""
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    """The date the call was about (maintenance due, the birthday …)."""
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)
    """A code name from ``ReminderOutcome``."""
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), nullable=True)
    """The appointment booked from the call (主动预约)."""
    additional_work_id: Mapped[int | None] = mapped_column(ForeignKey("additional_work.id"), nullable=True)
    """For a call about declined work: which recommendation."""

    vehicle: Mapped[Vehicle] = relationship()
