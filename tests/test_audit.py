"""The audit log (操作日志): each audited change through the real services leaves an entry naming
the person, the record and the values before and after; rolled-back work leaves none; the database
refuses to change or delete entries; the manager's filters; nobody else may read it."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

import desk
from conftest import Shop, backend_of
from desk.db import Database
from desk.models import AuditEntry, Staff
from desk.models.enums import Role
from desk.services import audit, auth, catalogue, gate, orders, settlement, shop
from desk.services.permissions import PermissionDenied
from desk.services.settlement import PaymentInput
from test_orders import INSURER, NOW, order_with_lines, ready_order

SHANGHAI = ZoneInfo("Asia/Shanghai")
SECRET = "Tmp-Pass-8831"
"""A temporary password typed by the manager: it must never reach the log."""


def _rows(database: Database, after_id: int = 0) -> list[dict[str, Any]]:
    """Every entry after ``after_id``, oldest first, with before/after decoded."""
    with database.unit_of_work(write=False) as s:
        found = s.scalars(select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id)).all()
        return [
            dict(
                id=e.id, at=e.at, staff_id=e.staff_id, staff=e.staff_name, workstation=e.workstation, action=e.action,
                record_type=e.record_type, record_id=e.record_id, label=e.record_label,
                before=json.loads(e.before) if e.before else {}, after=json.loads(e.after) if e.after else {},
                note=e.note,
                text=" ".join(str(getattr(e, c.key)) for c in AuditEntry.__table__.columns),
            )
            for e in found
        ]


def _last_id(database: Database) -> int:
    with database.unit_of_work(write=False) as s:
        return s.scalar(select(func.max(AuditEntry.id))) or 0


def _only(rows: list[dict[str, Any]], action: str, label: str = "") -> dict[str, Any]:
    """The one entry of ``action`` whose label contains ``label``."""
    found = [r for r in rows if r["action"] == action and label in r["label"]]
    assert len(found) == 1, (action, label, [(r["action"], r["label"]) for r in rows])
    return found[0]


def _staff(database: Database, name: str, role: Role) -> int:
    with database.unit_of_work() as s:
        return shop.add_staff(s, name, role).id


# --- what is logged -----------------------------------------------------------------------------


def test_line_prices_hours_discounts_pay_types_and_removals_are_logged(database: Database, seeded: Shop) -> None:
    number = order_with_lines(database, seeded)
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
    oil_change, aircon = detail.labour_lines
    oil_filter, oil, cabin_filter = detail.part_lines
    start = _last_id(database)
    with database.unit_of_work(actor_id=seeded.advisor) as s:
        orders.update_line(s, number, kind="labour", line_id=oil_change.id, hours="0.8", unit_price="200",
                           staff_id=seeded.advisor)
        orders.update_line(s, number, kind="part", line_id=oil_filter.id, unit_price="72", staff_id=seeded.advisor)
        orders.set_line_discount(s, number, kind="part", line_id=oil.id, discount="5", staff_id=seeded.advisor)
        orders.update_line(s, number, kind="part", line_id=cabin_filter.id, pay_type="warranty",
                           staff_id=seeded.advisor)
        orders.remove_line(s, number, kind="labour", line_id=aircon.id, staff_id=seeded.advisor)
        orders.add_part_line(s, number, name="雨刮片", quantity="2", unit_price="45", discount="5",
                             staff_id=seeded.advisor)
    rows = _rows(database, start)
    assert {r["staff"] for r in rows} == {"李娜"} and {r["staff_id"] for r in rows} == {seeded.advisor}
    assert all(r["workstation"] for r in rows)

    labour = _only(rows, "line_price", "更换机油机滤")
    assert labour["label"] == f"{number} 更换机油机滤"
    assert labour["before"] == {"工时单价": "¥180.00", "工时": "0.5"}
    assert labour["after"] == {"工时单价": "¥200.00", "工时": "0.8"}
    price = _only(rows, "line_price", "机油滤清器")
    assert (price["before"], price["after"]) == ({"单价": "¥68.50"}, {"单价": "¥72.00"})
    discount = _only(rows, "line_price", "全合成机油")
    assert (discount["before"], discount["after"]) == ({"折扣": "0%"}, {"折扣": "5%"})
    pay = _only(rows, "line_price", "空调滤芯")
    assert (pay["before"], pay["after"]) == ({"付费方式": "保险"}, {"付费方式": "保修"})
    removed = _only(rows, "line_removed", "空调系统检查")
    assert removed["label"] == f"{number} 空调系统检查"
    assert removed["before"]["工时单价"] == "¥150.00" and removed["before"]["工时"] == "1.2"
    assert removed["before"]["付费方式"] == "保修" and removed["after"] == {}
    added = _only(rows, "line_discount", "雨刮片")
    assert added["after"]["折扣"] == "5%" and added["after"]["单价"] == "¥45.00" and added["after"]["数量"] == "2"


def test_statuses_settling_payments_reopening_and_the_exit_pass_are_logged(database: Database, seeded: Shop) -> None:
    gatekeeper = _staff(database, "周师傅", Role.GATE)
    cancelled = order_with_lines(database, seeded)
    start = _last_id(database)
    with database.unit_of_work(actor_id=seeded.advisor) as s:
        orders.move_status(s, cancelled, "cancelled", reason="客户改天再来", staff_id=seeded.advisor)
    number = ready_order(database, seeded)
    with database.unit_of_work(actor_id=seeded.cashier) as s:
        settlement.settle(s, number, [PaymentInput("cash", "500"), PaymentInput("wechat", "54.50", "4200001234")],
                          staff_id=seeded.cashier, now=NOW, **INSURER)
        gate.issue_exit_pass(s, number, staff_id=seeded.cashier, now=NOW)
    with database.unit_of_work(actor_id=seeded.manager) as s:
        settlement.reopen(s, number, reason="保险理赔号填错", staff_id=seeded.manager, now=NOW + dt.timedelta(minutes=5))
    with database.unit_of_work(actor_id=seeded.cashier) as s:
        settlement.settle(s, number, [PaymentInput("card", "554.50", "6222001")], staff_id=seeded.cashier,
                          now=NOW + dt.timedelta(minutes=10), **INSURER)
        second = gate.issue_exit_pass(s, number, staff_id=seeded.cashier, now=NOW + dt.timedelta(minutes=10))
        payload = gate.pass_payload(s, second.number)
    with database.unit_of_work(actor_id=gatekeeper) as s:
        gate.verify_and_release(s, payload, staff_id=gatekeeper, now=NOW + dt.timedelta(minutes=30))
    rows = _rows(database, start)

    cancel = _only(rows, "status", cancelled)
    assert cancel["staff"] == "李娜" and cancel["note"] == "客户改天再来"
    assert (cancel["before"], cancel["after"]) == ({"状态": "已开单"}, {"状态": "已取消"})

    settled = [r for r in rows if r["action"] == "settled"]
    assert [r["label"] for r in settled] == [number, number]
    assert settled[0]["staff"] == "陈敏" and settled[0]["after"]["客户应付"] == "¥554.50"
    payments = [(r["staff"], r["label"], r["after"]["方式"], r["after"]["金额"]) for r in rows if r["action"] == "payment"]
    assert payments == [("陈敏", number, "现金", "¥500.00"), ("陈敏", number, "微信支付", "¥54.50"),
                        ("陈敏", number, "银行卡", "¥554.50")]
    wechat = [r for r in rows if r["action"] == "payment"][1]
    assert wechat["after"]["凭证号"] == "4200001234"

    void = _only(rows, "settlement_void", number)
    assert void["staff"] == "赵经理" and void["note"] == "保险理赔号填错"
    # times read in the shop's wall clock, like the entry's own time
    assert (void["before"], void["after"]) == ({"作废时间": ""}, {"作废时间": "2026-11-23 09:05"})
    issued = [r for r in rows if r["action"] == "exit_pass_issued"]
    assert len(issued) == 2 and issued[0]["staff"] == "陈敏" and issued[0]["label"].startswith(number + " EP")
    assert issued[0]["after"] == {"有效至": "2026-11-24 09:00"}
    pass_void = _only(rows, "exit_pass_void", number)
    assert pass_void["staff"] == "赵经理" and "保险理赔号填错" in pass_void["note"]
    assert pass_void["label"] == issued[0]["label"] and pass_void["after"] == {"作废时间": "2026-11-23 09:05"}
    used = _only(rows, "exit_pass_used", number)
    assert used["staff"] == "周师傅" and used["label"] == f"{number} {second.number}"
    assert (used["before"], used["after"]) == ({"放行时间": ""}, {"放行时间": "2026-11-23 09:30"})

    statuses = [(r["staff"], r["after"]["状态"], r["note"]) for r in rows if r["action"] == "status" and r["label"] == number]
    assert statuses[:5] == [(audit.COMMAND_LINE, status, "") for status in ("已开单", "已派工", "维修中", "质检中", "待交车")]
    assert statuses[5:] == [
        ("陈敏", "已结算", ""),
        ("赵经理", "待交车", "重新打开：保险理赔号填错"),
        ("陈敏", "已结算", ""),
        ("周师傅", "已出厂", ""),
    ]
    reopened = [r for r in rows if r["action"] == "status" and r["label"] == number][6]
    assert reopened["before"] == {"状态": "已结算"}


def test_catalogue_prices_labour_rates_and_shop_settings_are_logged(database: Database, seeded: Shop) -> None:
    with database.unit_of_work(actor_id=seeded.manager) as s:
        catalogue.save_part(s, part_number="06L115562B", name="机油滤清器", price="68.50", new=True,
                            staff_id=seeded.manager)
    start = _last_id(database)
    with database.unit_of_work(actor_id=seeded.manager) as s:
        catalogue.save_part(s, part_number="06L115562B", name="机油滤清器", price="72", staff_id=seeded.manager)
        catalogue.set_labour_rates(s, warranty="150", staff_id=seeded.manager)
        info = shop.shop_info(s)
        shop.update_shop(s, name=info.name, address=info.address, phone=info.phone, labour_rate="200",
                         opening_time=dt.time(8, 30), closing_time=dt.time(18, 0), staff_id=seeded.manager)
    rows = _rows(database, start)
    assert {r["staff"] for r in rows} == {"赵经理"}
    part = _only(rows, "catalogue_price", "06L115562B")
    assert part["label"] == "06L115562B 机油滤清器"
    assert (part["before"], part["after"]) == ({"售价": "¥68.50"}, {"售价": "¥72.00"})
    settings = [r for r in rows if r["action"] == "settings"]
    assert [(r["label"], r["before"], r["after"]) for r in settings] == [
        ("本店设置", {"工时单价（保修）": ""}, {"工时单价（保修）": "¥150.00"}),
        ("本店设置", {"工时单价（自费）": "¥180.00"}, {"工时单价（自费）": "¥200.00"}),
    ]


def test_staff_accounts_and_sign_ins_are_logged_without_any_password(database: Database, seeded: Shop) -> None:
    start = _last_id(database)
    with database.unit_of_work(actor_id=seeded.manager) as s:
        new = auth.create_account(s, "孙丽", Role.ADVISOR, password=SECRET, repeat=SECRET)
    with database.unit_of_work(actor_id=seeded.manager) as s:
        auth.update_account(s, new.id, role=Role.CASHIER)
    with database.unit_of_work() as s:  # at the sign-in screen nobody is signed in yet
        assert auth.sign_in(s, "孙丽", "wrong-guess").person is None
    with database.unit_of_work() as s:
        assert auth.sign_in(s, "孙丽", SECRET).person is not None
    with database.unit_of_work(actor_id=seeded.manager) as s:
        auth.set_account_active(s, new.id, False)
    with database.unit_of_work(actor_id=seeded.manager) as s:
        auth.set_account_active(s, new.id, True)
        auth.reset_password(s, new.id, SECRET + "x", SECRET + "x")
    with database.unit_of_work(actor_id=seeded.manager) as s:
        # a second reset before she signed in again: must_change_password is already set
        auth.reset_password(s, new.id, SECRET + "y", SECRET + "y")
    rows = _rows(database, start)

    staff_rows = [r for r in rows if r["action"] == "staff"]
    assert all(r["staff"] == "赵经理" and r["label"] == "孙丽" and r["record_id"] == new.id for r in staff_rows)
    created, first_password, role, disabled, enabled, reset, reset_again = staff_rows
    assert created["note"] == "新建账号" and created["after"]["岗位"] == "服务顾问"
    assert created["after"]["账号启用"] == "是" and created["after"]["姓名"] == "孙丽"
    assert first_password["after"] == {"密码": "已设置", "下次登录须改密码": "是"}
    assert (role["before"], role["after"]) == ({"岗位": "服务顾问"}, {"岗位": "收银员"})
    assert (disabled["before"], disabled["after"]) == ({"账号启用": "是"}, {"账号启用": "否"})
    assert (enabled["before"], enabled["after"]) == ({"账号启用": "否"}, {"账号启用": "是"})
    for entry in (reset, reset_again):
        assert (entry["before"]["密码"], entry["after"]["密码"]) == ("已设置", "已更换"), entry

    failed = _only(rows, "sign_in_failed", "孙丽")
    assert failed["staff"] == "孙丽" and failed["staff_id"] == new.id and "输错密码" in failed["note"]
    signed = _only(rows, "sign_in", "孙丽")
    assert signed["staff"] == "孙丽" and signed["staff_id"] == new.id

    with database.unit_of_work(write=False) as s:
        hashes = [h for h in s.scalars(select(Staff.password_hash).where(Staff.password_hash.is_not(None)))]
    assert hashes
    for entry in rows:
        for secret in (SECRET, SECRET + "x", SECRET + "y", "wrong-guess", "argon2", *hashes):
            assert secret not in entry["text"], (secret, entry["action"])


def test_the_command_line_is_named_as_such(database: Database, seeded: Shop) -> None:
    start = _last_id(database)
    number = order_with_lines(database, seeded)
    with database.unit_of_work() as s:
        orders.move_status(s, number, "cancelled", reason="录错了")
    opened, entry = [r for r in _rows(database, start) if r["action"] == "status" and r["label"] == number]
    assert (opened["before"], opened["after"]) == ({}, {"状态": "已开单"}) and opened["staff"] == audit.COMMAND_LINE
    assert entry["after"] == {"状态": "已取消"} and entry["note"] == "录错了"
    assert (entry["staff"], entry["staff_id"]) == (audit.COMMAND_LINE, None) == ("系统（未登录）", None)


def test_an_action_rolled_back_leaves_no_entry(database: Database, seeded: Shop) -> None:
    number = order_with_lines(database, seeded)
    with database.unit_of_work(write=False) as s:
        line = orders.order_detail(s, number).part_lines[0]
    start = _last_id(database)
    with pytest.raises(RuntimeError):
        with database.unit_of_work(actor_id=seeded.advisor) as s:
            orders.update_line(s, number, kind="part", line_id=line.id, unit_price="1", staff_id=seeded.advisor)
            orders.move_status(s, number, "cancelled", reason="试试")
            assert {e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.id > start))} == {"line_price", "status"}
            raise RuntimeError("the power went out before the save")
    assert _rows(database, start) == []
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).part_lines[0].unit_price_fen == line.unit_price_fen


# --- nobody edits or deletes the log ------------------------------------------------------------


def test_the_database_refuses_to_change_or_delete_entries(database: Database, seeded: Shop) -> None:
    with database.unit_of_work(actor_id=seeded.manager) as s:
        audit.record(s, "customers_exported", label="全部客户", note="10 位客户")
    before = _rows(database)
    statements = [
        update(AuditEntry).values(note="改过了"),
        update(AuditEntry).values(staff_name="别人").where(AuditEntry.action == "customers_exported"),
        delete(AuditEntry),
        delete(AuditEntry).where(AuditEntry.action == "customers_exported"),
        text("UPDATE audit_entry SET after = ''"),
        text("DELETE FROM audit_entry"),
    ]
    if backend_of(database.url) == "postgresql":
        statements.append(text("TRUNCATE audit_entry"))
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            with database.unit_of_work() as s:
                s.execute(statement)
    with pytest.raises(DBAPIError, match="append-only"):  # through the ORM as well
        with database.unit_of_work() as s:
            s.delete(s.scalars(select(AuditEntry)).first())
    assert _rows(database) == before


def test_no_module_of_desk_updates_or_deletes_audit_entries() -> None:
    root = Path(desk.__file__).parent
    mentions = {}
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if re.search(r"AuditEntry|audit_entry", source):
            mentions[path.relative_to(root).as_posix()] = source
    assert set(mentions) <= {
        "models/__init__.py", "models/audit.py", "services/audit.py",
        "migrations/versions/0007_staff_sign_in.py",
    }, sorted(mentions)
    writes = re.compile(
        r"(update|delete)\(\s*AuditEntry|\b(UPDATE|DELETE\s+FROM|TRUNCATE)\s+(TABLE\s+)?audit_entry"
        r"|session\.delete\(|\.delete\(\s*synchronize|\.update\(\s*\{",
        re.IGNORECASE,
    )
    for name, source in mentions.items():
        assert not writes.search(source), (name, writes.search(source))
    # the service only ever inserts and selects
    service = mentions["services/audit.py"]
    assert "insert(AuditEntry)" in service and not re.search(r"\b(update|delete)\b\s*\(", service)


# --- reading it ---------------------------------------------------------------------------------


def _at(monkeypatch: pytest.MonkeyPatch, local: dt.datetime) -> None:
    """Entries written from now on carry this shop-local time."""
    instant = local.replace(tzinfo=SHANGHAI).astimezone(dt.timezone.utc)
    monkeypatch.setattr(audit, "utc_now", lambda: instant)


def test_filters_by_shop_day_person_kind_and_text_newest_first(
    database: Database, seeded: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = order_with_lines(database, seeded)
    with database.unit_of_work(write=False) as s:
        line = orders.order_detail(s, number).part_lines[0]
    # 23:30 on 30 November and 00:10 on 1 December in the shop are the same UTC day (30 November)
    _at(monkeypatch, dt.datetime(2026, 11, 30, 23, 30))
    with database.unit_of_work(actor_id=seeded.advisor) as s:
        orders.update_line(s, number, kind="part", line_id=line.id, unit_price="70", staff_id=seeded.advisor)
    _at(monkeypatch, dt.datetime(2026, 12, 1, 0, 10))
    with database.unit_of_work(actor_id=seeded.advisor) as s:
        orders.update_line(s, number, kind="part", line_id=line.id, unit_price="71", staff_id=seeded.advisor)
    _at(monkeypatch, dt.datetime(2026, 12, 1, 10, 0))
    with database.unit_of_work(actor_id=seeded.manager) as s:
        catalogue.save_part(s, part_number="04E115561H", name="机油滤清器", price="80", new=True, staff_id=seeded.manager)
        audit.record(s, "customers_exported", label="全部客户", note="导出 12 位客户")
    _at(monkeypatch, dt.datetime(2026, 12, 2, 9, 0))
    with database.unit_of_work(actor_id=seeded.advisor) as s:
        orders.move_status(s, number, "cancelled", reason="客户改去别家", staff_id=seeded.advisor)

    def find(**filters: Any) -> audit.AuditPage:
        with database.unit_of_work(write=False, actor_id=seeded.manager) as s:
            return audit.entries(s, **filters)

    def seen(page: audit.AuditPage) -> list[tuple[str, str]]:
        return [(r.action, r.after.get("单价") or r.after.get("售价") or r.after.get("状态") or r.note) for r in page.rows]

    first_of_december = find(first_day=dt.date(2026, 12, 1), last_day=dt.date(2026, 12, 1))
    assert seen(first_of_december) == [
        ("customers_exported", "导出 12 位客户"), ("catalogue_price", "¥80.00"), ("line_price", "¥71.00"),
    ]
    assert first_of_december.total == 3 and first_of_december.rows[-1].at_text == "2026-12-01 00:10:00"
    assert seen(find(first_day=dt.date(2026, 11, 30), last_day=dt.date(2026, 11, 30))) == [("line_price", "¥70.00")]
    assert seen(find(first_day=dt.date(2026, 12, 2), last_day=dt.date(2026, 12, 2))) == [("status", "已取消")]
    # the rows of order_with_lines (written now, by the command line) fall after these days
    assert find(first_day=dt.date(2026, 11, 30), last_day=dt.date(2026, 12, 2)).total == 5

    by_advisor = find(staff_id=seeded.advisor)
    assert seen(by_advisor) == [("status", "已取消"), ("line_price", "¥71.00"), ("line_price", "¥70.00")]
    assert {r.staff_name for r in by_advisor.rows} == {"李娜"}
    assert seen(find(kind="catalogue_price")) == [("catalogue_price", "¥80.00")]
    assert seen(find(kind="line_price", staff_id=seeded.manager)) == []
    assert {r.record_label for r in find(text=number[-6:]).rows} == {f"{number} 机油滤清器", number}
    assert seen(find(text="04e115")) == [("catalogue_price", "¥80.00")]  # any case
    assert seen(find(text="  赵经理 ", first_day=dt.date(2026, 11, 30), last_day=dt.date(2026, 12, 2))) == [("customers_exported", "导出 12 位客户"), ("catalogue_price", "¥80.00")]
    assert seen(find(text="改去别家")) == [("status", "已取消")]  # the note
    assert find(text="没有这种记录").total == 0

    everything = find()
    assert [r.at for r in everything.rows] == sorted((r.at for r in everything.rows), reverse=True)
    page = find(first_day=dt.date(2026, 11, 30), last_day=dt.date(2026, 12, 2), limit=2)
    assert page.total == 5 and seen(page) == [("status", "已取消"), ("customers_exported", "导出 12 位客户")]
    assert page.rows[0].action_name == "状态变更" and page.rows[0].staff_name == "李娜"


def test_only_the_service_manager_may_read_the_log(database: Database, seeded: Shop) -> None:
    for role in Role:
        person = _staff(database, f"员工{role.value}", role)
        with database.unit_of_work(write=False, actor_id=person) as s:
            if role == Role.MANAGER:
                assert audit.entries(s).total >= 0
            else:
                with pytest.raises(PermissionDenied, match="查看操作日志"):
                    audit.entries(s)
