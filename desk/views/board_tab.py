"""看板: today's appointments and every order still in the shop, one column per status.

Each card has a colour bar: green on track, amber when the advisor's progress check is due or the
customer's approval is pending, red past the promised time (the rule is
:func:`desk.services.board.card_colour`). A card is moved by dragging it to another column or by
its context menu (the menu key works too); the service refuses an illegal move with the reason.
Dropping a card on 已派工 asks which team gets the job. The tab refreshes after every change made
at this PC and looks at the board's change stamp every few seconds for changes made elsewhere.

Signals:
    order_requested(str): the user opened an order (double-click or Enter on a card).
    appointment_requested(str): the user wants to receive the car of a booked appointment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk.models.base import utc_now
from desk.models.enums import OrderStatus, PauseReason
from desk.services import board, workflow
from desk.services.board import APPOINTMENTS, BoardData, BoardFilter, Card, TeamChoice
from desk.services.changes import Changes
from desk.services.dispatch import format_hours
from desk.services.errors import DeskError
from desk.views.i18n import enum_text
from desk.views.progress_checks import ProgressChecksStrip
from desk.views.runner import Runner

Index = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole
CARD_MIME = "application/x-desk-board-card"

POLL_MS = 3000
"""How often the tab looks at the change stamp for changes made at other PCs."""
RETIME_MS = 30_000
"""How often colours and time left are worked out again (no database needed)."""

BAR = {
    board.ON_TRACK: QColor("#2e7d32"),
    board.ATTENTION: QColor("#ef8f00"),
    board.OVERDUE: QColor("#c62828"),
}
TINT = {
    board.ON_TRACK: QColor("#ffffff"),
    board.ATTENTION: QColor("#fff5e0"),
    board.OVERDUE: QColor("#fdecea"),
}
APPOINTMENT_BAR = QColor("#6b7f99")
TEXT = QColor("#1d2733")
MUTED = QColor("#5d6b7c")
BORDER = QColor("#d5dce6")
SELECTED_BORDER = QColor("#1565c0")
REPEAT = QColor("#c62828")  # the tag of a repeat repair
CARD_LINES = 6
"""Plate; model; customer and advisor; team; check-in and promised time; actual and standard hours."""
PAUSE_BADGE = QColor("#b35c00")  # the badge of a card whose job is paused


def time_left_text(card: Card) -> str:
    """``剩 1:20`` before the promise, ``超 0:45`` after it (``剩 2天`` a day or more away); empty
    for appointments and for cars that are ready. Translated in the ``BoardTab`` context."""
    if card.kind == "appointment" or card.minutes_left is None or card.column not in board.NOT_READY:
        return ""
    minutes = card.minutes_left
    hours, rest = divmod(abs(minutes), 60)
    text = (QCoreApplication.translate("BoardTab", "%1天").replace("%1", str(hours // 24))
            if hours >= 24 else f"{hours}:{rest:02d}")
    if minutes < 0:
        return QCoreApplication.translate("BoardTab", "超 %1").replace("%1", text)
    return QCoreApplication.translate("BoardTab", "剩 %1").replace("%1", text)


def short_time(local: str) -> str:
    """``09:12`` as it is; ``11-22 16:40`` (another day) as ``11-22``."""
    return local[:5] if len(local) > 5 else local


class CardsModel(QAbstractListModel):
    """The cards of one column: plain frozen rows, replaced as a whole with a model reset."""

    def __init__(self, column: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.column = column
        self.cards: list[Card] = []

    def set_cards(self, cards: Sequence[Card]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def card_at(self, index: Index) -> Card | None:
        return self.cards[index.row()] if index.isValid() and index.row() < len(self.cards) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card_at(index)
        if card is None:
            return None
        if role == CARD_ROLE:
            return card
        if role == NUMBER_ROLE:
            return card.number
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card_text(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            repeat = QCoreApplication.translate("BoardTab", "（返修：%1）").replace("%1", card.repeat_of) if card.repeat_of else ""
            paused = f"\n{pause_text(card)}" if card.paused_reason else ""
            return f"{card.number} · {card.customer}{repeat}{paused}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        card = self.card_at(index)
        if card is not None and card.kind == "order":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        cards = [c for c in (self.card_at(i) for i in indexes) if c is not None and c.kind == "order"]
        if cards:
            data.setData(CARD_MIME, f"{cards[0].number}\n{cards[0].column}".encode())
            data.setText(cards[0].number)
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def card_text(card: Card) -> str:
    """The card's words as plain text (accessibility, tests, copy)."""
    lines = [card.plate, card.model, f"{card.customer} · {card.advisor}"]
    if card.repeat_of:
        lines[0] += " " + QCoreApplication.translate("BoardTab", "返修：%1").replace("%1", card.repeat_of)
    if card.kind == "appointment":
        lines.append(card.slot_local)
        if card.note:
            lines.append(card.note)
    else:
        if card.team:
            lines.append(card.team)
        lines.append(f"{card.opened_local} → {card.promised_local}".strip(" →"))
        lines.append(hours_text(card))
        if card.paused_reason:
            lines.append(pause_text(card))
    return "\n".join(lines)


