"""A signature pad: the customer signs with the mouse, a pen (tablet) or a finger (touch screen).

Strokes are kept in 0–1 of the pad, so resizing the window does not distort them, and handed over
as a PNG (dark ink on a transparent background) for the inspection. After signing the pad shows the
stored signature and takes no more input.

Signals:
    changed(): a stroke was added or the pad was cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#14204f")
PNG_SIZE = QSize(600, 200)


class SignaturePad(QWidget):
    """Collects strokes; ``to_png()`` gives the signature, ``show_signed()`` shows a stored one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.strokes: list[list[QPointF]] = []
        self.signed: QPixmap | None = None
        self.hint = ""
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(260, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 150)

    def set_hint(self, text: str) -> None:
        self.hint = text
        self.update()

    # --- state ------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def clear(self) -> None:
        self.strokes = []
        self.signed = None
        self.setEnabled(True)
        self.update()
        self.changed.emit()

    def show_signed(self, png: bytes | None) -> None:
        """Show a stored signature (read-only); None shows an empty pad again."""
        self.strokes = []
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self.signed = pixmap
        else:
            self.signed = None
        self.update()

    def to_png(self) -> bytes:
        """The strokes drawn on a transparent picture of ``PNG_SIZE``, as PNG bytes."""
        image = QImage(PNG_SIZE, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._paint_strokes(painter, QRectF(0, 0, PNG_SIZE.width(), PNG_SIZE.height()), 4.0)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # --- drawing ----------------------------------------------------------------------------

    def _unit(self, pos: QPointF) -> QPointF:
        w, h = max(1, self.width()), max(1, self.height())
        return QPointF(min(max(pos.x() / w, 0.0), 1.0), min(max(pos.y() / h, 0.0), 1.0))

    def _begin(self, pos: QPointF) -> None:
        if self.signed is not None or not self.isEnabled():
            return
        self._drawing = True
        self.strokes.append([self._unit(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append(self._unit(pos))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                pos = points[0].position()
                if event.type() == QTouchEvent.Type.TouchBegin:
                    self._begin(pos)
                elif event.type() == QTouchEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._end()
            event.accept()
            return True
        return super().event(event)

    def _paint_strokes(self, painter: QPainter, rect: QRectF, width: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            path = QPainterPath()
            points = [QPointF(rect.left() + p.x() * rect.width(), rect.top() + p.y() * rect.height()) for p in stroke]
            path.moveTo(points[0])
            for point in points[1:]:
                path.lineTo(point)
            if len(points) == 1:
                painter.drawPoint(points[0])
            else:
                painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fffdf5"))
        painter.setPen(QPen(QColor("#1565c0") if self.hasFocus() else QColor("#b9c4d2"), 1.5))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() * 0.78
        painter.setPen(QPen(QColor("#c9d2de"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        if self.signed is not None:
            target = QRectF(self.rect()).adjusted(8, 4, -8, -4)
            scaled = self.signed.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            box = QRectF(0, 0, scaled.width(), scaled.height())
            box.moveCenter(target.center())
            painter.drawPixmap(box.toRect(), self.signed)
        elif self.strokes:
            self._paint_strokes(painter, QRectF(self.rect()), 2.6)
        elif self.hint:
            painter.setPen(QColor("#9aa6b4"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.hint)
        painter.end()
