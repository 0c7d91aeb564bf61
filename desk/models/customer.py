"""Customers and their cars."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, UTCDateTime, Versioned, utc_now


class Customer(Base, Versioned):
    """A person or company that owns or brings cars (客户)."""

    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    phone: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    is_company: Mapped[bool] = mapped_column(nullable=False, default=False)
    gender: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    """``male``, ``female`` or empty; gives the polite title (王先生 / 李女士) on boards."""
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    birthday: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    """For the customer-care list (生日关怀); the year may be unknown (stored as 1900)."""
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)

    vehicles: Mapped[list[Vehicle]] = relationship(
        back_populates="customer", order_by="Vehicle.id"
    )


class Vehicle(Base, Versioned):
    """A car (车辆): plate stored without separators, VIN upper-cased, last mileage seen."""

    __tablename__ = "vehicle"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False, index=True)
    plate: Mapped[str] = mapped_column(String(12), nullable=False, unique=True)
    vin: Mapped[str] = mapped_column(String(17), nullable=False, unique=True)
    model: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    colour: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    last_mileage: Mapped[int | None] = mapped_column(Integer, nullable=True)
    purchased_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    """When the owner bought the car (购车日期): its anniversary is a customer-care date."""
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)

    customer: Mapped[Customer] = relationship(back_populates="vehicles")