def hours_text(card: Card, short: bool = False) -> str:
    """``实际 2.5 / 标准 3.0 h`` (``2.5 / 3.0 h`` when ``short``); translated in the ``BoardTab`` context."""
    text = "%1/%2 h" if short else QCoreApplication.translate("BoardTab", "实际 %1 / 标准 %2 h")
    return text.replace("%1", format_hours(card.worked_hours_centi)).replace("%2", format_hours(card.labour_hours_centi))


def pause_text(card: Card) -> str:
    """``暂停：等待备件``; empty when no job of the order is paused."""
    if not card.paused_reason:
        return ""
    return QCoreApplication.translate("BoardTab", "暂停：%1").replace("%1", enum_text(card.paused_reason, PauseReason))


class CardDelegate(QStyledItemDelegate):
    """Paints a card: a colour bar on the left, the plate in bold, four short lines below."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = parent

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.12 if base.pointSizeF() > 0 else base.pointSizeF())
        return base, bold

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base, bold = self._fonts(option)
        height = QFontMetrics(bold).height() + (CARD_LINES - 1) * QFontMetrics(base).height() + 16
        return QSize(max(option.rect.width(), 120), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        translate = QCoreApplication.translate  # the BoardTab context, whichever widget paints
        base, bold = self._fonts(option)
        rect = QRect(option.rect).adjusted(1, 2, -1, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(SELECTED_BORDER if selected else BORDER, 2 if selected else 1))
        painter.setBrush(TINT[card.colour] if card.kind == "order" else TINT[board.ON_TRACK])
        painter.drawRoundedRect(rect, 4, 4)
        bar = QRect(rect.left(), rect.top(), 6, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR[card.colour] if card.kind == "order" else APPOINTMENT_BAR)
        painter.drawRoundedRect(bar, 3, 3)
        painter.drawRect(bar.adjusted(3, 0, 0, 0))

        inner = rect.adjusted(12, 5, -6, -5)
        bold_metrics, metrics = QFontMetrics(bold), QFontMetrics(base)
        bold_height, line_height = bold_metrics.height(), metrics.height()
        painter.setFont(bold)
        painter.setPen(TEXT)
        top = QRect(inner.left(), inner.top(), inner.width(), bold_height)
        if card.repeat_of:  # 返修: a red tag at the right of the plate line
            tag = translate("BoardTab", "返修")
            tag_rect = QRect(0, 0, bold_metrics.horizontalAdvance(tag) + 8, bold_height - 2)
            tag_rect.moveTopRight(QPoint(top.right(), top.top() + 1))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(REPEAT)
            painter.drawRoundedRect(tag_rect, 3, 3)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            painter.setPen(TEXT)
            top.setRight(tag_rect.left() - 4)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         bold_metrics.elidedText(card.plate, Qt.TextElideMode.ElideRight, top.width()))
        painter.setFont(base)
        if card.kind == "appointment":
            lines = [
                (card.model, "", TEXT, False), (f"{card.customer} · {card.advisor}", "", TEXT, False),
                (translate("BoardTab", "预约 %1").replace("%1", card.slot_local), "", MUTED, False), (card.note, "", MUTED, False),
            ]
        else:
            left = time_left_text(card)
            promised = translate("BoardTab", "交 %1").replace("%1", card.promised_local) if card.promised_local else ""
            lines = [
                (card.model, "", TEXT, False), (f"{card.customer} · {card.advisor}", "", TEXT, False),
                (card.team or translate("BoardTab", "未派班组"), translate("BoardTab", "接 %1").replace("%1", short_time(card.opened_local)),
                 TEXT if card.team else MUTED, False),
                (promised, left, MUTED, True),
            ]
            over = card.labour_hours_centi > 0 and card.worked_hours_centi > card.labour_hours_centi
            lines.append((hours_text(card, short=bool(card.paused_reason)), "", BAR[board.OVERDUE] if over else MUTED,
                          False))
        y = inner.top() + bold_height
        for text, right, colour, is_time_left in lines:
            line = QRect(inner.left(), y, inner.width(), line_height)
            right_width = 0
            if right:
                right_colour = MUTED
                if is_time_left and card.colour != board.ON_TRACK:
                    right_colour = BAR[card.colour]
                painter.setPen(right_colour)
                painter.setFont(bold if is_time_left else base)
                right_width = painter.fontMetrics().horizontalAdvance(right)
                painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
                painter.setFont(base)
                right_width += 8
            painter.setPen(colour)
            line.setWidth(max(line.width() - right_width, 10))
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width()))
            y += line_height
        if card.kind == "order" and card.paused_reason:  # the pause badge (its reason) right of the hours
            badge = enum_text(card.paused_reason, PauseReason)
            line = QRect(inner.left(), y - line_height, inner.width(), line_height)
            room = inner.width() - metrics.horizontalAdvance(hours_text(card, short=True)) - 6
            width = max(min(metrics.horizontalAdvance(badge) + 8, room), 24)
            badge_rect = QRect(line.right() - width, line.top() + 1, width, line_height - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PAUSE_BADGE)
            painter.drawRoundedRect(badge_rect, 3, 3)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(badge, Qt.TextElideMode.ElideRight, width - 6))
        if focused and selected:
            painter.setPen(QPen(SELECTED_BORDER, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 3, 3)
        painter.restore()


class CardColumn(QListView):
    """One column of cards; a card dropped here asks to move to this column.

    Signals:
        card_dropped(str, str, str): order number, the column it came from, this column.
        menu_requested(QModelIndex, QPoint): the context menu of a card, at a global position.
    """

    card_dropped = Signal(str, str, str)
    menu_requested = Signal(QModelIndex, QPoint)

    def __init__(self, column: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.setObjectName(f"column_{column}")
        self.cards = CardsModel(column, self)
        self.setModel(self.cards)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setProperty("boardColumn", True)

    def contextMenuEvent(self, event: Any) -> None:
        """The right mouse button asks for the card under the pointer; the menu key (or
        Shift+F10) for the current card, with the menu beside it."""
        if event.reason() == event.Reason.Keyboard:
            index = self.currentIndex()
            point = self.visualRect(index).center()
        else:
            point = event.pos()
            index = self.indexAt(point)
            if index.isValid():
                self.setCurrentIndex(index)
        if index.isValid():
            self.menu_requested.emit(index, self.viewport().mapToGlobal(point))
        event.accept()

    def count(self) -> int:
        return self.cards.rowCount()

    def set_cards_keeping_place(self, cards: Sequence[Card]) -> None:
        """Show new cards; the current card (by number) and the scroll position stay."""
        current = self.cards.card_at(self.currentIndex())
        scrolled = self.verticalScrollBar().value()
        self.cards.set_cards(cards)
        if current is not None:
            row = next((i for i, c in enumerate(self.cards.cards) if c.number == current.number), None)
            if row is not None:
                self.setCurrentIndex(self.cards.index(row, 0))
        self.verticalScrollBar().setValue(scrolled)

    def card(self, row: int) -> Card:
        return self.cards.cards[row]

    @staticmethod
    def dragged(mime: QMimeData) -> tuple[str, str] | None:
        if not mime.hasFormat(CARD_MIME):
            return None
        number, _, column = bytes(mime.data(CARD_MIME).data()).decode().partition("\n")
        return (number, column) if number else None

    def _accepts(self, mime: QMimeData) -> bool:
        found = self.dragged(mime)
        return found is not None and found[1] != self.column and self.column != APPOINTMENTS

    def _highlight(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: Any) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:
        self._highlight(False)
        event.accept()

    def dropEvent(self, event: Any) -> None:
        self._highlight(False)
        found = self.dragged(event.mimeData())
        if found is None or not self._accepts(event.mimeData()):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        number, source = found
        # After the drag has finished: the move may ask for a team in a dialog.
        QTimer.singleShot(0, lambda: self.card_dropped.emit(number, source, self.column))


TeamPicker = Callable[[QWidget, Sequence[TeamChoice]], "tuple[bool, int | None]"]


def ask_team(parent: QWidget, teams: Sequence[TeamChoice]) -> tuple[bool, int | None]:
    """Ask which team gets the job: ``(True, team id)``, ``(True, None)`` for no team yet, or
    ``(False, None)`` when the user cancelled."""
    none = QCoreApplication.translate("BoardTab", "暂不指定班组")
    names = [t.name for t in teams] + [none]
    name, ok = QInputDialog.getItem(parent, QCoreApplication.translate("BoardTab", "派工"),
                                    QCoreApplication.translate("BoardTab", "派给哪个班组："), names, 0, False)
    if not ok:
        return False, None
    return True, next((t.id for t in teams if t.name == name), None)


class BoardTab(QWidget):
    """The progress board; refreshes whenever an order or appointment changes, here or elsewhere."""

    order_requested = Signal(str)
    appointment_requested = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data: BoardData | None = None
        self.teams: list[TeamChoice] = []
        self.pick_team: TeamPicker = ask_team
        self.title = QLabel()
        self.title.setObjectName("boardTitle")
        self.mine = QCheckBox(self.tr("只看我的"))
        self.mine.setObjectName("boardMine")
        self.mine.setToolTip(self.tr("只显示当前员工负责的预约和委托书"))
        self.team_filter = QComboBox()
        self.team_filter.setObjectName("boardTeam")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("boardStatus")
        self.connection = QLabel()
        self.connection.setObjectName("boardConnection")
        self.connection.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.connection.hide()
        self.offline = False
        refresh = QPushButton(self.tr("刷新 (F5)"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

        self.column_titles: dict[str, str] = {APPOINTMENTS: self.tr("今日预约")}
        for status in board.BOARD_STATUSES:
            self.column_titles[status.value] = enum_text(status)
        self.column_titles[OrderStatus.OPEN.value] = self.tr("待派工")
        self.column_titles[OrderStatus.SETTLED.value] = self.tr("已结算未出厂")

        self.status_filter.addItem(self.tr("全部状态"), None)
        for key, title in self.column_titles.items():
            self.status_filter.addItem(title, key)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.mine)
        top.addWidget(QLabel(self.tr("班组：")))
        top.addWidget(self.team_filter)
        top.addWidget(QLabel(self.tr("状态：")))
        top.addWidget(self.status_filter)
        top.addSpacing(12)
        top.addWidget(self.connection)
        top.addStretch(1)
        for colour, text in ((board.ON_TRACK, self.tr("正常")), (board.ATTENTION, self.tr("该查进度 / 待确认")),
                             (board.OVERDUE, self.tr("超时"))):
            swatch = QLabel("■ " + text)
            swatch.setStyleSheet(f"color: {BAR[colour].name()};")
            top.addWidget(swatch)
        top.addSpacing(12)
        top.addWidget(refresh)

        self.columns: dict[str, tuple[QGroupBox, CardColumn]] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for key in board.COLUMNS:
            box = QGroupBox(self.column_titles[key])
            box.setObjectName(f"box_{key}")
            cards = CardColumn(key)
            cards.activated.connect(lambda index, c=cards: self.on_card_activated(c, index))
            cards.menu_requested.connect(lambda index, at, c=cards: self.on_context_menu(c, index, at))
            cards.card_dropped.connect(self.on_card_dropped)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(3, 6, 3, 3)
            inner.addWidget(cards)
            row.addWidget(box, 1)
            self.columns[key] = (box, cards)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.progress_checks = ProgressChecksStrip(runner, self)  # 待进度检查, folded above the columns
        self.progress_checks.order_requested.connect(self.order_requested)
        layout.addWidget(self.progress_checks)
        layout.addLayout(row, 1)

        self.mine.toggled.connect(self.show_data)
        self.team_filter.currentIndexChanged.connect(self.show_data)
        self.status_filter.currentIndexChanged.connect(self.show_data)
        runner.changed.connect(self.on_changed)
        runner.staff_changed.connect(self.on_staff_changed)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.on_poll)
        self.poll_timer.start()
        self.retime_timer = QTimer(self)
        self.retime_timer.setInterval(RETIME_MS)
        self.retime_timer.timeout.connect(self.on_retime)
        self.retime_timer.start()
        self.reload_teams()

    # --- reading ---------------------------------------------------------------------------

    def reload_teams(self) -> None:
        """Fill the team filter (keeping the chosen team) from the shop's active teams."""
        self.teams = self.runner.attempt(self, board.teams, write=False) or []
        chosen = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("全部班组"), None)
        for team in self.teams:
            self.team_filter.addItem(team.name, team.id)
        index = self.team_filter.findData(chosen) if chosen is not None else 0
        self.team_filter.setCurrentIndex(max(index, 0))
        self.team_filter.blockSignals(False)

    def on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.reload_teams()
        if changes:
            self.refresh()

    def on_staff_changed(self, _staff_id: int) -> None:
        if self.mine.isChecked():
            self.show_data()

    def refresh(self) -> None:
        data = self.runner.attempt(self, board.board, write=False)
        if data is None:
            return
        self.connection.hide()
        self.offline = False
        self.data = data
        self.show_data()

    def on_poll(self) -> None:
        """Read the change stamp; read the board again only when another PC changed something."""
        try:
            stamp = self.runner.read(board.board_stamp)
        except DeskError:
            self.offline = True
            self.connection.setText(self.tr("数据库连接中断，正在重试…"))
            self.connection.show()
            return
        if self.offline or self.data is None or stamp != self.data.stamp:
            self.refresh()

    def on_retime(self) -> None:
        if self.data is not None:
            self.data = self.data.at(utc_now())
            self.show_data()

    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            advisor_id=self.runner.staff_id if self.mine.isChecked() else None,
            team_id=self.team_filter.currentData(),
            column=self.status_filter.currentData(),
        )

    def show_data(self) -> None:
        if self.data is None:
            return
        keep = self.current_filter()
        shown = self.data.filtered(keep)
        counts = shown.counts()
        self.title.setText(self.tr("看板 · %1").replace("%1", self.data.day.strftime("%Y-%m-%d")))
        for key, (box, cards) in self.columns.items():
            cards.set_cards_keeping_place(shown.cards(key))
            box.setTitle(f"{self.column_titles[key]} ({counts[key]})")
            box.setVisible(keep.column is None or keep.column == key)

    # --- acting on cards -------------------------------------------------------------------

    def on_card_activated(self, cards: CardColumn, index: QModelIndex) -> None:
        card = cards.cards.card_at(index)
        if card is None:
            return
        if card.kind == "order":
            self.order_requested.emit(card.number)
        else:
            self.appointment_requested.emit(card.number)

    def on_card_dropped(self, number: str, source: str, target: str) -> None:
        self.move(number, OrderStatus(target), source=source)

    def context_menu(self, cards: CardColumn, card: Card) -> QMenu:
        """The actions for one card: open it, dispatch it to a team, move it on."""
        menu = QMenu(self)
        if card.kind == "appointment":
            menu.addAction(self.tr("接车开单"), lambda: self.appointment_requested.emit(card.number))
            return menu
        menu.addAction(self.tr("打开委托书"), lambda: self.order_requested.emit(card.number))
        status = OrderStatus(card.column)
        can_dispatch = status == OrderStatus.OPEN or card.column in board.DISPATCHABLE
        if self.teams and can_dispatch:
            title = self.tr("派工到班组") if status == OrderStatus.OPEN else self.tr("改派班组")
            teams = menu.addMenu(title)
            teams.setObjectName("dispatchMenu")
            for team in self.teams:
                action = teams.addAction(team.name, lambda t=team.id: self.dispatch(card.number, t))
                action.setEnabled(team.id != card.team_id)
        menu.addSeparator()
        for target in workflow.allowed_moves(status):
            if target == OrderStatus.DISPATCHED and self.teams:
                continue  # the team menu above dispatches
            action = menu.addAction(
                self.tr("改为「%1」").replace("%1", enum_text(target)),
                lambda t=target: self.move(card.number, t, source=card.column),
            )
            action.setObjectName(f"move_{target.value}")
        return menu

    def on_context_menu(self, cards: CardColumn, index: QModelIndex, at: QPoint) -> None:
        card = cards.cards.card_at(index)
        if card is not None:
            self.context_menu(cards, card).exec(at)

    def dispatch(self, number: str, team_id: int) -> None:
        self.runner.attempt(self, board.dispatch, number, team_id, staff_id=self.runner.staff_id)

    def move(self, number: str, target: OrderStatus, source: str | None = None) -> None:
        """Move an order to ``target``; to 已派工 after asking for the team when the shop has teams."""
        reason = ""
        legal = source is None or target in workflow.allowed_moves(OrderStatus(source))
        if target == OrderStatus.DISPATCHED and self.teams and legal:
            ok, team_id = self.pick_team(self, self.teams)
            if not ok:
                return
            if team_id is not None:
                self.dispatch(number, team_id)
                return
        if target == OrderStatus.CANCELLED and legal:
            reason, ok = QInputDialog.getText(self, self.tr("取消委托书"), self.tr("取消原因："))
            if not ok:
                return
        self.runner.attempt(self, board.move, number, target.value, reason=reason, staff_id=self.runner.staff_id)
