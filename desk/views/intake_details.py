"""接车约定: what was agreed with the customer at intake, as a small box beside the order editor —
how they mean to pay, what happens to the old parts, whether (and on which number) they may be
called about extra work found in the workshop.

Signals:
    conflicted(Conflict): another PC saved the order first; the editor reloads it and offers back
        what was typed here (desk.views.conflict_note).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QWidget

from desk.models.enums import OldParts, PaymentMethod
from desk.services import orders
from desk.services.errors import Conflict
from desk.services.orders import OrderDetail
from desk.views.conflict_note import Field, field
from desk.views.i18n import enum_text
from desk.views.runner import Runner


class IntakeDetailsBox(QGroupBox):
    """Payment intended, old parts, consent to extra-work calls and the number; saved with its own button."""

    conflicted = Signal(Conflict)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("接车约定"))
        self.runner = runner
        self.detail: OrderDetail | None = None
        self.payment_combo = QComboBox()
        self.payment_combo.setObjectName("paymentIntent")
        self.payment_combo.addItem(self.tr("未询问"), "")
        for method in PaymentMethod:
            self.payment_combo.addItem(enum_text(method), method.value)
        self.old_parts_combo = QComboBox()
        self.old_parts_combo.setObjectName("oldParts")
        self.old_parts_combo.addItem(self.tr("未询问"), "")
        for choice in OldParts:
            self.old_parts_combo.addItem(enum_text(choice), choice.value)
        self.consent_check = QCheckBox(self.tr("同意增项来电"))
        self.consent_check.setObjectName("extraWorkConsent")
        self.consent_check.setChecked(True)
        self.consent_check.toggled.connect(self.phone_edit_enabled)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("callbackPhone")
        self.phone_edit.setPlaceholderText(self.tr("客户手机"))
        self.phone_edit.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("保存约定"))
        self.save_button.setObjectName("saveIntake")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout(self)
        form.addRow(self.tr("付款方式"), self.payment_combo)
        form.addRow(self.tr("旧件"), self.old_parts_combo)
        form.addRow(self.consent_check)
        form.addRow(self.tr("来电号码"), self.phone_edit)
        form.addRow(self.save_button)

    def conflict_fields(self) -> list[Field]:
        """The inputs whose unsaved values the editor offers back after a conflict."""
        return [
            field(self.tr("付款方式"), self.payment_combo), field(self.tr("旧件"), self.old_parts_combo),
            field(self.tr("同意增项来电"), self.consent_check), field(self.tr("来电号码"), self.phone_edit),
        ]

    def phone_edit_enabled(self, consent: bool) -> None:
        self.phone_edit.setEnabled(consent and self.isEnabled())

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        editable = bool(detail and detail.editable)
        for widget in (self.payment_combo, self.old_parts_combo, self.consent_check, self.save_button):
            widget.setEnabled(editable)
        if detail is None:
            self.payment_combo.setCurrentIndex(0)
            self.old_parts_combo.setCurrentIndex(0)
            self.consent_check.setChecked(True)
            self.phone_edit.clear()
        else:
            self.payment_combo.setCurrentIndex(max(0, self.payment_combo.findData(detail.payment_intent)))
            self.old_parts_combo.setCurrentIndex(max(0, self.old_parts_combo.findData(detail.old_parts)))
            self.consent_check.setChecked(detail.extra_work_consent)
            self.phone_edit.setText(detail.callback_phone)
        self.phone_edit.setEnabled(editable and self.consent_check.isChecked())

    def save(self) -> None:
        if self.detail is None or not self.detail.editable:
            return
        self.runner.attempt(
            self, orders.update_intake, self.detail.number, payment_intent=self.payment_combo.currentData(),
            old_parts=self.old_parts_combo.currentData(), extra_work_consent=self.consent_check.isChecked(),
            callback_phone=self.phone_edit.text() if self.consent_check.isChecked() else "", staff_id=self.runner.staff_id,
            expected_version=self.detail.version, on_conflict=self.conflicted.emit,
        )
