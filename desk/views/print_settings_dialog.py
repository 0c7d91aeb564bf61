"""打印设置: the paper of the settlement slip and the exit pass, the pass's validity (shop-wide),
and which printer this PC sends each document to (from desk.toml, shown for reference)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from desk.config import config_file
from desk.services import print_settings
from desk.services.print_settings import MAX_EXIT_PASS_HOURS
from desk.views.runner import Runner

DOCUMENTS = ("settlement", "exit_pass", "day_end", "repair_order", "checkin", "welcome", "additional_work")


class PrintSettingsDialog(QDialog):
    """Edits the shop-wide print settings; saved in one action."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("打印设置"))
        self.current = runner.attempt(self, print_settings.print_settings, write=False)
        self.settlement_combo = QComboBox()
        self.settlement_combo.setObjectName("settlementPaper")
        self.settlement_combo.addItem(self.tr("A4"), "A4")
        self.settlement_combo.addItem(self.tr("A5"), "A5")
        self.exit_pass_combo = QComboBox()
        self.exit_pass_combo.setObjectName("exitPassPaper")
        self.exit_pass_combo.addItem(self.tr("A6"), "A6")
        self.exit_pass_combo.addItem(self.tr("80 mm 小票"), "80mm")
        self.hours_spin = QSpinBox()
        self.hours_spin.setObjectName("exitPassHours")
        self.hours_spin.setRange(1, MAX_EXIT_PASS_HOURS)
        self.hours_spin.setSuffix(self.tr(" 小时"))
        if self.current is not None:
            self.settlement_combo.setCurrentIndex(self.settlement_combo.findData(self.current.settlement_paper))
            self.exit_pass_combo.setCurrentIndex(self.exit_pass_combo.findData(self.current.exit_pass_paper))
            self.hours_spin.setValue(self.current.exit_pass_hours)
        printers = runner.settings.printers
        lines = [f"{document} = {printers[document]}" for document in ("default", *DOCUMENTS) if printers.get(document)]
        self.printers_label = QLabel(
            self.tr("本机打印机在 %1 的 [printers] 中设置（未设置的单据用系统默认打印机）：\n%2")
            .replace("%1", str(config_file())).replace("%2", "\n".join(lines) or self.tr("（未设置）"))
        )
        self.printers_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("结算单纸张"), self.settlement_combo)
        form.addRow(self.tr("出门证纸张"), self.exit_pass_combo)
        form.addRow(self.tr("出门证有效时长"), self.hours_spin)
        form.addRow(self.printers_label)
        form.addRow(buttons)

    def save(self) -> None:
        saved = self.runner.attempt(
            self, print_settings.update_print_settings, settlement_paper=self.settlement_combo.currentData(),
            exit_pass_paper=self.exit_pass_combo.currentData(), exit_pass_hours=self.hours_spin.value(),
            staff_id=self.runner.staff_id, expected_version=self.current.version if self.current else None,
        )
        if saved is not None:
            self.current = saved
            self.accept()


__all__ = ["PrintSettingsDialog"]
