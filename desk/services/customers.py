"""Customers and cars: one search box over plate, phone, VIN and name; create and correct."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from desk.models import Customer, Vehicle
from desk.services import changes, privacy, search_index
from desk.services.permissions import Permission, requires
from desk.services.concurrency import check_version
from desk.services.errors import NotFound, ValidationError
from desk.services.shop import local_today
from desk.services.validation import (
    check_vin,
    display_plate,
    normalize_mobile,
    normalize_plate,
)

SEARCH_LIMIT = 50


@dataclass(frozen=True)
class SearchHit:
    """One line of the search results: a car with its owner, or an owner with no car yet."""

    customer_id: int
    customer: str
    phone: str
    """Masked (``138****1234``) unless the person may see numbers in lists (:mod:`desk.services.privacy`)."""
    vehicle_id: int | None
    plate: str
    """Shown form, ``粤B·D12345``; empty for a customer with no car."""
    vin: str
    model: str


@dataclass(frozen=True)
class CustomerCard:
    id: int
    name: str
    phone: str
    is_company: bool
    notes: str
    version: int
    vehicles: tuple[VehicleCard, ...]
    birthday: dt.date | None = None
    """For customer care; the year is :data:`UNKNOWN_YEAR` when only the day is known."""
    phone_masked: bool = False
    """``phone`` is shown masked (the person may not see it on the card): a form shows it read-only,
    and sending it back unchanged keeps the stored number (:func:`privacy.unmasked`)."""


@dataclass(frozen=True)
class VehicleCard:
    id: int
    customer_id: int
    plate: str
    """Shown form, ``粤B·D12345``."""
    vin: str
    model: str
    colour: str
    last_mileage: int | None
    version: int
    purchased_on: dt.date | None = None


_SEPARATORS = re.compile(r"[\s·•.\-]")


def search(session: Session, text: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
    """Customers and cars matching part of a plate, phone number, VIN or name, at most ``limit``.

    The match is on the stored number, so a phone fragment finds the customer for everyone; the
    number in the results is masked for whoever may not see numbers in lists. The search index
    (:mod:`desk.services.search_index`) finds the candidates; when more than ``limit`` match, which
    ones are shown is not defined (the person types on), and those shown are sorted by name. One
    letter or digit finds nothing: it is in almost every plate and VIN (:func:`too_short`).
    """
    text = text.strip()
    if too_short(text):
        return []
    compact = _SEPARATORS.sub("", text).upper()
    digits = re.sub(r"\D", "", text)
    by_customer: list[tuple[ColumnElement[bool], list[str]]] = [
        (Customer.name.like(f"%{_escape(text)}%", escape="\\"), search_index.fragment_terms(text, 2)),
    ]
    if len(digits) >= 3 and len(digits) == len(re.sub(r"[\s\-+]", "", text)):
        by_customer.append((Customer.phone.like(f"%{digits}%"), search_index.fragment_terms(digits, 3)))
    by_vehicle: list[tuple[ColumnElement[bool], list[str]]] = []
    if compact:
        like = f"%{_escape(compact)}%"
        vehicle_terms = search_index.fragment_terms(compact, 3 if len(compact) >= 3 else 2)
        by_vehicle = [(Vehicle.plate.like(like, escape="\\"), vehicle_terms),
                      (Vehicle.vin.like(like, escape="\\"), vehicle_terms)]
    rows = _matching_rows(session, Customer, by_customer, limit + 1)
    if by_vehicle:
        rows |= _matching_rows(session, Vehicle, by_vehicle, limit + 1)
    shown = privacy.phone_shown(session, Permission.PHONE_IN_LISTS)
    hits = sorted(rows, key=lambda row: (row[1], row[4] or "", row[3] or 0))[:limit]
    return [
        SearchHit(
            customer_id=cid, customer=name, phone=shown(phone), vehicle_id=vid,
            plate=display_plate(plate) if plate else "", vin=vin or "", model=model or "",
        )
        for cid, name, phone, vid, plate, vin, model in hits
    ]


def too_short(text: str) -> bool:
    """Whether the search box's text is too short to search: empty, or one letter or digit."""
    text = text.strip()
    return not text or (len(text) == 1 and text.isascii())


