"""车间看板: the read-only progress board on the workshop's TV (``desk board [--screen N]``).

Full screen on the chosen monitor, no sign-in, no cursor. Type is sized from the screen's height,
so the same layout reads from five metres on 1920×1080 and on 3840×2160. A row per car: plate,
model, the customer as the shop's privacy setting allows (never a phone number and never a full
name: a shop that chose full names gets surname and title here, 张先生), advisor, team, status, check-in, promised time and time left, with
the card's colour (green, amber, red) as a bar and on the time left. More cars than fit are shown
page by page.

A watcher in its own thread looks at the board's change stamp every ``poll_ms`` and reads the
board again only when the stamp moved (and every few minutes anyway, so the day rolls over); the
screen itself never waits for the database. When the database cannot be reached the screen says
so, keeps the last board, and carries on as soon as the database answers again.

Escape or Ctrl+Q closes it.
"""

from __future__ import annotations

import datetime as dt
import math
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desk.models.base import utc_now
from desk.models.enums import OrderStatus, PauseReason
from desk.services import board
from desk.services.board import APPOINTMENTS, Card, WallBoard
from desk.services.errors import DeskError
from desk.views.i18n import enum_text
from desk.views.runner import Runner, translate_error

POLL_MS = 1500
"""How often the change stamp is read: a change at any PC shows within about two seconds."""
PAGE_MS = 10_000
"""How long one page of cards stays before the next."""
FULL_RELOAD = dt.timedelta(minutes=5)
"""Read the whole board at least this often, even when nothing changed (the day rolls over)."""
RETIME_MS = 20_000
"""How often colours and time left are worked out again from the cards already read."""

BACKGROUND = "#0f1620"
ROW = "#19222e"
ROW_ALT = "#1e2936"
TEXT = "#eef3f8"
MUTED = "#9fb0c3"
COLOURS = {board.ON_TRACK: "#43a047", board.ATTENTION: "#ffb300", board.OVERDUE: "#e53935"}
APPOINTMENT_COLOUR = "#78909c"
ON_TRACK_TEXT = "#7cc47f"
STATUS_COLOURS = {
    APPOINTMENTS: "#546e7a",
    OrderStatus.OPEN.value: "#5c6bc0",
    OrderStatus.DISPATCHED.value: "#3949ab",
    OrderStatus.IN_PROGRESS.value: "#1e88e5",
    OrderStatus.AWAITING_APPROVAL.value: "#ef6c00",
    OrderStatus.QUALITY_CHECK.value: "#8e24aa",
    OrderStatus.READY.value: "#2e7d32",
    OrderStatus.SETTLED.value: "#00897b",
}

# Columns of a row: key and share of the width (the colour bar comes first).
FIELDS: tuple[tuple[str, float], ...] = (
    ("plate", 12.0), ("model", 18.0), ("customer", 9.0), ("advisor", 6.5), ("team", 8.0),
    ("status", 11.0), ("opened", 6.5), ("promised", 10.0), ("left", 10.0),
)


