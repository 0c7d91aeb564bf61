"""One whole visit driven through the real widgets, offscreen: search, register, book, open the
order, add lines, move it through the workshop, settle, exit pass — then the database and the
printed repair order are checked."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from desk.config import Settings
from desk.db import Database
from desk.models.enums import Role
from desk.services import orders, shop
from desk.views.checks_panel import ChecksPanel
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def counter(qtbot, sqlite_url: str) -> Iterator[tuple[MainWindow, RecordingReporter, Database]]:
    database = Database(sqlite_url)
    with database.unit_of_work() as s:
        shop.update_shop(
            s, name="广州粤顺汽车销售服务有限公司", address="广州市天河区黄埔大道西 100 号", phone="020-38881234",
            labour_rate="180", opening_time=dt.time(0, 0), closing_time=dt.time(23, 59), staff_id=None,
        )
        shop.add_staff(s, "李娜", Role.ADVISOR)
        shop.add_staff(s, "陈敏", Role.CASHIER)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    yield window, reporter, database
    database.dispose()


def type_into(qtbot, widget, text: str) -> None:
    widget.clear()
    type_text(qtbot, widget, text)


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_whole_visit_through_the_widgets(qtbot, counter, tmp_path: Path) -> None:
    window, reporter, database = counter
    intake = window.intake
    window.tabs.setCurrentWidget(intake)

    # 1. one letter is too little to search; the plate finds nothing yet; register the customer and the car
    type_into(qtbot, intake.search_box, "D")
    qtbot.waitUntil(lambda: intake.result_count.text() == "请至少输入两个字母或数字")
    assert intake.results.rowCount() == 0
    type_into(qtbot, intake.search_box, "D88888")
    qtbot.waitUntil(lambda: intake.result_count.text() == "找到 0 条")
    click(qtbot, intake.new_button)
    type_into(qtbot, intake.name_edit, "王芳")
    type_into(qtbot, intake.phone_edit, "139 1234 5678")
    type_into(qtbot, intake.plate_edit, "粤b d88888")
    type_into(qtbot, intake.vin_edit, "LSGKB54H6KV123456")
    type_into(qtbot, intake.model_edit, "别克 君越 28T")
    type_into(qtbot, intake.colour_edit, "黑色")
    click(qtbot, intake.save_button)
    assert reporter.errors == []
    assert intake.plate_edit.text() == "粤B·D88888"

    # results update as the advisor types part of the phone number
    intake.search_box.clear()
    type_text(qtbot, intake.search_box, "1234567")
    qtbot.waitUntil(lambda: intake.results.rowCount() == 1)
    index = intake.results.index(0, 0)
    assert intake.results.data(index) == "粤B·D88888"
    qtbot.mouseClick(
        intake.results_view.viewport(), Qt.MouseButton.LeftButton,
        pos=intake.results_view.visualRect(index).center(),
    )
    assert intake.name_edit.text() == "王芳"

    # 2. book an appointment for tomorrow
    intake.booking_date.setDate(intake.booking_date.date().currentDate().addDays(1))
    intake.booking_time.setCurrentIndex(intake.booking_time.findText("10:00"))
    type_into(qtbot, intake.booking_work, "1 万公里保养")
    click(qtbot, intake.book_button)
    assert reporter.errors == []
    assert "已预约 AP" in intake.mode_label.text()

    # 3. the car arrives early: open the order from the appointment
    assert intake.arrival_appointment.currentData().startswith("AP")
    assert intake.complaint_edit.toPlainText() == "1 万公里保养"
    type_into(qtbot, intake.mileage_edit, "10200")
    intake.complaint_edit.moveCursor(intake.complaint_edit.textCursor().MoveOperation.End)
    type_text(qtbot, intake.complaint_edit, "\n左前轮有异响")
    click(qtbot, intake.open_button)
    assert reporter.errors == []
    editor = window.order
    assert window.tabs.currentWidget() is editor
    number = editor.detail.number
    assert number.startswith("RO") and editor.status_label.text() == "已开单"

    # add labour and parts lines with pay types
    type_into(qtbot, editor.labour_code, "BY-01")
    type_into(qtbot, editor.labour_name, "更换机油机滤")
    type_into(qtbot, editor.labour_hours, "0.5")
    click(qtbot, editor.add_labour_button)
    type_into(qtbot, editor.labour_name, "左前轮轴承检查")
    type_into(qtbot, editor.labour_hours, "1")
    editor.labour_pay.setCurrentIndex(editor.labour_pay.findData("warranty"))
    click(qtbot, editor.add_labour_button)
    type_into(qtbot, editor.part_number, "06L115562B")
    type_into(qtbot, editor.part_name, "机油滤清器")
    type_into(qtbot, editor.part_quantity, "1")
    type_into(qtbot, editor.part_price, "68.5")
    click(qtbot, editor.add_part_button)
    # a negative quantity is refused with a message, and nothing is added
    type_into(qtbot, editor.part_name, "全合成机油 5W-30 1L")
    type_into(qtbot, editor.part_quantity, "-4")
    type_into(qtbot, editor.part_price, "88")
    click(qtbot, editor.add_part_button)
    assert reporter.errors == ["数量必须大于 0。"]
    type_into(qtbot, editor.part_quantity, "4")
    click(qtbot, editor.add_part_button)
    assert editor.labour_model.rowCount() == 2 and editor.parts_model.rowCount() == 2
    # labour 90 + 180 (warranty); parts 68.50 + 352 → customer pays 90 + 420.50 = 510.50
    assert editor.totals_labels["labour"].text() == "¥270.00"
    assert editor.totals_labels["parts"].text() == "¥420.50"
    assert editor.totals_labels["warranty"].text() == "¥180.00"
    assert editor.totals_labels["customer_pays"].text() == "¥510.50"
    assert editor.capitals_label.text() == "伍佰壹拾元伍角"

    # 4. through the workshop, by the status buttons
    for target, shown in [("dispatched", "已派工"), ("in_progress", "维修中"), ("quality_check", "质检中")]:
        click(qtbot, editor.findChild(QPushButton, f"move_{target}"))
        assert editor.status_label.text() == shown, reporter.errors
    # quality check and the delivery check in the 质检与交车 section; the last step makes it 待交车
    checks_panel = editor.findChild(ChecksPanel)
    editor.sections.setCurrentWidget(checks_panel)
    click(qtbot, checks_panel.quality_button)
    click(qtbot, checks_panel.dialog.ok_button)  # 合格, by the first inspector offered
    for box in checks_panel.items.values():
        if box.isEnabled():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().topLeft() + QPoint(8, box.height() // 2))
    click(qtbot, checks_panel.ready_button)
    assert editor.status_label.text() == "待交车", reporter.errors
    assert editor.findChild(QPushButton, "move_settled") is None  # only the cashier settles
    assert [b.objectName() for b in editor.findChildren(QPushButton) if b.objectName().startswith("move_")
            and b.isVisible()] == ["move_in_progress", "move_cancelled"]

    # 5. settle with two payments
    click(qtbot, editor.settle_button)
    cashier = window.settlement
    assert window.tabs.currentWidget() is cashier
    assert cashier.due_label.text() == "¥510.50"
    assert cashier.amount_edit.text() == "510.50"  # the balance is offered as the amount
    type_into(qtbot, cashier.amount_edit, "500")
    click(qtbot, cashier.add_payment_button)
    assert cashier.balance_label.text() == "还差 ¥10.50"
    assert not cashier.settle_button.isEnabled()  # 10.50 still to pay
    cashier.method_combo.setCurrentIndex(cashier.method_combo.findData("wechat"))
    type_into(qtbot, cashier.reference_edit, "4200001234202611")
    click(qtbot, cashier.add_payment_button)
    assert cashier.balance_label.text() == "已收齐"
    shown: list[str] = []
    cashier.show_pdf = lambda pdf, title, name, document: shown.append(name)  # type: ignore[method-assign]
    click(qtbot, cashier.settle_button)
    assert cashier.order_label.text().endswith("已结算"), reporter.errors
    assert shown == [f"{number}-settlement-customer.pdf"]  # the slip is shown to print

    # 6. exit pass, and the gate lets the car out
    click(qtbot, cashier.issue_pass_button)
    assert shown[-1].startswith("EP") and shown[-1].endswith(".pdf")  # the pass is shown to print
    pass_number = shown[-1].removesuffix(".pdf")
    assert cashier.pass_label.text().startswith(f"出门证 {pass_number}，有效至 ")
    window.tabs.setCurrentWidget(window.gate)
    type_into(qtbot, window.gate.number_edit, pass_number)  # typed by hand: the QR code is in the PDF
    qtbot.keyClick(window.gate.number_edit, Qt.Key.Key_Return)
    assert window.gate.verdict.text() == "放行" and window.gate.plate_label.text() == "粤B·D88888"
    assert len(reporter.errors) == 1

    # the database agrees
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
    assert detail.status == "released"
    assert detail.appointment.startswith("AP")
    assert sorted((p.method, p.amount_fen, p.reference) for p in detail.payments) == [
        ("cash", 50000, ""), ("wechat", 1050, "4200001234202611"),
    ]
    assert detail.exit_pass == pass_number
    assert [h.to_status for h in detail.history] == [
        "open", "dispatched", "in_progress", "quality_check", "ready", "settled", "released",
    ]

    # 7. the printed repair order
    window.show_order(number)
    pdf = editor.render("customer")
    assert pdf is not None
    path = tmp_path / "ro.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("任务委托书", "客户联", number, "粤B·D88888", "LSGKB54H6KV123456", "王芳", "510.50", "伍佰壹拾元伍角",
                     "更换机油机滤", "广州粤顺汽车销售服务有限公司"):
        assert expected in text, expected
    workshop = editor.render("workshop")
    assert workshop is not None and workshop != pdf


def test_board_shows_the_order_and_moves_it_by_its_menu(qtbot, counter) -> None:
    window, reporter, database = counter
    with database.unit_of_work() as s:
        from desk.services import customers

        card = customers.create_customer(s, name="赵磊", phone="13600001111")
        car = customers.add_vehicle(s, card.id, plate="湘A12345", vin="LFV2A21K0G3012345", model="大众 迈腾")
        advisor = shop.list_staff(s, Role.ADVISOR)[0].id
        number = orders.open_order(s, vehicle_id=car.id, advisor_id=advisor, mileage=5000, complaint="首保").number
    window.board.refresh()
    _box, open_column = window.board.columns["open"]
    assert open_column.count() == 1 and open_column.card(0).plate == "湘A·12345"
    assert window.board.columns["open"][0].title() == "待派工 (1)"
    # dispatching an order with no labour line is refused with the reason
    window.board.move(number, __import__("desk.models.enums", fromlist=["OrderStatus"]).OrderStatus.DISPATCHED)
    assert reporter.errors == [f"委托书 {number} 还没有工时项目，不能派工。请先添加维修项目。"]
    # double-click (activation) opens the order in the editor
    open_column.activated.emit(open_column.cards.index(0, 0))
    assert window.tabs.currentWidget() is window.order and window.order.detail.number == number


def test_a_wrong_vin_check_digit_is_asked_and_a_bad_plate_refused(qtbot, counter) -> None:
    window, reporter, database = counter
    intake = window.intake
    click(qtbot, intake.new_button)
    type_into(qtbot, intake.name_edit, "钱进")
    type_into(qtbot, intake.phone_edit, "13700002222")
    type_into(qtbot, intake.plate_edit, "粤B1234")
    type_into(qtbot, intake.vin_edit, "LSGKB54H0KV123456")
    type_into(qtbot, intake.model_edit, "奔驰 G500")
    click(qtbot, intake.save_button)
    assert len(reporter.errors) == 1 and "车牌号" in reporter.errors[0]
    type_into(qtbot, intake.plate_edit, "粤B12345")
    reporter.answer = False
    click(qtbot, intake.save_button)
    assert "校验位" in reporter.questions[-1]
    with database.unit_of_work(write=False) as s:
        from desk.services import customers

        assert customers.search(s, "钱进") == []
    reporter.answer = True
    click(qtbot, intake.save_button)
    with database.unit_of_work(write=False) as s:
        assert [h.vin for h in customers.search(s, "钱进")] == ["LSGKB54H0KV123456"]


def test_the_window_speaks_english_with_lang_en(qtbot, sqlite_url: str, qapp) -> None:
    from desk.views.i18n import install_language

    database = Database(sqlite_url)
    try:
        assert install_language(qapp, "en")
        window = MainWindow(Runner(database, Settings(database_url=sqlite_url, lang="en"), RecordingReporter()))
        qtbot.addWidget(window)
        assert [window.tabs.tabText(i) for i in range(4)] == ["Board", "Check-in", "Repair order", "Settlement"]
        assert window.board.columns["in_progress"][0].title() == "In progress (0)"
    finally:
        install_language(qapp, "zh_CN")
        database.dispose()
    window = MainWindow(Runner(Database(sqlite_url), Settings(database_url=sqlite_url), RecordingReporter()))
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "看板"


def test_the_gate_cashier_and_supervisor_start_on_their_own_screen(qtbot, counter) -> None:
    window, _reporter, database = counter
    with database.unit_of_work() as s:
        gate = shop.add_staff(s, "王强", Role.GATE).id
        supervisor = shop.add_staff(s, "赵刚", Role.SUPERVISOR).id
        cashier = shop.list_staff(s, Role.CASHIER)[0].id
        advisor = shop.list_staff(s, Role.ADVISOR)[0].id
    window.tabs.setCurrentWidget(window.board)
    window.runner.set_staff(gate)
    assert window.tabs.currentWidget() is window.gate and window.runner.staff_id == gate
    assert window.visible_screens() == ["gate"]  # the gate sees nothing but the gate
    assert "当前：王强（门卫）" in window.person_label.text()
    window.runner.set_staff(supervisor)
    assert window.tabs.currentWidget() is window.workshop
    assert window.visible_screens() == ["board", "order", "workshop"]
    window.runner.set_staff(cashier)
    assert window.tabs.currentWidget() is window.settlement
    assert window.visible_screens() == ["board", "order", "settlement"]
    # an advisor stays where they are when they may, and leaves a tab they may not use
    window.tabs.setCurrentWidget(window.order)
    window.runner.set_staff(advisor)
    assert window.tabs.currentWidget() is window.order and window.runner.staff_id == advisor
    window.runner.set_staff(cashier)
    window.runner.set_staff(advisor)
    assert window.tabs.currentWidget() is window.board
    assert "settlement" not in window.visible_screens() and "intake" in window.visible_screens()


def test_every_tab_has_its_key_in_the_go_menu(qtbot, counter) -> None:
    window, _reporter, _database = counter
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "转到")
    entries = [(a.text(), a.shortcut().toString()) for a in go.actions()]
    assert [text for text, _ in entries] == [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert [key for _, key in entries] == [
        "Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6", "Alt+7", "Alt+8", "Alt+9", "Alt+0", "Alt+-", "Alt+=",
    ]
    assert len({key for _, key in entries}) == window.tabs.count()
    for action in go.actions():
        action.trigger()
        assert window.tabs.tabText(window.tabs.currentIndex()) == action.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.reminders
