"""目录管理 driven as a manager would: search, add by typing, edit price and stock, a stale save,
stop and restart, a package's lines, labour rates, and a CSV import with bad rows — on SQLite and
PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QProgressDialog, QWidget

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.services import catalogue, orders
from desk.views.catalogue_import_dialog import ImportReportDialog
from desk.views.catalogue_manager import (
    CatalogueManager,
    LabourDialog,
    ListPage,
    PackageDialog,
    PartDialog,
)
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_catalogue import fill
from test_orders import open_walk_in

pytestmark = pytest.mark.gui


@pytest.fixture
def manager(qtbot, database: Database, database_url: str) -> Iterator[tuple[CatalogueManager, RecordingReporter, Database, Shop]]:  # type: ignore[no-untyped-def]
    seeded = seed_shop(database)
    fill(database)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=database_url), reporter)
    runner.set_staff(seeded.manager)
    window = CatalogueManager(runner)
    qtbot.addWidget(window)
    window.show()
    yield window, reporter, database, seeded


def when_modal(qtbot, kind: type[QWidget], *steps: Callable[[Any], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Run ``steps`` one after the other on the next modal dialogs of type ``kind`` as they open.

    A step that fails closes its dialog (so the test cannot hang) and the failure is raised by
    pytest-qt after the action. Returns the names of the dialogs handled, for checking.
    """
    pending = list(steps)
    handled: list[str] = []
    deadline = time.monotonic() + 10

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        waiting = not isinstance(dialog, kind) or not dialog.isVisible() or not dialog.isActiveWindow()
        if waiting and time.monotonic() > deadline:
            raise AssertionError(f"no {kind.__name__} came up for {len(pending)} more steps")
        if waiting:
            if isinstance(dialog, kind):
                dialog.activateWindow()  # typing needs the dialog to have the keyboard
            QTimer.singleShot(10, run)
            return
        step = pending.pop(0)
        try:
            step(dialog)
        finally:
            handled.append(type(dialog).__name__)
            if dialog.isVisible() and isinstance(dialog, QDialog) and step is not keep_open:
                dialog.reject()
            if pending:
                QTimer.singleShot(0, run)

    QTimer.singleShot(0, run)
    return handled


def keep_open(dialog: Any) -> None:
    """A step that leaves the dialog as it is."""


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def select(page: ListPage, code: str) -> None:
    page.select_code(code)
    assert page.selected() is not None and page.code_of(page.selected()) == code


def shown(page: ListPage) -> list[str]:
    return [page.code_of(row) for row in page.model.rows]