class BoardWatcher(QObject):
    """Polls the change stamp in a thread of its own and reads the board when it moved.

    Signals:
        loaded(object): a fresh ``WallBoard``.
        failed(str): the database could not be read; the message says why.
    """

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, runner: Runner, poll_ms: int = POLL_MS) -> None:
        super().__init__()
        self.runner = runner
        self.poll_ms = poll_ms
        self.stamp: int | None = None
        self.read_at: dt.datetime | None = None
        self.healthy = False
        self.timer: QTimer | None = None

    @Slot()
    def start(self) -> None:
        self.timer = QTimer(self)
        self.timer.setInterval(self.poll_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    @Slot()
    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()

    @Slot()
    def poll(self) -> None:
        """One look: the stamp (one row), and the whole board only when something changed."""
        try:
            stamp = self.runner.read(board.board_stamp)
            now = utc_now()
            stale = self.read_at is None or now - self.read_at >= FULL_RELOAD
            if stamp != self.stamp or stale or not self.healthy:
                data = self.runner.read(board.wall_board)
                self.stamp = data.board.stamp
                self.read_at = now
                self.loaded.emit(data)
            self.healthy = True
        except DeskError as refusal:
            self.healthy = False
            self.failed.emit(translate_error(refusal))
        except Exception as exc:  # noqa: BLE001 - a screen on the wall must keep running
            self.healthy = False
            self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


class _HeavyLabel(QLabel):
    """A label drawn with a thin outline round its letters: a bold that looks the same for Chinese
    characters at every size. (The Chinese fonts Desk finds have no bold face, and the bold Qt
    makes up for them is dropped above 64 pixels, i.e. on a 4K screen.)"""

    def paintEvent(self, _event: object) -> None:  # type: ignore[override]
        text = self.text()
        if not text:
            return
        font = QFont(self.font())
        font.setBold(False)
        metrics = QFontMetricsF(font)
        rect = self.contentsRect()
        x = float(rect.left())
        if self.alignment() & Qt.AlignmentFlag.AlignRight:
            x = rect.right() - metrics.horizontalAdvance(text)
        elif self.alignment() & Qt.AlignmentFlag.AlignHCenter:
            x = rect.left() + (rect.width() - metrics.horizontalAdvance(text)) / 2
        y = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
        path = QPainterPath()
        path.addText(x, y, font, text)
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillPath(path, colour)
        size = font.pixelSize() if font.pixelSize() > 0 else metrics.height()
        pen = QPen(colour, max(1.0, size * 0.045))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(path, pen)


class _Row(QFrame):
    """One row of the wall: a colour bar and a label per field."""

    def __init__(self, parent: QWidget, heavy: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("row")
        self.bar = QFrame(self)
        self.bar.setObjectName("bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        self.labels: dict[str, QLabel] = {}
        for key, _share in FIELDS:
            label = _HeavyLabel(self) if heavy and key in ("plate", "left") else QLabel(self)
            label.setObjectName(key)
            if key == "status":
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.labels[key] = label
            layout.addWidget(label)
        self.card: Card | None = None


class WallScreen(QWidget):
    """The workshop's wall screen. Build it with a Runner on a watching database
    (:func:`desk.db_watch.watching_database`); it starts watching when shown."""

    def __init__(
        self, runner: Runner, *, poll_ms: int = POLL_MS, page_ms: int = PAGE_MS, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("wall")
        self.setWindowTitle(self.tr("车间看板"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.current: WallBoard | None = None
        self.loaded_at: dt.datetime | None = None
        self.zone: ZoneInfo | None = None
        self.page = 0
        self.per_page = 1
        self.offline = False
        """The database could not be read at the last look (the red bar is up)."""
        self.rows: list[_Row] = []
        self.unit = 1.0

        self.shop = _HeavyLabel(self)
        self.shop.setObjectName("shop")
        self.heading = QLabel(self.tr("维修进度看板"), self)
        self.heading.setObjectName("heading")
        for label in (self.shop, self.heading):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock = QLabel(self)
        self.clock.setObjectName("clock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.date = QLabel(self)
        self.date.setObjectName("date")
        self.date.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.banner.hide()
        self.header = _Row(self, heavy=False)
        self.header.setObjectName("header")
        headings = {
            "plate": self.tr("车牌"), "model": self.tr("车型"), "customer": self.tr("客户"),
            "advisor": self.tr("服务顾问"), "team": self.tr("班组"), "status": self.tr("状态"),
            "opened": self.tr("接车"), "promised": self.tr("预计交车"), "left": self.tr("剩余时间"),
        }
        for key, text in headings.items():
            self.header.labels[key].setText(text)
        self.empty = QLabel(self.tr("现在没有在厂车辆"), self)
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend = QLabel(self)
        self.legend.setObjectName("legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.pager = QLabel(self)
        self.pager.setObjectName("pager")
        self.pager.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.shop)
        titles.addWidget(self.heading)
        times = QVBoxLayout()
        times.setSpacing(0)
        times.addWidget(self.clock)
        times.addWidget(self.date)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignBottom)
        top.addSpacing(40)
        top.addLayout(times)
        self.body = QVBoxLayout()
        self.body.setSpacing(0)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.pager)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(top)
        self.outer.addWidget(self.banner)
        self.outer.addWidget(self.header)
        self.outer.addLayout(self.body)
        self.outer.addWidget(self.empty, 1)
        self.outer.addStretch(1)
        self.outer.addLayout(bottom)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self.show_clock)
        self.page_timer = QTimer(self)
        self.page_timer.setInterval(page_ms)
        self.page_timer.timeout.connect(self.next_page)
        self.retime_timer = QTimer(self)
        self.retime_timer.setInterval(RETIME_MS)
        self.retime_timer.timeout.connect(self.on_retime)

        self.thread_ = QThread(self)
        self.thread_.setObjectName("boardWatcher")
        self.watcher = BoardWatcher(runner, poll_ms)
        self.watcher.moveToThread(self.thread_)
        self.thread_.started.connect(self.watcher.start)
        self.thread_.finished.connect(self.watcher.deleteLater)
        self.watcher.loaded.connect(self.on_loaded)
        self.watcher.failed.connect(self.on_failed)
        self.apply_scale()
        self.show_clock()

    # --- starting and stopping -------------------------------------------------------------

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        if not self.thread_.isRunning():
            self.thread_.start()
            self.clock_timer.start()
            self.page_timer.start()
            self.retime_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def stop(self) -> None:
        """Stop watching and wait for the watcher's thread to end."""
        for timer in (self.clock_timer, self.page_timer, self.retime_timer):
            timer.stop()
        if self.thread_.isRunning():
            QTimer.singleShot(0, self.watcher, self.watcher.stop)
            self.thread_.quit()
            self.thread_.wait(10_000)

    # --- what the watcher reports ----------------------------------------------------------

    def on_loaded(self, data: WallBoard) -> None:
        self.current = data
        self.loaded_at = utc_now()
        try:
            self.zone = ZoneInfo(data.timezone)
        except (ValueError, KeyError):
            self.zone = None
        if self.offline:
            self.offline = False
            self.banner.hide()
            self.apply_scale()  # the rows get the banner's room back
        self.show_clock()
        self.show_board()

    def on_failed(self, message: str) -> None:
        if self.loaded_at is None:
            text = self.tr("无法连接数据库，正在重试…")
        else:
            text = self.tr("无法连接数据库，正在重试… 显示的是 %1 的看板。").replace(
                "%1", self.local(self.loaded_at).strftime("%H:%M")
            )
        self.banner.setText(text)
        self.banner.setToolTip(message)
        if not self.offline:
            self.offline = True
            self.apply_scale()  # one row fewer per page while the banner is up, before it shows
            self.banner.show()
            self.show_board()

    def on_retime(self) -> None:
        if self.current is not None:
            self.current = WallBoard(
                shop_name=self.current.shop_name, timezone=self.current.timezone,
                board=self.current.board.at(utc_now()),
            )
            self.show_board()

    # --- showing ---------------------------------------------------------------------------

    def local(self, instant: dt.datetime) -> dt.datetime:
        return instant.astimezone(self.zone) if self.zone is not None else instant.astimezone()

    def show_clock(self) -> None:
        now = self.local(utc_now())
        weekdays = (self.tr("星期一"), self.tr("星期二"), self.tr("星期三"), self.tr("星期四"),
                    self.tr("星期五"), self.tr("星期六"), self.tr("星期日"))
        self.clock.setText(now.strftime("%H:%M"))
        self.date.setText(
            self.tr("%1年%2月%3日 %4").replace("%1", str(now.year)).replace("%2", str(now.month))
            .replace("%3", str(now.day)).replace("%4", weekdays[now.weekday()])
        )

    def cards(self) -> tuple[Card, ...]:
        """The rows in order: the cars in the shop along the workflow, then the cars still expected."""
        if self.current is None:
            return ()
        return self.current.board.orders + self.current.board.appointments

    def pages(self) -> int:
        return max(1, math.ceil(len(self.cards()) / max(self.per_page, 1)))

    def next_page(self) -> None:
        if self.pages() > 1:
            self.page = (self.page + 1) % self.pages()
            self.show_board()

    def show_board(self) -> None:
        if self.current is None:
            return
        data = self.current.board
        self.shop.setText(self.current.shop_name)
        counts = data.counts()
        titles = self.column_titles()
        self.heading.setText(
            self.tr("维修进度看板 · 在厂 %1 辆 · 今日待到店 %2 辆")
            .replace("%1", str(len(data.orders))).replace("%2", str(counts[APPOINTMENTS]))
        )
        self.counts.setText(" · ".join(
            f"{titles[key]} {counts[key]}" for key in board.COLUMNS if key != APPOINTMENTS and counts[key]
        ))
        cards = self.cards()
        self.page = min(self.page, self.pages() - 1)
        shown = cards[self.page * self.per_page:(self.page + 1) * self.per_page]
        for index, row in enumerate(self.rows):
            card = shown[index] if index < len(shown) else None
            self.fill_row(row, card, index)
        self.empty.setVisible(not cards)
        self.pager.setText(
            self.tr("第 %1/%2 页").replace("%1", str(self.page + 1)).replace("%2", str(self.pages()))
            if self.pages() > 1 else ""
        )

    def column_titles(self) -> dict[str, str]:
        titles = {APPOINTMENTS: self.tr("今日预约")}
        for status in board.BOARD_STATUSES:
            titles[status.value] = enum_text(status)
        titles[OrderStatus.OPEN.value] = self.tr("待派工")
        titles[OrderStatus.SETTLED.value] = self.tr("已结算")
        return titles

    def left_text(self, card: Card) -> str:
        if card.kind == "appointment":
            return self.tr("预约 %1").replace("%1", card.slot_local)
        if card.column == OrderStatus.READY.value:
            return self.tr("可交车")
        if card.column == OrderStatus.SETTLED.value:
            return self.tr("待出厂")
        if card.minutes_left is None:
            return ""
        hours, minutes = divmod(abs(card.minutes_left), 60)
        if card.minutes_left < 0:
            return self.tr("超时 %1:%2").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
        return self.tr("剩 %1:%2").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")

    def fill_row(self, row: _Row, card: Card | None, index: int) -> None:
        row.card = card
        if card is None:
            row.setVisible(False)
            return
        row.setVisible(True)
        colour = COLOURS[card.colour] if card.kind == "order" else APPOINTMENT_COLOUR
        status_colour = STATUS_COLOURS[card.column]
        shade = ROW if index % 2 == 0 else ROW_ALT
        left_colour = COLOURS[card.colour] if card.colour != board.ON_TRACK else ON_TRACK_TEXT
        if card.kind == "appointment":
            left_colour = MUTED
        row.setStyleSheet(
            f"QFrame#row {{ background: {shade}; border-radius: {self.px(8)}px; }}"
            f"QFrame#bar {{ background: {colour}; border-radius: {self.px(4)}px; }}"
            f"QLabel#status {{ background: {status_colour}; color: white; border-radius: {self.px(8)}px;"
            f" padding: 0 {self.px(10)}px; }}"
            f"QLabel#left {{ color: {left_colour}; font-weight: bold; }}"
        )
        titles = self.column_titles()
        opened = card.opened_local if card.kind == "order" else ""
        if len(opened) > 5:
            opened = opened[:5]  # an earlier day: its date is enough here
        texts = {
            "plate": card.plate, "model": card.model,
            "customer": "" if card.customer == card.plate else card.customer,  # plate-only privacy
            "advisor": card.advisor,
            "team": card.team,
            # a job in progress that stands shows why (等待备件 …) in place of 维修中
            "status": enum_text(card.paused_reason, PauseReason)
            if card.paused_reason and card.column == OrderStatus.IN_PROGRESS.value else titles[card.column],
            "opened": opened,
            "promised": card.promised_local, "left": self.left_text(card),
        }
        for key, label in row.labels.items():
            text = texts[key]
            label.ensurePolished()
            width = label.maximumWidth() - (2 * self.px(10) if key == "status" else 0)
            label.setText(QFontMetrics(label.font()).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 10)))
            label.setToolTip("")

    def texts(self) -> list[str]:
        """Every text on the screen now (what a person in the workshop can read)."""
        found = [self.windowTitle()]
        for label in self.findChildren(QLabel):
            if label.isVisibleTo(self):
                found.append(label.text())
                found.append(label.toolTip())
        return [t for t in found if t]

    # --- sizes ---------------------------------------------------------------------------

    def px(self, size: float) -> int:
        """A size given for 1080 lines, on this screen."""
        return max(1, round(size * self.unit))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_scale()
        self.show_board()

    def apply_scale(self) -> None:
        """Type, spacing and the number of rows per page from the window's size."""
        width, height = max(self.width(), 640), max(self.height(), 360)
        self.unit = min(height / 1080, width / 1920)
        px = self.px
        margin = px(28)
        self.outer.setContentsMargins(margin, px(18), margin, px(14))
        self.outer.setSpacing(px(8))
        self.body.setSpacing(px(6))
        wall = "QWidget#wall"
        self.setStyleSheet(
            f"{wall} {{ background: {BACKGROUND}; }}"
            f"{wall} QLabel {{ color: {TEXT}; font-size: {px(34)}px; background: transparent; }}"
            f"{wall} QLabel#shop {{ font-size: {px(46)}px; }}"
            f"{wall} QLabel#heading {{ color: {MUTED}; font-size: {px(28)}px; }}"
            f"{wall} QLabel#clock {{ font-size: {px(80)}px; font-weight: bold; }}"
            f"{wall} QLabel#date {{ color: {MUTED}; font-size: {px(28)}px; }}"
            f"{wall} QLabel#banner {{ background: #b71c1c; color: white; font-size: {px(32)}px; font-weight: bold;"
            f" padding: {px(10)}px {px(18)}px; border-radius: {px(8)}px; }}"
            f"{wall} QFrame#header QLabel {{ color: {MUTED}; font-size: {px(26)}px; }}"
            f"{wall} QLabel#plate {{ font-size: {px(38)}px; }}"
            f"{wall} QLabel#opened, {wall} QLabel#promised {{ font-size: {px(32)}px; }}"
            f"{wall} QLabel#empty {{ color: {MUTED}; font-size: {px(40)}px; }}"
            f"{wall} QLabel#counts, {wall} QLabel#legend, {wall} QLabel#pager {{ color: {MUTED};"
            f" font-size: {px(28)}px; }}"
        )
        self.legend.setText(
            " ".join(
                f"<span style='color:{COLOURS[key]}'>■</span> {text}&nbsp;&nbsp;"
                for key, text in ((board.ON_TRACK, self.tr("正常")), (board.ATTENTION, self.tr("待确认 / 该查进度")),
                                  (board.OVERDUE, self.tr("已超时")))
            )
        )
        row_height = px(64)
        for label in (self.shop, self.heading, self.clock, self.date, self.counts, self.pager, self.banner):
            label.ensurePolished()
        top = max(self.shop.sizeHint().height() + self.heading.sizeHint().height(),
                  self.clock.sizeHint().height() + self.date.sizeHint().height())
        footer = max(self.counts.sizeHint().height(), self.pager.sizeHint().height())
        used = px(18) + px(14) + top + px(44) + footer + px(8) * 4 + px(2)
        if self.offline:
            used += self.banner.sizeHint().height() + px(8)
        per_page = max(1, (height - used + px(6)) // (row_height + px(6)))
        if per_page != self.per_page or len(self.rows) != per_page:
            for row in self.rows:
                self.body.removeWidget(row)
                row.deleteLater()
            self.rows = []
            for _ in range(per_page):
                row = _Row(self)
                self.rows.append(row)
                self.body.addWidget(row)
            self.per_page = per_page
        inner = width - 2 * margin
        total = sum(share for _key, share in FIELDS)
        spacing = px(12)
        usable = inner - px(10) - spacing * (len(FIELDS) + 1)
        for row in [self.header, *self.rows]:
            row.setFixedHeight(row_height if row is not self.header else px(44))
            row.layout().setSpacing(spacing)
            row.layout().setContentsMargins(0, 0, px(12), 0)
            row.bar.setFixedWidth(px(10))
            for key, share in FIELDS:
                row.labels[key].setFixedWidth(int(usable * share / total))
        self.header.bar.setStyleSheet("background: transparent;")


def run_wall(settings: object, screen: int = 0) -> int:
    """Show the wall screen full screen on monitor ``screen`` until Escape; the exit status."""
    import sys

    from desk.config import Settings
    from desk.db_watch import watching_database
    from desk.views.i18n import install_language

    assert isinstance(settings, Settings)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_language(app, settings.lang)
    screens = QGuiApplication.screens()
    if not 0 <= screen < len(screens):
        raise DeskError("没有第 {screen} 块屏幕（这台电脑有 {count} 块，编号从 0 起）。", screen=screen, count=len(screens))
    database = watching_database(settings.database_url)
    runner = Runner(database, settings)
    wall = WallScreen(runner)
    target = screens[screen]
    wall.setGeometry(target.geometry())
    wall.create()
    handle = wall.windowHandle()
    if handle is not None:
        handle.setScreen(target)
    wall.showFullScreen()
    wall.setFixedSize(target.geometry().size())  # the screen's size, whatever the layout asks
    QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
    try:
        return app.exec()
    finally:
        wall.stop()
        database.dispose()