def _matching_rows(
    session: Session, side: type[Customer] | type[Vehicle],
    conditions: list[tuple[ColumnElement[bool], list[str]]], limit: int,
) -> set[tuple[Any, ...]]:
    """Up to ``limit`` (customer, car) rows where a customer's or a car's field matches.

    Each condition comes with the search terms a matching row must hold; when one of them has
    none (too short a fragment), the rows are read without the index and the limit ends the read.
    """
    columns = (Customer.id, Customer.name, Customer.phone, Vehicle.id, Vehicle.plate, Vehicle.vin, Vehicle.model)
    if side is Customer:
        query = select(*columns).select_from(Customer).outerjoin(Vehicle, Vehicle.customer_id == Customer.id)
    else:
        query = select(*columns).select_from(Vehicle).join(Customer, Customer.id == Vehicle.customer_id)
    query = query.where(or_(*(condition for condition, _terms in conditions))).limit(limit)
    term_sets = [terms for _condition, terms in conditions]
    if all(term_sets):
        query = search_index.narrow(query, session.get_bind().dialect.name, side.__table__, term_sets)
    return {tuple(row) for row in session.execute(query)}


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("请填写客户姓名或单位名称。", field="name")
    if len(name) > 100:
        raise ValidationError("客户名称太长（最多100个字）。", field="name")
    return name


@requires(Permission.RECEPTION)
def create_customer(
    session: Session, *, name: str, phone: str, is_company: bool = False, notes: str = "",
    staff_id: int | None = None,
) -> CustomerCard:
    customer = Customer(
        name=_clean_name(name), phone=normalize_mobile(phone), is_company=is_company,
        notes=notes.strip(), updated_by_id=staff_id,
    )
    session.add(customer)
    session.flush()
    changes.note(session, customer=customer.id)
    return customer_card(session, customer.id)


@requires(Permission.RECEPTION)
def update_customer(
    session: Session, customer_id: int, *, name: str, phone: str, is_company: bool = False,
    notes: str = "", staff_id: int | None = None, expected_version: int | None = None,
) -> CustomerCard:
    customer = _customer(session, customer_id)
    check_version(session, customer, expected_version, f"客户 {customer.name}")
    customer.name = _clean_name(name)
    # a card shown masked comes back masked: that means "unchanged", never the stars themselves
    customer.phone = normalize_mobile(privacy.unmasked(phone, customer.phone))
    customer.is_company = is_company
    customer.notes = notes.strip()
    customer.updated_by_id = staff_id
    session.flush()
    changes.note(session, customer=customer.id)
    return customer_card(session, customer.id)


@requires(Permission.RECEPTION)
def add_vehicle(
    session: Session, customer_id: int, *, plate: str, vin: str, model: str, colour: str = "",
    mileage: int | None = None, confirmed: Collection[str] = (), staff_id: int | None = None,
) -> VehicleCard:
    _customer(session, customer_id)
    vehicle = Vehicle(customer_id=customer_id, updated_by_id=staff_id, last_mileage=mileage)
    _fill_vehicle(session, vehicle, plate=plate, vin=vin, model=model, colour=colour, confirmed=confirmed)
    session.add(vehicle)
    session.flush()
    changes.note(session, customer=customer_id)
    return _vehicle_card(vehicle)


@requires(Permission.RECEPTION)
def update_vehicle(
    session: Session, vehicle_id: int, *, plate: str, vin: str, model: str, colour: str = "",
    confirmed: Collection[str] = (), staff_id: int | None = None, expected_version: int | None = None,
) -> VehicleCard:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFound("找不到这辆车，可能已被删除。")
    check_version(session, vehicle, expected_version, f"车辆 {display_plate(vehicle.plate)}")
    _fill_vehicle(session, vehicle, plate=plate, vin=vin, model=model, colour=colour, confirmed=confirmed)
    vehicle.updated_by_id = staff_id
    session.flush()
    changes.note(session, customer=vehicle.customer_id)
    return _vehicle_card(vehicle)