def test_search_filters_as_you_type_and_pages_big_lists(qtbot, manager) -> None:  # type: ignore[no-untyped-def]
    window, reporter, database, seeded = manager
    with database.unit_of_work() as s:
        for i in range(450):
            catalogue.save_part(s, part_number=f"X{i:04d}", name=f"螺栓 M{i}", price="1")
    window.show_page("parts")
    page = window.parts
    assert page.search_edit.hasFocus()
    assert page.count_label.text() == "共 454 条，显示前 200 条" and page.more_button.isVisible()
    type_text(qtbot, page.search_edit, "机油")
    assert shown(page) == ["06L115562B", "G052195M4", "OLD-1"] and page.count_label.text() == "共 3 条"
    assert not page.more_button.isVisible()
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "x0")
    assert page.count_label.text() == "共 450 条，显示前 200 条"
    click(qtbot, page.more_button)
    assert len(page.model.rows) == 400 and page.count_label.text() == "共 450 条，显示前 400 条"
    click(qtbot, page.more_button)
    assert len(page.model.rows) == 450 and not page.more_button.isVisible()
    # a stopped part is listed, greyed, so it can be restarted
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "旧款")
    assert shown(page) == ["OLD-1"]
    assert page.model.data(page.model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.index(0, 6).data() == "停用"
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter goes to the list, not the dialog's button
    assert QApplication.focusWidget() is page.view, QApplication.focusWidget()
    assert window.isVisible()
    assert reporter.errors == []


def test_add_a_labour_operation_by_typing(qtbot, manager) -> None:  # type: ignore[no-untyped-def]
    window, reporter, database, seeded = manager
    page = window.labour
    assert shown(page) == ["BJ-01", "BY-JY", "BY-KT"]

    def taken_code_then_bad_hours_then_good(dialog: LabourDialog) -> None:
        assert dialog.windowTitle() == "新增工时项目" and dialog.code_edit.hasFocus()
        type_text(qtbot, dialog.code_edit, "by-kt")
        type_text(qtbot, dialog.name_edit, "更换刹车油")
        type_text(qtbot, dialog.hours_edit, "0.8")
        qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and "BY-KT 已经有了" in dialog.errors.text("code")
        assert dialog.code_edit.hasFocus()
        retype(qtbot, dialog.code_edit, "by-20")
        retype(qtbot, dialog.hours_edit, "半小时")
        qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and "标准工时必须是数字" in dialog.errors.text("hours")
        assert dialog.errors.text("code") == ""
        retype(qtbot, dialog.hours_edit, "0.8")
        qtbot.keyClick(dialog.team_edit, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.team_edit, "机电")
        qtbot.keyClick(dialog.team_edit, Qt.Key.Key_Return)
        assert not dialog.isVisible()

    when_modal(qtbot, LabourDialog, taken_code_then_bad_hours_then_good)
    click(qtbot, page.add_button)
    assert reporter.errors == []
    assert page.search_edit.text() == "BY-20" and shown(page) == ["BY-20"]
    assert page.code_of(page.selected()) == "BY-20"
    with database.unit_of_work(write=False) as s:
        added = catalogue.get_labour(s, "BY-20")
    assert (added.name, added.hours, added.team, added.active) == ("更换刹车油", Decimal("0.8"), "机电", True)

    # Escape leaves without saving
    def escape(dialog: LabourDialog) -> None:
        type_text(qtbot, dialog.code_edit, "BY-21")
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    when_modal(qtbot, LabourDialog, escape)
    click(qtbot, page.add_button)
    with database.unit_of_work(write=False) as s:
        assert catalogue.browse_labour(s, "BY-21").total == 0


def test_edit_a_parts_price_and_stock(qtbot, manager) -> None:  # type: ignore[no-untyped-def]
    window, reporter, database, seeded = manager
    window.show_page("parts")
    page = window.parts
    type_text(qtbot, page.search_edit, "06l")
    assert shown(page) == ["06L115562B"]
    page.view.selectRow(0)

    def change(dialog: PartDialog) -> None:
        assert dialog.number_edit.isReadOnly() and dialog.name_edit.hasFocus()
        assert (dialog.price_edit.text(), dialog.stock_edit.text(), dialog.bin_edit.text()) == ("68.50", "10", "A-01-02")
        retype(qtbot, dialog.price_edit, "72.5")
        retype(qtbot, dialog.stock_edit, "-1")
        click(qtbot, dialog.save_button)
        assert "库存不能是负数" in dialog.errors.text("stock")
        retype(qtbot, dialog.stock_edit, "8")
        retype(qtbot, dialog.price_edit, "七十")
        click(qtbot, dialog.save_button)
        assert dialog.errors.text("price") != "" and dialog.isVisible()
        retype(qtbot, dialog.price_edit, "72.5")
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible()

    when_modal(qtbot, PartDialog, change)
    cell = page.view.visualRect(page.model.index(0, 1)).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert reporter.errors == []
    assert page.model.index(0, 3).data() == "¥72.50" and page.model.index(0, 4).data() == "8"
    with database.unit_of_work(write=False) as s:
        part = catalogue.get_part(s, "06L115562B")
    assert (part.price_fen, part.stock, part.version) == (7250, Decimal(8), 2)


def test_a_save_over_someone_elses_newer_save_is_refused(qtbot, manager) -> None:  # type: ignore[no-untyped-def]
    window, reporter, database, seeded = manager
    window.show_page("parts")
    page = window.parts
    type_text(qtbot, page.search_edit, "G05")
    page.view.selectRow(0)

    def stale_then_again(dialog: PartDialog) -> None:
        # another counter PC saves the same part meanwhile
        with database.unit_of_work() as s:
            catalogue.save_part(s, part_number="G052195M4", name="全合成机油 5W-40 1L", price="90", stock="20",
                                staff_id=seeded.advisor)
        retype(qtbot, dialog.price_edit, "95")
        click(qtbot, dialog.save_button)
        assert dialog.isVisible()
        assert len(reporter.errors) == 1 and "备件 G052195M4 已被 李娜" in reporter.errors[0]
        # the fresh values are shown, with what was typed above them
        assert (dialog.price_edit.text(), dialog.stock_edit.text()) == ("90.00", "20")
        assert dialog.conflict_note.isVisible() and "单价 95" in dialog.conflict_note.text()
        retype(qtbot, dialog.price_edit, "95")
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible()

    when_modal(qtbot, PartDialog, stale_then_again)
    click(qtbot, page.edit_button)
    with database.unit_of_work(write=False) as s:
        part = catalogue.get_part(s, "G052195M4")
    assert (part.price_fen, part.stock) == (9500, Decimal(20))
    assert page.model.index(0, 3).data() == "¥95.00"


def test_stop_with_confirmation_restart_and_delete_only_the_unused(qtbot, manager) -> None:  # type: ignore[no-untyped-def]
    window, reporter, database, seeded = manager
    page = window.labour
    select(page, "BY-KT")
    assert page.active_button.text() == "停用"
    reporter.answer = False
    click(qtbot, page.active_button)
    assert "停用 BY-KT 更换空调滤清器？" in reporter.questions[-1]
    with database.unit_of_work(write=False) as s:
        assert catalogue.get_labour(s, "BY-KT").active
    reporter.answer = True
    click(qtbot, page.active_button)
    with database.unit_of_work(write=False) as s:
        assert not catalogue.get_labour(s, "BY-KT").active
        assert catalogue.search_labour(s, "BY-KT") == []
    assert page.code_of(page.selected()) == "BY-KT" and page.active_button.text() == "启用"
    assert page.model.index(2, 4).data() == "停用"
    questions = len(reporter.questions)
    click(qtbot, page.active_button)  # restarting asks nothing
    assert len(reporter.questions) == questions
    with database.unit_of_work(write=False) as s:
        assert catalogue.get_labour(s, "BY-KT").active
    assert page.active_button.text() == "停用"

    # BY-JY is in a package: no delete; BJ-01 was never used: it can go
    select(page, "BY-JY")
    assert not page.delete_button.isEnabled() and "1 个套餐" in page.delete_button.toolTip()
    select(page, "BJ-01")
    assert page.delete_button.isEnabled()
    click(qtbot, page.delete_button)
    assert "删除 BJ-01 前保险杠拆装？" in reporter.questions[-1]
    assert shown(page) == ["BY-JY", "BY-KT"]
    assert reporter.errors == []


def test_edit_a_packages_lines(qtbot, manager) -> None:  # type: ignore[no-untyped-def]
    window, reporter, database, seeded = manager
    window.show_page("packages")
    page = window.packages
    assert shown(page) == ["BY-10K"]
    assert page.model.index(0, 3).data() == "12 个月 或 10,000 公里"
    page.view.selectRow(0)

    def edit_lines(dialog: PackageDialog) -> None:
        labour, parts = dialog.labour_box, dialog.parts_box
        assert [line.code for line in labour.lines] == ["BY-JY"]
        assert [(line.code, line.amount) for line in parts.lines] == [
            ("06L115562B", Decimal(1)), ("G052195M4", Decimal("4.5"))]
        # a labour operation found by the start of its code; Enter in the list picks, Enter again adds
        type_text(qtbot, labour.code_edit, "by-k")
        popup = labour.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert (labour.code_edit.text(), labour.amount_edit.text()) == ("BY-KT", "0.3")
        assert labour.amount_edit.hasFocus()
        qtbot.keyClick(labour.amount_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()  # Return added the line; it did not save the package
        assert [(line.code, line.amount) for line in labour.lines] == [("BY-JY", Decimal("0.5")), ("BY-KT", Decimal("0.3"))]
        # an unknown part number is refused next to the parts
        type_text(qtbot, parts.code_edit, "NOPE\n")
        assert "备件目录里没有备件号 NOPE" in dialog.errors.text("parts")
        # a part typed in full with its quantity; the same part again changes its quantity
        retype(qtbot, parts.code_edit, "5qd819644")
        type_text(qtbot, parts.amount_edit, "2\n")
        type_text(qtbot, parts.code_edit, "G052195M4")
        type_text(qtbot, parts.amount_edit, "四升\n")
        assert "数量必须是数字" in dialog.errors.text("parts")
        retype(qtbot, parts.amount_edit, "5\n")
        assert [(line.code, line.amount) for line in parts.lines] == [
            ("06L115562B", Decimal(1)), ("G052195M4", Decimal(5)), ("5QD819644", Decimal(2))]
        parts.view.selectRow(0)
        click(qtbot, parts.remove_button)
        # a bad interval is shown under its input
        retype(qtbot, dialog.months_edit, "半年")
        click(qtbot, dialog.save_button)
        assert "间隔月数必须是正整数" in dialog.errors.text("interval_months") and dialog.isVisible()
        retype(qtbot, dialog.months_edit, "6")
        retype(qtbot, dialog.name_edit, "1 万公里保养（含空调滤）")
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible()

    when_modal(qtbot, PackageDialog, edit_lines)
    click(qtbot, page.edit_button)
    assert reporter.errors == []
    with database.unit_of_work(write=False) as s:
        package = catalogue.get_package(s, "BY-10K")
    assert (package.name, package.interval_months, package.interval_km) == ("1 万公里保养（含空调滤）", 6, 10000)
    assert [(i.code, i.amount) for i in package.labour] == [("BY-JY", Decimal("0.5")), ("BY-KT", Decimal("0.3"))]
    assert [(i.code, i.amount) for i in package.parts] == [("G052195M4", Decimal(5)), ("5QD819644", Decimal(2))]

    # a package with no lines at all is refused next to the labour lines
    def empty(dialog: PackageDialog) -> None:
        type_text(qtbot, dialog.code_edit, "EMPTY")
        type_text(qtbot, dialog.name_edit, "空套餐")
        click(qtbot, dialog.save_button)
        assert "至少要有一个工时项目或备件" in dialog.errors.text("labour")

    when_modal(qtbot, PackageDialog, empty)
    click(qtbot, page.add_button)
    with database.unit_of_work(write=False) as s:
        assert catalogue.browse_packages(s).total == 1


def test_labour_rates_per_pay_type_are_used_for_new_labour_lines(qtbot, manager) -> None:  # type: ignore[no-untyped-def]
    window, reporter, database, seeded = manager
    window.show_page("rates")
    page = window.rates
    assert (page.customer_edit.text(), page.warranty_edit.text(), page.internal_edit.text()) == ("180.00", "", "")
    assert page.warranty_edit.placeholderText() == "空 = 按自费单价"
    type_text(qtbot, page.warranty_edit, "一百二")
    click(qtbot, page.save_button)
    assert page.errors.text("warranty_rate") != "" and page.saved_label.text() == ""
    retype(qtbot, page.warranty_edit, "120")
    retype(qtbot, page.customer_edit, "200")
    type_text(qtbot, page.internal_edit, "90\n")
    assert page.saved_label.text() == "已保存。" and page.errors.text("warranty_rate") == ""
    assert window.isVisible() and reporter.errors == []
    number = open_walk_in(database, seeded).number
    with database.unit_of_work() as s:
        for pay_type in ("customer", "warranty", "insurance", "internal"):
            orders.add_labour_line(s, number, name=f"检查 {pay_type}", hours="1", pay_type=pay_type)
        detail = orders.order_detail(s, number)
    assert [(line.pay_type, line.rate_fen) for line in detail.labour_lines] == [
        ("customer", 20000), ("warranty", 12000), ("insurance", 20000), ("internal", 9000)]
    # clearing a rate goes back to the customer rate
    page.internal_edit.clear()
    click(qtbot, page.save_button)
    with database.unit_of_work(write=False) as s:
        assert orders.labour_rate_for(s, "internal") == 20000


PARTS_WITH_BAD_ROWS = (
    "备件号,名称,单位,单价,库存,库位\n"
    "P-1,机油滤清器,个,68.50,10,A-01-02\n"
    "P-2,空气滤清器,个,十元,1,\n"
    "P-1,机油滤清器（重复）,个,70,1,\n"
    "P-3,火花塞,个,65,两个,\n"
    "P-4,雨刮片,对,168,2,C-01\n"
)


def test_import_parts_with_bad_rows_imports_nothing_then_only_the_good_rows(  # type: ignore[no-untyped-def]
    qtbot, manager, tmp_path: Path, monkeypatch
) -> None:
    window, reporter, database, seeded = manager
    window.show_page("parts")
    page = window.parts
    source = tmp_path / "备件.csv"
    source.write_bytes(PARTS_WITH_BAD_ROWS.encode("gbk"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))
    saved_report = tmp_path / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved_report), ""))

    def nothing_imported(dialog: ImportReportDialog) -> None:
        assert dialog.counts_label.text() == "共 5 行：新增 0，更新 0，错误 3 行"
        assert "未导入任何数据" in dialog.outcome_label.text() and "只导入正确的 2 行" in dialog.outcome_label.text()
        model = dialog.problems_model
        assert [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())] == [
            ("3", "单价", "十元"), ("4", "备件号", "P-1"), ("5", "库存", "两个")]
        assert "与第 2 行重复" in model.index(1, 3).data()
        with database.unit_of_work(write=False) as s:
            assert catalogue.browse_parts(s, "P-").total == 0
        click(qtbot, dialog.save_button)
        assert "未导入任何数据" in saved_report.read_bytes().decode("utf-8-sig")
        assert dialog.good_rows_button.isVisible()
        click(qtbot, dialog.good_rows_button)

    def good_rows_imported(dialog: ImportReportDialog) -> None:
        assert dialog.counts_label.text() == "共 5 行：新增 2，更新 0，错误 3 行"
        assert dialog.outcome_label.text() == "已导入正确的 2 行；下面 3 行有错，没有导入。"
        assert not dialog.good_rows_button.isVisible()
        click(qtbot, dialog.close_button)

    handled = when_modal(qtbot, ImportReportDialog, nothing_imported, good_rows_imported)
    click(qtbot, page.import_button)
    assert handled == ["ImportReportDialog", "ImportReportDialog"] and reporter.errors == []
    with database.unit_of_work(write=False) as s:
        assert [(r.part_number, r.price_fen, r.stock) for r in catalogue.browse_parts(s, "P-").rows] == [
            ("P-1", 6850, Decimal(10)), ("P-4", 16800, Decimal(2))]
    assert shown(page)[:1] == ["06L115562B"] and "P-4" in shown(page)


