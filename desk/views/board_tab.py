"""看板: today's appointments and every order still in the shop, one column per status.

Signals:
    order_requested(str): the user opened an order (double-click or Enter on a card).
    appointment_requested(str): the user wants to receive the car of a booked appointment.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListView,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.models.base import utc_now
from desk.models.enums import OrderStatus
from desk.services import board, orders, workflow
from desk.services.appointments import AppointmentRow
from desk.services.changes import Changes
from desk.services.orders import OrderRow
from desk.views.i18n import enum_text
from desk.views.runner import Runner

NUMBER_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b71c1c")
OVERDUE_BACKGROUND = QColor("#fdecea")
CARD_BACKGROUND = QColor("#ffffff")
CARD_NAME_LENGTH = 10
"""Longer customer names (companies) are cut with … so a card stays four short lines."""


def _short(name: str) -> str:
    return name if len(name) <= CARD_NAME_LENGTH else name[: CARD_NAME_LENGTH - 1] + "…"


class BoardTab(QWidget):
    """The schedule board; refreshes whenever an order or appointment changes anywhere here."""

    order_requested = Signal(str)
    appointment_requested = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.title = QLabel()
        self.title.setObjectName("boardTitle")
        refresh = QPushButton(self.tr("刷新 (F5)"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(refresh)

        self.columns: dict[str, tuple[QGroupBox, QListWidget]] = {}
        row = QHBoxLayout()
        for key, title in [("appointments", self.tr("今日预约"))] + [
            (status.value, enum_text(status)) for status in board.BOARD_STATUSES
        ]:
            box = QGroupBox(title)
            cards = QListWidget()
            cards.setObjectName(f"column_{key}")
            cards.setWordWrap(True)
            cards.setResizeMode(QListView.ResizeMode.Adjust)
            cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            cards.setSpacing(3)
            cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            cards.itemActivated.connect(self.on_card_activated)
            cards.customContextMenuRequested.connect(lambda pos, c=cards: self.on_context_menu(c, pos))
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(cards)
            row.addWidget(box, 1)
            self.columns[key] = (box, cards)
        self.column_titles = {key: box.title() for key, (box, _) in self.columns.items()}

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        runner.changed.connect(self.on_changed)

    def on_changed(self, changes: Changes) -> None:
        if changes.orders or changes.appointments or changes.customers:
            self.refresh()

    def refresh(self) -> None:
        data = self.runner.attempt(self, board.board, write=False)
        if data is None:
            return
        self.title.setText(self.tr("看板 · %1").replace("%1", data.day.strftime("%Y-%m-%d")))
        now = utc_now()
        self._fill("appointments", [self._appointment_card(a) for a in data.appointments])
        for status in board.BOARD_STATUSES:
            rows = [o for o in data.orders if o.status == status.value]
            self._fill(status.value, [self._order_card(o, now) for o in rows])

    def _fill(self, key: str, items: list[QListWidgetItem]) -> None:
        box, cards = self.columns[key]
        cards.clear()
        for item in items:
            cards.addItem(item)
        box.setTitle(f"{self.column_titles[key]} ({len(items)})")

    def _appointment_card(self, row: AppointmentRow) -> QListWidgetItem:
        text = f"{row.slot_local[-5:]}  {row.plate}\n{row.model}\n{_short(row.customer)} · {row.advisor}"
        if row.requested_work:
            text += f"\n{row.requested_work}"
        item = QListWidgetItem(text)
        item.setData(NUMBER_ROLE, row.number)
        item.setData(KIND_ROLE, "appointment")
        item.setToolTip(self.tr("双击：接车开单"))
        item.setBackground(QBrush(CARD_BACKGROUND))
        return item

    def _order_card(self, row: OrderRow, now: dt.datetime) -> QListWidgetItem:
        promised = ""
        if row.promised_local:
            promised = self.tr("交车 %1").replace("%1", row.promised_local[5:])
        text = f"{row.plate}  {row.number[-4:]}\n{row.model}\n{_short(row.customer)} · {row.advisor}"
        if promised:
            text += f"\n{promised}"
        item = QListWidgetItem(text)
        item.setData(NUMBER_ROLE, row.number)
        item.setData(KIND_ROLE, "order")
        item.setToolTip(f"{row.number} · {row.customer}")
        item.setBackground(QBrush(CARD_BACKGROUND))
        if row.promised_at is not None and row.promised_at < now and row.status != OrderStatus.SETTLED.value:
            item.setForeground(QBrush(OVERDUE))
            item.setBackground(QBrush(OVERDUE_BACKGROUND))
            item.setToolTip(self.tr("%1 · 已超过预计交车时间").replace("%1", row.number))
        return item

    def on_card_activated(self, item: QListWidgetItem) -> None:
        number = item.data(NUMBER_ROLE)
        if item.data(KIND_ROLE) == "order":
            self.order_requested.emit(number)
        else:
            self.appointment_requested.emit(number)

    def on_context_menu(self, cards: QListWidget, pos: QPoint) -> None:
        item = cards.itemAt(pos)
        if item is None or item.data(KIND_ROLE) != "order":
            return
        number = item.data(NUMBER_ROLE)
        status = OrderStatus(cards.objectName().removeprefix("column_"))
        menu = QMenu(self)
        menu.addAction(self.tr("打开委托书"), lambda: self.order_requested.emit(number))
        menu.addSeparator()
        for target in workflow.allowed_moves(status):
            menu.addAction(
                self.tr("改为「%1」").replace("%1", enum_text(target)),
                lambda t=target: self.move(number, t),
            )
        menu.exec(cards.viewport().mapToGlobal(pos))

    def move(self, number: str, target: OrderStatus) -> None:
        reason = ""
        if target == OrderStatus.CANCELLED:
            reason, ok = QInputDialog.getText(self, self.tr("取消委托书"), self.tr("取消原因："))
            if not ok:
                return
        self.runner.attempt(
            self, orders.move_status, number, target.value, reason=reason, staff_id=self.runner.staff_id
        )