def _fill_vehicle(
    session: Session, vehicle: Vehicle, *, plate: str, vin: str, model: str, colour: str,
    confirmed: Collection[str],
) -> None:
    plate_value = normalize_plate(plate)
    vin_value = check_vin(vin, confirmed)
    if not model.strip():
        raise ValidationError("请填写车型，例如 “大众 帕萨特 330TSI”。", field="model")
    same_plate = session.scalar(select(Vehicle).where(Vehicle.plate == plate_value, Vehicle.id != vehicle.id))
    if same_plate is not None:
        raise ValidationError(
            "车牌 {plate} 已登记在客户 {owner} 名下。请直接搜索这辆车。", field="plate",
            plate=display_plate(plate_value), owner=same_plate.customer.name,
        )
    same_vin = session.scalar(select(Vehicle).where(Vehicle.vin == vin_value, Vehicle.id != vehicle.id))
    if same_vin is not None:
        raise ValidationError(
            "车架号 {vin} 已登记为车辆 {plate}。请直接搜索这辆车。", field="vin",
            vin=vin_value, plate=display_plate(same_vin.plate),
        )
    vehicle.plate = plate_value
    vehicle.vin = vin_value
    vehicle.model = model.strip()
    vehicle.colour = colour.strip()


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("找不到这位客户，可能已被删除。")
    return customer


def _vehicle_card(vehicle: Vehicle) -> VehicleCard:
    return VehicleCard(
        id=vehicle.id, customer_id=vehicle.customer_id, plate=display_plate(vehicle.plate),
        vin=vehicle.vin, model=vehicle.model, colour=vehicle.colour,
        last_mileage=vehicle.last_mileage, version=vehicle.version, purchased_on=vehicle.purchased_on,
    )


def customer_card(session: Session, customer_id: int) -> CustomerCard:
    """One customer with their cars; the phone in full only for the roles with ``PHONE_ON_CARD``."""
    customer = _customer(session, customer_id)
    phone = privacy.phone_for_card(session, customer.phone)
    return CustomerCard(
        id=customer.id, name=customer.name, phone=phone, is_company=customer.is_company,
        notes=customer.notes, version=customer.version,
        vehicles=tuple(_vehicle_card(v) for v in customer.vehicles), birthday=customer.birthday,
        phone_masked=phone != customer.phone,
    )


def vehicle_card(session: Session, vehicle_id: int) -> VehicleCard:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFound("找不到这辆车，可能已被删除。")
    return _vehicle_card(vehicle)


@requires(Permission.RECEPTION)
def save_customer_and_vehicle(
    session: Session,
    *,
    customer_id: int | None,
    name: str,
    phone: str,
    vehicle_id: int | None,
    plate: str,
    vin: str,
    model: str,
    colour: str = "",
    customer_version: int | None = None,
    vehicle_version: int | None = None,
    confirmed: Collection[str] = (),
    staff_id: int | None = None,
    birthday: dt.date | str | None = None,
    purchased_on: dt.date | str | None = None,
    today: dt.date | None = None,
) -> tuple[CustomerCard, VehicleCard]:
    """Create or correct a customer and one of their cars in one step, as the intake form does.

    With no ``customer_id`` a new customer is created; with no ``vehicle_id`` the car is added to
    the customer. Either both are saved or neither is. ``birthday`` and ``purchased_on`` (the
    customer-care dates) are left as they are when None and cleared when empty; see
    :func:`parse_birthday` and :func:`parse_purchase_date` for what is accepted.
    """
    if birthday is not None or purchased_on is not None:
        # checked before anything is written, so a wrong date refuses the whole save
        today = today or local_today(session)
        birthday_value = parse_birthday(birthday, today) if birthday is not None else None
        purchased_value = parse_purchase_date(purchased_on, today) if purchased_on is not None else None
    if customer_id is None:
        card = create_customer(session, name=name, phone=phone, staff_id=staff_id)
    else:
        existing = _customer(session, customer_id)
        card = update_customer(
            session, customer_id, name=name, phone=phone, is_company=existing.is_company,
            notes=existing.notes, staff_id=staff_id, expected_version=customer_version,
        )
    if vehicle_id is None:
        car = add_vehicle(
            session, card.id, plate=plate, vin=vin, model=model, colour=colour, confirmed=confirmed, staff_id=staff_id
        )
    else:
        car = update_vehicle(
            session, vehicle_id, plate=plate, vin=vin, model=model, colour=colour, confirmed=confirmed,
            staff_id=staff_id, expected_version=vehicle_version,
        )
    if birthday is not None:
        _customer(session, card.id).birthday = birthday_value
    if purchased_on is not None:
        vehicle = session.get(Vehicle, car.id)
        assert vehicle is not None
        vehicle.purchased_on = purchased_value
    if birthday is not None or purchased_on is not None:
        session.flush()  # the versions move on: the cards below carry the new ones
        car = vehicle_card(session, car.id)
    return customer_card(session, card.id), car


