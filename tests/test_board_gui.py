"""The 看板 tab driven through its widgets, offscreen: cards and counts, colours painted, drag and
drop between columns (legal, illegal, to a team), the context menu, filters, opening an order,
and a change made at another PC showing after the tab looks at the change stamp."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMenu

from desk.config import Settings
from desk.db import Database
from desk.models import Customer
from desk.models.base import utc_now
from desk.services import board as board_service
from desk.services import customers, orders, shop
from desk.services.validation import vin_check_digit
from desk.views.board_tab import BAR, BoardTab, CardColumn
from desk.views.runner import Runner
from conftest import seed_shop
from gui_helpers import RecordingReporter

pytestmark = [
    pytest.mark.gui,
    # Qt 6 has only the QPoint constructor of QDragEnterEvent, which PySide marks deprecated.
    pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning"),
]


def vin(serial: int) -> str:
    body = f"LFV2A21K0G3{serial:06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


@pytest.fixture
def counter(qtbot, sqlite_url: str) -> Iterator[tuple[BoardTab, RecordingReporter, Database, dict]]:
    """A board with an order waiting for dispatch, one in the workshop and one overdue."""
    database = Database(sqlite_url)
    ids = seed_shop(database)
    now = utc_now()
    with database.unit_of_work() as s:
        team2 = shop.add_team(s, "钣喷组", 2)
        cars = [ids.vehicle]
        for serial, (name, phone, plate) in enumerate(
            [("王芳", "13900000001", "粤A11111"), ("刘洋", "13900000002", "粤A22222")], start=1,
        ):
            card = customers.create_customer(s, name=name, phone=phone)
            s.get(Customer, card.id).gender = "female"
            cars.append(customers.add_vehicle(s, card.id, plate=plate, vin=vin(serial), model="大众 迈腾").id)
        numbers = []
        for index, car in enumerate(cars):
            number = orders.open_order(
                s, vehicle_id=car, advisor_id=ids.advisor if index < 2 else ids.advisor2, mileage=30000 + index,
                complaint="保养", promised_at=now + dt.timedelta(hours=4), now=now - dt.timedelta(minutes=10),
            ).number
            orders.add_labour_line(s, number, name="保养", hours="2")
            numbers.append(number)
        board_service.dispatch(s, numbers[1], ids.team)
        orders.move_status(s, numbers[1], "in_progress")
        board_service.dispatch(s, numbers[2], team2.id)
        order = orders.get_order(s, numbers[2])
        order.promised_at = now - dt.timedelta(minutes=5)  # promised for five minutes ago
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(ids.advisor)
    tab = BoardTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1600, 900)
    tab.show()
    tab.refresh()
    yield tab, reporter, database, {"numbers": numbers, "ids": ids, "team2": team2.id}
    database.dispose()


def column(tab: BoardTab, key: str) -> CardColumn:
    return tab.columns[key][1]


def numbers_in(tab: BoardTab, key: str) -> list[str]:
    cards = column(tab, key)
    return [cards.card(row).number for row in range(cards.count())]


def drop(source: CardColumn, row: int, target: CardColumn) -> QDropEvent:
    """Drop the card at ``row`` of ``source`` on ``target``, as the mouse would."""
    mime = source.cards.mimeData([source.cards.index(row, 0)])
    point = target.viewport().rect().center()
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    target.dragEnterEvent(enter)
    event = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)
    return event


def test_cards_counts_and_colours(qtbot, counter) -> None:
    tab, reporter, _database, data = counter
    numbers = data["numbers"]
    assert numbers_in(tab, "open") == [numbers[0]]
    assert numbers_in(tab, "in_progress") == [numbers[1]]
    assert numbers_in(tab, "dispatched") == [numbers[2]]
    assert tab.columns["open"][0].title() == "待派工 (1)"
    assert tab.columns["in_progress"][0].title() == "维修中 (1)"
    assert tab.columns["awaiting_approval"][0].title() == "待客户确认 (0)"
    assert tab.columns["settled"][0].title() == "已结算未出厂 (0)"
    card = column(tab, "dispatched").card(0)
    assert (card.plate, card.customer, card.team, card.colour) == ("粤A·22222", "刘洋", "钣喷组", "overdue")
    text = column(tab, "in_progress").cards.data(column(tab, "in_progress").cards.index(0, 0))
    assert "粤A·11111" in text and "王芳 · 李娜" in text and "机电一组" in text
    # the painted colour bar: red for the overdue card, green for the one on track
    for key, colour in (("dispatched", BAR["overdue"]), ("in_progress", BAR["on_track"])):
        cards = column(tab, key)
        rect = cards.visualRect(cards.cards.index(0, 0))
        image = cards.viewport().grab().toImage()
        painted = QColor(image.pixel(rect.left() + 4, rect.center().y()))
        assert abs(painted.red() - colour.red()) < 12 and abs(painted.green() - colour.green()) < 12, painted.name()
    assert reporter.errors == []


def test_drag_and_drop_moves_the_status_where_legal(qtbot, counter) -> None:
    tab, reporter, database, data = counter
    numbers = data["numbers"]
    # in progress → quality check: legal
    event = drop(column(tab, "in_progress"), 0, column(tab, "quality_check"))
    assert event.isAccepted()
    qtbot.waitUntil(lambda: numbers_in(tab, "quality_check") == [numbers[1]])
    assert numbers_in(tab, "in_progress") == [] and tab.columns["quality_check"][0].title() == "质检中 (1)"
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, numbers[1]).status == "quality_check"
    # open → ready: refused with the reason, nothing moves
    drop(column(tab, "open"), 0, column(tab, "ready"))
    qtbot.waitUntil(lambda: bool(reporter.errors))
    assert reporter.errors == [
        f"委托书 {numbers[0]} 当前为「已开单」，不能直接改为「待交车」。可以改为：「已派工」、「已取消」。"
    ]
    assert numbers_in(tab, "open") == [numbers[0]]
    # a card cannot be dropped on its own column or on the appointments
    same = column(tab, "open")
    mime = same.cards.mimeData([same.cards.index(0, 0)])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    same.dragEnterEvent(enter)
    assert not enter.isAccepted()
    column(tab, "appointments").dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_dropping_on_dispatched_asks_for_the_team(qtbot, counter) -> None:
    tab, reporter, database, data = counter
    tab.runner.set_staff(data["ids"].manager)  # dispatching is the supervisor's or the manager's
    numbers = data["numbers"]
    asked: list[list[str]] = []

    def pick(_parent, teams):  # type: ignore[no-untyped-def]
        asked.append([t.name for t in teams])
        return True, data["team2"]

    # cancelling the question leaves the card where it was
    tab.pick_team = lambda _parent, _teams: (False, None)
    drop(column(tab, "open"), 0, column(tab, "dispatched"))
    qtbot.wait(50)
    assert numbers_in(tab, "open") == [numbers[0]] and reporter.errors == []
    tab.pick_team = pick
    drop(column(tab, "open"), 0, column(tab, "dispatched"))
    qtbot.waitUntil(lambda: numbers[0] in numbers_in(tab, "dispatched"))
    assert asked == [["机电一组", "钣喷组"]]
    card = next(c for c in column(tab, "dispatched").cards.cards if c.number == numbers[0])
    assert card.team == "钣喷组"
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, numbers[0]).history[-1].reason == "派工：钣喷组"
    # an illegal move is refused without asking for a team
    drop(column(tab, "in_progress"), 0, column(tab, "dispatched"))
    qtbot.waitUntil(lambda: bool(reporter.errors))
    assert "不能直接改为「已派工」" in reporter.errors[0] and len(asked) == 1


def test_the_menu_key_asks_for_the_current_cards_menu(qtbot, counter) -> None:
    tab, _reporter, _database, data = counter
    shown: list[tuple[str, QPoint]] = []
    tab.on_context_menu = lambda c, index, at: shown.append((c.cards.card_at(index).number, at))  # no modal menu
    cards = column(tab, "in_progress")
    cards.setFocus()
    cards.setCurrentIndex(cards.cards.index(0, 0))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), QPoint(1, 1))
    with qtbot.waitSignal(cards.menu_requested) as asked:
        cards.contextMenuEvent(event)
    index, _at = asked.args
    assert cards.cards.card_at(index).number == data["numbers"][1]
    assert [number for number, _at in shown] == [data["numbers"][1]]


def test_the_context_menu_moves_and_dispatches(qtbot, counter) -> None:
    tab, reporter, database, data = counter
    tab.runner.set_staff(data["ids"].manager)  # dispatching is the supervisor's or the manager's
    numbers = data["numbers"]
    cards = column(tab, "in_progress")
    menu = tab.context_menu(cards, cards.card(0))
    moves = [a.objectName() for a in menu.actions() if a.objectName().startswith("move_")]
    assert moves == ["move_quality_check", "move_awaiting_approval", "move_cancelled"]
    teams = menu.findChild(QMenu, "dispatchMenu")
    assert teams.title() == "改派班组"
    assert [(a.text(), a.isEnabled()) for a in teams.actions()] == [("机电一组", False), ("钣喷组", True)]
    teams.actions()[1].trigger()
    assert column(tab, "in_progress").card(0).team == "钣喷组"
    menu = tab.context_menu(cards, cards.card(0))
    next(a for a in menu.actions() if a.objectName() == "move_awaiting_approval").trigger()
    assert numbers_in(tab, "awaiting_approval") == [numbers[1]]
    assert column(tab, "awaiting_approval").card(0).colour == "attention"
    # an open order's menu dispatches to a team; there is no bare "已派工" item then
    open_cards = column(tab, "open")
    menu = tab.context_menu(open_cards, open_cards.card(0))
    assert menu.findChild(QMenu, "dispatchMenu").title() == "派工到班组"
    assert [a.objectName() for a in menu.actions() if a.objectName().startswith("move_")] == ["move_cancelled"]
    menu.findChild(QMenu, "dispatchMenu").actions()[0].trigger()
    assert numbers[0] in numbers_in(tab, "dispatched")
    assert reporter.errors == []
    opened: list[str] = []
    tab.order_requested.connect(opened.append)
    menu.actions()[0].trigger()
    assert opened == [numbers[0]]


def test_double_click_or_enter_opens_the_order(qtbot, counter) -> None:
    tab, _reporter, _database, data = counter
    opened: list[str] = []
    tab.order_requested.connect(opened.append)
    cards = column(tab, "in_progress")
    index = cards.cards.index(0, 0)
    cards.setFocus()
    cards.setCurrentIndex(index)
    qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert opened == [data["numbers"][1]]
    cards.activated.emit(index)
    assert opened == [data["numbers"][1]] * 2


def test_filters_and_counts(qtbot, counter) -> None:
    tab, _reporter, _database, data = counter
    numbers, ids = data["numbers"], data["ids"]
    tab.mine.setChecked(True)  # 李娜 is at the counter: her two orders
    assert numbers_in(tab, "open") == [numbers[0]] and numbers_in(tab, "dispatched") == []
    assert tab.columns["dispatched"][0].title() == "已派工 (0)"
    tab.runner.set_staff(ids.advisor2)
    assert numbers_in(tab, "dispatched") == [numbers[2]] and numbers_in(tab, "open") == []
    tab.mine.setChecked(False)
    tab.team_filter.setCurrentIndex(tab.team_filter.findText("钣喷组"))
    assert sum(column(tab, key).count() for key in board_service.COLUMNS) == 1
    assert numbers_in(tab, "dispatched") == [numbers[2]]
    tab.team_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("in_progress"))
    visible = [key for key, (box, _cards) in tab.columns.items() if box.isVisible()]
    assert visible == ["in_progress"] and tab.columns["in_progress"][0].title() == "维修中 (1)"
    tab.status_filter.setCurrentIndex(0)
    assert all(box.isVisible() for box, _cards in tab.columns.values())


def test_a_change_at_another_pc_shows_after_the_stamp_moved(qtbot, counter, monkeypatch) -> None:
    tab, _reporter, database, data = counter
    numbers = data["numbers"]
    reads: list[int] = []
    real = board_service.board
    monkeypatch.setattr(board_service, "board", lambda *a, **k: reads.append(1) or real(*a, **k))
    tab.on_poll()
    assert reads == []  # nothing changed: only the stamp was read
    other_pc = Database(database.url)
    try:
        with other_pc.unit_of_work() as s:
            orders.move_status(s, numbers[1], "quality_check")
    finally:
        other_pc.dispose()
    tab.on_poll()
    assert reads == [1]
    assert numbers_in(tab, "quality_check") == [numbers[1]]


def test_a_refresh_keeps_the_current_card(qtbot, counter) -> None:
    tab, _reporter, _database, data = counter
    cards = column(tab, "dispatched")
    cards.setCurrentIndex(cards.cards.index(0, 0))
    tab.on_retime()
    tab.refresh()
    assert cards.cards.card_at(cards.currentIndex()).number == data["numbers"][2]
