"""What the order editor shows when it opens an order, read in one go.

Opening an order used to be four reads, each in its own unit of work and each loading the order
again: the order itself, the computed promised time with its changes, the service packages for
the car's model, and the stock shortages of its parts. :func:`editor_view` reads the order and its
lines once and derives the rest from them, in one unit of work; the results are the same as those
of :func:`desk.services.orders.order_detail`, :func:`desk.services.promise.promise_view`,
:func:`desk.services.catalogue.package_choices` and :func:`desk.services.catalogue.stock_warnings`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.services import catalogue, orders, promise
from desk.services.catalogue import PackageChoice, StockWarning
from desk.services.orders import OrderDetail
from desk.services.promise import PromiseView


@dataclass(frozen=True)
class EditorView:
    """An order with what the editor shows beside it while the order may be edited."""

    detail: OrderDetail
    promise: PromiseView | None
    """The computed promised time and its changes; None when the order may not be edited."""
    packages: tuple[PackageChoice, ...]
    """The packages for the car's model; empty when the order may not be edited."""
    shortages: tuple[StockWarning, ...]
    """Parts wanted beyond the stock on hand; empty when the order may not be edited."""


def editor_view(session: Session, number: str, *, now: dt.datetime | None = None) -> EditorView:
    order = orders.get_order(session, number)
    staff = orders.staff_names(session)
    detail = orders.detail_of(session, order, staff)
    if not detail.editable:  # a settled or cancelled order: nothing to add, no promise to make
        return EditorView(detail, None, (), ())
    return EditorView(
        detail,
        promise.promise_view_of(session, order, staff, now=now),
        catalogue.package_choices(session, model=detail.model),
        catalogue.stock_warnings_of(session, order.part_lines),
    )
