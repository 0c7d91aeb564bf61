"""Signing in and staff accounts: no default password, argon2 hashes, wrong-password waits,
temporary passwords after a reset, disabled accounts that keep their history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from conftest import Shop
from desk.db import Database
from desk.models import AuditEntry, RepairOrder, Staff
from desk.models.enums import Role
from desk.services import auth, orders
from desk.services.errors import ValidationError
from desk.services.permissions import PermissionDenied

NOW = dt.datetime(2026, 12, 3, 2, 0, tzinfo=dt.timezone.utc)


def _first_manager(database: Database, name: str = "赵经理", password: str = "zhao2026") -> auth.SignedIn:
    with database.unit_of_work() as s:
        return auth.create_first_manager(s, name, password, password)


def _sign_in(database: Database, name: str, password: str, now: dt.datetime = NOW) -> auth.SignInOutcome:
    with database.unit_of_work() as s:
        return auth.sign_in(s, name, password, now=now)


def test_a_new_database_has_no_account_anyone_can_sign_in_with(database: Database) -> None:
    with database.unit_of_work(write=False) as s:
        assert auth.needs_first_manager(s)
        assert auth.sign_in_names(s) == []
    for name, password in (("admin", "admin"), ("admin", ""), ("manager", "123456"), ("", "")):
        assert _sign_in(database, name, password).person is None


def test_the_first_manager_account_is_asked_once_and_stored_as_an_argon2_hash(database: Database) -> None:
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="至少 6 位"):
        auth.create_first_manager(s, "赵经理", "12345", "12345")
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="两次输入的密码不一样"):
        auth.create_first_manager(s, "赵经理", "zhao2026", "zhao2025")
    manager = _first_manager(database)
    with database.unit_of_work(write=False) as s:
        stored = s.get(Staff, manager.id)
        assert stored.role == Role.MANAGER.value
        assert stored.password_hash.startswith("$argon2id$") and "zhao2026" not in stored.password_hash
        assert not auth.needs_first_manager(s)
    with database.unit_of_work() as s, pytest.raises(PermissionDenied, match="已经有服务经理账号"):
        auth.create_first_manager(s, "钱某", "qian2026", "qian2026")
    assert _sign_in(database, "赵经理", "zhao2026").person == auth.SignedIn(manager.id, "赵经理", "manager", False)


def test_a_password_hashed_with_other_settings_is_hashed_again_at_sign_in(database: Database) -> None:
    from argon2 import PasswordHasher

    manager = _first_manager(database)
    older = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4).hash("zhao2026")
    with database.unit_of_work() as s:
        s.get(Staff, manager.id).password_hash = older
    assert _sign_in(database, "赵经理", "zhao2026").person is not None
    with database.unit_of_work(write=False) as s:
        rehashed = s.get(Staff, manager.id).password_hash
    assert rehashed != older and "$m=19456,t=2,p=1$" in rehashed
    assert _sign_in(database, "赵经理", "zhao2026").person is not None


def test_an_old_database_gives_its_existing_manager_the_password(database: Database, seeded: Shop) -> None:
    """A shop upgrading to sign-in: the staff are on file, nobody has a password yet."""
    with database.unit_of_work(write=False) as s:
        assert auth.needs_first_manager(s)
        assert auth.first_manager_candidates(s) == ["赵经理"]
    with database.unit_of_work() as s, pytest.raises(ValidationError, match="不是在用的服务经理"):
        auth.create_first_manager(s, "李娜", "lina2026", "lina2026")  # an advisor
    manager = _first_manager(database)
    assert manager.id == seeded.manager
    assert _sign_in(database, "李娜", "").person is None  # the others wait for the manager


def test_wrong_passwords_are_counted_and_the_fifth_makes_the_account_wait(database: Database) -> None:
    _first_manager(database)
    for attempt in range(1, 5):
        outcome = _sign_in(database, "赵经理", f"wrong{attempt}", NOW + dt.timedelta(seconds=attempt))
        assert outcome.person is None and "姓名或密码不对" in outcome.refusal.message
    outcome = _sign_in(database, "赵经理", "wrong5", NOW + dt.timedelta(seconds=5))
    assert outcome.person is None and "5 分钟后再试" in outcome.refusal.message
    # Even the right password waits …
    outcome = _sign_in(database, "赵经理", "zhao2026", NOW + dt.timedelta(minutes=2))
    assert outcome.person is None and "4 分钟后再试" in outcome.refusal.message  # 3 min 5 s, rounded up
    # … until the time is up.
    assert _sign_in(database, "赵经理", "zhao2026", NOW + dt.timedelta(minutes=6)).person is not None
    with database.unit_of_work(write=False) as s:
        failures = s.scalars(select(AuditEntry.note).where(AuditEntry.action == "sign_in_failed")).all()
    assert len(failures) == 5 and sum("暂停登录" in note for note in failures) == 1


def test_an_unknown_name_and_a_wrong_password_get_the_same_answer(database: Database) -> None:
    _first_manager(database)
    unknown = _sign_in(database, "不存在", "zhao2026")
    wrong = _sign_in(database, "赵经理", "zhao2025")
    assert unknown.refusal.message == wrong.refusal.message


def test_a_reset_gives_a_temporary_password_that_must_be_changed(database: Database, seeded: Shop) -> None:
    manager = _first_manager(database)
    with database.unit_of_work(actor_id=manager.id) as s:
        auth.reset_password(s, seeded.advisor, "temp1234", "temp1234")
    person = _sign_in(database, "李娜", "temp1234").person
    assert person is not None and person.must_change_password
    with database.unit_of_work(actor_id=person.id) as s, pytest.raises(ValidationError, match="不能和原密码相同"):
        auth.change_password(s, person.id, "temp1234", "temp1234", "temp1234")
    with database.unit_of_work(actor_id=person.id) as s, pytest.raises(ValidationError, match="原密码不对"):
        auth.change_password(s, person.id, "temp0000", "lina2026", "lina2026")
    with database.unit_of_work(actor_id=person.id) as s, pytest.raises(PermissionDenied, match="只能修改自己的密码"):
        auth.change_password(s, manager.id, "zhao2026", "lina2026", "lina2026")
    with database.unit_of_work(actor_id=person.id) as s:
        auth.change_password(s, person.id, "temp1234", "lina2026", "lina2026")
    assert _sign_in(database, "李娜", "temp1234").person is None
    again = _sign_in(database, "李娜", "lina2026").person
    assert again is not None and not again.must_change_password


def test_a_disabled_account_cannot_sign_in_and_its_history_stays(database: Database, seeded: Shop) -> None:
    manager = _first_manager(database)
    with database.unit_of_work(actor_id=manager.id) as s:
        auth.reset_password(s, seeded.advisor, "temp1234", "temp1234")
    with database.unit_of_work(actor_id=seeded.advisor) as s:
        number = orders.open_order(s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, mileage=16000,
                                   complaint="更换雨刮", staff_id=seeded.advisor).number
    with database.unit_of_work(actor_id=manager.id) as s:
        auth.set_account_active(s, seeded.advisor, False)
    outcome = _sign_in(database, "李娜", "temp1234")
    assert outcome.person is None and "已停用" in outcome.refusal.message
    with database.unit_of_work(write=False) as s:
        order = s.scalar(select(RepairOrder).where(RepairOrder.number == number))
        assert order.advisor_id == seeded.advisor
        assert "李娜" not in auth.sign_in_names(s)
        row = next(a for a in auth.staff_accounts.__wrapped__(s) if a.id == seeded.advisor)
        assert not row.active
    with database.unit_of_work(actor_id=manager.id) as s:
        auth.set_account_active(s, seeded.advisor, True)
    assert _sign_in(database, "李娜", "temp1234").person is not None


def test_the_last_manager_cannot_be_disabled_demoted_or_disable_themselves(database: Database, seeded: Shop) -> None:
    manager = _first_manager(database)
    with database.unit_of_work(actor_id=manager.id) as s, pytest.raises(ValidationError, match="自己正在使用"):
        auth.set_account_active(s, manager.id, False)
    with database.unit_of_work(actor_id=manager.id) as s, pytest.raises(ValidationError, match="唯一能登录的服务经理"):
        auth.update_account(s, manager.id, role=Role.ADVISOR)
    with database.unit_of_work(actor_id=manager.id) as s:
        other = auth.create_account(s, "钱经理", Role.MANAGER, password="qian2026", repeat="qian2026")
    with database.unit_of_work(actor_id=other.id) as s:
        auth.update_account(s, manager.id, role=Role.ADVISOR)
        assert s.get(Staff, manager.id).role == Role.ADVISOR.value


def test_created_accounts_start_with_a_temporary_password_or_none(database: Database, seeded: Shop) -> None:
    manager = _first_manager(database)
    with database.unit_of_work(actor_id=manager.id) as s:
        with pytest.raises(ValidationError, match="不能和姓名相同"):
            auth.create_account(s, "abcdef", Role.CASHIER, password="abcdef", repeat="abcdef")
        cashier = auth.create_account(s, "孙收银", Role.CASHIER, password="sun12345", repeat="sun12345")
        technician = auth.create_account(s, "何技师", Role.TECHNICIAN, team_id=seeded.team)
    assert cashier.must_change_password and cashier.has_password
    assert not technician.has_password and technician.team == "机电一组"
    assert _sign_in(database, "孙收银", "sun12345").person.must_change_password
    assert _sign_in(database, "何技师", "").person is None


def test_no_password_or_hash_ever_reaches_the_audit_log(database: Database, seeded: Shop) -> None:
    manager = _first_manager(database)
    with database.unit_of_work(actor_id=manager.id) as s:
        auth.reset_password(s, seeded.cashier, "chen5678", "chen5678")
    _sign_in(database, "陈敏", "wrongpass")
    _sign_in(database, "陈敏", "chen5678")
    with database.unit_of_work(write=False) as s:
        hashes = [h for h in s.scalars(select(Staff.password_hash)) if h]
        rows = s.execute(text("select * from audit_entry")).all()
    dumped = "\n".join(str(tuple(row)) for row in rows)
    assert "chen5678" not in dumped and "zhao2026" not in dumped and "wrongpass" not in dumped
    assert not any(h in dumped or h[:30] in dumped for h in hashes)
    assert "已设置" in dumped  # the entry says a password was set, and nothing more
