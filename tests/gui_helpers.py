"""What the GUI tests share: a reporter that records instead of showing dialogs, and a window."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget


@dataclass
class RecordingReporter:
    """Stands in for message boxes: keeps every refusal and answers every question."""

    answer: bool = True
    errors: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        self.questions.append(text)
        return self.answer


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into ``widget`` as a person would: keys for ASCII, the input method for Chinese.

    QTest can only press keys of the ASCII range; Chinese characters reach a widget as text
    committed by the input method, so that is what is sent for them.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
