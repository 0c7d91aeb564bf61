"""The schedule board (看板): today's appointments and the orders still in the shop, by status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.models.base import utc_now
from desk.models.enums import AppointmentStatus, OrderStatus
from desk.services.appointments import AppointmentRow, list_day
from desk.services.orders import OrderRow, list_orders
from desk.services.shop import local_day

BOARD_STATUSES: tuple[OrderStatus, ...] = (
    OrderStatus.OPEN,
    OrderStatus.DISPATCHED,
    OrderStatus.IN_PROGRESS,
    OrderStatus.AWAITING_APPROVAL,
    OrderStatus.QUALITY_CHECK,
    OrderStatus.READY,
    OrderStatus.SETTLED,
)
"""Columns of the board after the appointments: every order whose car is still in the shop."""


@dataclass(frozen=True)
class BoardData:
    day: dt.date
    appointments: tuple[AppointmentRow, ...]
    """Today's appointments whose car has not arrived yet."""
    orders: tuple[OrderRow, ...]


def board(session: Session, now: dt.datetime | None = None) -> BoardData:
    day = local_day(session, now or utc_now())
    waiting = tuple(a for a in list_day(session, day) if a.status == AppointmentStatus.BOOKED.value)
    orders = tuple(list_orders(session, statuses=[s.value for s in BOARD_STATUSES]))
    return BoardData(day=day, appointments=waiting, orders=orders)
