"""Catalogues: labour operations (工时项目), parts (备件) and service packages (保养套餐).

Codes and part numbers are stored in capitals and are unique; hours are in hundredths, quantities
and stock in thousandths, prices in fen. Labour rates per pay type are columns of ``ShopSettings``.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, Fen, Versioned


class LabourOperation(Base, Versioned):
    """One labour operation of the catalogue with its standard hours."""

    __tablename__ = "labour_operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    standard_hours_centi: Mapped[int] = mapped_column(Integer, nullable=False)
    team: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    """The team or skill that does it (机电, 钣金, 喷漆 …), as text."""
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Part(Base, Versioned):
    """One part of the catalogue with its price and what is on the shelf."""

    __tablename__ = "part"

    id: Mapped[int] = mapped_column(primary_key=True)
    part_number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    unit: Mapped[str] = mapped_column(String(10), nullable=False, default="个")
    price_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    stock_milli: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    bin_location: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ServicePackage(Base, Versioned):
    """A service package (首保, 10,000 km service …): labour and parts added in one step."""

    __tablename__ = "service_package"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    model_family: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    """The model family it is for (帕萨特, 途观L …); empty means every model."""
    interval_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    interval_km: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    labour: Mapped[list[PackageLabour]] = relationship(
        order_by="PackageLabour.id", cascade="all, delete-orphan"
    )
    parts: Mapped[list[PackagePart]] = relationship(order_by="PackagePart.id", cascade="all, delete-orphan")


class PackageLabour(Base):
    __tablename__ = "package_labour"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("service_package.id", ondelete="CASCADE"), nullable=False, index=True
    )
    operation_id: Mapped[int] = mapped_column(ForeignKey("labour_operation.id"), nullable=False)
    hours_centi: Mapped[int] = mapped_column(Integer, nullable=False)

    operation: Mapped[LabourOperation] = relationship()


class PackagePart(Base):
    __tablename__ = "package_part"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("service_package.id", ondelete="CASCADE"), nullable=False, index=True
    )
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), nullable=False)
    quantity_milli: Mapped[int] = mapped_column(Integer, nullable=False)

    part: Mapped[Part] = relationship()
