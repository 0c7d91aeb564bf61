"""The shop itself, its staff and teams, and the counters behind document numbers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base, Fen, UTCDateTime, Versioned, utc_now


class ShopSettings(Base, Versioned):
    """One row: the shop's name and address for printouts, its labour rate and opening hours."""

    __tablename__ = "shop_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    labour_rate_fen: Mapped[int] = mapped_column(Fen, nullable=False)
    """Customer labour rate per hour, in fen."""
    warranty_rate_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    """Labour rate per hour for warranty work (保修), in fen; None: the customer rate."""
    insurance_rate_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    """Labour rate per hour for insurance work (保险), in fen; None: the customer rate."""
    internal_rate_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    """Labour rate per hour for internal work (内部), in fen; None: the customer rate."""
    opening_time: Mapped[dt.time] = mapped_column(Time, nullable=False)
    closing_time: Mapped[dt.time] = mapped_column(Time, nullable=False)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False, default="Asia/Shanghai")
    slot_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=15)
    """Length of one reception slot."""
    slots_before_buffer: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    """Booked slots in a row before one slot is kept free as a buffer (0: no buffer)."""
    working_hours_centi: Mapped[int] = mapped_column(Integer, nullable=False, default=800)
    """Hours one technician works in a day, in hundredths; a team's capacity is members × this."""
    privacy: Mapped[str] = mapped_column(String(20), nullable=False, default="surname_title")
    """How customers are shown on the welcome board and the wall screen: ``full_name``,
    ``surname_title`` (王先生) or ``plate``."""
    quality_buffer_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    """Time kept after the work for quality check and washing when the promise is computed."""
    closed_weekdays: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    """ISO weekdays the workshop is closed, comma-separated (``"7"``: Sundays); empty: open every day."""
    discount_limits: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """Highest discount each role may give, JSON ``{"advisor": 500, …}`` in hundredths of a percent;
    empty means Desk's defaults."""
    exit_pass_hours: Mapped[int] = mapped_column(Integer, nullable=False, default=24)
    settlement_paper: Mapped[str] = mapped_column(String(10), nullable=False, default="A4")
    """``A4`` or ``A5``."""
    exit_pass_paper: Mapped[str] = mapped_column(String(10), nullable=False, default="A6")
    """``A6`` or ``80mm`` (receipt roll)."""
    checklist_template: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """The walk-around checklist as JSON; empty means Desk's default checklist."""
    followup_day: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    """The day after delivery the follow-up call is due (2–5)."""
    complaint_response_hours: Mapped[int] = mapped_column(Integer, nullable=False, default=24)
    """Time allowed for the first response to a complaint."""
    kpi_targets: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """The KPI targets as JSON ``{"on_time": 9000, …}`` in hundredths of a percent (complaints: per
    10,000 orders); empty means Desk's defaults."""
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    """Minutes without keyboard or mouse after which a counter PC locks (0: never)."""


class Team(Base):
    """A workshop team (班组) that jobs are dispatched to."""

    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    members: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Staff(Base):
    """A person who works in the shop and uses Desk; ``role`` is a code name from ``Role``."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    """False: the account is disabled — it cannot sign in, and its history stays."""
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    """The argon2 hash of the password; None: no password yet, so the person cannot sign in."""
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    """Set when a manager gave a temporary password: the next sign-in asks for a new one."""
    failed_sign_ins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    """Wrong passwords in a row since the last good sign-in."""
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    """After too many wrong passwords the account waits until this time."""
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)

    team: Mapped[Team | None] = relationship()


class ChangeStamp(Base):
    """A counter per topic (``board``) that every change of that topic moves on.

    Screens on other PCs (the wall screen) read this one row to learn cheaply whether anything
    changed since they last looked.
    """

    __tablename__ = "change_stamp"

    topic: Mapped[str] = mapped_column(String(20), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class NumberSequence(Base):
    """The last number handed out for one kind of document on one shop-local day.

    Taking the next number is one UPDATE of this row, which the database serialises, so two
    counter PCs asking in the same second get different numbers.
    """

    __tablename__ = "number_sequence"

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
