"""Issue 8, 隐私: who sees a customer's phone number in full, enforced by the services.

Lists (search results, appointments, the complaint register) show ``138****5678`` to every role
but 回访员 and 服务经理; the customer's card shows the number in full to 服务顾问 too. A card seen
masked and saved does not overwrite the number. The wall screen shows neither a phone number nor a
full name. The customer's own printed papers keep the full number. Both databases.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from conftest import VIN, Shop
from desk.db import Database
from desk.models import Customer, ShopSettings
from desk.models.enums import Role
from desk.services import appointments, board, complaints, customers, documents, orders, permissions, shop
from desk.services.errors import ValidationError
from desk.services.permissions import Permission
from desk.services.privacy import mask_phone, unmasked

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)
PHONE = "13812345678"
MASKED = "138****5678"


# --- the mask itself ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "shown"),
    [
        ("13812341234", "138****1234"),
        ("+86 138-1234-1234", "138****1234"),  # country code and separators do not count
        ("0086 13812341234", "138****1234"),
        ("020-38881234", "020****1234"),  # a landline keeps its area code
        ("(0755) 8888 1234", "075*****1234"),  # 12 digits: one star per hidden digit
        ("12345678", "123*5678"),  # the shortest number that keeps 3 + 4
        ("95588", "***88"),  # a service number: all but the last two
        ("12", "**"),
        ("", ""),
        ("无", "无"),  # no number to hide
    ],
)
def test_mask_phone(phone: str, shown: str) -> None:
    assert mask_phone(phone) == shown


def test_a_masked_number_sent_back_means_unchanged() -> None:
    assert unmasked(MASKED, PHONE) == PHONE
    assert unmasked(" 138****5678 ", PHONE) == PHONE
    assert unmasked("13912345678", PHONE) == "13912345678"  # a new number typed over it
    assert unmasked("139****5678", PHONE) == "139****5678"  # stars that are not this number's mask


# --- the people ---------------------------------------------------------------------------------


@pytest.fixture
def people(database: Database, seeded: Shop) -> dict[str, int | None]:
    """Each role's id (None: the command line), with a 回访员 and a 门卫 added to the seeded shop."""
    with database.unit_of_work() as s:
        followup = shop.add_staff(s, "周回访", Role.FOLLOWUP).id
        gate = shop.add_staff(s, "门卫老吴", Role.GATE).id
    return {
        "advisor": seeded.advisor, "cashier": seeded.cashier, "followup": followup, "manager": seeded.manager,
        "gate": gate, "command line": None,
    }


LIST_FULL = {"followup", "manager", "command line"}
CARD_FULL = {"advisor", "followup", "manager", "command line"}


@pytest.mark.parametrize("role", ["advisor", "cashier", "followup", "manager", "gate", "command line"])
def test_search_results_mask_the_phone_for_roles_that_do_not_need_it(
    database: Database, seeded: Shop, people: dict[str, int | None], role: str,
) -> None:
    expected = PHONE if role in LIST_FULL else MASKED
    with database.unit_of_work(write=False, actor_id=people[role]) as s:
        by_name = customers.search(s, "张伟")
        by_phone = customers.search(s, "2345678")  # a fragment of the stored number still finds him
        by_start = customers.search(s, "138 1234")
    assert [hit.phone for hit in by_name] == [expected]
    assert [hit.customer for hit in by_phone] == ["张伟"] and by_phone[0].phone == expected
    assert [hit.customer for hit in by_start] == ["张伟"]


@pytest.mark.parametrize("role", ["advisor", "cashier", "followup", "manager"])
def test_the_card_shows_the_number_in_full_to_advisors_and_masked_to_a_cashier(
    database: Database, seeded: Shop, people: dict[str, int | None], role: str,
) -> None:
    with database.unit_of_work(write=False, actor_id=people[role]) as s:
        card = customers.customer_card(s, seeded.customer)
    assert card.phone == (PHONE if role in CARD_FULL else MASKED)
    assert card.phone_masked is (role not in CARD_FULL)


