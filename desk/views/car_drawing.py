"""The car drawing of the walk-around, where the advisor places, moves and removes damage marks.

The outline is ``resources/car_outline.svg`` (generated from :mod:`desk.printing.car_outline`, the
geometry the printed sheet draws too), shown as large as fits with its shape kept. Marks are kept
in 0–1 of the drawing's width and height, so the same click lands on the same place of the car
whatever the widget's size — and on the same place of the printed sheet.

Mouse: a click on empty car places a mark of the chosen kind; a click on a mark selects it; a
drag moves it. Keyboard: Tab to the drawing, arrows move the selected mark, Delete removes it,
Enter places a mark in the middle of the drawing to be moved with the arrows.

Signals:
    mark_added(str, float, float): kind and place of a new mark.
    mark_moved(int, float, float): a mark was dragged (or nudged) to a new place.
    mark_selected(object): the id of the selected mark, or None.
    delete_requested(int): the user pressed Delete on the selected mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from desk.printing import car_outline
from desk.resources import resource
from desk.services.inspections import MarkRow

MARGIN = 6
NUDGE = 0.005


def paint_mark(painter: QPainter, kind: str, number: int, centre: QPointF, radius: float, selected: bool = False) -> None:
    """A mark's shape and colour (as on the printed sheet) with its number inside."""
    shape, colour = car_outline.MARK_STYLES.get(kind, car_outline.MARK_STYLES["other"])
    painter.save()
    if selected:
        painter.setPen(QPen(QColor("#ffb300"), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius * 1.75, radius * 1.75)
    painter.setPen(QPen(QColor(colour), max(1.5, radius / 6)))
    painter.setBrush(QColor("#ffffff"))
    corners = car_outline.mark_polygon(shape, centre.x(), centre.y(), radius)
    if corners:
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
    else:
        painter.drawEllipse(centre, radius, radius)
    if number:
        font = QFont(painter.font())
        font.setPixelSize(max(8, int(radius * (1.2 if number < 10 else 1.0))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.restore()


class CarDrawing(QWidget):
    """The car outline with the marks of one inspection."""

    mark_added = Signal(str, float, float)
    mark_moved = Signal(int, float, float)
    mark_selected = Signal(object)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carDrawing")
        self.renderer = QSvgRenderer(str(resource("car_outline.svg")), self)
        self.marks: list[MarkRow] = []
        self.kind = "scratch"
        self.editable = False
        self.selected_id: int | None = None
        self._drag: tuple[int, QPointF] | None = None
        self._drag_at: tuple[float, float] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(300, int(300 / car_outline.ASPECT))

    # --- geometry ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, int(520 / car_outline.ASPECT))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return int((width - 2 * MARGIN) / car_outline.ASPECT) + 2 * MARGIN

    def drawing_rect(self) -> QRectF:
        """Where the drawing is inside the widget: as large as fits, its shape kept, centred."""
        left, top, w, h = car_outline.fit(self.width() - 2 * MARGIN, self.height() - 2 * MARGIN)
        return QRectF(left + MARGIN, top + MARGIN, w, h)

    def unit_at(self, pos: QPointF) -> tuple[float, float]:
        """A widget position → 0–1 of the drawing."""
        r = self.drawing_rect()
        return car_outline.to_unit(pos.x(), pos.y(), r.left(), r.top(), r.width(), r.height())

    def position_of(self, x: float, y: float) -> QPointF:
        """0–1 of the drawing → the widget position."""
        r = self.drawing_rect()
        return QPointF(*car_outline.to_box(x, y, r.left(), r.top(), r.width(), r.height()))

    def mark_radius(self) -> float:
        return max(8.0, self.drawing_rect().width() / 55)

    def mark_at(self, pos: QPointF) -> MarkRow | None:
        radius = self.mark_radius() * 1.3
        for mark in reversed(self.marks):
            centre = self.position_of(mark.x, mark.y)
            if (centre - pos).manhattanLength() <= radius * 1.5 and (
                (centre.x() - pos.x()) ** 2 + (centre.y() - pos.y()) ** 2 <= radius**2
            ):
                return mark
        return None

    # --- state ------------------------------------------------------------------------------

    def set_marks(self, marks: Sequence[MarkRow], selected: int | None = None) -> None:
        self.marks = list(marks)
        ids = {m.id for m in self.marks}
        self.selected_id = selected if selected in ids else (self.selected_id if self.selected_id in ids else None)
        self.update()

    def set_kind(self, kind: str) -> None:
        self.kind = kind

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.setCursor(Qt.CursorShape.CrossCursor if editable else Qt.CursorShape.ArrowCursor)

    def select(self, mark_id: int | None) -> None:
        self.selected_id = mark_id
        self.update()
        self.mark_selected.emit(mark_id)

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        rect = self.drawing_rect()
        self.renderer.render(painter, rect)
        radius = self.mark_radius()
        for mark in self.marks:
            place = (self._drag_at if self._drag and self._drag[0] == mark.id and self._drag_at else (mark.x, mark.y))
            paint_mark(painter, mark.kind, mark.number, self.position_of(*place), radius, mark.id == self.selected_id)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    # --- mouse and keyboard -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        hit = self.mark_at(pos)
        if hit is not None:
            self.select(hit.id)
            if self.editable:
                self._drag = (hit.id, pos)
                self._drag_at = None
            return
        if not self.drawing_rect().contains(pos):
            self.select(None)
            return
        if self.editable:
            x, y = self.unit_at(pos)
            self.mark_added.emit(self.kind, x, y)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return super().mouseMoveEvent(event)
        if (event.position() - self._drag[1]).manhattanLength() >= 3 or self._drag_at is not None:
            self._drag_at = self.unit_at(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        mark_id, _ = self._drag
        target = self._drag_at
        self._drag = None
        self._drag_at = None
        if target is not None:
            self.mark_moved.emit(mark_id, *target)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        mark = next((m for m in self.marks if m.id == self.selected_id), None)
        steps = {
            Qt.Key.Key_Left: (-NUDGE, 0), Qt.Key.Key_Right: (NUDGE, 0),
            Qt.Key.Key_Up: (0, -NUDGE), Qt.Key.Key_Down: (0, NUDGE),
        }
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and mark is not None and self.editable:
            self.delete_requested.emit(mark.id)
        elif key in steps and mark is not None and self.editable:
            factor = 5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            dx, dy = steps[key]
            x = min(max(mark.x + dx * factor, 0.0), 1.0)
            y = min(max(mark.y + dy * factor, 0.0), 1.0)
            self.mark_moved.emit(mark.id, x, y)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Insert) and self.editable:
            self.mark_added.emit(self.kind, 0.5, 0.5)
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusOutEvent(event)
        self.update()
