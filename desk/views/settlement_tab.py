"""结算: take the payments for a ready order, settle it, issue the exit pass, let the car out.

Payments are gathered on screen first and sent in one action, so an order is either settled
with all of them or not at all.

Signals:
    order_requested(str): the user wants to open the order in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import OrderStatus, PaymentMethod, PayType
from desk.services import orders, settlement
from desk.services.changes import Changes
from desk.services.errors import ValidationError
from desk.services.money import format_yuan, parse_yuan
from desk.services.orders import OrderDetail, OrderRow
from desk.services.settlement import PaymentInput
from desk.views.i18n import enum_text, yuan
from desk.views.runner import Runner, translate_error
from desk.views.table_model import Column, RowsModel, rows_view

WAITING = (OrderStatus.READY.value, OrderStatus.SETTLED.value)


class SettlementTab(QWidget):
    """Ready orders on the left; the chosen order's bill, payments and exit pass on the right."""

    order_requested = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail: OrderDetail | None = None
        self.payments: list[PaymentInput] = []

        self.queue = RowsModel[OrderRow](
            [
                Column(self.tr("委托书"), lambda r: r.number),
                Column(self.tr("车牌"), lambda r: r.plate),
                Column(self.tr("客户"), lambda r: r.customer),
                Column(self.tr("状态"), lambda r: enum_text(r.status, OrderStatus)),
                Column(self.tr("客户应付"), lambda r: yuan(r.customer_pays_fen), numeric=True),
            ],
            self,
        )
        self.queue_view = rows_view(self.queue, "queue")
        self.queue_view.clicked.connect(lambda index: self._choose(self.queue.row_at(index)))
        self.queue_view.activated.connect(lambda index: self._choose(self.queue.row_at(index)))
        queue_box = QGroupBox(self.tr("待结算与待出厂"))
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.addWidget(self.queue_view)

        # --- the bill -------------------------------------------------------------------------
        self.order_label = QLabel(self.tr("请在左侧选择委托书"))
        self.order_label.setObjectName("settleOrder")
        self.order_label.setWordWrap(True)
        self.bill_label = QLabel()
        self.bill_label.setObjectName("bill")
        self.bill_label.setWordWrap(True)
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        self.capitals_label = QLabel()
        self.capitals_label.setObjectName("dueCapitals")
        open_order = QPushButton(self.tr("查看委托书"))
        open_order.clicked.connect(lambda: self.detail and self.order_requested.emit(self.detail.number))
        bill_box = QGroupBox(self.tr("账单"))
        bill_layout = QVBoxLayout(bill_box)
        bill_layout.addWidget(self.order_label)
        bill_layout.addWidget(self.bill_label)
        bill_layout.addWidget(self.due_label)
        bill_layout.addWidget(self.capitals_label)
        bill_layout.addWidget(open_order, 0, Qt.AlignmentFlag.AlignLeft)

        # --- payments -------------------------------------------------------------------------
        self.payment_model = RowsModel[PaymentInput](
            [
                Column(self.tr("付款方式"), lambda p: enum_text(p.method, PaymentMethod)),
                Column(self.tr("金额"), lambda p: yuan(parse_yuan(p.amount)), numeric=True),
                Column(self.tr("交易流水号"), lambda p: p.reference),
            ],
            self,
        )
        self.payment_view = rows_view(self.payment_model, "payments")
        self.payment_view.setMaximumHeight(140)
        self.method_combo = QComboBox()
        for method in PaymentMethod:
            self.method_combo.addItem(enum_text(method), method.value)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("金额"))
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("流水号（现金可不填）"))
        self.add_payment_button = QPushButton(self.tr("加入收款"))
        self.add_payment_button.clicked.connect(self.add_payment)
        self.amount_edit.returnPressed.connect(self.reference_edit.setFocus)
        self.reference_edit.returnPressed.connect(self.add_payment)
        self.remove_payment_button = QPushButton(self.tr("移除所选收款"))
        self.remove_payment_button.clicked.connect(self.remove_payment)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balance")
        self.settle_button = QPushButton(self.tr("确认结算 (F9)"))
        self.settle_button.setObjectName("primary")
        self.settle_button.clicked.connect(self.settle)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.settle)
        entry = QHBoxLayout()
        for widget in (self.method_combo, self.amount_edit, self.reference_edit, self.add_payment_button):
            entry.addWidget(widget)
        payments_box = QGroupBox(self.tr("收款"))
        payments_layout = QVBoxLayout(payments_box)
        payments_layout.addLayout(entry)
        payments_layout.addWidget(self.payment_view)
        row = QHBoxLayout()
        row.addWidget(self.remove_payment_button)
        row.addStretch(1)
        row.addWidget(self.balance_label)
        payments_layout.addLayout(row)
        payments_layout.addWidget(self.settle_button)

        # --- exit pass and gate ---------------------------------------------------------------
        self.issue_pass_button = QPushButton(self.tr("开出门证"))
        self.issue_pass_button.clicked.connect(self.issue_pass)
        self.pass_label = QLabel()
        self.pass_label.setObjectName("exitPass")
        self.pass_label.setWordWrap(True)
        self.gate_edit = QLineEdit()
        self.gate_edit.setObjectName("gatePass")
        self.gate_edit.setPlaceholderText(self.tr("出门证号，如 EP20261123-0001"))
        self.gate_edit.returnPressed.connect(self.let_out)
        self.let_out_button = QPushButton(self.tr("核验放行"))
        self.let_out_button.clicked.connect(self.let_out)
        pass_box = QGroupBox(self.tr("出门证"))
        pass_form = QFormLayout(pass_box)
        pass_form.addRow(self.issue_pass_button, self.pass_label)
        gate_row = QHBoxLayout()
        gate_row.addWidget(self.gate_edit, 1)
        gate_row.addWidget(self.let_out_button)
        pass_form.addRow(self.tr("门卫放行"), gate_row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(bill_box)
        right_layout.addWidget(payments_box)
        right_layout.addWidget(pass_box)
        right_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(queue_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([600, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        runner.changed.connect(self.on_changed)
        self.show_detail(None)

    # --- the queue --------------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        if changes.orders:
            self.refresh()
            if self.detail is not None and self.detail.number in changes.orders:
                self.show_order(self.detail.number, keep_payments=True)

    def refresh(self) -> None:
        rows = self.runner.attempt(self, orders.list_orders, statuses=WAITING, write=False)
        if rows is not None:
            self.queue.set_rows(rows)

    def _choose(self, row: OrderRow | None) -> None:
        if row is not None:
            self.show_order(row.number)

    def show_order(self, number: str, keep_payments: bool = False) -> None:
        detail = self.runner.attempt(self, orders.order_detail, number, write=False)
        if detail is not None:
            if not keep_payments or self.detail is None or self.detail.number != detail.number:
                self.payments = []
            self.show_detail(detail)

    # --- the bill -----------------------------------------------------------------------------

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        ready = bool(detail and detail.status == OrderStatus.READY.value)
        for widget in (self.method_combo, self.amount_edit, self.reference_edit, self.add_payment_button,
                       self.remove_payment_button, self.settle_button):
            widget.setEnabled(ready)
        self.issue_pass_button.setEnabled(bool(detail and detail.status == OrderStatus.SETTLED.value))
        if detail is None:
            self.order_label.setText(self.tr("请在左侧选择委托书"))
            for label in (self.bill_label, self.due_label, self.capitals_label, self.pass_label, self.balance_label):
                label.clear()
            self.payment_model.set_rows([])
            return
        self.order_label.setText(
            f"{detail.number} · {detail.plate} · {detail.customer} · {enum_text(detail.status, OrderStatus)}"
        )
        parts = [
            self.tr("%1：工时 %2，备件 %3").replace("%1", enum_text(p, PayType)).replace("%2", yuan(lab)).replace("%3", yuan(par))
            for p, lab, par in detail.totals.by_pay_type
        ]
        self.bill_label.setText("\n".join(parts) + "\n" + self.tr("合计 %1").replace("%1", yuan(detail.totals.total)))
        self.due_label.setText(self.tr("客户应付 %1").replace("%1", yuan(detail.totals.customer_pays)))
        self.capitals_label.setText(self.tr("大写：%1").replace("%1", detail.customer_pays_in_capitals))
        if detail.payments:
            self.payment_model.set_rows([
                PaymentInput(p.method, format_yuan(p.amount_fen), p.reference) for p in detail.payments
            ])
        else:
            self.payment_model.set_rows(self.payments)
        self.pass_label.setText(self.tr("出门证 %1").replace("%1", detail.exit_pass) if detail.exit_pass else "")
        self.update_balance()

    def _paid(self) -> int:
        return sum(parse_yuan(p.amount) for p in self.payment_model.rows)

    def update_balance(self) -> None:
        if self.detail is None:
            return
        if self.detail.status != OrderStatus.READY.value:
            self.balance_label.setText(self.tr("已结算"))
            return
        left = self.detail.totals.customer_pays - self._paid()
        if left > 0:
            self.balance_label.setText(self.tr("还需收 %1").replace("%1", yuan(left)))
            self.amount_edit.setText(format_yuan(left))
        elif left < 0:
            self.balance_label.setText(self.tr("多收了 %1，请更正").replace("%1", yuan(-left)))
            self.amount_edit.clear()
        else:
            self.balance_label.setText(self.tr("已收齐，可以结算"))
            self.amount_edit.clear()

    def add_payment(self) -> None:
        if self.detail is None or not self.add_payment_button.isEnabled():
            return
        try:
            amount = parse_yuan(self.amount_edit.text(), field="amount")
            if amount <= 0:
                raise ValidationError("收款金额必须大于 0。", field="amount")
        except ValidationError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return
        self.payments.append(PaymentInput(self.method_combo.currentData(), format_yuan(amount), self.reference_edit.text().strip()))
        self.payment_model.set_rows(self.payments)
        self.reference_edit.clear()
        self.update_balance()
        self.amount_edit.setFocus()

    def remove_payment(self) -> None:
        selected = self.payment_view.selectionModel().selectedRows()
        if selected and self.detail and self.detail.status == OrderStatus.READY.value:
            del self.payments[selected[0].row()]
            self.payment_model.set_rows(self.payments)
            self.update_balance()

    def settle(self) -> None:
        if self.detail is None or not self.settle_button.isEnabled():
            return
        question = self.tr("确认收款 %1 并结算委托书 %2？结算后委托书不能再修改。").replace(
            "%1", yuan(self._paid())).replace("%2", self.detail.number)
        if not self.runner.reporter.confirm(self, question):
            return
        detail = self.runner.attempt(
            self, settlement.settle, self.detail.number, list(self.payments), staff_id=self.runner.staff_id,
            expected_version=self.detail.version,
        )
        if detail is not None:
            self.payments = []
            self.show_detail(detail)

    # --- exit pass ------------------------------------------------------------------------------

    def issue_pass(self) -> None:
        if self.detail is None:
            return
        issued = self.runner.attempt(self, settlement.issue_exit_pass, self.detail.number, staff_id=self.runner.staff_id)
        if issued is not None:
            self.pass_label.setText(
                self.tr("出门证 %1，有效至 %2").replace("%1", issued.number).replace("%2", issued.valid_until_local)
            )
            self.gate_edit.setText(issued.number)

    def let_out(self) -> None:
        number = self.gate_edit.text().strip()
        if not number:
            return
        used = self.runner.attempt(self, settlement.let_out, number, staff_id=self.runner.staff_id)
        if used is not None:
            self.gate_edit.clear()
            self.pass_label.setText(
                self.tr("%1 已放行（%2，出门证 %3）").replace("%1", used.plate).replace("%2", used.used_local).replace(
                    "%3", used.number)
            )
