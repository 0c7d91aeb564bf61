"""委托书: the repair-order editor — lines, live totals, statuses, and the printed copies.

Signals:
    settle_requested(str): the user wants to take payment for this order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import OrderStatus, PayType
from desk.printing.repair_order import render_repair_order
from desk.services import catalogue, documents, order_editor, orders, shop
from desk.services.changes import Changes
from desk.services.errors import Conflict, DeskError
from desk.services.order_editor import EditorView
from desk.services.orders import LabourLineRow, OrderDetail, PartLineRow, format_discount, format_quantity
from desk.views.catalogue_completer import labour_completer, part_completer
from desk.views.conflict_note import ConflictNote, Field, Typed, field
from desk.views.i18n import enum_text, yuan
from desk.views.intake_details import IntakeDetailsBox
from desk.views.line_editing import LinesModel, make_editable
from desk.views.pdf_preview import PdfPreview, save_pdf
from desk.views.promise_box import PromiseEditor
from desk.views.runner import Runner, translate_error
from desk.views.table_model import Column, fit_columns_on_reset, rows_view


class OrderPanel(QWidget):
    """A section of the order editor; it is told each time another order (or a new state) is shown.

    Panels read what else they need through the runner themselves and emit nothing back: the
    runner's ``changed`` signal reloads the editor, and so the panels, after every write. Only the
    section on show is told at once; the others are told when they are opened (they read through
    the runner, and reading all of them made opening an order several times slower).
    """

    def show_detail(self, detail: OrderDetail | None) -> None:
        raise NotImplementedError


def _pay_type_combo() -> QComboBox:
    combo = QComboBox()
    for pay_type in PayType:
        combo.addItem(enum_text(pay_type), pay_type.value)
    return combo


class OrderTab(QWidget):
    """Edits one repair order at a time."""

    settle_requested = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail: OrderDetail | None = None
        self._writing = False

        # --- which order --------------------------------------------------------------------
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("orderNumber")
        self.number_edit.setPlaceholderText(self.tr("委托书号，如 RO20261123-0001"))
        self.number_edit.returnPressed.connect(lambda: self.show_order(self.number_edit.text()))
        load_button = QPushButton(self.tr("打开"))
        load_button.clicked.connect(lambda: self.show_order(self.number_edit.text()))
        self.status_label = QLabel()
        self.status_label.setObjectName("statusBadge")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("委托书")))
        top.addWidget(self.number_edit)
        top.addWidget(load_button)
        top.addSpacing(20)
        top.addWidget(self.status_label)
        self.repeat_badge = QLabel()  # 返修：RO… (desk.services.repeats)
        self.repeat_badge.setObjectName("repeatBadge")
        self.repeat_badge.setStyleSheet("background: #c62828; color: white; font-weight: bold; padding: 2px 8px; border-radius: 3px;")
        top.addWidget(self.repeat_badge)
        top.addStretch(1)

        # --- header -------------------------------------------------------------------------
        self.header_labels: dict[str, QLabel] = {}
        header = QGroupBox(self.tr("客户与车辆"))
        grid = QGridLayout(header)
        fields = [
            ("customer", self.tr("客户")), ("phone", self.tr("手机")), ("advisor", self.tr("服务顾问")),
            ("plate", self.tr("车牌")), ("model", self.tr("车型")), ("vin", self.tr("车架号")),
            ("mileage", self.tr("进厂里程")), ("opened", self.tr("开单时间")), ("appointment", self.tr("预约号")),
        ]
        for position, (key, title) in enumerate(fields):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.header_labels[key] = value
            grid.addWidget(QLabel(self.tr("%1：").replace("%1", title)), position // 3, (position % 3) * 2)
            grid.addWidget(value, position // 3, (position % 3) * 2 + 1)

        self.complaint_edit = QPlainTextEdit()
        self.complaint_edit.setTabChangesFocus(True)
        self.complaint_edit.setFixedHeight(60)
        # The promised time with the computed one and the reason for another (desk.services.promise).
        self.promise_box = PromiseEditor(runner)
        self.promised_edit = self.promise_box.time_edit
        self.save_details_button = QPushButton(self.tr("保存描述和交车时间"))
        self.save_details_button.clicked.connect(self.save_details)
        self.promise_box.second_row.addWidget(self.save_details_button)
        self.intake_box = IntakeDetailsBox(runner)  # beside the totals
        details = QGroupBox(self.tr("故障描述与交车时间"))
        details_form = QFormLayout(details)
        details_form.addRow(self.tr("故障描述"), self.complaint_edit)
        details_form.addRow(self.tr("预计交车"), self.promise_box)

        # --- labour lines -------------------------------------------------------------------
        # Hours, price, discount and pay type are edited in the grid (double click or F2).
        self.labour_model = LinesModel(
            [
                Column(self.tr("代码"), lambda r: r.code),
                Column(self.tr("工时项目"), lambda r: r.name),
                Column(self.tr("工时"), lambda r: format_quantity(r.hours), numeric=True),
                Column(self.tr("单价"), lambda r: yuan(r.rate_fen), numeric=True),
                Column(self.tr("折扣"), lambda r: format_discount(r.discount_bp), numeric=True),
                Column(self.tr("金额"), lambda r: yuan(r.amount_fen), numeric=True),
                Column(self.tr("付费类型"), lambda r: enum_text(r.pay_type, PayType)),
            ],
            {
                2: ("hours", lambda r: format_quantity(r.hours)),
                3: ("unit_price", lambda r: orders.format_amount(r.rate_fen)),
                4: ("discount", lambda r: format_discount(r.discount_bp).removesuffix("%")),
                6: ("pay_type", lambda r: r.pay_type),
            },
            self,
        )
        self.labour_view = rows_view(self.labour_model, "labourLines", stretch_column=1)
        fit_columns_on_reset(self.labour_view, stretch_column=1)
        make_editable(self.labour_view, self.labour_model)
        self.labour_model.edit_requested.connect(self.on_labour_edited, Qt.ConnectionType.QueuedConnection)
        self.labour_code = QLineEdit()
        self.labour_code.setPlaceholderText(self.tr("代码"))
        self.labour_code.setMaximumWidth(90)
        self.labour_name = QLineEdit()
        self.labour_name.setPlaceholderText(self.tr("工时项目名称"))
        self.labour_hours = QLineEdit()
        self.labour_hours.setPlaceholderText(self.tr("工时"))
        self.labour_hours.setMaximumWidth(70)
        self.labour_rate = QLineEdit()
        self.labour_rate.setPlaceholderText(self.tr("单价（默认）"))
        self.labour_rate.setMaximumWidth(100)
        self.labour_discount = QLineEdit()
        self.labour_discount.setObjectName("labourDiscount")
        self.labour_discount.setPlaceholderText(self.tr("折扣%"))
        self.labour_discount.setMaximumWidth(60)
        self.labour_pay = _pay_type_combo()
        self.add_labour_button = QPushButton(self.tr("添加工时"))
        self.add_labour_button.clicked.connect(self.add_labour)
        for edit in (self.labour_code, self.labour_name, self.labour_hours, self.labour_rate, self.labour_discount):
            edit.returnPressed.connect(self.add_labour)
        labour_add = QHBoxLayout()
        for widget in (self.labour_code, self.labour_name, self.labour_hours, self.labour_rate, self.labour_discount,
                       self.labour_pay, self.add_labour_button):
            labour_add.addWidget(widget)
        labour_add.setStretch(1, 1)
        self.labour_completer = labour_completer(runner, self)
        for edit in (self.labour_code, self.labour_name):
            self.labour_completer.attach(edit)
        self.labour_completer.chosen.connect(self.on_labour_chosen)
        # A service package (保养套餐) adds its labour and parts in one step.
        self.package_combo = QComboBox()
        self.package_combo.setObjectName("packages")
        self.package_combo.setMinimumContentsLength(24)
        self.package_pay = _pay_type_combo()
        self.add_package_button = QPushButton(self.tr("添加套餐"))
        self.add_package_button.clicked.connect(self.add_package)
        package_add = QHBoxLayout()
        package_add.addWidget(QLabel(self.tr("保养套餐")))
        package_add.addWidget(self.package_combo, 1)
        package_add.addWidget(self.package_pay)
        package_add.addWidget(self.add_package_button)
        self._packages_for: str | None = None
        labour_box = QGroupBox(self.tr("工时项目"))
        labour_layout = QVBoxLayout(labour_box)
        labour_layout.addWidget(self.labour_view)
        labour_layout.addLayout(labour_add)
        labour_layout.addLayout(package_add)

        # --- parts lines --------------------------------------------------------------------
        self.parts_model = LinesModel(
            [
                Column(self.tr("备件号"), lambda r: r.part_number),
                Column(self.tr("备件名称"), lambda r: r.name),
                Column(self.tr("数量"), lambda r: format_quantity(r.quantity), numeric=True),
                Column(self.tr("单价"), lambda r: yuan(r.unit_price_fen), numeric=True),
                Column(self.tr("折扣"), lambda r: format_discount(r.discount_bp), numeric=True),
                Column(self.tr("金额"), lambda r: yuan(r.amount_fen), numeric=True),
                Column(self.tr("付费类型"), lambda r: enum_text(r.pay_type, PayType)),
            ],
            {
                2: ("quantity", lambda r: format_quantity(r.quantity)),
                3: ("unit_price", lambda r: orders.format_amount(r.unit_price_fen)),
                4: ("discount", lambda r: format_discount(r.discount_bp).removesuffix("%")),
                6: ("pay_type", lambda r: r.pay_type),
            },
            self,
        )
        self.parts_view = rows_view(self.parts_model, "partLines", stretch_column=1)
        fit_columns_on_reset(self.parts_view, stretch_column=1)
        make_editable(self.parts_view, self.parts_model)
        self.parts_model.edit_requested.connect(self.on_part_edited, Qt.ConnectionType.QueuedConnection)
        self.part_number = QLineEdit()
        self.part_number.setPlaceholderText(self.tr("备件号"))
        self.part_number.setMaximumWidth(120)
        self.part_name = QLineEdit()
        self.part_name.setPlaceholderText(self.tr("备件名称"))
        self.part_quantity = QLineEdit()
        self.part_quantity.setPlaceholderText(self.tr("数量"))
        self.part_quantity.setMaximumWidth(70)
        self.part_price = QLineEdit()
        self.part_price.setPlaceholderText(self.tr("单价"))
        self.part_price.setMaximumWidth(100)
        self.part_discount = QLineEdit()
        self.part_discount.setObjectName("partDiscount")
        self.part_discount.setPlaceholderText(self.tr("折扣%"))
        self.part_discount.setMaximumWidth(60)
        self.part_pay = _pay_type_combo()
        self.add_part_button = QPushButton(self.tr("添加备件"))
        self.add_part_button.clicked.connect(self.add_part)
        for edit in (self.part_number, self.part_name, self.part_quantity, self.part_price, self.part_discount):
            edit.returnPressed.connect(self.add_part)
        parts_add = QHBoxLayout()
        for widget in (self.part_number, self.part_name, self.part_quantity, self.part_price, self.part_discount,
                       self.part_pay, self.add_part_button):
            parts_add.addWidget(widget)
        parts_add.setStretch(1, 1)
        self.part_completer = part_completer(runner, self)
        for edit in (self.part_number, self.part_name):
            self.part_completer.attach(edit)
        self.part_completer.chosen.connect(self.on_part_chosen)
        self.part_quantity.textEdited.connect(lambda _text: self.show_part_shortage())
        # Stock on hand and shortages: a warning, never a stop.
        self.stock_label = QLabel()
        self.stock_label.setObjectName("stockWarning")
        self.stock_label.setWordWrap(True)
        self.stock_label.setStyleSheet("color: #b35c00;")
        parts_box = QGroupBox(self.tr("备件"))
        parts_layout = QVBoxLayout(parts_box)
        parts_layout.addWidget(self.parts_view)
        parts_layout.addLayout(parts_add)
        parts_layout.addWidget(self.stock_label)

        self.remove_button = QPushButton(self.tr("删除所选行 (Del)"))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.labour_view, self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.parts_view, self.remove_selected)

        # --- totals -------------------------------------------------------------------------
        self.totals_labels: dict[str, QLabel] = {}
        totals_box = QGroupBox(self.tr("费用估算"))
        totals_form = QFormLayout(totals_box)
        for key, title in [("labour", self.tr("工时费")), ("parts", self.tr("备件费")), ("discount", self.tr("折扣优惠"))] + [
            (p.value, enum_text(p)) for p in PayType
        ] + [("total", self.tr("合计")), ("customer_pays", self.tr("客户应付"))]:
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setObjectName(f"total_{key}")
            self.totals_labels[key] = value
            totals_form.addRow(title, value)
        self.capitals_label = QLabel()
        self.capitals_label.setObjectName("capitals")
        self.capitals_label.setWordWrap(True)
        totals_form.addRow(self.tr("大写"), self.capitals_label)

        # --- status and print ---------------------------------------------------------------
        self.moves_box = QGroupBox(self.tr("状态"))
        self.moves_layout = QVBoxLayout(self.moves_box)
        # One button per status a person may move an order to; each shows only when the move is legal.
        self.move_buttons: dict[OrderStatus, QPushButton] = {}
        for status in OrderStatus:
            if status in (OrderStatus.SETTLED, OrderStatus.RELEASED):
                continue
            text = self.tr("取消委托书…") if status == OrderStatus.CANCELLED else self.tr("改为「%1」").replace(
                "%1", enum_text(status)
            )
            button = QPushButton(text)
            button.setObjectName(f"move_{status.value}")
            button.clicked.connect(lambda _checked=False, t=status: self.move(t))
            self.moves_layout.addWidget(button)
            self.move_buttons[status] = button
        self.settle_button = QPushButton(self.tr("去结算"))
        self.settle_button.clicked.connect(lambda: self.detail and self.settle_requested.emit(self.detail.number))
        self.moves_layout.addWidget(self.settle_button)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.setObjectName("history")

        print_box = QGroupBox(self.tr("打印委托书"))
        print_layout = QVBoxLayout(print_box)
        self.preview_customer_button = QPushButton(self.tr("客户联：预览/打印 (Ctrl+P)"))
        self.preview_workshop_button = QPushButton(self.tr("车间联（派工单）：预览/打印"))
        self.save_pdf_button = QPushButton(self.tr("客户联另存为 PDF…"))
        self.preview_customer_button.clicked.connect(lambda: self.preview("customer"))
        self.preview_workshop_button.clicked.connect(lambda: self.preview("workshop"))
        self.save_pdf_button.clicked.connect(self.save_customer_pdf)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.preview("customer"))
        for button in (self.preview_customer_button, self.preview_workshop_button, self.save_pdf_button):
            print_layout.addWidget(button)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(totals_box)
        side_layout.addWidget(self.intake_box)
        side_layout.addWidget(self.moves_box)
        side_layout.addWidget(print_box)
        side_layout.addWidget(self.history_label)
        side_layout.addStretch(1)

        lines_page = QWidget()
        lines_layout = QVBoxLayout(lines_page)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(labour_box, 1)
        lines_layout.addWidget(parts_box, 1)
        lines_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The order's sections: its lines first; the workshop's panels (dispatch, additional work,
        # checks) are added with add_section and follow the order shown.
        self.sections = QTabWidget()
        self.sections.setObjectName("orderSections")
        self.sections.addTab(lines_page, self.tr("维修项目"))
        self.panels: list[OrderPanel] = []
        self._stale_panels: set[OrderPanel] = set()
        """Sections not on show that have not been told the order shown yet (disabled meanwhile, so
        their shortcuts cannot act on the order shown before)."""
        self.sections.currentChanged.connect(self.on_section_shown)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.addWidget(header)
        main_layout.addWidget(details)
        main_layout.addWidget(self.sections, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(main)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        # Another PC saved this order first: the latest order is shown and what was typed here is
        # offered back above the editor (desk.views.conflict_note).
        self.conflict_note = ConflictNote()
        self.conflict_note.watch(
            [
                field(self.tr("故障描述"), self.complaint_edit),
                field(self.tr("预计交车"), self.promised_edit),
                field(self.tr("改时原因"), self.promise_box.reason_edit),
                field(self.tr("已告知客户"), self.promise_box.told_check),
            ]
            + self.intake_box.conflict_fields()
        )
        self.intake_box.conflicted.connect(self.on_conflict)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.conflict_note)
        layout.addWidget(splitter, 1)

        runner.changed.connect(self.on_changed)
        self.show_detail(None)

    def add_section(self, panel: OrderPanel, title: str) -> None:
        """Add a page below the header that follows the order shown (see :class:`OrderPanel`)."""
        self.panels.append(panel)
        self.sections.addTab(panel, title)
        panel.show_detail(self.detail)

    # --- showing -----------------------------------------------------------------------------

    def _show_panels(self, detail: OrderDetail | None) -> None:
        """Tell the section on show (and, with no order, every section: that reads nothing)."""
        for panel in getattr(self, "panels", ()):
            if detail is None or panel is self.sections.currentWidget():
                self._stale_panels.discard(panel)
                panel.setEnabled(True)
                panel.show_detail(detail)
            else:
                self._stale_panels.add(panel)
                panel.setEnabled(False)

    def on_section_shown(self, _index: int) -> None:
        panel = self.sections.currentWidget()
        if isinstance(panel, OrderPanel) and panel in self._stale_panels:
            self._stale_panels.discard(panel)
            panel.setEnabled(True)
            panel.show_detail(self.detail)

    def on_changed(self, changes: Changes) -> None:
        if self._writing:
            return  # this tab's own write: the order it returns is shown next (see _write)
        if self.detail is not None and self.detail.number in changes.orders:
            self.show_order(self.detail.number)

    def show_order(self, number: str) -> None:
        number = number.strip().upper()
        if not number:
            return
        # One read for everything the editor shows beside the order (desk.services.order_editor).
        view = self.runner.attempt(self, order_editor.editor_view, number, write=False)
        if view is not None:
            self.show_detail(view.detail, view)

    def show_detail(self, detail: OrderDetail | None, view: EditorView | None = None) -> None:
        """Show ``detail``; ``view`` is what :meth:`show_order` read with it, else it is read here."""
        self.detail = detail
        self._show_panels(detail)
        has = detail is not None
        editable = bool(detail and detail.editable)
        for widget in (
            self.complaint_edit, self.promise_box, self.save_details_button, self.labour_code, self.labour_name,
            self.labour_hours, self.labour_rate, self.labour_discount, self.labour_pay, self.add_labour_button,
            self.part_number, self.part_name, self.part_quantity, self.part_price, self.part_discount, self.part_pay,
            self.add_part_button, self.remove_button, self.package_combo, self.package_pay, self.add_package_button,
        ):
            widget.setEnabled(editable)
        self.labour_model.editing = self.parts_model.editing = editable
        self.promise_box.show_detail(detail, view.promise if view is not None else None)
        self.intake_box.show_detail(detail)
        for widget in (self.preview_customer_button, self.preview_workshop_button, self.save_pdf_button):
            widget.setEnabled(has)
        self.labour_model.set_rows(detail.labour_lines if detail else [])
        self.parts_model.set_rows(detail.part_lines if detail else [])
        self._show_moves(detail)
        self._show_catalogue(detail, view)
        if detail is None:
            self.status_label.setText(self.tr("未打开委托书"))
            self.repeat_badge.hide()
            for label in list(self.header_labels.values()) + list(self.totals_labels.values()):
                label.clear()
            self.capitals_label.clear()
            self.complaint_edit.clear()
            self.history_label.clear()
            self.conflict_note.loaded()
            return
        self.number_edit.setText(detail.number)
        self.status_label.setText(enum_text(detail.status, OrderStatus))
        self.repeat_badge.setText(self.tr("返修：%1").replace("%1", detail.repeat_of))
        self.repeat_badge.setVisible(bool(detail.repeat_of))
        values = {
            "customer": detail.customer, "phone": detail.phone, "advisor": detail.advisor, "plate": detail.plate,
            "model": detail.model, "vin": detail.vin, "mileage": f"{detail.mileage:,} km",
            "opened": detail.opened_local, "appointment": detail.appointment or self.tr("无（直接到店）"),
        }
        for key, value in values.items():
            self.header_labels[key].setText(value)
        self.complaint_edit.setPlainText(detail.complaint)
        totals = detail.totals
        self.totals_labels["labour"].setText(yuan(totals.labour))
        self.totals_labels["parts"].setText(yuan(totals.parts))
        self.totals_labels["discount"].setText("-" + yuan(totals.discount) if totals.discount else yuan(0))
        per = {p: (lab, par) for p, lab, par in totals.by_pay_type}
        for pay_type in PayType:
            lab, par = per.get(pay_type.value, (0, 0))
            self.totals_labels[pay_type.value].setText(yuan(lab + par))
        self.totals_labels["total"].setText(yuan(totals.total))
        self.totals_labels["customer_pays"].setText(yuan(totals.customer_pays))
        self.capitals_label.setText(detail.customer_pays_in_capitals)
        lines = [
            f"{h.at_local}  {enum_text(h.to_status, OrderStatus)}  {h.staff}"
            + (self.tr("（%1）").replace("%1", h.reason) if h.reason else "")
            for h in detail.history
        ]
        self.history_label.setText(self.tr("状态记录") + "\n" + "\n".join(lines))
        self.conflict_note.loaded()

    def _show_catalogue(self, detail: OrderDetail | None, view: EditorView | None) -> None:
        """The packages for this car's model and the shortages of this order's parts."""
        if detail is None or not detail.editable:
            self.package_combo.clear()
            self._packages_for = None
        elif self._packages_for != detail.number:  # the same order again keeps the package picked
            self._packages_for = detail.number
            packages = view.packages if view is not None else (
                self.runner.attempt(self, catalogue.package_choices, model=detail.model, write=False) or ()
            )
            self.package_combo.clear()
            for package in packages:
                self.package_combo.addItem(f"{package.code}  {package.name}", package.code)
        self.add_package_button.setEnabled(bool(detail and detail.editable) and self.package_combo.count() > 0)
        if detail is None or not detail.editable:
            shortages: tuple[catalogue.StockWarning, ...] = ()
        elif view is not None:
            shortages = view.shortages
        else:
            shortages = self.runner.attempt(self, catalogue.stock_warnings, detail.number, write=False) or ()
        self.stock_label.setText("\n".join(self._shortage_text(w) for w in shortages))

    def _shortage_text(self, warning: catalogue.StockWarning) -> str:
        return (
            self.tr("库存不足：%1 %2 需要 %3，库存只有 %4。").replace("%1", warning.part_number)
            .replace("%2", warning.name).replace("%3", format_quantity(warning.wanted) + warning.unit)
            .replace("%4", format_quantity(warning.on_hand) + warning.unit)
        )

    def _show_moves(self, detail: OrderDetail | None) -> None:
        allowed = set(detail.allowed_moves) if detail else set()
        for target, button in self.move_buttons.items():
            button.setVisible(target.value in allowed)
        self.settle_button.setVisible(
            bool(detail and detail.status in (OrderStatus.READY.value, OrderStatus.SETTLED.value))
        )

    # --- actions -----------------------------------------------------------------------------

    def _version(self) -> int | None:
        return self.detail.version if self.detail else None

    def _write(
        self, action: Callable[..., OrderDetail], *args: Any, typed: Callable[[], list[Typed]] | None = None,
        **kwargs: Any,
    ) -> bool:
        """Run a write of this order and show the order as it returns it, without also reloading it
        on the change signal (one read instead of two when a line is added).

        When another PC saved the order first, the order is reloaded and what was typed is offered
        back; ``typed`` adds what this action carried that the form's fields do not hold.
        """
        self._writing = True
        try:
            detail = self.runner.attempt(
                self, action, *args, on_conflict=lambda c: self.on_conflict(c, typed() if typed else []), **kwargs,
            )
        finally:
            self._writing = False
        return self._after(detail)

    def _after(self, detail: OrderDetail | None) -> bool:
        if detail is not None:
            if detail != self.detail:  # the runner's change signal has usually shown it already
                self.show_detail(detail)
            return True
        return False

    def on_conflict(self, conflict: Conflict, extra: list[Typed] | None = None) -> None:
        """Another PC saved this order first: show the latest order and offer back what was typed."""
        if self.detail is None:
            return
        typed = self.conflict_note.typed() + (extra or [])  # before the reload replaces the fields
        number = self.detail.number
        self.show_order(number)
        self.conflict_note.offer(conflict, typed)

    def _line_typed(self, kind: str, line_id: int, field_name: str, text: str) -> list[Typed]:
        """A grid cell's value for the note; 「重新填入」 opens that cell again with it typed in."""
        model = self.labour_model if kind == "labour" else self.parts_model
        row = next((r for r in model.rows if r.id == line_id), None)
        titles = {"hours": self.tr("工时"), "quantity": self.tr("数量"), "unit_price": self.tr("单价"),
                  "discount": self.tr("折扣"), "pay_type": self.tr("付费类型")}
        label = self.tr("“%1”的%2").replace("%1", row.name if row else "").replace("%2", titles.get(field_name, field_name))
        shown = (lambda v: enum_text(v, PayType)) if field_name == "pay_type" else (lambda v: str(v))
        return [Typed(Field(label, lambda: text, lambda v: self._reopen_cell(kind, line_id, field_name, v), shown), text)]

    def _reopen_cell(self, kind: str, line_id: int, field_name: str, value: str) -> None:
        """Start editing the cell of ``line_id`` again with ``value`` in it; Enter saves it."""
        view, model = (self.labour_view, self.labour_model) if kind == "labour" else (self.parts_view, self.parts_model)
        position = next((i for i, r in enumerate(model.rows) if r.id == line_id), None)
        column = next((c for c, (name, _get) in model.editable.items() if name == field_name), None)
        if position is None or column is None:
            return  # the other PC removed the line
        index = model.index(position, column)
        view.setFocus()
        view.setCurrentIndex(index)
        view.edit(index)
        editor = view.viewport().findChild(QWidget, f"edit_{field_name}")
        if isinstance(editor, QLineEdit):
            editor.setText(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))

    def _adding_typed(self, label: str, edits: list[QLineEdit], pay: QComboBox) -> list[Typed]:
        """The line being added, for the note; it stays in the add row, and 「重新填入」 keeps it there."""
        values = [e.text() for e in edits] + [pay.currentData()]

        def put_back(v: list[Any]) -> None:
            for edit, text in zip(edits, v):
                edit.setText(text)
            pay.setCurrentIndex(max(0, pay.findData(v[-1])))

        shown = " ".join(t for t in values[:-1] if t) + " " + enum_text(values[-1], PayType)
        return [Typed(Field(label, lambda: values, put_back, lambda _v: shown, widget=edits[0]), values)]

    def save_details(self) -> None:
        if self.detail is None:
            return
        if self.promise_box.reason_required() and not self.promise_box.reason().strip():
            self.runner.reporter.error(self, self.tr("预计交车时间与计算时间不同，请填写改时原因。"))
            self.promise_box.reason_edit.setFocus()
            return
        promised = self.runner.attempt(self, shop.from_wall_clock, self.promise_box.wall_time(), write=False)
        self._write(
            orders.update_details, self.detail.number, complaint=self.complaint_edit.toPlainText(),
            promised_at=promised, promise_reason=self.promise_box.reason(),
            customer_told=self.promise_box.customer_told(), staff_id=self.runner.staff_id,
            expected_version=self._version(),
        )

    def on_labour_edited(self, row: LabourLineRow, field: str, text: str) -> None:
        self._edit_line("labour", row.id, field, text)

    def on_part_edited(self, row: PartLineRow, field: str, text: str) -> None:
        self._edit_line("part", row.id, field, text)

    def _edit_line(self, kind: str, line_id: int, field: str, text: str) -> None:
        """Write one cell edited in the grid (hours, quantity, unit price, discount or pay type)."""
        if self.detail is None or not self.detail.editable:
            return
        self._write(
            orders.update_line, self.detail.number, kind=kind, line_id=line_id, **{field: text},
            staff_id=self.runner.staff_id, expected_version=self._version(),
            typed=lambda: self._line_typed(kind, line_id, field, text),
        )

    def add_labour(self) -> None:
        if self.detail is None or not self.add_labour_button.isEnabled() or self.labour_completer.popup().isVisible():
            return  # Return in the catalogue's list picks an entry; it does not add the line yet
        done = self._write(
            orders.add_labour_line, self.detail.number, code=self.labour_code.text(),
            name=self.labour_name.text(), hours=self.labour_hours.text(), rate=self.labour_rate.text() or None,
            discount=self.labour_discount.text(), pay_type=self.labour_pay.currentData(),
            staff_id=self.runner.staff_id, expected_version=self._version(),
            typed=lambda: self._adding_typed(self.tr("添加工时"), [
                self.labour_code, self.labour_name, self.labour_hours, self.labour_rate, self.labour_discount,
            ], self.labour_pay),
        )
        if done:
            for edit in (self.labour_code, self.labour_name, self.labour_hours, self.labour_rate, self.labour_discount):
                edit.clear()
            self.labour_code.setFocus()

    def add_part(self) -> None:
        if self.detail is None or not self.add_part_button.isEnabled() or self.part_completer.popup().isVisible():
            return  # Return in the catalogue's list picks an entry; it does not add the line yet
        done = self._write(
            orders.add_part_line, self.detail.number, part_number=self.part_number.text(),
            name=self.part_name.text(), quantity=self.part_quantity.text(), unit_price=self.part_price.text(),
            discount=self.part_discount.text(), pay_type=self.part_pay.currentData(),
            staff_id=self.runner.staff_id, expected_version=self._version(),
            typed=lambda: self._adding_typed(self.tr("添加备件"), [
                self.part_number, self.part_name, self.part_quantity, self.part_price, self.part_discount,
            ], self.part_pay),
        )
        if done:
            for edit in (self.part_number, self.part_name, self.part_quantity, self.part_price, self.part_discount):
                edit.clear()
            self.part_number.setFocus()

    def on_labour_chosen(self, row: catalogue.LabourOperationRow) -> None:
        self.labour_code.setText(row.code)
        self.labour_name.setText(row.name)
        self.labour_hours.setText(format_quantity(row.hours))
        self.labour_hours.setFocus()
        self.labour_hours.selectAll()

    def on_part_chosen(self, row: catalogue.PartRow) -> None:
        self.part_number.setText(row.part_number)
        self.part_name.setText(row.name)
        self.part_price.setText(orders.format_amount(row.price_fen))
        if not self.part_quantity.text().strip():
            self.part_quantity.setText("1")
        self.part_quantity.setFocus()
        self.part_quantity.selectAll()
        self.show_part_shortage()

    def show_part_shortage(self) -> None:
        """Warn (never stop) when the quantity being typed is more than the shelf holds."""
        if not self.part_number.text().strip():
            return
        shortage = self.runner.attempt(
            self, catalogue.part_shortage, self.part_number.text(), self.part_quantity.text(), write=False
        )
        self.stock_label.setText(self._shortage_text(shortage) if shortage else "")

    def add_package(self) -> None:
        if self.detail is None or not self.add_package_button.isEnabled() or self.package_combo.currentData() is None:
            return
        self._after(self.runner.attempt(
            self, catalogue.add_package_to_order, self.detail.number, self.package_combo.currentData(),
            pay_type=self.package_pay.currentData(), staff_id=self.runner.staff_id, expected_version=self._version(),
            on_conflict=self.on_conflict,
        ))

    def remove_selected(self) -> None:
        """Remove the selected line of the table that has focus (or the one with a selection)."""
        if self.detail is None or not self.detail.editable:
            return
        tables = [("labour", self.labour_view, self.labour_model), ("part", self.parts_view, self.parts_model)]
        tables.sort(key=lambda table: not table[1].hasFocus())
        for kind, view, model in tables:
            selected = view.selectionModel().selectedRows()
            row = model.row_at(selected[0]) if selected else None
            if row is None:
                continue
            if self.runner.reporter.confirm(self, self.tr("删除“%1”这一行吗？").replace("%1", row.name)):
                self._after(self.runner.attempt(
                    self, orders.remove_line, self.detail.number, kind=kind, line_id=row.id,
                    staff_id=self.runner.staff_id, expected_version=self._version(), on_conflict=self.on_conflict,
                ))
            return

    def move(self, target: OrderStatus) -> None:
        if self.detail is None:
            return
        reason = ""
        if target == OrderStatus.CANCELLED:
            reason, ok = QInputDialog.getText(self, self.tr("取消委托书"), self.tr("取消原因（必填）："))
            if not ok:
                return
        self._after(self.runner.attempt(
            self, orders.move_status, self.detail.number, target.value, reason=reason,
            staff_id=self.runner.staff_id, expected_version=self._version(), on_conflict=self.on_conflict,
        ))

    # --- printing ------------------------------------------------------------------------------

    def render(self, copy: str) -> bytes | None:
        """The PDF of this order's copy, from its stored snapshot."""
        if self.detail is None:
            return None
        snapshot = self.runner.attempt(
            self, documents.repair_order_snapshot, self.detail.number, staff_id=self.runner.staff_id
        )
        if snapshot is None:
            return None
        try:
            return render_repair_order(snapshot, copy, font_path=self.runner.settings.font_path)  # type: ignore[arg-type]
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return None

    def preview(self, copy: str) -> None:
        pdf = self.render(copy)
        if pdf is None or self.detail is None:
            return
        title = self.tr("任务委托书 %1").replace("%1", self.detail.number)
        PdfPreview(pdf, title, f"{self.detail.number}-{copy}.pdf", self).exec()

    def save_customer_pdf(self) -> None:
        if self.detail is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), str(Path.home() / f"{self.detail.number}-customer.pdf"),
            self.tr("PDF 文件 (*.pdf)"),
        )
        if path:
            pdf = self.render("customer")
            if pdf is not None:
                save_pdf(self, pdf, Path(path))