def test_import_packages_with_unknown_codes_imports_nothing(qtbot, manager, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, reporter, database, seeded = manager
    window.show_page("packages")
    page = window.packages
    source = tmp_path / "packages.csv"
    source.write_text(
        "代码,名称,车型,间隔月数,间隔里程,工时项目,备件\n"
        "SB-PST,帕萨特首保,帕萨特,6,5000,BY-JY,06L115562B:1;G052195M4:4.5\n"
        "BY-XX,坏套餐,,12,10000,BY-NONE,06L115562B\n"
        "BY-ZZ,坏备件,,12,10000,,NOPE:1\n",
        encoding="utf-8-sig",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))

    def report(dialog: ImportReportDialog) -> None:
        assert "未导入任何数据" in dialog.outcome_label.text()
        model = dialog.problems_model
        assert [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())] == [
            ("3", "工时项目"), ("4", "备件")]
        assert "没有代码 BY-NONE" in model.index(0, 3).data()
        click(qtbot, dialog.close_button)

    when_modal(qtbot, ImportReportDialog, report)
    click(qtbot, page.import_button)
    with database.unit_of_work(write=False) as s:
        assert [r.code for r in catalogue.browse_packages(s).rows] == ["BY-10K"]
    assert shown(page) == ["BY-10K"]


