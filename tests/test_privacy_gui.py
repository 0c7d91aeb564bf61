"""Issue 8, 隐私, on the 接车 screen, driven through its widgets offscreen: an advisor searching by
part of a phone number sees ``138****5678`` in the results and the full number on the customer's
card; a manager sees full numbers in the list; a card shown masked has a read-only mobile and
saving it keeps the stored number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.models import Customer, Vehicle
from desk.models.enums import Role
from desk.services import customers, permissions
from desk.services.permissions import Permission
from desk.views.intake_tab import IntakeTab
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text

pytestmark = pytest.mark.gui

PHONE_COLUMN = 2


@pytest.fixture
def intake(qtbot, sqlite_url: str) -> Iterator[tuple[IntakeTab, RecordingReporter, Database, Shop]]:
    database = Database(sqlite_url)
    ids = seed_shop(database)
    with database.unit_of_work() as s:
        customers.create_customer(s, name="张丽", phone="13987655678")
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(ids.advisor)
    tab = IntakeTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    yield tab, reporter, database, ids
    database.dispose()


def search(qtbot, tab: IntakeTab, text: str, rows: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Type into the search box as a person would; the phone column of the results."""
    tab.search_box.clear()
    type_text(qtbot, tab.search_box, text)
    qtbot.waitUntil(lambda: tab.results.rowCount() == rows)
    return [tab.results.data(tab.results.index(row, PHONE_COLUMN)) for row in range(rows)]


def open_row(qtbot, tab: IntakeTab, row: int) -> None:  # type: ignore[no-untyped-def]
    index = tab.results.index(row, 0)
    qtbot.mouseClick(tab.results_view.viewport(), Qt.MouseButton.LeftButton, pos=tab.results_view.visualRect(index).center())


def test_an_advisor_sees_masked_numbers_in_the_list_and_the_full_number_on_the_card(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    tab, reporter, _, _ = intake
    # a fragment of the stored number finds both customers; neither number is shown in full
    assert sorted(search(qtbot, tab, "5678", 2)) == ["138****5678", "139****5678"]
    assert sorted(search(qtbot, tab, "张", 2)) == ["138****5678", "139****5678"]
    shown = tab.results_view.model().data(tab.results_view.model().index(0, PHONE_COLUMN))
    assert "*" in shown  # what the table widget itself displays
    names = [tab.results.data(tab.results.index(row, 1)) for row in range(2)]
    open_row(qtbot, tab, names.index("张伟"))
    assert tab.name_edit.text() == "张伟"
    assert tab.phone_edit.text() == "13812345678"
    assert not tab.phone_edit.isReadOnly()
    assert reporter.errors == []


def test_a_manager_sees_full_numbers_in_the_list(qtbot, intake) -> None:  # type: ignore[no-untyped-def]
    tab, _, _, ids = intake
    tab.runner.set_staff(ids.manager)
    assert sorted(search(qtbot, tab, "5678", 2)) == ["13812345678", "13987655678"]


def test_a_card_shown_masked_is_read_only_and_saving_it_keeps_the_number(qtbot, intake, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a shop that takes PHONE_ON_CARD from its advisors (today every role that may save a card has it)
    monkeypatch.setitem(permissions.MATRIX, Role.ADVISOR, permissions.MATRIX[Role.ADVISOR] - {Permission.PHONE_ON_CARD})
    tab, reporter, database, ids = intake
    search(qtbot, tab, "D12345", 1)
    open_row(qtbot, tab, 0)
    assert tab.phone_edit.text() == "138****5678"
    assert tab.phone_edit.isReadOnly() and tab.phone_edit.toolTip()
    type_text(qtbot, tab.phone_edit, "9")  # typing does nothing
    assert tab.phone_edit.text() == "138****5678"
    tab.colour_edit.clear()
    type_text(qtbot, tab.colour_edit, "珍珠白")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert reporter.errors == []
    with database.unit_of_work(write=False) as s:
        assert s.get(Customer, ids.customer).phone == "13812345678"
        assert s.get(Vehicle, ids.vehicle).colour == "珍珠白"
    # a new customer's number is typed in full again
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert not tab.phone_edit.isReadOnly() and tab.phone_edit.text() == ""
