"""The permission matrix: kept in one place, in README.md, and enforced by the services.

Every service function guarded by a permission is refused to every role that lacks it (and
nothing is written); the issue's examples are also driven with real arguments, so the refusal is
shown to come before any work.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

import desk.services
from conftest import Shop
from desk.db import Database
from desk.models import AuditEntry, Part, Settlement
from desk.models.enums import Role
from desk.services import audit, auth, catalogue, customers, gate, orders, settlement, shop
from desk.services.catalogue import save_part
from desk.services.money import parse_yuan
from desk.services.permissions import (
    MATRIX,
    SCREENS,
    Permission,
    PermissionDenied,
    allowed,
    matrix_markdown,
    require,
    roles_with,
)
from desk.services.settlement import PaymentInput
from test_settlement import NOW, ready_order

ROOT = Path(__file__).resolve().parents[1]


def guarded_functions() -> dict[Permission, list[tuple[str, Callable[..., object]]]]:
    """Every service function decorated with ``requires``, by its permission."""
    found: dict[Permission, list[tuple[str, Callable[..., object]]]] = {}
    for module_info in pkgutil.iter_modules(desk.services.__path__):
        module = importlib.import_module(f"desk.services.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and hasattr(function, "permission"):
                found.setdefault(function.permission, []).append((f"{module_info.name}.{name}", function))
    return found


GUARDED = guarded_functions()


def test_the_readme_shows_the_matrix_as_the_code_has_it() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert matrix_markdown() in readme, "README.md's permission table differs: paste permissions.matrix_markdown()"


def test_the_matrix_follows_the_roles_of_the_design() -> None:
    assert MATRIX[Role.MANAGER] == frozenset(Permission)
    assert roles_with(Permission.TAKE_PAYMENT) == [Role.CASHIER, Role.MANAGER]
    for only_managers in (Permission.REOPEN_SETTLEMENT, Permission.OVERRIDE_CAPACITY, Permission.DISCOUNT_PAST_LIMIT,
                          Permission.EDIT_CATALOGUES, Permission.EDIT_SETTINGS, Permission.VIEW_AUDIT_LOG,
                          Permission.MANAGE_STAFF, Permission.EXPORT_CUSTOMERS):
        assert roles_with(only_managers) == [Role.MANAGER], only_managers
    assert MATRIX[Role.GATE] == {Permission.GATE}
    assert [screen for screen, permission in SCREENS.items() if allowed(Role.GATE, permission)] == ["gate"]


def test_every_guarded_function_takes_the_session_first() -> None:
    """The check reads the signed-in person from the first argument."""
    wrong = [name for functions in GUARDED.values() for name, function in functions
             if next(iter(inspect.signature(inspect.unwrap(function)).parameters)) != "session"]
    assert not wrong, wrong


def test_every_permission_guards_something() -> None:
    """A permission that no service checks would be a hidden button only. The over-capacity
    refusal is tested in test_appointment_book.py (test_over_capacity_is_refused_for_an_advisor…)."""
    screens_only = {Permission.VIEW_BOARD, Permission.PHONE_IN_LISTS, Permission.PHONE_ON_CARD,
                    Permission.OVERRIDE_CAPACITY, Permission.DISCOUNT_PAST_LIMIT}
    # Those five are checked inside the services by person (staff_may / may), tested below.
    unguarded = [p for p in Permission if p not in GUARDED and p not in screens_only]
    assert not unguarded, unguarded


@pytest.fixture
def people(database: Database, seeded: Shop) -> dict[Role, int]:
    """One person for each role (the seeded shop has the advisor, cashier and manager)."""
    with database.unit_of_work() as s:
        ids = {Role.ADVISOR: seeded.advisor, Role.CASHIER: seeded.cashier, Role.MANAGER: seeded.manager}
        for role, name in ((Role.SUPERVISOR, "刘主管"), (Role.GATE, "张门卫"), (Role.FOLLOWUP, "吴回访"),
                           (Role.TECHNICIAN, "何技师")):
            ids[role] = shop.add_staff(s, name, role, seeded.team if role == Role.TECHNICIAN else None).id
    return ids


@pytest.mark.parametrize("permission", [p for p in Permission if p in GUARDED], ids=lambda p: p.value)
def test_every_guarded_service_refuses_every_role_without_the_permission(
    database: Database, people: dict[Role, int], permission: Permission,
) -> None:
    refused = expected = 0
    for role, staff_id in people.items():
        with database.unit_of_work(actor_id=staff_id) as s:
            if allowed(role, permission):
                require(s, permission)  # no refusal for the roles that have it
            for name, function in GUARDED[permission]:
                if any(allowed(role, p) for p in function.permissions):
                    continue  # e.g. the cashier may set a line discount at settlement
                expected += 1
                with pytest.raises(PermissionDenied) as refusal:
                    function(s)  # the check comes before the arguments are even looked at
                assert permission.chinese in refusal.value.message, name
                assert Role(role).chinese in refusal.value.message, name
                refused += 1
    assert refused == expected > 0


def test_a_disabled_account_is_refused_even_its_own_permissions(database: Database, people: dict[Role, int]) -> None:
    with database.unit_of_work(actor_id=people[Role.MANAGER]) as s:
        auth.set_account_active(s, people[Role.CASHIER], False)
    with database.unit_of_work(actor_id=people[Role.CASHIER]) as s, pytest.raises(PermissionDenied, match="停用"):
        settlement.settle(s, "RO-ANY", [])


def _count(database: Database, model: type) -> int:
    with database.unit_of_work(write=False) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_only_cashiers_and_managers_take_payments(database: Database, seeded: Shop, people: dict[Role, int]) -> None:
    number = ready_order(database, seeded)
    for role in (Role.ADVISOR, Role.SUPERVISOR, Role.FOLLOWUP, Role.GATE):
        with database.unit_of_work(actor_id=people[role]) as s, pytest.raises(PermissionDenied, match="收款"):
            settlement.settle(s, number, [PaymentInput("cash", "554.50")], staff_id=people[role], now=NOW,
                              insurer="平安财险", claim_number="PA001")
    assert _count(database, Settlement) == 0
    with database.unit_of_work(actor_id=people[Role.CASHIER]) as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], staff_id=people[Role.CASHIER], now=NOW,
                          insurer="平安财险", claim_number="PA001")
    assert _count(database, Settlement) == 1


def test_only_managers_reopen_a_settled_order(database: Database, seeded: Shop, people: dict[Role, int]) -> None:
    number = ready_order(database, seeded)
    with database.unit_of_work(actor_id=people[Role.CASHIER]) as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], staff_id=people[Role.CASHIER], now=NOW,
                          insurer="平安财险", claim_number="PA001")
    for role in (Role.CASHIER, Role.ADVISOR):
        with database.unit_of_work(actor_id=people[role]) as s, pytest.raises(PermissionDenied, match="重新打开"):
            settlement.reopen(s, number, reason="客户要求改发票", staff_id=people[role])
    with database.unit_of_work(write=False) as s:
        assert orders.get_order(s, number).status == "settled"
    with database.unit_of_work(actor_id=people[Role.MANAGER]) as s:
        settlement.reopen(s, number, reason="客户要求改发票", staff_id=people[Role.MANAGER])
        assert orders.get_order(s, number).status == "ready"


def test_a_discount_past_the_role_limit_only_by_a_manager(database: Database, seeded: Shop, people: dict[Role, int]) -> None:
    number = ready_order(database, seeded)
    with database.unit_of_work(write=False) as s:
        line_id = orders.get_order(s, number).part_lines[0].id
    # The advisor's limit is 5 %; naming the manager as the one giving it does not help: the
    # limit is the signed-in person's.
    with database.unit_of_work(actor_id=people[Role.ADVISOR]) as s, pytest.raises(Exception, match="5"):
        orders.set_line_discount(s, number, kind="part", line_id=line_id, discount="20", staff_id=people[Role.MANAGER])
    with database.unit_of_work(actor_id=people[Role.ADVISOR]) as s:
        orders.set_line_discount(s, number, kind="part", line_id=line_id, discount="5", staff_id=people[Role.ADVISOR])
    with database.unit_of_work(actor_id=people[Role.MANAGER]) as s:
        orders.set_line_discount(s, number, kind="part", line_id=line_id, discount="20", staff_id=people[Role.MANAGER])
        assert orders.get_order(s, number).part_lines[0].discount_bp == 2000


def test_only_managers_edit_catalogues_and_rates(database: Database, people: dict[Role, int]) -> None:
    for role in (Role.ADVISOR, Role.CASHIER, Role.SUPERVISOR):
        with database.unit_of_work(actor_id=people[role]) as s:
            with pytest.raises(PermissionDenied, match="目录"):
                save_part(s, part_number="06L115562", name="机油滤清器", price="68.50", new=True)
            with pytest.raises(PermissionDenied, match="工时单价"):
                catalogue.set_labour_rates(s, customer="200", staff_id=people[role])
            with pytest.raises(PermissionDenied, match="工时单价"):
                shop.update_shop(s, name="改名", address="", phone="", labour_rate="1", opening_time=dt.time(8),
                                 closing_time=dt.time(18), staff_id=people[role])
    assert _count(database, Part) == 0
    with database.unit_of_work(write=False) as s:
        assert shop.shop_info(s).labour_rate_fen == parse_yuan("180")
    with database.unit_of_work(actor_id=people[Role.MANAGER]) as s:
        save_part(s, part_number="06L115562", name="机油滤清器", price="68.50", new=True)
    assert _count(database, Part) == 1


def test_only_managers_see_the_audit_log_and_manage_accounts(database: Database, people: dict[Role, int]) -> None:
    for role in (Role.ADVISOR, Role.CASHIER, Role.FOLLOWUP, Role.GATE, Role.SUPERVISOR):
        with database.unit_of_work(actor_id=people[role]) as s:
            with pytest.raises(PermissionDenied, match="操作日志"):
                audit.entries(s)
            with pytest.raises(PermissionDenied, match="员工账号"):
                auth.create_account(s, "新人", Role.ADVISOR, password="secret1", repeat="secret1")
            with pytest.raises(PermissionDenied, match="员工账号"):
                auth.reset_password(s, people[Role.ADVISOR], "secret9", "secret9")
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.record_label == "新人")) == 0


def test_the_gate_only_lets_cars_out(database: Database, seeded: Shop, people: dict[Role, int]) -> None:
    gate_person = people[Role.GATE]
    with database.unit_of_work(actor_id=gate_person) as s:
        with pytest.raises(PermissionDenied):
            orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=20000,
                              complaint="异响", staff_id=gate_person)
        with pytest.raises(PermissionDenied):
            customers.create_customer(s, name="李四", phone="13900001111", staff_id=gate_person)
        with pytest.raises(PermissionDenied):
            gate.issue_exit_pass(s, "RO-ANY", staff_id=gate_person)
        # What the gate does do: scan a pass (a garbage payload is refused for being garbage,
        # not for the person).
        with pytest.raises(Exception) as refusal:
            gate.verify_and_release(s, "not a pass", staff_id=gate_person)
        assert not isinstance(refusal.value, PermissionDenied)


def test_only_reception_calls_an_order_off(database: Database, seeded: Shop, people: dict[Role, int]) -> None:
    with database.unit_of_work(actor_id=people[Role.ADVISOR]) as s:
        number = orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=20000,
                                   complaint="异响", staff_id=people[Role.ADVISOR]).number
    for role in (Role.CASHIER, Role.SUPERVISOR):
        with database.unit_of_work(actor_id=people[role]) as s, pytest.raises(PermissionDenied, match="接车"):
            orders.move_status(s, number, "cancelled", reason="客户不修了", staff_id=people[role])
    with database.unit_of_work(actor_id=people[Role.ADVISOR]) as s:
        orders.add_labour_line(s, number, name="底盘异响检查", hours="1", pay_type="customer")
    with database.unit_of_work(actor_id=people[Role.SUPERVISOR]) as s:  # moving along is allowed
        assert orders.move_status(s, number, "dispatched", staff_id=people[Role.SUPERVISOR]).status == "dispatched"
    with database.unit_of_work(actor_id=people[Role.ADVISOR]) as s:
        assert orders.move_status(s, number, "cancelled", reason="客户不修了", staff_id=people[Role.ADVISOR]).status == "cancelled"
