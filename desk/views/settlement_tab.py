"""结算: settle a ready order — the bill by payer, discounts, payments, on account, next service,
the customer's signature — print the slip, reopen (managers), the day-end report; then issue and
print the exit pass (the gate checks it on the 门卫 tab, :mod:`desk.views.gate_tab`).

Everything the cashier enters is gathered on screen and sent in one action
(:func:`desk.services.settlement.settle`), so an order is either settled with all of it or not at
all. The bill is recomputed by the service (:func:`desk.services.settlement.settlement_preview`)
whenever a discount or 抹零 changes; the balance is shown live as payments are added.

Signals:
    order_requested(str): the user wants to open the order in the editor.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import OrderStatus, PaymentMethod, PayType
from desk.services import gate, orders, settlement, shop
from desk.services.changes import Changes
from desk.services.discounts import format_bp
from desk.services.errors import DeskError, ValidationError
from desk.services.money import format_yuan, parse_yuan
from desk.services.orders import OrderRow
from desk.services.settlement import BillLine, PaymentInput, SettlementPreview
from desk.views.i18n import enum_text, list_text, yuan
from desk.views.pdf_preview import PdfPreview
from desk.views.runner import Runner, translate_error
from desk.views.signature_pad import SignaturePad
from desk.views.table_model import Column, RowsModel, rows_view



def _change(payment: PaymentInput) -> int:
    if payment.method != PaymentMethod.CASH.value or not payment.tendered:
        return 0
    return parse_yuan(payment.tendered) - parse_yuan(payment.amount)


class SettlementTab(QWidget):
    """Ready orders on the left; the chosen order's bill, payments, delivery and exit pass on the right."""

    order_requested = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.preview: SettlementPreview | None = None
        self.payments: list[PaymentInput] = []
        self._recompute = QTimer(self)
        self._recompute.setSingleShot(True)
        self._recompute.setInterval(250)
        self._recompute.timeout.connect(self.reload_bill)

        # --- the queue and the day-end report -------------------------------------------------
        self.queue = RowsModel[OrderRow](
            [
                Column(self.tr("委托书"), lambda r: r.number),
                Column(self.tr("车牌"), lambda r: r.plate),
                Column(self.tr("客户"), lambda r: r.customer),
                Column(self.tr("状态"), lambda r: enum_text(r.status, OrderStatus)),
                Column(self.tr("客户自费"), lambda r: yuan(r.customer_pays_fen), numeric=True),
            ],
            self,
        )
        self.queue_view = rows_view(self.queue, "queue")
        self.queue_view.clicked.connect(lambda index: self._choose(self.queue.row_at(index)))
        self.queue_view.activated.connect(lambda index: self._choose(self.queue.row_at(index)))
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("dayEndDate")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(QDate.currentDate())
        self._day_chosen = False
        """Whether the cashier picked the day; until then it follows the shop's today."""
        self.day_edit.userDateChanged.connect(lambda _: setattr(self, "_day_chosen", True))
        self.day_end_button = QPushButton(self.tr("日结报表…"))
        self.day_end_button.clicked.connect(self.show_day_end)
        queue_box = QGroupBox(self.tr("待结算与今日已结算"))
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.addWidget(self.queue_view)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("日结")))
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.day_end_button)
        day_row.addStretch(1)
        queue_layout.addLayout(day_row)

        # --- the bill -------------------------------------------------------------------------
        self.order_label = QLabel(self.tr("请在左侧选择委托书"))
        self.order_label.setObjectName("settleOrder")
        self.order_label.setWordWrap(True)
        open_order = QPushButton(self.tr("查看委托书"))
        open_order.clicked.connect(lambda: self.preview and self.order_requested.emit(self.preview.number))
        self.lines_model = RowsModel[BillLine](
            [
                Column(self.tr("付费方"), lambda l: enum_text(l.pay_type, PayType)),
                Column(self.tr("项目"), lambda l: f"{l.code} {l.name}".strip()),
                Column(self.tr("数量/工时"), lambda l: l.quantity, numeric=True),
                Column(self.tr("单价"), lambda l: yuan(l.unit_price_fen), numeric=True),
                Column(self.tr("折扣"), lambda l: format_bp(l.discount_bp) if l.discount_bp else "", numeric=True),
                Column(self.tr("金额"), lambda l: yuan(l.amount_fen), numeric=True),
            ],
            self,
        )
        self.lines_view = rows_view(self.lines_model, "billLines", stretch_column=1)
        self.lines_view.setMinimumHeight(130)
        self.payers_label = QLabel()
        self.payers_label.setObjectName("payers")
        self.payers_label.setWordWrap(True)
        bill_box = QGroupBox(self.tr("账单（按付费方）"))
        bill_layout = QVBoxLayout(bill_box)
        head = QHBoxLayout()
        head.addWidget(self.order_label, 1)
        head.addWidget(open_order)
        bill_layout.addLayout(head)
        bill_layout.addWidget(self.lines_view)
        self.line_discount_edit = QLineEdit()
        self.line_discount_edit.setObjectName("lineDiscount")
        self.line_discount_edit.setPlaceholderText(self.tr("行折扣 %，如 10"))
        self.line_discount_edit.setMaximumWidth(180)
        self.line_discount_edit.returnPressed.connect(self.set_line_discount)
        self.line_discount_button = QPushButton(self.tr("设所选行折扣"))
        self.line_discount_button.clicked.connect(self.set_line_discount)
        below = QHBoxLayout()
        below.addWidget(self.payers_label, 1)
        below.addWidget(self.line_discount_edit)
        below.addWidget(self.line_discount_button)
        bill_layout.addLayout(below)

        # --- discounts, 抹零, insurance ---------------------------------------------------------
        self.discount_amount = QLineEdit()
        self.discount_amount.setObjectName("billDiscount")
        self.discount_amount.setPlaceholderText(self.tr("金额，如 50"))
        self.discount_percent = QLineEdit()
        self.discount_percent.setObjectName("billDiscountPercent")
        self.discount_percent.setPlaceholderText(self.tr("比例 %，如 5"))
        self.discount_amount.textEdited.connect(lambda: (self.discount_percent.clear(), self._recompute.start()))
        self.discount_percent.textEdited.connect(lambda: (self.discount_amount.clear(), self._recompute.start()))
        self.limit_label = QLabel()
        self.limit_label.setObjectName("discountLimit")
        self.rounding_check = QCheckBox(self.tr("抹零（舍去角分）"))
        self.rounding_check.toggled.connect(self.reload_bill)
        self.insurer_combo = QComboBox()
        self.insurer_combo.setObjectName("insurer")
        self.insurer_combo.setEditable(True)
        self.insurer_combo.addItems(["", *settlement.COMMON_INSURERS])
        self.claim_edit = QLineEdit()
        self.claim_edit.setObjectName("claimNumber")
        self.claim_edit.setPlaceholderText(self.tr("保险公司报案号/理赔号"))
        discount_box = QGroupBox(self.tr("优惠与保险"))
        discount_form = QFormLayout(discount_box)
        discount_row = QHBoxLayout()
        discount_row.addWidget(self.discount_amount)
        discount_row.addWidget(QLabel(self.tr("或")))
        discount_row.addWidget(self.discount_percent)
        discount_row.addWidget(self.limit_label, 1)
        discount_form.addRow(self.tr("整单折扣"), discount_row)
        discount_form.addRow("", self.rounding_check)
        self.insurer_label = QLabel(self.tr("保险公司"))
        self.claim_label = QLabel(self.tr("理赔号"))
        discount_form.addRow(self.insurer_label, self.insurer_combo)
        discount_form.addRow(self.claim_label, self.claim_edit)
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        self.due_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.capitals_label = QLabel()
        self.capitals_label.setObjectName("dueCapitals")
        self.breakdown_label = QLabel()
        self.breakdown_label.setObjectName("breakdown")
        self.breakdown_label.setWordWrap(True)
        discount_form.addRow(self.tr("客户应付"), self.due_label)
        discount_form.addRow("", self.capitals_label)
        discount_form.addRow("", self.breakdown_label)

        # --- payments -------------------------------------------------------------------------
        self.payment_model = RowsModel[PaymentInput](
            [
                Column(self.tr("付款方式"), lambda p: enum_text(p.method, PaymentMethod)),
                Column(self.tr("金额"), lambda p: yuan(parse_yuan(p.amount)), numeric=True),
                Column(self.tr("交易流水号"), lambda p: p.reference),
                Column(self.tr("实收"), lambda p: yuan(parse_yuan(p.tendered)) if p.tendered else "", numeric=True),
                Column(self.tr("找零"), lambda p: yuan(_change(p)) if _change(p) else "", numeric=True),
            ],
            self,
        )
        self.payment_view = rows_view(self.payment_model, "payments", stretch_column=2)
        self.payment_view.setMaximumHeight(130)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("paymentMethod")
        for method in PaymentMethod:
            self.method_combo.addItem(enum_text(method), method.value)
        self.method_combo.currentIndexChanged.connect(self._method_changed)
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("paymentAmount")
        self.amount_edit.setPlaceholderText(self.tr("金额"))
        self.tendered_edit = QLineEdit()
        self.tendered_edit.setObjectName("tendered")
        self.tendered_edit.setPlaceholderText(self.tr("客户付现金（找零用）"))
        self.tendered_edit.textChanged.connect(self._show_change)
        self.amount_edit.textChanged.connect(self._show_change)
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("reference")
        self.reference_edit.setPlaceholderText(self.tr("交易流水号"))
        self.change_label = QLabel()
        self.change_label.setObjectName("change")
        self.add_payment_button = QPushButton(self.tr("加入收款"))
        self.add_payment_button.clicked.connect(self.add_payment)
        self.amount_edit.returnPressed.connect(self.add_payment)
        self.tendered_edit.returnPressed.connect(self.add_payment)
        self.reference_edit.returnPressed.connect(self.add_payment)
        self.remove_payment_button = QPushButton(self.tr("移除所选收款"))
        self.remove_payment_button.clicked.connect(self.remove_payment)
        self.on_account_edit = QLineEdit()
        self.on_account_edit.setObjectName("onAccount")
        self.on_account_edit.setPlaceholderText(self.tr("挂账金额（仅单位客户）"))
        self.on_account_edit.textChanged.connect(self.update_balance)
        self.approver_combo = QComboBox()
        self.approver_combo.setObjectName("approver")
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balance")
        self.balance_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        payments_box = QGroupBox(self.tr("收款"))
        payments_layout = QVBoxLayout(payments_box)
        entry = QGridLayout()
        entry.addWidget(self.method_combo, 0, 0)
        entry.addWidget(self.amount_edit, 0, 1)
        entry.addWidget(self.reference_edit, 0, 2)
        entry.addWidget(self.tendered_edit, 0, 2)
        entry.addWidget(self.add_payment_button, 0, 3)
        entry.addWidget(self.change_label, 1, 1, 1, 3)
        entry.setColumnStretch(2, 1)
        payments_layout.addLayout(entry)
        payments_layout.addWidget(self.payment_view)
        account_row = QHBoxLayout()
        account_row.addWidget(self.remove_payment_button)
        account_row.addStretch(1)
        self.on_account_label = QLabel(self.tr("挂账"))
        account_row.addWidget(self.on_account_label)
        account_row.addWidget(self.on_account_edit)
        self.approver_label = QLabel(self.tr("批准人（服务经理）"))
        account_row.addWidget(self.approver_label)
        account_row.addWidget(self.approver_combo)
        payments_layout.addLayout(account_row)
        payments_layout.addWidget(self.balance_label, 0, Qt.AlignmentFlag.AlignRight)

        # --- delivery: next service, follow-up, signature ------------------------------------
        self.next_date = QDateEdit()
        self.next_date.setObjectName("nextServiceDate")
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.next_km = QLineEdit()
        self.next_km.setObjectName("nextServiceKm")
        self.next_source = QLabel()
        self.next_source.setObjectName("nextServiceSource")
        self.followup_combo = QComboBox()
        self.followup_combo.setObjectName("followupTime")
        self.followup_combo.setEditable(True)
        self.followup_combo.addItems(["", *settlement.FOLLOWUP_TIMES])
        self.signature = SignaturePad()
        self.signature.set_hint(self.tr("请客户在此签字确认结算单"))
        clear_signature = QPushButton(self.tr("重签"))
        clear_signature.clicked.connect(self.signature.clear)
        delivery_box = QGroupBox(self.tr("交车"))
        delivery_form = QFormLayout(delivery_box)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_date)
        next_row.addWidget(self.next_km)
        next_row.addWidget(QLabel("km"))
        next_row.addWidget(self.next_source, 1)
        delivery_form.addRow(self.tr("下次保养"), next_row)
        delivery_form.addRow(self.tr("回访时间"), self.followup_combo)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signature, 1)
        sign_row.addWidget(clear_signature, 0, Qt.AlignmentFlag.AlignBottom)
        delivery_form.addRow(self.tr("客户签字"), sign_row)

        # --- actions --------------------------------------------------------------------------
        self.settle_button = QPushButton(self.tr("结算 (Ctrl+Enter)"))
        self.settle_button.setObjectName("primary")
        self.settle_button.clicked.connect(self.settle)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "F9"):
            QShortcut(QKeySequence(keys), self, self.settle)
        self.print_customer_button = QPushButton(self.tr("结算单客户联…"))
        self.print_customer_button.clicked.connect(lambda: self.show_slip("customer"))
        self.print_shop_button = QPushButton(self.tr("本店联…"))
        self.print_shop_button.clicked.connect(lambda: self.show_slip("shop"))
        self.reopen_button = QPushButton(self.tr("重新打开…"))
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.history_label = QLabel()
        self.history_label.setObjectName("settlementHistory")
        self.history_label.setWordWrap(True)
        self.settle_button.setMinimumHeight(40)
        actions = QGridLayout()
        actions.addWidget(self.settle_button, 0, 0, 1, 3)
        actions.addWidget(self.print_customer_button, 1, 0)
        actions.addWidget(self.print_shop_button, 1, 1)
        actions.addWidget(self.reopen_button, 1, 2)

        # --- exit pass (the gate checks it on the 门卫 tab) ------------------------------------
        self.issue_pass_button = QPushButton(self.tr("开具并打印出门证…"))
        self.issue_pass_button.clicked.connect(self.issue_pass)
        self.pass_label = QLabel()
        self.pass_label.setObjectName("exitPass")
        self.pass_label.setWordWrap(True)
        pass_box = QGroupBox(self.tr("出门证"))
        pass_form = QFormLayout(pass_box)
        pass_form.addRow(self.issue_pass_button, self.pass_label)

        right = QWidget()
        right_layout = QGridLayout(right)
        right_layout.addWidget(bill_box, 0, 0, 1, 2)
        right_layout.addWidget(discount_box, 1, 0)
        right_layout.addWidget(payments_box, 1, 1)
        right_layout.addWidget(delivery_box, 2, 0)
        side = QVBoxLayout()
        side.addLayout(actions)
        side.addWidget(self.history_label)
        side.addWidget(pass_box)
        side.addStretch(1)
        right_layout.addLayout(side, 2, 1)
        right_layout.setColumnStretch(0, 1)
        right_layout.setColumnStretch(1, 1)
        right_layout.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(queue_box)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        runner.changed.connect(self.on_changed)
        runner.staff_changed.connect(lambda _: self.reload_bill())
        self._method_changed()
        self.show_preview(None)

    # --- the queue --------------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        if changes.orders:
            self.refresh()
            if self.preview is not None and self.preview.number in changes.orders:
                self.reload_bill()

    def refresh(self) -> None:
        rows = self.runner.attempt(self, settlement.settlement_queue, write=False)
        if rows is not None:
            self.queue.set_rows(rows)
        if not self._day_chosen:
            today = self.runner.attempt(self, shop.local_today, write=False)
            if today is not None:
                self.day_edit.setDate(QDate(today))
        managers = self.runner.attempt(self, settlement.managers, write=False) or []
        current = self.approver_combo.currentData()
        self.approver_combo.clear()
        self.approver_combo.addItem(self.tr("（请选择）"), None)
        for staff_id, name in managers:
            self.approver_combo.addItem(name, staff_id)
        index = self.approver_combo.findData(current)
        self.approver_combo.setCurrentIndex(max(index, 0))

    def _choose(self, row: OrderRow | None) -> None:
        if row is not None:
            self.show_order(row.number)

    def show_order(self, number: str) -> None:
        """Show one order with a fresh form (discounts, payments and signature cleared)."""
        self.payments = []
        self.discount_amount.clear()
        self.discount_percent.clear()
        self.on_account_edit.clear()
        self.claim_edit.clear()
        self.insurer_combo.setCurrentIndex(0)
        self.followup_combo.setCurrentIndex(0)
        self.signature.clear()
        self.rounding_check.blockSignals(True)
        self.rounding_check.setChecked(False)
        self.rounding_check.blockSignals(False)
        preview = self._load(number)
        if preview is not None:
            self.show_preview(preview, fresh=True)

    def _load(self, number: str) -> SettlementPreview | None:
        return self.runner.attempt(
            self, settlement.settlement_preview, number, bill_discount=self.discount_amount.text(),
            bill_discount_percent=self.discount_percent.text(), rounding=self.rounding_check.isChecked(),
            staff_id=self.runner.staff_id, write=False,
        )

    def reload_bill(self) -> None:
        """The bill again with the discounts as typed; a bad discount is shown and left as it was."""
        if self.preview is None:
            return
        try:
            preview = self.runner.read(
                settlement.settlement_preview, self.preview.number, bill_discount=self.discount_amount.text(),
                bill_discount_percent=self.discount_percent.text(), rounding=self.rounding_check.isChecked(),
                staff_id=self.runner.staff_id,
            )
        except DeskError as refusal:
            self.breakdown_label.setText(translate_error(refusal))
            self.settle_button.setEnabled(False)
            return
        self.show_preview(preview)

    # --- showing ------------------------------------------------------------------------------

    def show_preview(self, preview: SettlementPreview | None, fresh: bool = False) -> None:
        self.preview = preview
        ready = bool(preview and preview.status == OrderStatus.READY.value)
        for widget in (self.method_combo, self.amount_edit, self.reference_edit, self.tendered_edit,
                       self.line_discount_edit, self.line_discount_button,
                       self.add_payment_button, self.remove_payment_button, self.discount_amount,
                       self.discount_percent, self.rounding_check, self.insurer_combo, self.claim_edit,
                       self.next_date, self.next_km, self.followup_combo, self.signature):
            widget.setEnabled(ready)
        company = bool(ready and preview and preview.is_company)
        for widget in (self.on_account_edit, self.approver_combo, self.on_account_label, self.approver_label):
            widget.setVisible(company)
        settled = bool(preview and preview.status == OrderStatus.SETTLED.value)
        has_slip = bool(preview and preview.settlements)
        self.print_customer_button.setEnabled(has_slip)
        self.print_shop_button.setEnabled(has_slip)
        self.reopen_button.setVisible(bool(preview and preview.can_reopen))
        self.issue_pass_button.setEnabled(settled)
        if preview is None:
            self.order_label.setText(self.tr("请在左侧选择委托书"))
            for label in (self.payers_label, self.due_label, self.capitals_label, self.breakdown_label,
                          self.pass_label, self.balance_label, self.limit_label, self.history_label,
                          self.next_source):
                label.clear()
            self.lines_model.set_rows([])
            self.payment_model.set_rows([])
            self.settle_button.setEnabled(False)
            return
        self.order_label.setText(
            f"{preview.number} · {preview.plate} · {preview.customer}"
            + (self.tr("（单位）") if preview.is_company else "") + f" · {enum_text(preview.status, OrderStatus)}"
        )
        self.lines_model.set_rows([line for group in preview.groups for line in group.lines])
        bill = preview.bill
        payers = [
            self.tr("%1 %2").replace("%1", enum_text(group.pay_type, PayType)).replace("%2", yuan(group.total_fen))
            for group in preview.groups
        ]
        total = self.tr("合计 %1").replace("%1", yuan(bill.total))
        if bill.line_discount:
            total += self.tr("（已含项目折扣 %1）").replace("%1", yuan(bill.line_discount))
        self.payers_label.setText("    ".join(payers) + "\n" + total)
        self.limit_label.setText(
            self.tr("您的折扣权限：最多 %1").replace("%1", format_bp(preview.discount_limit_bp))
        )
        over = preview.bill_discount_bp > preview.discount_limit_bp
        self.limit_label.setStyleSheet("color: #b00020; font-weight: bold;" if over else "color: #555;")
        for widget in (self.insurer_label, self.insurer_combo, self.claim_label, self.claim_edit):
            widget.setVisible(preview.needs_insurer)
        self.due_label.setText(yuan(bill.customer_due))
        self.capitals_label.setText(self.tr("大写：%1").replace("%1", preview.customer_due_in_capitals))
        parts = [self.tr("自费 %1").replace("%1", yuan(bill.customer_subtotal))]
        if bill.bill_discount:
            parts.append(self.tr("整单折扣 −%1（%2）").replace("%1", yuan(bill.bill_discount)).replace(
                "%2", format_bp(preview.bill_discount_bp)))
        if bill.rounding:
            parts.append(self.tr("抹零 −%1").replace("%1", yuan(bill.rounding)))
        self.breakdown_label.setText(list_text(parts))
        if fresh:
            if preview.next_service_date is not None:
                self.next_date.setDate(QDate(preview.next_service_date))
            self.next_km.setText(str(preview.next_service_km or ""))
            self.next_source.setText(self.tr("按 %1 预填，可修改").replace("%1", preview.next_service_source))
        history = []
        for row in preview.settlements:
            if row.void:
                history.append(
                    self.tr("结算单 %1（%2）已于 %3 由 %4 作废：%5。已收款项请在 Desk 之外退还。")
                    .replace("%1", row.slip_number).replace("%2", row.at_local).replace("%3", row.voided_local)
                    .replace("%4", row.voided_by).replace("%5", row.void_reason)
                )
            else:
                history.append(self.tr("结算单 %1：%2 由 %3 结算，客户付 %4").replace("%1", row.slip_number)
                               .replace("%2", row.at_local).replace("%3", row.cashier)
                               .replace("%4", yuan(row.customer_due_fen)))
        self.history_label.setText("\n".join(history))
        self.payment_model.set_rows(self.payments)
        self.update_balance()

    def _method_changed(self) -> None:
        cash = self.method_combo.currentData() == PaymentMethod.CASH.value
        self.tendered_edit.setVisible(cash)
        self.reference_edit.setVisible(not cash)
        self._show_change()

    def _show_change(self) -> None:
        self.change_label.clear()
        if self.method_combo.currentData() != PaymentMethod.CASH.value or not self.tendered_edit.text().strip():
            return
        try:
            change = parse_yuan(self.tendered_edit.text()) - parse_yuan(self.amount_edit.text())
        except ValidationError:
            return
        if change >= 0:
            self.change_label.setText(self.tr("找零 %1").replace("%1", yuan(change)))
        else:
            self.change_label.setText(self.tr("客户付的现金不够，还差 %1").replace("%1", yuan(-change)))

    def _on_account(self) -> int:
        """The amount typed for 挂账 in fen (0 for a private customer or a bad amount)."""
        if self.preview is None or not self.preview.is_company:
            return 0
        try:
            return max(parse_yuan(self.on_account_edit.text()), 0) if self.on_account_edit.text().strip() else 0
        except ValidationError:
            return 0

    def update_balance(self) -> None:
        """还差 / 已收齐 / 多收了, and the 结算 button only when the balance is zero."""
        preview = self.preview
        if preview is None:
            return
        if preview.status != OrderStatus.READY.value:
            self.balance_label.setText(enum_text(preview.status, OrderStatus))
            self.settle_button.setEnabled(False)
            return
        if self.preview.is_company and self.on_account_edit.text().strip():
            try:
                parse_yuan(self.on_account_edit.text(), field="on_account")
            except ValidationError as refusal:
                self.balance_label.setText(self.tr("挂账：%1").replace("%1", translate_error(refusal)))
                self.settle_button.setEnabled(False)
                return
        received = sum(parse_yuan(p.amount) for p in self.payments) + self._on_account()
        left = preview.bill.customer_due - received
        if left > 0:
            self.balance_label.setText(self.tr("还差 %1").replace("%1", yuan(left)))
            self.balance_label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #b00020;")
            self.amount_edit.setText(format_yuan(left))
        elif left < 0:
            self.balance_label.setText(self.tr("多收了 %1，请更正").replace("%1", yuan(-left)))
            self.balance_label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #b00020;")
            self.amount_edit.clear()
        else:
            self.balance_label.setText(self.tr("已收齐"))
            self.balance_label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1b7f3b;")
            self.amount_edit.clear()
        over = preview.bill_discount_bp > preview.discount_limit_bp
        self.settle_button.setEnabled(left == 0 and not over)

    def set_line_discount(self) -> None:
        """A discount on the selected line, within the same role limit as in the order editor."""
        preview = self.preview
        selected = self.lines_view.selectionModel().selectedRows()
        if preview is None or preview.status != OrderStatus.READY.value:
            return
        if not selected:
            self.runner.reporter.error(self, self.tr("请先在账单中选择要打折的一行。"))
            return
        line = self.lines_model.row_at(selected[0])
        if line is None:
            return
        detail = self.runner.attempt(
            self, orders.set_line_discount, preview.number, kind=line.kind, line_id=line.line_id,
            discount=self.line_discount_edit.text(), staff_id=self.runner.staff_id, expected_version=preview.version,
        )
        if detail is not None:
            self.line_discount_edit.clear()
            self.reload_bill()

    # --- payments -------------------------------------------------------------------------------

    def add_payment(self) -> None:
        if self.preview is None or not self.add_payment_button.isEnabled():
            return
        method = self.method_combo.currentData()
        cash = method == PaymentMethod.CASH.value
        try:
            amount = parse_yuan(self.amount_edit.text(), field="amount")
            if amount <= 0:
                raise ValidationError("收款金额必须大于 0。", field="amount")
            tendered = parse_yuan(self.tendered_edit.text(), field="tendered") if cash and self.tendered_edit.text().strip() else None
            if tendered is not None and tendered < amount:
                raise ValidationError("客户付的现金少于收款金额。", field="tendered")
            reference = "" if cash else self.reference_edit.text().strip()
            if not cash and not reference:
                raise ValidationError("{method}收款请填写交易流水号。", field="reference",
                                      method=PaymentMethod(method).chinese)
        except ValidationError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return
        self.payments.append(PaymentInput(
            method, format_yuan(amount), reference, format_yuan(tendered) if tendered is not None else "",
        ))
        self.payment_model.set_rows(self.payments)
        self.reference_edit.clear()
        self.tendered_edit.clear()
        self.update_balance()
        self.amount_edit.setFocus()

    def remove_payment(self) -> None:
        selected = self.payment_view.selectionModel().selectedRows()
        if selected and self.preview and self.preview.status == OrderStatus.READY.value:
            del self.payments[selected[0].row()]
            self.payment_model.set_rows(self.payments)
            self.update_balance()

    # --- settling -------------------------------------------------------------------------------

    def settle(self) -> None:
        preview = self.preview
        if preview is None or not self.settle_button.isEnabled():
            return
        signature = None if self.signature.is_empty() else self.signature.to_png()
        question = self.tr("确认客户应付 %1 已收齐，结算委托书 %2？结算后委托书不能再修改。").replace(
            "%1", yuan(preview.bill.customer_due)).replace("%2", preview.number)
        if signature is None:
            question += "\n" + self.tr("客户尚未在签字板上签字。")
        if not self.runner.reporter.confirm(self, question):
            return
        next_date: dt.date = self.next_date.date().toPython()  # type: ignore[assignment]
        detail = self.runner.attempt(
            self, settlement.settle, preview.number, list(self.payments), staff_id=self.runner.staff_id,
            expected_version=preview.version, bill_discount=self.discount_amount.text(),
            bill_discount_percent=self.discount_percent.text(), rounding=self.rounding_check.isChecked(),
            on_account=self.on_account_edit.text() if preview.is_company else "",
            approver_id=self.approver_combo.currentData(), insurer=self.insurer_combo.currentText(),
            claim_number=self.claim_edit.text(), next_service_date=next_date, next_service_km=self.next_km.text(),
            followup_time=self.followup_combo.currentText(), signature_png=signature,
        )
        if detail is None:
            return
        self.payments = []
        self.signature.clear()
        self.show_order(detail.number)
        self.show_slip("customer")

    # --- printing -------------------------------------------------------------------------------

    def render_slip(self, copy: str) -> bytes | None:
        from desk.printing.settlement_slip import render_settlement_slip

        if self.preview is None:
            return None
        slip = self.runner.attempt(self, settlement.slip, self.preview.number, write=False)
        if slip is None:
            return None
        try:
            return render_settlement_slip(slip, copy, font_path=self.runner.settings.font_path)  # type: ignore[arg-type]
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return None

    def show_slip(self, copy: str) -> None:
        pdf = self.render_slip(copy)
        if pdf is None or self.preview is None:
            return
        title = self.tr("结算单 %1").replace("%1", self.preview.number)
        self.show_pdf(pdf, title, f"{self.preview.number}-settlement-{copy}.pdf", "settlement")

    def show_day_end(self) -> None:
        from desk.printing.day_end import render_day_end

        day: dt.date = self.day_edit.date().toPython()  # type: ignore[assignment]
        report = self.runner.attempt(self, settlement.day_end_report, day, write=False)
        if report is None:
            return
        try:
            pdf = render_day_end(report, font_path=self.runner.settings.font_path)
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return
        self.show_pdf(pdf, self.tr("日结报表 %1").replace("%1", report.day), f"day-end-{report.day}.pdf", "day_end")

    def show_pdf(self, pdf: bytes, title: str, file_name: str, document: str) -> None:
        """The preview dialog with print and save (tests replace this)."""
        PdfPreview(pdf, title, file_name, self, printer=self.runner.settings.printer_for(document)).exec()

    # --- reopening ------------------------------------------------------------------------------

    def reopen(self, reason: str | None = None) -> None:
        """A manager reopens the settled order: the slip and any exit pass become void."""
        preview = self.preview
        if preview is None or not preview.can_reopen:
            return
        if reason is None:
            reason, accepted = QInputDialog.getMultiLineText(
                self, self.tr("重新打开委托书"),
                self.tr("重新打开 %1 的原因（将记入作废的结算单和状态记录）：").replace("%1", preview.number),
            )
            if not accepted:
                return
        question = self.tr(
            "重新打开委托书 %1？结算单 %2 将作废（重打印会显示“作废”），未使用的出门证作废，委托书回到「待交车」。"
            "已收的款项仍记在作废的结算单上，退款请在 Desk 之外办理。"
        ).replace("%1", preview.number).replace("%2", preview.settlements[0].slip_number if preview.settlements else "")
        if not self.runner.reporter.confirm(self, question):
            return
        detail = self.runner.attempt(
            self, settlement.reopen, preview.number, reason=reason, staff_id=self.runner.staff_id,
            expected_version=preview.version,
        )
        if detail is not None:
            self.show_order(detail.number)

    # --- exit pass ------------------------------------------------------------------------------

    def issue_pass(self) -> None:
        """Issue the settled order's exit pass (or take its valid one) and show it to print."""
        if self.preview is None:
            return
        from desk.printing.exit_pass import render_exit_pass

        document = self.runner.attempt(
            self, gate.exit_pass_document, self.preview.number, issue=True, staff_id=self.runner.staff_id
        )
        if document is None:
            return
        self.pass_label.setText(
            self.tr("出门证 %1，有效至 %2").replace("%1", document.number).replace("%2", document.valid_until_local)
        )
        try:
            pdf = render_exit_pass(document, font_path=self.runner.settings.font_path)
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return
        self.show_pdf(pdf, self.tr("出门证 %1").replace("%1", document.number), f"{document.number}.pdf", "exit_pass")


__all__ = ["SettlementTab"]
