"""The 操作日志 dialog driven through its widgets by the service manager: it lists what was done
before it opened, the filters (kind, person, typed text, days) narrow the table and the count, and
nothing in it edits an entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QPushButton
from sqlalchemy import func, select

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.models import AuditEntry
from desk.models.base import utc_now
from desk.services import audit, catalogue, orders, shop
from desk.views.audit_log import AuditLogDialog
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_orders import order_with_lines

pytestmark = pytest.mark.gui


@pytest.fixture
def logged(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, Shop, str, dt.date]]:
    """A shop where a part price was set ten days ago, and today an advisor changed a line's price
    and cancelled the order and the manager changed a labour rate; returns the order number and
    the shop's today."""
    database = Database(sqlite_url)
    ids = seed_shop(database)
    ten_days_ago = utc_now() - dt.timedelta(days=10)
    with monkeypatch.context() as patched:
        patched.setattr(audit, "utc_now", lambda: ten_days_ago)
        with database.unit_of_work(actor_id=ids.manager) as s:
            catalogue.save_part(s, part_number="04E115561H", name="空气滤清器", price="95", new=True, staff_id=ids.manager)
    number = order_with_lines(database, ids)
    with database.unit_of_work(actor_id=ids.advisor) as s:
        line = orders.order_detail(s, number).part_lines[0]
        orders.update_line(s, number, kind="part", line_id=line.id, unit_price="72", staff_id=ids.advisor)
        orders.move_status(s, number, "cancelled", reason="客户改天再来", staff_id=ids.advisor)
    with database.unit_of_work(actor_id=ids.manager) as s:
        catalogue.set_labour_rates(s, warranty="150", staff_id=ids.manager)
        today = shop.local_today(s)
    yield database, ids, number, today
    database.dispose()


@pytest.fixture
def dialog(qtbot, sqlite_url: str, logged) -> Iterator[tuple[AuditLogDialog, RecordingReporter]]:  # type: ignore[no-untyped-def]
    database, ids, _, _ = logged
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(ids.manager)
    shown = AuditLogDialog(runner)
    qtbot.addWidget(shown)
    shown.show()
    yield shown, reporter
    assert reporter.errors == []


def _cells(dialog: AuditLogDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _pick(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose ``text`` in ``combo`` with the keyboard, as a person would."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def _search(qtbot, dialog: AuditLogDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.findChild(QPushButton, "auditSearch"), Qt.MouseButton.LeftButton)


def test_the_log_lists_what_was_done_and_filters_narrow_it(qtbot, dialog, logged) -> None:  # type: ignore[no-untyped-def]
    shown, _ = dialog
    database, _, number, today = logged
    with database.unit_of_work(write=False) as s:
        recent = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.at > utc_now() - dt.timedelta(days=1)))
    assert shown.first_day.date().toPython() == today - dt.timedelta(days=6) and shown.last_day.date().toPython() == today
    assert shown.model.rowCount() == recent and shown.count.text() == f"共 {recent} 条"
    assert _cells(shown, 1)[:3] == ["赵经理", "李娜", "李娜"]  # newest first
    assert _cells(shown, 3)[:3] == ["本店设置", "状态变更", "项目价格、折扣或付费方式"]
    assert "空气滤清器" not in " ".join(_cells(shown, 4))  # ten days ago: before the range
    price_row = _cells(shown, 4).index(f"{number} 机油滤清器")
    assert (_cells(shown, 5)[price_row], _cells(shown, 6)[price_row]) == ("单价：¥68.50", "单价：¥72.00")

    _pick(qtbot, shown.kind, "状态变更")
    _search(qtbot, shown)
    assert _cells(shown, 3) == ["状态变更", "状态变更"]
    assert _cells(shown, 6) == ["状态：已取消", "状态：已开单"] and _cells(shown, 7)[0] == "客户改天再来"
    assert _cells(shown, 1) == ["李娜", "系统（未登录）"] and shown.count.text() == "共 2 条"

    _pick(qtbot, shown.person, "李娜")
    _search(qtbot, shown)
    assert _cells(shown, 6) == ["状态：已取消"] and shown.count.text() == "共 1 条"

    _pick(qtbot, shown.kind, "全部操作")
    _search(qtbot, shown)
    assert _cells(shown, 3) == ["状态变更", "项目价格、折扣或付费方式"] and shown.count.text() == "共 2 条"

    _pick(qtbot, shown.person, "全部员工")
    type_text(qtbot, shown.text, "机油滤\n")  # Enter searches
    assert _cells(shown, 4) == [f"{number} 机油滤清器"] and shown.count.text() == "共 1 条"

    shown.text.clear()
    type_text(qtbot, shown.text, "没有这条\n")
    assert shown.model.rowCount() == 0 and shown.count.text() == "共 0 条"


def test_the_day_range_decides_what_is_shown(qtbot, dialog, logged) -> None:  # type: ignore[no-untyped-def]
    shown, _ = dialog
    _, _, _, today = logged
    before = shown.model.rowCount()
    shown.first_day.setDate(QDate(today - dt.timedelta(days=11)))
    _search(qtbot, shown)
    assert shown.model.rowCount() == before + 1 and _cells(shown, 4)[-1] == "04E115561H 空气滤清器"
    assert _cells(shown, 6)[-1].startswith("售价：¥95.00") and _cells(shown, 1)[-1] == "赵经理"

    shown.last_day.setDate(QDate(today - dt.timedelta(days=1)))
    _search(qtbot, shown)
    assert _cells(shown, 4) == ["04E115561H 空气滤清器"] and shown.count.text() == "共 1 条"

    shown.last_day.setDate(QDate(today - dt.timedelta(days=12)))
    _search(qtbot, shown)
    assert shown.model.rowCount() == 0 and "结束日期早于开始日期" in shown.count.text()


def test_nothing_in_the_dialog_edits_an_entry(qtbot, dialog, logged) -> None:  # type: ignore[no-untyped-def]
    shown, _ = dialog
    database, _, _, _ = logged
    table = shown.table
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    index = shown.model.index(0, 7)
    assert not shown.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    rect = table.visualRect(index)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.state() != QAbstractItemView.State.EditingState
    buttons = {b.text().replace("&", "") for b in shown.findChildren(QPushButton)}
    assert not any(word in text for text in buttons for word in ("删除", "修改", "编辑", "保存"))
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == shown.model.rowCount() + 1
