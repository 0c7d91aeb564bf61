"""The note a screen shows after its save was refused because another PC saved the same record first.

The service refuses the stale save (``desk.services.concurrency.check_version``) and the runner
shows who saved and when. The screen then reloads the record, so its fields show the other PC's
values, and offers back what this user had typed in a :class:`ConflictNote` above the form:
「重新填入」 puts those values back into the fields (the next save carries the new version and goes
through), 「关闭」 leaves the latest values as they are. Nothing typed is lost and nothing the other
PC saved is overwritten without the user seeing it.

Only what the user changed since the record was loaded counts as typed (``loaded()`` remembers the
values as loaded): putting back a value the user never touched would quietly undo the other PC's
change to it.

Signals (of :class:`ConflictNote`):
    reapplied(): the typed values were put back into the fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services.errors import Conflict


def _changed(old: object, new: object) -> object | None:
    return None if new == old else new


@dataclass(frozen=True)
class Field:
    """One input the note looks after.

    ``read`` gives its value now, ``write`` puts a value back, ``show`` says a value in the note.
    ``changes(loaded, now)`` is what the user changed (None when nothing); a field that holds many
    parts (a checklist) returns only the parts changed, so putting them back leaves the rest as the
    other PC saved them.
    """

    label: str
    read: Callable[[], Any]
    write: Callable[[Any], None]
    show: Callable[[Any], str] = str
    changes: Callable[[Any, Any], Any] = _changed
    widget: QWidget | None = None  # gets the focus when the value is put back


@dataclass(frozen=True)
class Typed:
    """A value the user typed into ``field`` and has not saved."""

    field: Field
    value: Any

    @property
    def shown(self) -> str:
        return self.field.show(self.value)


def _quoted(text: str) -> str:
    text = text.strip()
    if not text:
        return QCoreApplication.translate("ConflictNote", "（空）")
    return QCoreApplication.translate("ConflictNote", "“%1”").replace("%1", text)


def _plain(text: str) -> str:
    return text if text.strip() else QCoreApplication.translate("ConflictNote", "（空）")


def field(label: str, widget: QWidget) -> Field:
    """A :class:`Field` for a standard input: a line edit, text box, list, check box, date/time or number."""
    if isinstance(widget, QLineEdit):
        return Field(label, widget.text, lambda v: widget.setText(v), _plain, widget=widget)
    if isinstance(widget, QPlainTextEdit):
        return Field(label, widget.toPlainText, lambda v: widget.setPlainText(v), _quoted, widget=widget)
    if isinstance(widget, QTextEdit):
        return Field(label, widget.toPlainText, lambda v: widget.setPlainText(v), _quoted, widget=widget)
    if isinstance(widget, QComboBox):
        def read_combo() -> tuple[Any, str]:
            return (widget.currentData(), widget.currentText())

        def write_combo(value: tuple[Any, str]) -> None:
            data, text = value
            index = widget.findData(data) if data is not None else widget.findText(text)
            if index >= 0:
                widget.setCurrentIndex(index)
            elif widget.isEditable():
                widget.setCurrentText(text)

        def combo_changes(old: tuple[Any, str], new: tuple[Any, str]) -> tuple[Any, str] | None:
            # Lists with data compare by it: an item's text may say more after a reload ("（已约 …）").
            same = old[0] == new[0] if old[0] is not None or new[0] is not None else old[1] == new[1]
            return None if same else new

        return Field(label, read_combo, write_combo, lambda v: _plain(v[1]), combo_changes, widget=widget)
    if isinstance(widget, QAbstractButton):
        return Field(label, widget.isChecked, lambda v: widget.setChecked(bool(v)),
                     lambda v: QCoreApplication.translate("ConflictNote", "是") if v
                     else QCoreApplication.translate("ConflictNote", "否"), widget=widget)
    if isinstance(widget, QDateTimeEdit):  # also QDateEdit and QTimeEdit
        display = widget.displayFormat()
        return Field(label, widget.dateTime, lambda v: widget.setDateTime(v),
                     lambda v: QDateTime(v).toString(display), widget=widget)
    if isinstance(widget, QSpinBox):
        def show_number(value: int) -> str:
            if value == widget.minimum() and widget.specialValueText():
                return widget.specialValueText()
            return f"{widget.prefix()}{value}{widget.suffix()}"

        return Field(label, widget.value, lambda v: widget.setValue(v), show_number, widget=widget)
    if isinstance(widget, QAbstractSpinBox):
        return Field(label, widget.text, lambda _v: None, _plain, widget=widget)
    raise TypeError(f"no conflict field for {type(widget).__name__}")


class ConflictNote(QFrame):
    """别人刚保存过…: who saved, what the user typed, 「重新填入」 and 「关闭」; see the module's docstring."""

    reapplied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#conflictNote { background: #fff4e5; border: 1px solid #f0b060; border-radius: 3px; }"
            "QFrame#conflictNote QLabel { color: #8a4b00; background: transparent; border: none; }"
        )
        self.fields: list[Field] = []
        self.baseline: list[Any] = []
        self.pending: list[Typed] = []
        self.label = QLabel()
        self.label.setObjectName("conflictText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reapply_button = QPushButton(self.tr("重新填入(&E)"))
        self.reapply_button.setObjectName("conflictReapply")
        self.reapply_button.setToolTip(self.tr("把您刚才输入的内容填回去，核对后再保存（Alt+E）"))
        self.reapply_button.setAutoDefault(False)
        self.reapply_button.clicked.connect(self.reapply)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setObjectName("conflictClose")
        self.close_button.setToolTip(self.tr("保留别人保存的最新内容，不再填入"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.reapply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.setTabOrder(self.reapply_button, self.close_button)
        self.hide()

    # --- what the screen tells the note --------------------------------------------------------

    def watch(self, fields: Iterable[Field]) -> None:
        """The inputs of the form, in the order their values are put back (a list before its choices)."""
        self.fields = list(fields)
        self.loaded()

    def loaded(self) -> None:
        """The form now shows the record as saved: remember it, so only later changes count as typed.

        An offer still shown is withdrawn: it was about an older load (or the save went through).
        """
        self.baseline = [f.read() for f in self.fields]
        self.dismiss()

    def typed(self) -> list[Typed]:
        """What the user changed since the record was loaded (call before reloading it)."""
        found = []
        for f, old in zip(self.fields, self.baseline):
            change = f.changes(old, f.read())
            if change is not None:
                found.append(Typed(f, change))
        return found

    def offer(self, conflict: Conflict | None, typed: Sequence[Typed], latest: str = "") -> None:
        """Show the note after the record was reloaded; ``typed`` was taken before the reload.

        ``latest`` says what the other PC saved when the form does not show it (a form that adds a
        step to a record keeps what was typed: the new step does not replace anything).
        """
        self.pending = list(typed)
        params = conflict.params if conflict is not None else {}
        who = str(params.get("who") or self.tr("另一台电脑"))
        when = str(params.get("when") or "")
        head = (
            self.tr("别人（%1，%2）刚保存过").replace("%1", who).replace("%2", when)
            if when else self.tr("别人（%1）刚保存过").replace("%1", who)
        )
        head += (
            self.tr("，最新的是：%1。").replace("%1", latest) if latest else self.tr("，下面是最新内容。")
        )
        if self.pending:
            listed = self.tr("；").join(f"{t.field.label} {t.shown}" for t in self.pending)
            text = head + self.tr("您刚才输入的：%1。").replace("%1", listed) + self.tr(
                "点「重新填入」把它填回去，核对后再保存。")
        else:
            text = head + self.tr("您没有改动要填回的内容。")
        self.label.setText(text)
        self.reapply_button.setVisible(bool(self.pending))
        self.show()
        # The user's next step is to decide: put the typed values back, or keep the latest ones.
        (self.reapply_button if self.pending else self.close_button).setFocus()

    def text(self) -> str:
        return self.label.text()

    # --- the user's answer ---------------------------------------------------------------------

    def reapply(self) -> None:
        """Put what the user typed back into the fields; the next save carries the new version."""
        typed, self.pending = self.pending, []
        for item in typed:
            item.field.write(item.value)
        self.hide()
        first = next((t.field.widget for t in typed if t.field.widget is not None), None)
        if first is not None and first.isEnabled():
            first.setFocus()
        self.reapplied.emit()

    def dismiss(self) -> None:
        """Keep the latest values as they are."""
        self.pending = []
        self.hide()
