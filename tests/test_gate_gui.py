"""The 门卫 tab driven like the gate does: a keyboard-wedge scanner types the QR content and Enter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.models import AuditEntry, ExitPass
from desk.models.base import utc_now
from desk.services import gate, orders, settlement
from desk.services.settlement import PaymentInput
from desk.views.gate_tab import GREEN, RED, GateTab
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_orders import ready_order

pytestmark = pytest.mark.gui


@pytest.fixture
def gate_desk(qtbot, sqlite_url: str) -> Iterator[tuple[GateTab, Database, Shop, str, str]]:
    """The gate tab and a settled order with its pass (order number, QR content)."""
    database = Database(sqlite_url)
    shop = seed_shop(database)
    number = ready_order(database, shop)
    now = utc_now()
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], staff_id=shop.cashier, now=now,
                          insurer="中国人保财险", claim_number="RDAA2026001")
        payload = gate.pass_payload(s, gate.issue_exit_pass(s, number, staff_id=shop.cashier, now=now).number)
    runner = Runner(database, Settings(database_url=sqlite_url), RecordingReporter())
    runner.set_staff(shop.manager)
    tab = GateTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab, database, shop, number, payload
    database.dispose()


def scan(qtbot, tab: GateTab, text: str) -> None:
    """What a keyboard-wedge scanner does: type the characters, then Enter."""
    tab.scan_edit.setFocus()
    qtbot.keyClicks(tab.scan_edit, text)
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)


def colour_of(tab: GateTab) -> str:
    image: QImage = tab.result.grab().toImage()
    return image.pixelColor(6, image.height() // 2).name()


def test_a_refused_then_an_accepted_pass(qtbot, gate_desk) -> None:
    tab, database, shop, number, payload = gate_desk
    assert tab.scan_edit.hasFocus()
    assert tab.verdict.text() == "请扫码"

    altered = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    scan(qtbot, tab, altered)
    assert tab.verdict.text() == "拒绝" and tab.last_ok is False
    assert tab.detail_label.text() == "出门证二维码的签名不对：内容被改动过或是伪造的，不能放行。"
    assert colour_of(tab) == RED
    assert tab.scan_edit.text() == "" and tab.scan_edit.hasFocus()  # ready for the next scan
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).status == "settled"
        # the refusal is kept in the audit log (in a step of its own: the release was rolled back)
        refused = s.query(AuditEntry).filter(AuditEntry.action == "gate_refused").one()
        assert refused.staff_name == "赵经理" and "签名不对" in refused.note and refused.record_label.startswith("DESK1.")

    scan(qtbot, tab, payload)
    assert tab.verdict.text() == "放行" and tab.last_ok is True
    assert tab.plate_label.text() == "粤B·D12345"
    assert "大众 帕萨特 330TSI · 白色" in tab.detail_label.text() and number in tab.detail_label.text()
    assert colour_of(tab) == GREEN
    assert [(r.plate, r.order_number, r.used_by) for r in tab.out_model.rows] == [("粤B·D12345", number, "赵经理")]
    assert tab.out_box.title() == "今天已出厂 1 辆"
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).status == "released"
        assert s.query(ExitPass).one().used_by_id == shop.manager

    scan(qtbot, tab, payload)  # the same pass again: copied after use
    assert tab.verdict.text() == "拒绝" and "使用过" in tab.detail_label.text()


def test_garbage_and_the_hand_entry(qtbot, gate_desk) -> None:
    tab, database, _, number, _ = gate_desk
    type_text(qtbot, tab.scan_edit, "hello 你好")  # Chinese cannot be sent as key clicks
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)
    assert tab.verdict.text() == "拒绝" and tab.detail_label.text().startswith("扫到的内容不是本系统的出门证二维码")
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)  # an empty Enter changes nothing
    assert tab.verdict.text() == "拒绝"

    qtbot.keyClicks(tab.number_edit, "EP20990101-0001")
    qtbot.mouseClick(tab.number_button, Qt.MouseButton.LeftButton)
    assert tab.verdict.text() == "拒绝" and "找不到出门证 EP20990101-0001" in tab.detail_label.text()
    assert tab.number_edit.text() == "EP20990101-0001"  # kept to correct
    tab.number_edit.clear()
    with database.unit_of_work(write=False) as s:
        pass_number = s.query(ExitPass).one().number
    qtbot.keyClicks(tab.number_edit, pass_number.lower())
    qtbot.keyClick(tab.number_edit, Qt.Key.Key_Return)
    assert tab.verdict.text() == "放行" and tab.number_edit.text() == ""
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).status == "released"


def test_an_expired_pass_shows_when(qtbot, gate_desk) -> None:
    tab, database, _, _, payload = gate_desk
    with database.unit_of_work() as s:
        row = s.query(ExitPass).one()
        row.valid_until = utc_now() - dt.timedelta(minutes=1)
    scan(qtbot, tab, payload)
    assert tab.verdict.text() == "拒绝" and "过期" in tab.detail_label.text()


def test_the_print_settings_dialog_saves_and_refuses_nothing_half(qtbot, gate_desk) -> None:
    from desk.services import print_settings
    from desk.views.print_settings_dialog import PrintSettingsDialog

    tab, database, _, _, _ = gate_desk
    dialog = PrintSettingsDialog(tab.runner)
    qtbot.addWidget(dialog)
    assert dialog.exit_pass_combo.currentData() == "A6" and dialog.hours_spin.value() == 24
    dialog.exit_pass_combo.setCurrentIndex(dialog.exit_pass_combo.findData("80mm"))
    dialog.settlement_combo.setCurrentIndex(dialog.settlement_combo.findData("A5"))
    dialog.hours_spin.setValue(12)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with database.unit_of_work(write=False) as s:
        saved = print_settings.print_settings(s)
    assert (saved.settlement_paper, saved.exit_pass_paper, saved.exit_pass_hours) == ("A5", "80mm", 12)