def test_a_cancelled_import_writes_nothing(qtbot, manager, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, reporter, database, seeded = manager
    source = tmp_path / "labour.csv"
    source.write_text("代码,名称,工时\n" + "".join(f"T-{i},检查 {i},1\n" for i in range(300)), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    click(qtbot, window.labour.import_button)
    assert reporter.errors == ["导入已取消，未导入任何数据。"]
    with database.unit_of_work(write=False) as s:
        assert catalogue.browse_labour(s, "T-").total == 0
    # a file that cannot be read is refused in words
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(tmp_path / "gone.csv"), ""))
    click(qtbot, window.labour.import_button)
    assert "无法读取文件" in reporter.errors[-1]


def test_the_main_window_opens_it_with_ctrl_shift_k(qtbot, database: Database, database_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desk.views.main_window import MainWindow

    seed_shop(database)
    opened: list[CatalogueManager] = []
    monkeypatch.setattr(CatalogueManager, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(Runner(database, Settings(database_url=database_url), RecordingReporter()))
    qtbot.addWidget(window)
    (action,) = [a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "目录管理…"]
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    action.trigger()
    assert len(opened) == 1 and opened[0].tabs.count() == 4
    assert [opened[0].tabs.tabText(i) for i in range(4)] == ["工时项目", "备件", "保养套餐", "工时单价"]
