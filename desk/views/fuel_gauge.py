"""A fuel gauge in eighths (E … F): click on it or use the arrow keys and 0–8 to set the level.

Signals:
    changed(object): the level, 0–8, or None when not read yet.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

STEPS = 8


class FuelGauge(QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fuelGauge")
        self.level: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(170, 64)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 72)

    def set_level(self, level: int | None, *, notify: bool = True) -> None:
        if level is not None:
            level = min(max(int(level), 0), STEPS)
        if level != self.level:
            self.level = level
            self.update()
            if notify:
                self.changed.emit(level)

    def _geometry(self) -> tuple[QPointF, float]:
        radius = min(self.width() / 2 - 40, self.height() - 14, 60)
        return QPointF(radius + 30, self.height() - 6), radius

    def level_at(self, pos: QPointF) -> int:
        centre, _ = self._geometry()
        angle = math.degrees(math.atan2(centre.y() - pos.y(), pos.x() - centre.x()))
        angle = min(max(angle, 0.0), 180.0)
        return round((180.0 - angle) / (180.0 / STEPS))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus()
            self.set_level(self.level_at(event.position()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.set_level(self.level_at(event.position()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        current = self.level if self.level is not None else 4
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_level(current + 1 if self.level is not None else current)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_level(current - 1 if self.level is not None else current)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_8:
            self.set_level(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre, r = self._geometry()
        box = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
        for step in range(STEPS):
            filled = self.level is not None and step < self.level
            colour = QColor("#c62828") if (filled and self.level is not None and self.level <= 1) else QColor("#2e7d32")
            pen = QPen(colour if filled else QColor("#dfe4ea"), 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            start = 180 - step * (180 / STEPS)
            painter.drawArc(box.adjusted(6, 6, -6, -6), int((start - 180 / STEPS + 1.5) * 16), int((180 / STEPS - 3) * 16))
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(centre.x() - r - 30, centre.y() - 18, 24, 18), Qt.AlignmentFlag.AlignRight, "E")
        painter.drawText(QRectF(centre.x() + r + 6, centre.y() - 18, 24, 18), Qt.AlignmentFlag.AlignLeft, "F")
        if self.level is not None:
            angle = math.radians(180 - self.level * 180 / STEPS)
            tip = QPointF(centre.x() + (r - 8) * math.cos(angle), centre.y() - (r - 8) * math.sin(angle))
            painter.setPen(QPen(QColor("#1d2733"), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(centre, tip)
            painter.setPen(QColor("#1d2733"))
            painter.drawText(
                QRectF(centre.x() + r + 6, centre.y() - r, 60, 22), Qt.AlignmentFlag.AlignLeft, f"{self.level}/8"
            )
        painter.setBrush(QColor("#1d2733"))
        painter.drawEllipse(centre, 4, 4)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()