def test_saving_a_card_seen_masked_keeps_the_stored_number(
    database: Database, seeded: Shop, people: dict[str, int | None], monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Today every role that may save a card (接车) also sees the number on it; a shop that takes
    # PHONE_ON_CARD from its advisors gets an intake card with the number masked, and saving it
    # must not write the stars over the number.
    monkeypatch.setitem(permissions.MATRIX, Role.ADVISOR, permissions.MATRIX[Role.ADVISOR] - {Permission.PHONE_ON_CARD})
    advisor = people["advisor"]
    with database.unit_of_work(write=False, actor_id=advisor) as s:
        card = customers.customer_card(s, seeded.customer)
        car = card.vehicles[0]
    assert (card.phone, card.phone_masked) == (MASKED, True)
    # the advisor corrects the colour and saves the whole card, the masked phone with it
    with database.unit_of_work(actor_id=advisor) as s:
        saved, _ = customers.save_customer_and_vehicle(
            s, customer_id=card.id, customer_version=card.version, name=card.name, phone=card.phone,
            vehicle_id=car.id, vehicle_version=car.version, plate=car.plate, vin=car.vin, model=car.model,
            colour="珍珠白", staff_id=advisor,
        )
    assert saved.phone == MASKED  # still shown masked
    with database.unit_of_work(write=False) as s:
        stored = s.get(Customer, seeded.customer)
        assert stored is not None and stored.phone == PHONE
        assert customers.vehicle_card(s, car.id).colour == "珍珠白"
    # stars typed into a number are refused, not stored
    with database.unit_of_work(actor_id=advisor) as s:
        with pytest.raises(ValidationError) as refused:
            customers.update_customer(s, seeded.customer, name="张伟", phone="139****5678")
    assert refused.value.field == "phone"
    # a new number typed over the masked one is taken
    with database.unit_of_work(actor_id=advisor) as s:
        customers.update_customer(s, seeded.customer, name="张伟", phone="139 1234 5678")
    with database.unit_of_work(write=False) as s:
        stored = s.get(Customer, seeded.customer)
        assert stored is not None and stored.phone == "13912345678"


def test_a_callback_number_seen_masked_and_saved_stays(
    database: Database, seeded: Shop, people: dict[str, int | None],
) -> None:
    with database.unit_of_work() as s:
        number = orders.open_order(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=18000, complaint="保养",
            staff_id=seeded.advisor, now=NOW,
        ).number
        orders.update_intake(s, number, callback_phone="13900001111", staff_id=seeded.advisor)
    with database.unit_of_work(write=False, actor_id=people["cashier"]) as s:
        detail = orders.order_detail(s, number)
    assert (detail.phone, detail.callback_phone) == (MASKED, "139****1111")
    with database.unit_of_work() as s:
        orders.update_intake(s, number, callback_phone=detail.callback_phone, staff_id=people["cashier"])
    with database.unit_of_work(write=False, actor_id=people["advisor"]) as s:
        detail = orders.order_detail(s, number)
    assert (detail.phone, detail.callback_phone) == (PHONE, "13900001111")


@pytest.mark.parametrize("role", ["advisor", "cashier", "followup", "manager"])
def test_appointment_and_complaint_lists_follow_the_list_rule(
    database: Database, seeded: Shop, people: dict[str, int | None], role: str,
) -> None:
    day = dt.date(2026, 11, 24)
    with database.unit_of_work() as s:
        appointments.book(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, day=day, time=dt.time(9, 0),
            requested_work="保养", staff_id=seeded.advisor, now=NOW,
        )
        complaints.register_complaint(
            s, source="phone", customer_id=seeded.customer, vehicle_id=seeded.vehicle,
            description="等车时间太长", category="time", staff_id=seeded.manager, now=NOW,
        )
    expected = PHONE if role in LIST_FULL else MASKED
    with database.unit_of_work(write=False, actor_id=people[role]) as s:
        booked = appointments.list_day(s, day)
        register = complaints.list_complaints(s, now=NOW)
        found = complaints.list_complaints(s, text="5678", now=NOW)  # searching by phone works for all
        history = appointments.car_history(s, seeded.vehicle, NOW)
        one = appointments.row(s, booked[0].number)  # the appointment opened, to call and confirm it
    assert [row.phone for row in booked] == [expected]
    assert one.phone == (PHONE if role in CARD_FULL else MASKED)
    assert [row.phone for row in register] == [expected]
    assert len(found) == 1
    assert history.phone == (PHONE if role in CARD_FULL else MASKED)  # the booking form's car line: a card


@pytest.mark.parametrize("role", ["advisor", "followup", "manager"])
def test_the_maintenance_call_list_follows_the_list_rule(
    database: Database, seeded: Shop, people: dict[str, int | None], role: str,
) -> None:
    from desk.services import reminders
    from desk.services.settlement import add_months
    from test_reminders import visit

    with database.unit_of_work() as s:
        today = shop.local_today(s)
        visit(s, seeded, seeded.vehicle, add_months(today, -6), 12_000, next_date=today + dt.timedelta(days=3),
              next_km=60_000)
    with database.unit_of_work(write=False, actor_id=people[role]) as s:
        due = reminders.maintenance_due(s, today)
    assert [row.phone for row in due] == [PHONE if role in LIST_FULL else MASKED]


def test_the_printed_repair_order_keeps_the_full_number_whoever_prints_it(
    database: Database, seeded: Shop, people: dict[str, int | None],
) -> None:
    with database.unit_of_work() as s:
        number = orders.open_order(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=18000, complaint="保养",
            staff_id=seeded.advisor, now=NOW,
        ).number
    with database.unit_of_work(actor_id=people["cashier"]) as s:
        snapshot = documents.repair_order_snapshot(s, number, staff_id=people["cashier"])
    assert snapshot.customer_phone == PHONE and snapshot.callback_phone == PHONE


# --- the wall screen ------------------------------------------------------------------------------


def test_the_wall_never_shows_a_full_name_or_a_phone_whatever_the_setting(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        s.scalar(select(ShopSettings)).privacy = "full_name"
        customer = s.get(Customer, seeded.customer)
        assert customer is not None
        customer.gender = "male"
        orders.open_order(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=18000, complaint="保养",
            staff_id=seeded.advisor, now=NOW,
        )
    with database.unit_of_work(write=False) as s:
        wall = board.wall_board(s, NOW)
        counter = board.board(s, NOW)  # the counter's own board still shows the name
        private = board.board(s, NOW, customers="private")  # as the setting says (full name here)
    cards = wall.board.orders
    assert [card.customer for card in cards] == ["张先生"]
    shown = repr(wall)
    assert "张伟" not in shown and PHONE not in shown and PHONE[-4:] not in shown
    assert [card.customer for card in counter.orders] == ["张伟"]
    assert [card.customer for card in private.orders] == ["张伟"]


@pytest.mark.parametrize(("setting", "shown"), [("surname_title", "张先生"), ("plate", "粤B·D12345")])
def test_the_wall_follows_the_more_private_settings(database: Database, seeded: Shop, setting: str, shown: str) -> None:
    with database.unit_of_work() as s:
        s.scalar(select(ShopSettings)).privacy = setting
        customer = s.get(Customer, seeded.customer)
        assert customer is not None
        customer.gender = "male"
        orders.open_order(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=18000, complaint="保养",
            staff_id=seeded.advisor, now=NOW,
        )
    with database.unit_of_work(write=False) as s:
        wall = board.wall_board(s, NOW)
    assert [card.customer for card in wall.board.orders] == [shown]
    assert VIN not in repr(wall)
