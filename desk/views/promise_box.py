"""The promised time in the order editor: the time, the computed one with how it was reached, the
reason for another time, and the changes so far.

The time is saved with the complaint by the editor's 「保存描述和交车时间」; this widget only
collects it. A time other than the computed one needs a reason (the service refuses it without).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import promise
from desk.services.orders import OrderDetail
from desk.views.runner import Runner

WALL_FORMAT = "yyyy-MM-dd HH:mm"


def _wall(text: str) -> dt.datetime | None:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M") if text else None


class PromiseEditor(QWidget):
    """The promised time with the computed time beside it; see the module's docstring."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.computed: promise.Promise | None = None
        self.promised_local = ""
        self.time_edit = QDateTimeEdit()
        self.time_edit.setObjectName("promisedTime")
        self.time_edit.setCalendarPopup(True)
        self.time_edit.setDisplayFormat(WALL_FORMAT)
        self.time_edit.dateTimeChanged.connect(lambda _value: self._show_reason_state())
        self.use_computed_button = QPushButton(self.tr("按计算时间"))
        self.use_computed_button.setObjectName("useComputedPromise")
        self.use_computed_button.clicked.connect(self.use_computed)
        self.computed_label = QLabel()
        self.computed_label.setObjectName("computedPromise")
        self.computed_label.setWordWrap(True)
        self.computed_label.setStyleSheet("color: #555;")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("promiseReason")
        self.told_check = QCheckBox(self.tr("已告知客户"))
        self.told_check.setObjectName("promiseTold")
        self.history_label = QLabel()
        self.history_label.setObjectName("promiseHistory")
        self.history_label.setStyleSheet("color: #1565c0;")

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.time_edit)
        first.addWidget(self.use_computed_button)
        first.addWidget(self.computed_label, 1)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.reason_edit, 1)
        second.addWidget(self.told_check)
        second.addWidget(self.history_label)
        self.second_row = second
        """The row of the reason; the editor puts its save button at its end."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(first)
        layout.addLayout(second)
        self.setTabOrder(self.time_edit, self.use_computed_button)
        self.setTabOrder(self.use_computed_button, self.reason_edit)
        self.setTabOrder(self.reason_edit, self.told_check)

    # --- showing -----------------------------------------------------------------------------

    def show_detail(self, detail: OrderDetail | None, view: promise.PromiseView | None = None) -> None:
        """Show the order's promise; ``view`` is its computed time and changes when the editor read
        them with the order (desk.services.order_editor), else they are read here."""
        self.reason_edit.clear()
        self.told_check.setChecked(False)
        self.promised_local = detail.promised_local if detail is not None else ""
        if detail is None or not detail.editable:
            view = None
        elif view is None:
            view = self.runner.attempt(self, promise.promise_view, detail.number, write=False)
        self.computed = view.computed if view is not None else None
        if detail is not None and detail.promised_local:
            self.time_edit.setDateTime(QDateTime.fromString(detail.promised_local, WALL_FORMAT))
        elif self.computed is not None:
            self.time_edit.setDateTime(QDateTime.fromString(self.computed.local, WALL_FORMAT))
        if self.computed is None:
            self.computed_label.clear()
        else:
            self.computed_label.setText(
                self.tr("计算：%1（%2）").replace("%1", self.computed.local).replace("%2", self.computed.explanation)
            )
        self.computed_label.setToolTip(self.computed.explanation if self.computed else "")
        self.use_computed_button.setEnabled(self.computed is not None)
        history = view.history if view is not None else ()
        self.history_label.setText(self.tr("变更记录（%1）").replace("%1", str(len(history))) if history else "")
        self.history_label.setToolTip("\n".join(self._history_line(h) for h in history))
        self._show_reason_state()

    def _history_line(self, change: promise.PromiseChangeRow) -> str:
        line = self.tr("%1 %2：%3 → %4").replace("%1", change.at_local).replace("%2", change.staff or "—").replace(
            "%3", change.old_local or "—").replace("%4", change.new_local)
        if change.computed_local and change.computed_local != change.new_local:
            line += self.tr("（计算 %1）").replace("%1", change.computed_local)
        if change.reason:
            line += self.tr("，原因：%1").replace("%1", change.reason)
        if change.customer_told:
            line += self.tr("，已告知客户")
        return line

    def differs_from_computed(self) -> bool:
        """Whether the chosen time is not the computed one."""
        computed = _wall(self.computed.local) if self.computed else None
        return computed is not None and abs(self.wall_time() - computed) >= promise.SAME_AS_COMPUTED

    def changed(self) -> bool:
        """Whether the chosen time is not the time promised so far."""
        return self.wall_time() != _wall(self.promised_local)

    def reason_required(self) -> bool:
        """A new time other than the computed one needs a reason; an unchanged promise does not."""
        return self.changed() and self.differs_from_computed()

    def _show_reason_state(self) -> None:
        required = self.reason_required()
        self.reason_edit.setPlaceholderText(
            self.tr("改时原因（与计算时间不同，必填）") if required else self.tr("改时原因（选填）")
        )
        sheet = "QLineEdit { border: 1px solid #c62828; }" if required else ""
        if self.reason_edit.styleSheet() != sheet:  # setting a style sheet polishes the input again
            self.reason_edit.setStyleSheet(sheet)

    # --- what the editor saves -----------------------------------------------------------------

    def wall_time(self) -> dt.datetime:
        return self.time_edit.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[union-attr]

    def use_computed(self) -> None:
        if self.computed is not None:
            self.time_edit.setDateTime(QDateTime.fromString(self.computed.local, WALL_FORMAT))

    def reason(self) -> str:
        return self.reason_edit.text()

    def customer_told(self) -> bool:
        return self.told_check.isChecked()

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 (Qt's name)
        super().setEnabled(enabled)
        self.use_computed_button.setEnabled(enabled and self.computed is not None)