# --- customer-care dates -------------------------------------------------------------------------

UNKNOWN_YEAR = 1900
"""The year stored for a birthday typed without one (``03-12``)."""
OLDEST_AGE = 110
FIRST_PURCHASE_YEAR = 1980
"""No car still in service here was bought before this year."""


def _parse_date(value: dt.date | str) -> dt.date | None:
    """``1985-03-12``, ``1985/3/12``, ``1985.3.12`` or ``1985年3月12日``; None for empty text.

    Raises ``ValueError`` for text that is not a date (the caller says which date in its refusal).
    """
    if isinstance(value, dt.date):
        return value
    text = re.sub(r"[./年月]", "-", value.strip()).rstrip("日").strip("-")
    if not text:
        return None
    return dt.date.fromisoformat("-".join(part.zfill(2) for part in text.split("-")))


def parse_birthday(value: dt.date | str, today: dt.date) -> dt.date | None:
    """A customer's birthday: ``1985-03-12``, or ``03-12`` when the year is not known; empty clears it.

    Refused: a day in the future, and an age over :data:`OLDEST_AGE` years.
    """
    if isinstance(value, str) and re.fullmatch(r"\s*\d{1,2}[-./月]\d{1,2}日?\s*", value):
        value = f"{UNKNOWN_YEAR}-{value.strip()}"
        if re.fullmatch(r"1900-0?2[-./月]29日?", value):  # 29 Feb exists only in leap years; 1900 is not one
            raise ValidationError("生日只知道 2 月 29 日时请连年份一起填写，如 1988-02-29。", field="birthday")
    try:
        day = _parse_date(value)
    except ValueError:
        raise ValidationError(
            "生日 “{text}” 不是有效的日期，请按 年-月-日 填写，如 1985-03-12；不知道年份时填 03-12。",
            field="birthday", text=str(value).strip(),
        ) from None
    if day is None or day.year == UNKNOWN_YEAR:
        return day
    if day > today:
        raise ValidationError("生日 {day} 在今天之后，请检查年份。", field="birthday", day=day.isoformat())
    if day.year < today.year - OLDEST_AGE:
        raise ValidationError(
            "生日 {day} 算来客户已超过 {age} 岁，请检查年份；不知道年份时只填月-日，如 03-12。",
            field="birthday", day=day.isoformat(), age=OLDEST_AGE,
        )
    return day


def parse_purchase_date(value: dt.date | str, today: dt.date) -> dt.date | None:
    """The day the owner bought the car (购车日期); empty clears it. Not in the future, not before 1980."""
    try:
        day = _parse_date(value)
    except ValueError:
        raise ValidationError(
            "购车日期 “{text}” 不是有效的日期，请按 年-月-日 填写，如 2021-06-18。", field="purchased_on",
            text=str(value).strip(),
        ) from None
    if day is None:
        return None
    if day > today:
        raise ValidationError("购车日期 {day} 在今天之后，请检查。", field="purchased_on", day=day.isoformat())
    if day.year < FIRST_PURCHASE_YEAR:
        raise ValidationError(
            "购车日期 {day} 早于 {year} 年，请检查年份。", field="purchased_on", day=day.isoformat(), year=FIRST_PURCHASE_YEAR,
        )
    return day


def format_birthday(day: dt.date | None) -> str:
    """A birthday as typed: ``1985-03-12``, or ``03-12`` when the year is unknown; empty for None."""
    if day is None:
        return ""
    return day.strftime("%m-%d") if day.year == UNKNOWN_YEAR else day.isoformat()
