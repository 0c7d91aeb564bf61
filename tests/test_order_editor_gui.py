"""The order editor's grid, promised time and intake row, driven through the widgets (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.services import orders, promise
from desk.views.order_tab import OrderTab
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_orders import open_walk_in

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot, sqlite_url: str) -> Iterator[tuple[OrderTab, RecordingReporter, Database, Shop]]:
    database = Database(sqlite_url)
    seeded = seed_shop(database)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(seeded.manager)
    tab = OrderTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.show()
    yield tab, reporter, database, seeded
    database.dispose()


def order_with_two_lines(database: Database, seeded: Shop) -> str:
    number = open_walk_in(database, seeded, now=None).number
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, code="BY-01", name="更换机油机滤", hours="1.5")  # 270.00
        orders.add_part_line(s, number, part_number="06L115562B", name="机油滤清器", quantity="2", unit_price="68.50")
    return number


def edit_cell(qtbot, view, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Put the cell's editor up with F2, as a person at the keyboard would, type ``text`` and press Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def cell(view, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return view.model().index(row, column).data()


def test_a_discount_typed_in_the_grid_changes_the_amount_and_the_totals(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    tab, reporter, database, seeded = editor
    number = order_with_two_lines(database, seeded)
    tab.show_order(number)
    assert [tab.labour_model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "代码", "工时项目", "工时", "单价", "折扣", "金额", "付费类型",
    ]
    assert tab.totals_labels["customer_pays"].text() == "¥407.00"

    edit_cell(qtbot, tab.labour_view, 0, 4, "10")
    qtbot.waitUntil(lambda: cell(tab.labour_view, 0, 5) == "¥243.00")
    assert reporter.errors == []
    assert cell(tab.labour_view, 0, 4) == "10%"
    assert tab.totals_labels["labour"].text() == "¥243.00"
    assert tab.totals_labels["discount"].text() == "-¥27.00"
    assert tab.totals_labels["customer_pays"].text() == "¥380.00"
    with database.unit_of_work(write=False) as s:
        line = orders.order_detail(s, number).labour_lines[0]
    assert (line.discount_bp, line.amount_fen) == (1000, 24300)

    # bad discounts are refused with a message and change nothing
    for bad, message in [("abc", "不是数字"), ("-5", "不能是负数"), ("101", "最多 100%")]:
        edit_cell(qtbot, tab.parts_view, 0, 4, bad)
        qtbot.waitUntil(lambda: len(reporter.errors) > 0)
        assert message in reporter.errors.pop()
    assert cell(tab.parts_view, 0, 5) == "¥137.00" and cell(tab.parts_view, 0, 4) == ""

    # quantity and price in place
    edit_cell(qtbot, tab.parts_view, 0, 2, "3")
    qtbot.waitUntil(lambda: cell(tab.parts_view, 0, 5) == "¥205.50")
    edit_cell(qtbot, tab.parts_view, 0, 3, "60")
    qtbot.waitUntil(lambda: cell(tab.parts_view, 0, 5) == "¥180.00")
    assert tab.totals_labels["customer_pays"].text() == "¥423.00"

    # the pay type from its list
    view = tab.labour_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 6))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("warranty"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: cell(tab.labour_view, 0, 6) == "保修")
    assert tab.totals_labels["warranty"].text() == "¥243.00"
    assert tab.totals_labels["customer_pays"].text() == "¥180.00"
    assert reporter.errors == []


def test_a_discount_in_the_add_row_and_the_advisors_limit(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    tab, reporter, database, seeded = editor
    number = open_walk_in(database, seeded, now=None).number
    tab.show_order(number)
    type_text(qtbot, tab.part_name, "雨刮片")
    type_text(qtbot, tab.part_quantity, "2")
    type_text(qtbot, tab.part_price, "45")
    type_text(qtbot, tab.part_discount, "50")
    qtbot.mouseClick(tab.add_part_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == []
    assert cell(tab.parts_view, 0, 4) == "50%" and cell(tab.parts_view, 0, 5) == "¥45.00"
    assert tab.part_discount.text() == ""
    # an advisor may give 5 % at most
    tab.runner.set_staff(seeded.advisor)
    edit_cell(qtbot, tab.parts_view, 0, 4, "10")
    qtbot.waitUntil(lambda: len(reporter.errors) > 0)
    assert "超出了服务顾问的权限" in reporter.errors[0]
    assert cell(tab.parts_view, 0, 4) == "50%"


def test_another_promised_time_needs_a_reason_and_is_kept_in_the_history(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    tab, reporter, database, seeded = editor
    number = order_with_two_lines(database, seeded)
    tab.show_order(number)
    box = tab.promise_box
    assert box.computed is not None
    assert box.computed_label.text().startswith("计算：" + box.computed.local)
    assert "本单工时 1.5 小时" in box.computed_label.text()
    qtbot.mouseClick(box.use_computed_button, Qt.MouseButton.LeftButton)
    assert box.time_edit.dateTime().toString("yyyy-MM-dd HH:mm") == box.computed.local
    assert not box.differs_from_computed() and "选填" in box.reason_edit.placeholderText()

    later = QDateTime.fromString(box.computed.local, "yyyy-MM-dd HH:mm").addDays(1)
    box.time_edit.setDateTime(later)
    assert box.differs_from_computed() and "必填" in box.reason_edit.placeholderText()
    qtbot.mouseClick(tab.save_details_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == ["预计交车时间与计算时间不同，请填写改时原因。"]
    type_text(qtbot, box.reason_edit, "客户明天上午来取")
    box.told_check.setChecked(True)
    qtbot.mouseClick(tab.save_details_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == ["预计交车时间与计算时间不同，请填写改时原因。"]
    assert tab.detail is not None and tab.detail.promised_local == later.toString("yyyy-MM-dd HH:mm")
    assert box.history_label.text() == "变更记录（1）"
    assert "客户明天上午来取" in box.history_label.toolTip() and "已告知客户" in box.history_label.toolTip()
    with database.unit_of_work(write=False) as s:
        (change,) = promise.promise_history(s, number)
    assert (change.reason, change.customer_told, change.source, change.staff) == ("客户明天上午来取", True, "manual", "赵经理")
    # the complaint alone is saved again without a new reason: the promise did not change
    assert not box.reason_required() and "选填" in box.reason_edit.placeholderText()
    tab.complaint_edit.setPlainText("做 2 万公里保养；空调不凉；加做四轮定位")
    qtbot.mouseClick(tab.save_details_button, Qt.MouseButton.LeftButton)
    assert len(reporter.errors) == 1
    assert tab.detail.complaint.endswith("加做四轮定位") and box.history_label.text() == "变更记录（1）"


def test_intake_details_are_saved_from_the_row(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    tab, reporter, database, seeded = editor
    number = open_walk_in(database, seeded, now=None).number
    tab.show_order(number)
    row = tab.intake_box
    assert row.consent_check.isChecked() and row.phone_edit.text() == "13812345678"
    row.payment_combo.setCurrentIndex(row.payment_combo.findData("alipay"))
    row.old_parts_combo.setCurrentIndex(row.old_parts_combo.findData("customer_takes"))
    row.phone_edit.clear()
    type_text(qtbot, row.phone_edit, "1390000")
    qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == ["手机号应为11位，现在是7位。"]
    type_text(qtbot, row.phone_edit, "1234")
    qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    assert len(reporter.errors) == 1
    with database.unit_of_work(write=False) as s:
        detail = orders.order_detail(s, number)
    assert (detail.payment_intent, detail.old_parts, detail.callback_phone) == ("alipay", "customer_takes", "13900001234")
    assert tab.detail is not None and tab.detail.payment_intent == "alipay"
    # no consent: the number is not needed
    row.consent_check.setChecked(False)
    assert not row.phone_edit.isEnabled()
    qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).extra_work_consent is False
    assert not tab.intake_box.consent_check.isChecked()


def test_the_promise_settings_in_the_shop_dialog(qtbot, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    from desk.services import shop
    from desk.views.shop_dialog import ShopDialog

    database = Database(sqlite_url)
    seed_shop(database)
    reporter = RecordingReporter()
    try:
        dialog = ShopDialog(Runner(database, Settings(database_url=sqlite_url), reporter))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.quality_buffer_spin.value() == 30
        assert not any(box.isChecked() for box in dialog.closed_boxes.values())
        dialog.quality_buffer_spin.setValue(45)
        qtbot.mouseClick(dialog.closed_boxes[6], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.closed_boxes[7], Qt.MouseButton.LeftButton)
        dialog.save()
        assert reporter.errors == []
        with database.unit_of_work(write=False) as s:
            info = shop.shop_info(s)
        assert (info.quality_buffer_minutes, info.closed_weekdays) == (45, frozenset({6, 7}))
        # a week without a working day is refused, and nothing is saved
        again = ShopDialog(Runner(database, Settings(database_url=sqlite_url), reporter))
        qtbot.addWidget(again)
        assert again.closed_boxes[6].isChecked() and again.closed_boxes[7].isChecked()
        for box in again.closed_boxes.values():
            box.setChecked(True)
        again.save()
        assert reporter.errors == ["一周至少要有一天营业，不能每天都是休息日。"]
        with database.unit_of_work(write=False) as s:
            assert shop.shop_info(s).closed_weekdays == frozenset({6, 7})
    finally:
        database.dispose()
