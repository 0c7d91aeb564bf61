"""The editor with the catalogue: a part found by typing part of its name, a package in one step,
and the stock warning that warns but does not stop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.views.order_tab import OrderTab
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_catalogue import fill
from test_orders import open_walk_in

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot, sqlite_url: str) -> Iterator[tuple[OrderTab, RecordingReporter, Database, Shop]]:
    database = Database(sqlite_url)
    seeded = seed_shop(database)
    fill(database)
    reporter = RecordingReporter()
    tab = OrderTab(Runner(database, Settings(database_url=sqlite_url), reporter))
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    yield tab, reporter, database, seeded
    database.dispose()


def test_add_a_package_then_a_part_found_by_part_of_its_name(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    tab, reporter, database, seeded = editor
    number = open_walk_in(database, seeded).number
    tab.show_order(number)

    # the packages offered are those for this car's model (帕萨特)
    assert [tab.package_combo.itemData(i) for i in range(tab.package_combo.count())] == ["BY-10K"]
    qtbot.mouseClick(tab.add_package_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == []
    assert tab.labour_model.rowCount() == 1 and tab.parts_model.rowCount() == 2
    assert "G052195M4" in tab.stock_label.text() and "库存只有 3升" in tab.stock_label.text()

    # typing part of a name offers the catalogue; choosing fills number, name and price
    type_text(qtbot, tab.part_name, "滤芯")
    popup = tab.part_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert (tab.part_number.text(), tab.part_name.text(), tab.part_price.text(), tab.part_quantity.text()) == (
        "5QD819644", "空调滤芯（活性炭）", "120.00", "1",
    )
    assert "5QD819644" in tab.stock_label.text()  # none on the shelf: a warning, not a stop
    qtbot.mouseClick(tab.add_part_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == []
    assert tab.parts_model.rowCount() == 3
    assert tab.detail is not None and tab.detail.part_lines[-1].unit_price_fen == 12000
    assert "5QD819644" in tab.stock_label.text()

    # a labour operation by the start of its code fills the standard hours
    type_text(qtbot, tab.labour_code, "by-k")
    popup = tab.labour_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert (tab.labour_code.text(), tab.labour_hours.text()) == ("BY-KT", "0.3")
