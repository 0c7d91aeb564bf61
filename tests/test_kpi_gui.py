"""The 指标 tab driven as a manager would: pick a range and an advisor, read the tiles and charts,
export to Excel and CSV, change a target. The data set is the hand-made month of test_kpi.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.services import kpi
from desk.views.kpi_tab import GREEN, RED, KpiTab, KpiTargetsDialog
from desk.views.runner import Runner
from desk.views.shop_dialog import ShopDialog
from gui_helpers import RecordingReporter, type_text
from test_kpi import build_month

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def kpi_desk(qtbot, sqlite_url: str) -> Iterator[tuple[KpiTab, Database, dict[str, int], RecordingReporter]]:
    database = Database(sqlite_url)
    ids: Shop = seed_shop(database)
    advisors = build_month(database, ids)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(ids.manager)
    tab = KpiTab(runner)
    tab._today = lambda: TODAY  # type: ignore[method-assign]  # the shop's "today" for the quick buttons
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab, database, advisors, reporter
    database.dispose()


def tile(tab: KpiTab, key: str) -> tuple[str, str, str, str]:
    t = tab.tiles[key]
    return t.value_label.text(), t.target_label.text(), t.detail_label.text(), t.colour


def test_last_month_shows_the_shop_figures_against_their_targets(qtbot, kpi_desk) -> None:  # type: ignore[no-untyped-def]
    tab, _, _, reporter = kpi_desk
    # Opened on this month so far, by the shop's calendar.
    assert (tab.from_edit.date(), tab.to_edit.date()) == (QDate(2026, 12, 1), QDate(2026, 12, 3))
    qtbot.mouseClick(tab.last_month_button, qtbot_left())
    assert (tab.from_edit.date(), tab.to_edit.date()) == (QDate(2026, 11, 1), QDate(2026, 11, 30))
    assert tab.heading.text() == "全店　2026-11-01 至 2026-11-30"
    assert tile(tab, "on_time") == ("80.0%", "目标 ≥ 90%", "4 / 5", RED)
    assert tile(tab, "ready_on_time") == ("100.0%", "目标 ≥ 90%", "5 / 5", GREEN)
    assert tile(tab, "complaints") == ("33.33", "目标 < 3 件/百单", "2 / 6", RED)
    assert tile(tab, "revenue_per_order")[0] == "¥583.33"
    assert tile(tab, "revenue_per_order")[2] == "¥3,500.00 / 6"
    assert tile(tab, "labour_hours_per_order")[0] == "1.33"
    assert tile(tab, "orders_received")[0] == "9"
    assert tab.tiles["satisfaction"].name_label.text() == "客户满意率"
    assert reporter.errors == []
    # The charts: on-time and satisfaction per advisor with the two target lines; orders per advisor.
    rates = [s for s in tab.rates_chart.series() if isinstance(s, QBarSeries)][0]
    on_time, satisfaction = rates.barSets()
    assert [tab.report.advisors[i].name for i in range(3)] == ["刘洋", "李娜", "王强"]
    assert [round(on_time.at(i), 2) for i in range(3)] == [0.0, 66.67, 100.0]
    assert [round(satisfaction.at(i), 2) for i in range(3)] == [0.0, 50.0, 100.0]
    lines = [s for s in tab.rates_chart.series() if isinstance(s, QLineSeries)]
    assert sorted(line.at(0).y() for line in lines) == [85.0, 90.0]
    orders = tab.orders_chart.series()[0].barSets()[0]
    assert [orders.at(i) for i in range(3)] == [0.0, 7.0, 2.0]


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_advisor_filter_and_quick_ranges(qtbot, kpi_desk) -> None:  # type: ignore[no-untyped-def]
    tab, _, advisors, _ = kpi_desk
    tab.set_range(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    tab.advisor_combo.setCurrentIndex(tab.advisor_combo.findText("王强"))
    assert tab.heading.text().startswith("王强")
    assert tile(tab, "on_time") == ("100.0%", "目标 ≥ 90%", "2 / 2", GREEN)
    assert tile(tab, "rework")[3] == RED
    tab.advisor_combo.setCurrentIndex(tab.advisor_combo.findText("刘洋"))
    assert tile(tab, "on_time")[0] == "—" and tile(tab, "on_time")[2] == "0 / 0"
    qtbot.mouseClick(tab.this_month_button, qtbot_left())
    assert (tab.from_edit.date(), tab.to_edit.date()) == (QDate(2026, 12, 1), QDate(2026, 12, 3))
    qtbot.mouseClick(tab.last_30_button, qtbot_left())
    assert (tab.from_edit.date(), tab.to_edit.date()) == (QDate(2026, 11, 4), QDate(2026, 12, 3))
    tab.advisor_combo.setCurrentIndex(0)
    # 11-04 … 12-03: A4 (11-01), A1 (11-02) and B1 (11-03) drop out; A7 (12-01, late) comes in.
    # With a promise: A2 late, B2 on time, A7 late → 1/3.
    assert tile(tab, "on_time")[2] == "1 / 3"


def test_a_range_the_wrong_way_round_is_refused_in_words(qtbot, kpi_desk) -> None:  # type: ignore[no-untyped-def]
    tab, _, _, reporter = kpi_desk
    tab.set_range(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    tab.from_edit.setDate(QDate(2026, 12, 2))
    assert any("晚于" in error for error in reporter.errors)


def test_export_excel_and_csv(qtbot, kpi_desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab, _, _, reporter = kpi_desk
    tab.set_range(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    asked: list[str] = []

    def choose(caption: str, suggested: str, filter_text: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "十一月绩效")

    tab.save_path = choose
    qtbot.mouseClick(tab.excel_button, qtbot_left())
    assert asked == ["kpi-2026-11-01-2026-11-30.xlsx"]
    written = tmp_path / "十一月绩效.xlsx"
    sheet = load_workbook(written)["绩效指标"]
    assert sheet["B1"].value == "2026-11-01 至 2026-11-30"
    names = [sheet.cell(row=r, column=1).value for r in range(4, 9)]
    assert names == ["目标", "全店", "刘洋", "李娜", "王强"]
    assert sheet.cell(row=5, column=2).value == pytest.approx(0.8)
    qtbot.mouseClick(tab.csv_button, qtbot_left())
    text = (tmp_path / "十一月绩效.csv").read_bytes().decode("utf-8-sig")
    assert "全店,80.00%,4,5" in text
    # Cancelled dialog: nothing written, nothing said.
    tab.save_path = lambda *args: ""
    assert tab.export(".xlsx") is None
    assert reporter.errors == []
    # A folder that does not exist: refused in words.
    tab.save_path = lambda *args: str(tmp_path / "没有这个文件夹" / "k.xlsx")
    assert tab.export(".xlsx") is None
    assert reporter.errors and "无法写入" in reporter.errors[-1]


def test_targets_are_edited_and_the_tiles_follow(qtbot, kpi_desk) -> None:  # type: ignore[no-untyped-def]
    tab, database, _, reporter = kpi_desk
    tab.set_range(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    dialog = KpiTargetsDialog(tab.runner, tab)
    qtbot.addWidget(dialog)
    edit = dialog.edits["on_time"]
    assert edit.text() == "90"
    edit.clear()
    type_text(qtbot, edit, "百分之八十")
    dialog.save()
    assert reporter.errors and "准时交车率" in reporter.errors[-1] and "必须是数字" in reporter.errors[-1]
    edit.clear()
    type_text(qtbot, edit, "80")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with database.unit_of_work(write=False) as s:
        assert kpi.kpi_targets(s)["on_time"] == 8000
    tab.refresh()
    assert tile(tab, "on_time") == ("80.0%", "目标 ≥ 80%", "4 / 5", GREEN)


def test_the_shop_dialog_opens_the_targets(qtbot, kpi_desk) -> None:  # type: ignore[no-untyped-def]
    tab, database, _, reporter = kpi_desk
    dialog = ShopDialog(tab.runner)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "kpiTargets")
    assert button is not None and button.text() == "设置考核目标…"

    def answer() -> None:
        targets = next(w for w in QApplication.topLevelWidgets() if isinstance(w, KpiTargetsDialog) and w.isVisible())
        targets.edits["satisfaction"].setText("88")
        targets.save()

    QTimer.singleShot(0, answer)
    button.click()
    with database.unit_of_work(write=False) as s:
        assert kpi.kpi_targets(s)["satisfaction"] == 8800
    # The shop dialog still saves afterwards (it took the settings' new version).
    dialog.save()
    assert reporter.errors == []
