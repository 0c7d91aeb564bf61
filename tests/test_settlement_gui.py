"""The 结算 tab driven through its widgets: discounts within the role's limit, 抹零, two payment
methods with cash change, the live balance, insurance, the signature, settling, the slip, reopening
by a manager and the day-end report — then the database is checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.models import Payment, Photo, Settlement
from desk.services import orders
from desk.views.runner import Runner
from desk.views.settlement_tab import SettlementTab
from gui_helpers import RecordingReporter, type_text
from sqlalchemy import select
from test_settlement import ready_order

pytestmark = pytest.mark.gui


@pytest.fixture
def cashier_tab(qtbot, sqlite_url: str) -> Iterator[tuple[SettlementTab, RecordingReporter, Database, Shop]]:
    database = Database(sqlite_url)
    ids = seed_shop(database)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(ids.cashier)
    tab = SettlementTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    yield tab, reporter, database, ids
    database.dispose()


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    type_text(qtbot, widget, text)


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign(pad) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QMouseEvent

    def send(kind, pos: QPointF, buttons) -> None:  # type: ignore[no-untyped-def]
        event = QMouseEvent(kind, pos, pad.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, event)

    send(QMouseEvent.Type.MouseButtonPress, QPointF(20, pad.height() * 0.5), Qt.MouseButton.LeftButton)
    for step in range(1, 12):
        send(QMouseEvent.Type.MouseMove, QPointF(20 + step * 20, pad.height() * (0.5 + 0.2 * (-1) ** step)),
             Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseButtonRelease, QPointF(260, pad.height() * 0.5), Qt.MouseButton.NoButton)


def test_settling_through_the_tab(qtbot, cashier_tab) -> None:
    tab, reporter, database, ids = cashier_tab
    number = ready_order(database, ids)  # customer 554.50, warranty 180, insurance 120
    tab.refresh()
    assert [r.number for r in tab.queue.rows] == [number]
    index = tab.queue.index(0, 0)
    qtbot.mouseClick(tab.queue_view.viewport(), Qt.MouseButton.LeftButton, pos=tab.queue_view.visualRect(index).center())
    assert tab.due_label.text() == "¥554.50"
    assert tab.lines_model.rowCount() == 5 and tab.insurer_combo.isVisible()
    assert tab.limit_label.text() == "您的折扣权限：最多 5%"
    assert not tab.on_account_edit.isVisible()  # a private customer cannot go on account
    assert not tab.reopen_button.isVisible() and not tab.settle_button.isEnabled()
    assert tab.next_km.text() == "23000"

    # a discount above the cashier's limit: shown in red, 结算 stays off
    type_into(qtbot, tab.discount_percent, "10")
    qtbot.waitUntil(lambda: tab.due_label.text() == "¥499.05")
    assert "color: #b00020" in tab.limit_label.styleSheet()
    # within the limit, with 抹零
    type_into(qtbot, tab.discount_percent, "5")
    qtbot.waitUntil(lambda: tab.due_label.text() == "¥526.77")
    qtbot.mouseClick(tab.rounding_check, Qt.MouseButton.LeftButton, pos=QPoint(8, tab.rounding_check.height() // 2))
    assert tab.rounding_check.isChecked()
    assert tab.due_label.text() == "¥526.00"
    assert "抹零 −¥0.77" in tab.breakdown_label.text()
    assert tab.amount_edit.text() == "526.00"

    # cash 300 handed over as 400: change shown; then WeChat for the rest
    type_into(qtbot, tab.amount_edit, "300")
    type_into(qtbot, tab.tendered_edit, "400")
    assert tab.change_label.text() == "找零 ¥100.00"
    click(qtbot, tab.add_payment_button)
    assert tab.balance_label.text() == "还差 ¥226.00" and not tab.settle_button.isEnabled()
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("wechat"))
    assert tab.reference_edit.isVisible() and not tab.tendered_edit.isVisible()
    click(qtbot, tab.add_payment_button)  # no reference: refused on screen
    assert reporter.errors[-1] == "微信支付收款请填写交易流水号。"
    type_into(qtbot, tab.reference_edit, "4200001234202611")
    click(qtbot, tab.add_payment_button)
    assert tab.balance_label.text() == "已收齐" and tab.settle_button.isEnabled()
    assert tab.payment_model.rowCount() == 2

    # insurance fields are needed: the service says so
    shown: list[str] = []
    tab.show_pdf = lambda pdf, title, name, document: shown.append(name)  # type: ignore[method-assign]
    click(qtbot, tab.settle_button)
    assert reporter.errors[-1] == "有保险项目，请填写保险公司名称。"
    tab.insurer_combo.setCurrentIndex(tab.insurer_combo.findText("平安财险"))
    type_into(qtbot, tab.claim_edit, "PA2026112300042")
    tab.followup_combo.setCurrentIndex(tab.followup_combo.findText("工作日下午"))
    sign(tab.signature)
    assert not tab.signature.is_empty()
    qtbot.keyClick(tab, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter settles
    assert tab.balance_label.text() == "已结算", reporter.errors
    assert shown == [f"{number}-settlement-customer.pdf"]
    assert "客户付 ¥526.00" in tab.history_label.text()

    with database.unit_of_work(write=False) as s:
        row = s.scalar(select(Settlement))
        assert (row.bill_discount_fen, row.rounding_fen, row.customer_due_fen) == (2773, 77, 52600)
        assert (row.insurer, row.claim_number, row.followup_time) == ("平安财险", "PA2026112300042", "工作日下午")
        assert row.cashier_id == ids.cashier and row.next_service_km == 23000
        assert s.get(Photo, row.signature_photo_id).media_type == "image/png"
        assert sorted((p.method, p.amount_fen, p.change_fen, p.reference) for p in s.scalars(select(Payment))) == [
            ("cash", 30000, 10000, ""), ("wechat", 22600, 0, "4200001234202611")]
        assert orders.order_detail(s, number).status == "settled"

    # the cashier cannot reopen; the manager can, with a reason
    assert not tab.reopen_button.isVisible()
    tab.runner.set_staff(ids.manager)
    assert tab.reopen_button.isVisible()
    tab.reopen("发票抬头有误，需重新结算")
    assert tab.preview is not None and tab.preview.status == "ready"
    assert "作废：发票抬头有误，需重新结算" in tab.history_label.text()
    assert "退款请在 Desk 之外办理" in reporter.questions[-1]
    pdf = tab.render_slip("customer")
    assert pdf is not None
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(Settlement)).voided_by_id == ids.manager

    # the day-end report opens as a preview
    tab.day_edit.setDate(tab.day_edit.date())
    tab.show_day_end()
    assert shown[-1].startswith("day-end-")


def test_line_discount_and_on_account_for_a_company(qtbot, cashier_tab) -> None:
    from desk.services import customers

    tab, reporter, database, ids = cashier_tab
    with database.unit_of_work() as s:
        company = customers.create_customer(s, name="广州顺达物流有限公司", phone="13900001111", is_company=True)
        car = customers.add_vehicle(s, company.id, plate="粤A·12345", vin="LFV2A21K6M3012345", model="大众 迈腾")
    number = ready_order(database, ids, [("labour", "更换机油机滤", "0.5", "180", "customer", 0),
                                         ("part", "机油滤清器", "1", "68.50", "customer", 0)], vehicle_id=car.id)
    tab.refresh()
    tab.show_order(number)
    assert tab.due_label.text() == "¥158.50"
    assert not tab.insurer_combo.isVisible()  # no insurance lines
    assert tab.on_account_edit.isVisible() and tab.approver_combo.isVisible()

    # a line discount above the cashier's 5 % is refused; 5 % on the labour line is taken
    click(qtbot, tab.line_discount_button)
    assert reporter.errors[-1] == "请先在账单中选择要打折的一行。"
    tab.lines_view.selectRow(0)
    type_into(qtbot, tab.line_discount_edit, "10")
    click(qtbot, tab.line_discount_button)
    assert "超出了收银员的权限（最多 5%）" in reporter.errors[-1]
    type_into(qtbot, tab.line_discount_edit, "5")
    qtbot.keyClick(tab.line_discount_edit, Qt.Key.Key_Return)
    assert tab.due_label.text() == "¥154.00"  # 90 − 4.50 + 68.50
    assert "已含项目折扣 ¥4.50" in tab.payers_label.text()

    # all of it on account: needs the manager as approver
    type_into(qtbot, tab.on_account_edit, "154")
    assert tab.balance_label.text() == "已收齐"
    tab.show_pdf = lambda pdf, title, name, document: None  # type: ignore[method-assign]
    click(qtbot, tab.settle_button)
    assert reporter.errors[-1] == "挂账须经服务经理批准，请选择批准人。"
    tab.approver_combo.setCurrentIndex(tab.approver_combo.findText("赵经理"))
    click(qtbot, tab.settle_button)
    assert tab.balance_label.text() == "已结算", reporter.errors
    with database.unit_of_work(write=False) as s:
        row = s.scalar(select(Settlement))
        assert (row.on_account_fen, row.on_account_approved_by_id, row.customer_due_fen) == (15400, ids.manager, 15400)
        assert s.scalar(select(Payment)) is None
