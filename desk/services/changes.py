"""What a unit of work changed, so each screen refreshes only what it shows.

Service functions note what they touched on the session; the runner that owns the unit of work
reads the notes after the commit and broadcasts them once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

_KEY = "desk_changes"


@dataclass(frozen=True)
class Changes:
    """Numbers or ids of the records one user action changed."""

    orders: frozenset[str] = field(default_factory=frozenset)
    appointments: frozenset[str] = field(default_factory=frozenset)
    customers: frozenset[int] = field(default_factory=frozenset)
    settings: bool = False

    def __bool__(self) -> bool:
        return bool(self.orders or self.appointments or self.customers or self.settings)


def note(
    session: Session,
    *,
    order: str | None = None,
    appointment: str | None = None,
    customer: int | None = None,
    settings: bool = False,
) -> None:
    """Record that this unit of work changed the given records."""
    bucket = session.info.setdefault(_KEY, {"orders": set(), "appointments": set(), "customers": set(), "settings": False})
    if order is not None:
        bucket["orders"].add(order)
    if appointment is not None:
        bucket["appointments"].add(appointment)
    if customer is not None:
        bucket["customers"].add(customer)
    if settings:
        bucket["settings"] = True


def collected(session: Session) -> Changes:
    """Everything noted on this session so far."""
    bucket = session.info.get(_KEY)
    if not bucket:
        return Changes()
    return Changes(
        orders=frozenset(bucket["orders"]),
        appointments=frozenset(bucket["appointments"]),
        customers=frozenset(bucket["customers"]),
        settings=bool(bucket["settings"]),
    )
