"""What happens to an order in the workshop: job clock, additional work, checks, promise changes.

Labour lines carry their own dispatch (team, technician) and clock state; the events below are the
history behind them. Additional work (追加项目) keeps its proposed lines apart from the order's lines
until the customer approves, so an estimate never includes work nobody agreed to.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, Fen, UTCDateTime, Versioned, utc_now
from desk.models.inspection import Photo
from desk.models.shop import Staff


class JobClockEvent(Base):
    """One press on a job's clock: ``kind`` is start, pause, resume or finish."""

    __tablename__ = "job_clock_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    labour_line_id: Mapped[int] = mapped_column(
        ForeignKey("labour_line.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    """For a pause: a code name from ``PauseReason``."""
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class AdditionalWork(Base, Versioned):
    """Work the workshop found during the job (追加项目) and the customer's decision on it."""

    __tablename__ = "additional_work"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), nullable=False, index=True)
    """The car, so declined work can be shown again when it comes back."""
    description: Mapped[str] = mapped_column(Text, nullable=False)
    found_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    found_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    extra_hours_centi: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    """How much longer the job takes if approved (moves the promised time)."""
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="pending", index=True)
    """A code name from ``AdditionalWorkStatus``."""
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    """Who decided on the customer's side (the owner, the fleet manager …)."""
    channel: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    """A code name from ``DecisionChannel``."""
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    customer_told_new_promise: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    decision_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    taken_up_order_id: Mapped[int | None] = mapped_column(ForeignKey("repair_order.id"), nullable=True)
    """For declined work: the later order that did it, after which it is no longer recommended."""

    labour: Mapped[list[AdditionalLabour]] = relationship(
        order_by="AdditionalLabour.id", cascade="all, delete-orphan"
    )
    parts: Mapped[list[AdditionalPart]] = relationship(order_by="AdditionalPart.id", cascade="all, delete-orphan")
    photos: Mapped[list[AdditionalWorkPhoto]] = relationship(
        order_by="AdditionalWorkPhoto.id", cascade="all, delete-orphan"
    )
    found_by: Mapped[Staff | None] = relationship(foreign_keys=[found_by_id])


class AdditionalLabour(Base):
    """A proposed labour line of additional work; copied to the order when approved."""

    __tablename__ = "additional_labour"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_id: Mapped[int] = mapped_column(
        ForeignKey("additional_work.id", ondelete="CASCADE"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    hours_centi: Mapped[int] = mapped_column(Integer, nullable=False)
    rate_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    amount_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    pay_type: Mapped[str] = mapped_column(String(12), nullable=False)


class AdditionalPart(Base):
    """A proposed parts line of additional work; copied to the order when approved."""

    __tablename__ = "additional_part"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_id: Mapped[int] = mapped_column(
        ForeignKey("additional_work.id", ondelete="CASCADE"), nullable=False, index=True
    )
    part_number: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    quantity_milli: Mapped[int] = mapped_column(Integer, nullable=False)
    unit_price_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    amount_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    pay_type: Mapped[str] = mapped_column(String(12), nullable=False)


class AdditionalWorkPhoto(Base):
    __tablename__ = "additional_work_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_id: Mapped[int] = mapped_column(
        ForeignKey("additional_work.id", ondelete="CASCADE"), nullable=False, index=True
    )
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id"), nullable=False)

    photo: Mapped[Photo] = relationship()


class PromiseChange(Base):
    """A change of the promised time (预计交车时间): from what, to what, why, and was the customer told."""

    __tablename__ = "promise_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    old_promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    new_promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    computed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    """What Desk computed at the time, when the advisor chose another time."""
    source: Mapped[str] = mapped_column(String(20), nullable=False, default="manual")
    """``manual``, ``additional_work`` or ``progress_check``."""
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    customer_told: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ProgressCheck(Base):
    """The advisor's check with the workshop at 70–80 % of the estimated time (进度跟踪)."""

    __tablename__ = "progress_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    on_time: Mapped[bool] = mapped_column(Boolean, nullable=False)
    new_promised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    customer_told: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class QualityCheck(Base):
    """One quality check (质检) of the whole job; a failed one sends the order to rework (返修)."""

    __tablename__ = "quality_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    inspector_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    passed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """Why it failed: what the technician must put right."""

    inspector: Mapped[Staff] = relationship()


class DeliveryCheck(Base):
    """The internal check before the car is ready for the customer (交车前检查)."""

    __tablename__ = "delivery_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("repair_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    fault_gone: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    old_parts_ready: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    clean: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    nothing_left_inside: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    spare_tyre_and_tools: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    covers_removed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
