"""门卫: the gate scans the exit pass, Desk says in big letters whether the car may leave.

The scanner is a keyboard wedge: it types the QR code's content into the focused input and
presses Enter. The verdict fills the middle of the screen: green 放行 with the plate (large, to
compare with the car), model, colour and order; red 拒绝 with the reason. When the QR code cannot
be read, the pass number is typed by hand (the same checks, except the signature). Below, the
cars let out today.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import gate
from desk.services.changes import Changes
from desk.services.errors import DeskError
from desk.services.gate import ExitPassInfo, GateRow
from desk.views.runner import Runner, translate_error
from desk.views.table_model import Column, RowsModel, rows_view

GREEN = "#1b7f3b"
RED = "#c0392b"
IDLE = "#5f6b76"


class GateTab(QWidget):
    """A big scan field, the verdict, a hand-entry field and today's cars out."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.last_ok: bool | None = None

        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("gateScan")
        self.scan_edit.setPlaceholderText(self.tr("请用扫码枪扫描出门证上的二维码"))
        self.scan_edit.setStyleSheet("font-size: 20pt; padding: 6px;")
        self.scan_edit.returnPressed.connect(self.on_scan)
        scan_label = QLabel(self.tr("扫描出门证(&S)"))
        scan_label.setBuddy(self.scan_edit)

        self.verdict = QLabel()
        self.verdict.setObjectName("gateVerdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plate_label = QLabel()
        self.plate_label.setObjectName("gatePlate")
        self.plate_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("gateDetail")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setWordWrap(True)
        self.result = QFrame()
        self.result.setObjectName("gateResult")
        self.result.setMinimumHeight(230)
        result_layout = QVBoxLayout(self.result)
        for label in (self.verdict, self.plate_label, self.detail_label):
            result_layout.addWidget(label)

        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("gateNumber")
        self.number_edit.setPlaceholderText(self.tr("二维码无法读取时，手工输入出门证号，如 EP20261123-0001"))
        self.number_edit.returnPressed.connect(self.on_number)
        self.number_button = QPushButton(self.tr("核验放行"))
        self.number_button.clicked.connect(self.on_number)
        number_label = QLabel(self.tr("手工输入(&N)"))
        number_label.setBuddy(self.number_edit)
        hand = QHBoxLayout()
        hand.addWidget(number_label)
        hand.addWidget(self.number_edit, 1)
        hand.addWidget(self.number_button)

        self.out_model = RowsModel[GateRow](
            [
                Column(self.tr("出厂时间"), lambda r: r.used_local),
                Column(self.tr("车牌"), lambda r: r.plate),
                Column(self.tr("车型"), lambda r: r.model),
                Column(self.tr("颜色"), lambda r: r.colour),
                Column(self.tr("委托书"), lambda r: r.order_number),
                Column(self.tr("出门证"), lambda r: r.pass_number),
                Column(self.tr("放行人"), lambda r: r.used_by),
            ],
            self,
        )
        self.out_view = rows_view(self.out_model, "carsOut", stretch_column=2)
        self.out_box = QGroupBox()
        out_layout = QVBoxLayout(self.out_box)
        out_layout.addWidget(self.out_view)

        layout = QVBoxLayout(self)
        layout.addWidget(scan_label)
        layout.addWidget(self.scan_edit)
        layout.addWidget(self.result)
        layout.addLayout(hand)
        layout.addWidget(self.out_box, 1)
        self.setTabOrder(self.scan_edit, self.number_edit)
        self.setTabOrder(self.number_edit, self.number_button)

        runner.changed.connect(self.on_changed)
        self.show_waiting()
        self.refresh()

    # --- the verdict -------------------------------------------------------------------------------

    def _paint(self, colour: str) -> None:
        self.result.setStyleSheet(
            f"#gateResult {{ background: {colour}; border-radius: 8px; }}"
            "#gateResult QLabel { color: white; }"
            "#gateVerdict { font-size: 40pt; font-weight: bold; }"
            "#gatePlate { font-size: 30pt; font-weight: bold; }"
            "#gateDetail { font-size: 15pt; }"
        )

    def show_waiting(self) -> None:
        self.last_ok = None
        self._paint(IDLE)
        self.verdict.setText(self.tr("请扫码"))
        self.plate_label.clear()
        self.plate_label.hide()
        self.detail_label.setText(self.tr("扫描出门证上的二维码；放行或拒绝会显示在这里。"))

    def show_released(self, released: ExitPassInfo) -> None:
        self.last_ok = True
        self._paint(GREEN)
        self.verdict.setText(self.tr("放行"))
        self.plate_label.setText(released.plate)
        self.plate_label.show()
        vehicle = " · ".join(part for part in (released.model, released.colour) if part)
        self.detail_label.setText(
            self.tr("%1\n委托书 %2 · 出门证 %3 · %4 出厂")
            .replace("%1", vehicle).replace("%2", released.order_number).replace("%3", released.number)
            .replace("%4", released.used_local[11:])
        )

    def show_refused(self, reason: str) -> None:
        self.last_ok = False
        self._paint(RED)
        self.verdict.setText(self.tr("拒绝"))
        self.plate_label.clear()
        self.plate_label.hide()
        self.detail_label.setText(reason)
        QApplication.beep()

    # --- actions ----------------------------------------------------------------------------------

    def check(self, text: str, *, by_hand: bool = False) -> bool:
        """Check what was scanned or typed; the verdict is shown either way. True: let out."""
        if not text.strip():
            return False
        try:
            action = gate.let_out if by_hand else gate.scan
            released = self.runner.write(action, text, staff_id=self.runner.staff_id)
        except DeskError as refusal:
            self.show_refused(translate_error(refusal))
            self.runner.attempt(self, gate.record_refusal, text, refusal.message)
            return False
        self.show_released(released)
        return True

    def on_scan(self) -> None:
        text = self.scan_edit.text()
        self.scan_edit.clear()
        self.check(text)
        self.scan_edit.setFocus()

    def on_number(self) -> None:
        text = self.number_edit.text().strip()
        if not text:
            self.number_edit.setFocus()
            return
        if text.upper().startswith("DESK"):  # a scan that landed in the wrong field
            self.number_edit.clear()
            self.check(text)
        elif self.check(text, by_hand=True):
            self.number_edit.clear()
        self.scan_edit.setFocus()

    # --- today's cars out --------------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        if changes.orders:
            self.refresh()

    def refresh(self) -> None:
        rows = self.runner.attempt(self, gate.cars_out_today, write=False)
        if rows is not None:
            self.out_model.set_rows(rows)
            self.out_box.setTitle(self.tr("今天已出厂 %n 辆", "", len(rows)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()
        self.scan_edit.setFocus()


__all__ = ["GateTab"]
