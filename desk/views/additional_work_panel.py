"""追加项目: the order editor's section for work found during the job and the customer's decision.

The list shows each item with its price and status (待客户确认 in amber). 「登记追加项目…」 records
what the workshop found (description, labour and parts from the catalogue or typed, extra time,
photos); 「记录客户决定…」 records who on the customer's side said yes or no, how and when, and
whether the customer was told the new promised time. The slip (追加项目确认单) is previewed and
printed from here. Below, the car's declined work of earlier visits can be added to this order.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDateTime, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import AdditionalWorkStatus, DecisionChannel, PayType
from desk.printing.additional_work import render_additional_work
from desk.services import additional_work, catalogue, shop
from desk.services.additional_work import LabourInput, PartInput, ProposedLabour, ProposedPart, WorkRow
from desk.services.additional_work_snapshot import additional_work_snapshot
from desk.services.errors import DeskError
from desk.services.orders import OrderDetail, format_amount, format_quantity
from desk.views.catalogue_completer import labour_completer, part_completer
from desk.views.i18n import enum_text, yuan
from desk.views.order_tab import OrderPanel
from desk.views.pdf_preview import PdfPreview
from desk.views.recommendations import RecommendationsBox
from desk.views.runner import Runner, translate_error
from desk.views.table_model import Column, RowsModel, rows_view

PENDING_FILL = QColor("#ffe0a3")
DECLINED_TEXT = QColor("#8a4b00")
THUMB = QSize(96, 72)


def _pay_type_combo() -> QComboBox:
    combo = QComboBox()
    for pay_type in PayType:
        combo.addItem(enum_text(pay_type), pay_type.value)
    return combo


def _thumbnail(data: bytes) -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(data))
    return QIcon(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))


def _thumbnail_list(name: str) -> QListWidget:
    view = QListWidget()
    view.setObjectName(name)
    view.setViewMode(QListWidget.ViewMode.IconMode)
    view.setIconSize(THUMB)
    view.setMovement(QListWidget.Movement.Static)
    view.setFlow(QListWidget.Flow.LeftToRight)
    view.setWrapping(False)
    view.setFixedHeight(THUMB.height() + 34)
    return view


class WorkModel(RowsModel[WorkRow]):
    """Additional work with the waiting items in amber."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.BackgroundRole and row.status == AdditionalWorkStatus.PENDING.value:
            return QBrush(PENDING_FILL)
        if row is not None and role == Qt.ItemDataRole.ForegroundRole and row.status == AdditionalWorkStatus.DECLINED.value:
            return QBrush(DECLINED_TEXT)
        return super().data(index, role)


class AdditionalWorkPanel(OrderPanel):
    """The 追加项目 section of the order editor."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail: OrderDetail | None = None
        self.record_dialog: RecordDialog | None = None
        self.decision_dialog: DecisionDialog | None = None

        self.call_label = QLabel()
        self.call_label.setObjectName("callInfo")
        self.call_label.setWordWrap(True)
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingWork")
        self.pending_label.setStyleSheet(
            "background: #ffe0a3; color: #6b3d00; border: 1px solid #e0a030; border-radius: 3px; padding: 2px 8px;"
        )
        self.pending_label.setVisible(False)
        self.model = WorkModel(
            [
                Column(self.tr("发现时间"), lambda r: r.found_local[5:]),
                Column(self.tr("发现的问题及建议"), lambda r: r.description.splitlines()[0] if r.description else "",
                       tooltip=lambda r: r.description),
                Column(self.tr("金额"), lambda r: yuan(r.total_fen), numeric=True),
                Column(self.tr("加时"), lambda r: self.tr("%1 小时").replace("%1", format_quantity(r.extra_hours)),
                       numeric=True),
                Column(self.tr("状态"), lambda r: enum_text(r.status, AdditionalWorkStatus)),
                Column(self.tr("客户决定"), self._decision_text),
            ],
            self,
        )
        self.view = rows_view(self.model, "additionalWork", stretch_column=1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.on_selection())
        self.view.activated.connect(lambda _index: self.open_decision_dialog())
        self.lines_label = QLabel()
        self.lines_label.setObjectName("workLines")
        self.lines_label.setWordWrap(True)
        self.lines_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photos = _thumbnail_list("workPhotos")
        self.photos.setVisible(False)

        self.record_button = QPushButton(self.tr("登记追加项目… (Ctrl+Shift+N)"))
        self.record_button.setObjectName("recordWork")
        self.record_button.clicked.connect(self.open_record_dialog)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.open_record_dialog)
        self.decide_button = QPushButton(self.tr("记录客户决定… (Enter)"))
        self.decide_button.setObjectName("decideWork")
        self.decide_button.clicked.connect(self.open_decision_dialog)
        self.slip_button = QPushButton(self.tr("追加项目确认单：预览/打印"))
        self.slip_button.setObjectName("previewSlip")
        self.slip_button.clicked.connect(self.preview_slip)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.decide_button, self.slip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recommendations = RecommendationsBox(runner, self, can_take_up=True)

        top = QHBoxLayout()
        top.addWidget(self.call_label, 1)
        top.addWidget(self.pending_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.photos)
        layout.addLayout(buttons)
        layout.addWidget(self.recommendations)

    # --- showing -----------------------------------------------------------------------------

    def _decision_text(self, row: WorkRow) -> str:
        if row.status == AdditionalWorkStatus.PENDING.value:
            return ""
        text = self.tr("%1 · %2 · %3").replace("%1", row.decided_by).replace(
            "%2", enum_text(row.channel, DecisionChannel) if row.channel else "").replace("%3", row.decided_local)
        if row.taken_up_order:
            text += self.tr("（已在 %1 中完成）").replace("%1", row.taken_up_order)
        return text

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        rows = (
            self.runner.attempt(self, additional_work.work_for_order, detail.number, write=False) or []
            if detail is not None else []
        )
        selected = self.selected()
        self.model.set_rows(rows)
        if rows:
            ids = [r.id for r in rows]
            pending = [i for i, r in enumerate(rows) if r.status == AdditionalWorkStatus.PENDING.value]
            keep = ids.index(selected.id) if selected is not None and selected.id in ids else None
            self.view.selectRow(keep if keep is not None else (pending[0] if pending else len(rows) - 1))
        waiting = [r for r in rows if r.status == AdditionalWorkStatus.PENDING.value]
        self.pending_label.setText(
            self.tr("待客户确认 %1 项：%2，需增加 %3 小时").replace("%1", str(len(waiting)))
            .replace("%2", yuan(sum(r.total_fen for r in waiting)))
            .replace("%3", format_quantity(sum((r.extra_hours for r in waiting), Decimal(0))))
        )
        self.pending_label.setVisible(bool(waiting))
        editable = bool(detail and detail.editable)
        self.record_button.setEnabled(editable)
        self.slip_button.setEnabled(bool(rows))
        self.call_label.setText(self._call_text(detail))
        self.call_label.setStyleSheet("color: #b35c00; font-weight: bold;" if detail and not detail.extra_work_consent else "")
        self.recommendations.show_vehicle(
            detail.vehicle_id if detail else None, order_number=detail.number if detail else None,
            order_version=detail.version if detail else None, editable=editable,
        )
        self.on_selection()

    def _call_text(self, detail: OrderDetail | None) -> str:
        if detail is None:
            return ""
        if not detail.extra_work_consent:
            return self.tr("客户不接受增项来电，请当面确认。客户：%1").replace("%1", detail.customer)
        return self.tr("增项联系电话：%1（%2）").replace("%1", detail.callback_phone or "—").replace("%2", detail.customer)

    def selected(self) -> WorkRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def on_selection(self) -> None:
        row = self.selected()
        self.decide_button.setEnabled(
            bool(row and row.status == AdditionalWorkStatus.PENDING.value and self.detail and self.detail.editable)
        )
        if row is None:
            self.lines_label.setText(self.tr("还没有追加项目。维修中发现问题时，点「登记追加项目…」。") if self.detail else "")
            self.photos.clear()
            self.photos.setVisible(False)
            return
        lines = [
            self.tr("工时：%1 %2 小时 × %3 = %4（%5）").replace("%1", l.name).replace("%2", format_quantity(l.hours))
            .replace("%3", yuan(l.rate_fen)).replace("%4", yuan(l.amount_fen)).replace("%5", enum_text(l.pay_type, PayType))
            for l in row.labour
        ] + [
            self.tr("备件：%1 × %2 @ %3 = %4（%5）").replace("%1", p.name).replace("%2", format_quantity(p.quantity))
            .replace("%3", yuan(p.unit_price_fen)).replace("%4", yuan(p.amount_fen)).replace("%5", enum_text(p.pay_type, PayType))
            for p in row.parts
        ]
        if row.note:
            lines.append(self.tr("备注：%1").replace("%1", row.note))
        self.lines_label.setText("\n".join(lines))
        self.photos.clear()
        for photo_id in row.photo_ids:
            data = self.runner.attempt(self, additional_work.photo_bytes, photo_id, write=False)
            if data:
                self.photos.addItem(QListWidgetItem(_thumbnail(data), ""))
        self.photos.setVisible(bool(row.photo_ids))

    # --- actions -----------------------------------------------------------------------------

    def open_record_dialog(self) -> None:
        if self.detail is None or not self.record_button.isEnabled():
            return
        self.record_dialog = RecordDialog(self.runner, self.detail, self)
        self.record_dialog.open()

    def open_decision_dialog(self) -> None:
        row = self.selected()
        if self.detail is None or row is None or not self.decide_button.isEnabled():
            return
        self.decision_dialog = DecisionDialog(self.runner, self.detail, row, self)
        self.decision_dialog.open()

    def render_slip(self) -> bytes | None:
        if self.detail is None:
            return None
        snapshot = self.runner.attempt(self, additional_work_snapshot, self.detail.number, staff_id=self.runner.staff_id)
        if snapshot is None:
            return None
        try:
            return render_additional_work(snapshot, font_path=self.runner.settings.font_path)
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return None

    def preview_slip(self) -> None:
        pdf = self.render_slip()
        if pdf is None or self.detail is None:
            return
        title = self.tr("追加项目确认单 %1").replace("%1", self.detail.number)
        PdfPreview(pdf, title, f"{self.detail.number}-additional-work.pdf", self).exec()


class RecordDialog(QDialog):
    """登记追加项目: what was found, the proposed lines with prices, the extra time, photos."""

    def __init__(self, runner: Runner, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail = detail
        self.labour: list[tuple[LabourInput, ProposedLabour]] = []
        self.parts: list[tuple[PartInput, ProposedPart]] = []
        self.photo_files: list[tuple[str, bytes]] = []
        self.result_value: additional_work.RecordResult | None = None
        self.setWindowTitle(self.tr("登记追加项目 · %1").replace("%1", detail.number))
        self.resize(820, 640)

        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("发现的问题和建议的维修，如：前刹车片剩余 2 mm，建议更换"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)

        # labour: code or name from the catalogue, or typed
        self.labour_code = QLineEdit()
        self.labour_code.setObjectName("labourCode")
        self.labour_code.setPlaceholderText(self.tr("代码"))
        self.labour_code.setMaximumWidth(90)
        self.labour_name = QLineEdit()
        self.labour_name.setObjectName("labourName")
        self.labour_name.setPlaceholderText(self.tr("工时项目（输入代码或名称的一部分查目录）"))
        self.labour_hours = QLineEdit()
        self.labour_hours.setObjectName("labourHours")
        self.labour_hours.setPlaceholderText(self.tr("工时"))
        self.labour_hours.setMaximumWidth(70)
        self.labour_pay = _pay_type_combo()
        self.add_labour_button = QPushButton(self.tr("加工时"))
        self.add_labour_button.setObjectName("addLabour")
        self.add_labour_button.setAutoDefault(False)
        self.add_labour_button.clicked.connect(self.add_labour)
        for edit in (self.labour_code, self.labour_name, self.labour_hours):
            edit.returnPressed.connect(self.add_labour)
        self.labour_completer = labour_completer(runner, self)
        for edit in (self.labour_code, self.labour_name):
            self.labour_completer.attach(edit)
        self.labour_completer.chosen.connect(self.on_labour_chosen)

        # parts
        self.part_number = QLineEdit()
        self.part_number.setObjectName("partNumber")
        self.part_number.setPlaceholderText(self.tr("备件号"))
        self.part_number.setMaximumWidth(120)
        self.part_name = QLineEdit()
        self.part_name.setObjectName("partName")
        self.part_name.setPlaceholderText(self.tr("备件名称（输入备件号或名称的一部分查目录）"))
        self.part_quantity = QLineEdit("1")
        self.part_quantity.setObjectName("partQuantity")
        self.part_quantity.setPlaceholderText(self.tr("数量"))
        self.part_quantity.setMaximumWidth(60)
        self.part_price = QLineEdit()
        self.part_price.setObjectName("partPrice")
        self.part_price.setPlaceholderText(self.tr("单价"))
        self.part_price.setMaximumWidth(90)
        self.part_pay = _pay_type_combo()
        self.add_part_button = QPushButton(self.tr("加备件"))
        self.add_part_button.setObjectName("addPart")
        self.add_part_button.setAutoDefault(False)
        self.add_part_button.clicked.connect(self.add_part)
        for edit in (self.part_number, self.part_name, self.part_quantity, self.part_price):
            edit.returnPressed.connect(self.add_part)
        self.part_completer = part_completer(runner, self)
        for edit in (self.part_number, self.part_name):
            self.part_completer.attach(edit)
        self.part_completer.chosen.connect(self.on_part_chosen)

        self.lines_model = RowsModel[tuple[str, str, str, str, str]](
            [
                Column(self.tr("类别"), lambda r: r[0]),
                Column(self.tr("项目/备件"), lambda r: r[1]),
                Column(self.tr("工时/数量"), lambda r: r[2], numeric=True),
                Column(self.tr("单价"), lambda r: r[3], numeric=True),
                Column(self.tr("金额"), lambda r: r[4], numeric=True),
            ],
            self,
        )
        self.lines_view = rows_view(self.lines_model, "proposedLines", stretch_column=1)
        self.remove_line_button = QPushButton(self.tr("删除所选行"))
        self.remove_line_button.setAutoDefault(False)
        self.remove_line_button.clicked.connect(self.remove_line)
        QShortcut(QKeySequence.StandardKey.Delete, self.lines_view, self.remove_line)
        self.total_label = QLabel()
        self.total_label.setObjectName("proposedTotal")

        self.extra_hours = QLineEdit()
        self.extra_hours.setObjectName("extraHours")
        self.extra_hours.setPlaceholderText(self.tr("默认为工时合计"))
        self.extra_hours.setMaximumWidth(120)

        self.photo_list = _thumbnail_list("photoList")
        self.add_photos_button = QPushButton(self.tr("添加照片…"))
        self.add_photos_button.setAutoDefault(False)
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.remove_photo_button = QPushButton(self.tr("移除所选照片"))
        self.remove_photo_button.setAutoDefault(False)
        self.remove_photo_button.clicked.connect(self.remove_photo)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存并等待客户确认 (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        labour_row = QHBoxLayout()
        for widget in (self.labour_code, self.labour_name, self.labour_hours, self.labour_pay, self.add_labour_button):
            labour_row.addWidget(widget)
        labour_row.setStretch(1, 1)
        part_row = QHBoxLayout()
        for widget in (self.part_number, self.part_name, self.part_quantity, self.part_price, self.part_pay,
                       self.add_part_button):
            part_row.addWidget(widget)
        part_row.setStretch(1, 1)
        lines_box = QGroupBox(self.tr("建议的工时和备件"))
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.addLayout(labour_row)
        lines_layout.addLayout(part_row)
        lines_layout.addWidget(self.lines_view, 1)
        under = QHBoxLayout()
        under.addWidget(self.remove_line_button)
        under.addStretch(1)
        under.addWidget(self.total_label)
        lines_layout.addLayout(under)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.add_photos_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("需增加时间（小时）"), self.extra_hours)
        layout = QVBoxLayout(self)
        if not detail.extra_work_consent:
            warning = QLabel(self.tr("客户不接受增项来电：登记后请当面向客户说明并确认。"))
            warning.setObjectName("consentWarning")
            warning.setStyleSheet("color: #b35c00; font-weight: bold;")
            layout.addWidget(warning)
        layout.addWidget(QLabel(self.tr("发现的问题及建议")))
        layout.addWidget(self.description)
        layout.addWidget(lines_box, 1)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("照片")))
        layout.addWidget(self.photo_list)
        layout.addLayout(photo_buttons)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.description, self.labour_code)
        self.show_lines()
        self.description.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Return adds the line being typed (the inputs handle it); it never saves or closes the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- lines -------------------------------------------------------------------------------

    def on_labour_chosen(self, row: catalogue.LabourOperationRow) -> None:
        self.labour_code.setText(row.code)
        self.labour_name.setText(row.name)
        self.labour_hours.setText(format_quantity(row.hours))
        self.labour_hours.setFocus()
        self.labour_hours.selectAll()

    def on_part_chosen(self, row: catalogue.PartRow) -> None:
        self.part_number.setText(row.part_number)
        self.part_name.setText(row.name)
        self.part_price.setText(format_amount(row.price_fen))
        self.part_quantity.setFocus()
        self.part_quantity.selectAll()

    def add_labour(self) -> None:
        if self.labour_completer.popup().isVisible():
            return  # Return in the catalogue's list picks an entry
        item = LabourInput(
            code=self.labour_code.text(), name=self.labour_name.text(), hours=self.labour_hours.text(),
            pay_type=self.labour_pay.currentData(),
        )
        priced = self.runner.attempt(self, additional_work.price_labour, item, write=False)
        if priced is None:
            return
        self.labour.append((LabourInput(code=priced.code, name=priced.name, hours=priced.hours,
                                        pay_type=priced.pay_type), priced))
        for edit in (self.labour_code, self.labour_name, self.labour_hours):
            edit.clear()
        self.show_lines()
        self.labour_code.setFocus()

    def add_part(self) -> None:
        if self.part_completer.popup().isVisible():
            return
        item = PartInput(
            part_number=self.part_number.text(), name=self.part_name.text(), quantity=self.part_quantity.text(),
            unit_price=self.part_price.text(), pay_type=self.part_pay.currentData(),
        )
        priced = self.runner.attempt(self, additional_work.price_part, item, write=False)
        if priced is None:
            return
        self.parts.append((PartInput(part_number=priced.part_number, name=priced.name, quantity=priced.quantity,
                                     unit_price=format_amount(priced.unit_price_fen),
                                     pay_type=priced.pay_type), priced))
        for edit in (self.part_number, self.part_name, self.part_price):
            edit.clear()
        self.part_quantity.setText("1")
        self.show_lines()
        self.part_number.setFocus()

    def show_lines(self) -> None:
        rows = [
            (self.tr("工时"), p.name, format_quantity(p.hours), yuan(p.rate_fen), yuan(p.amount_fen))
            for _i, p in self.labour
        ] + [
            (self.tr("备件"), p.name, format_quantity(p.quantity), yuan(p.unit_price_fen), yuan(p.amount_fen))
            for _i, p in self.parts
        ]
        self.lines_model.set_rows(rows)
        total = sum(p.amount_fen for _i, p in self.labour) + sum(p.amount_fen for _i, p in self.parts)
        hours = sum((p.hours for _i, p in self.labour), Decimal(0))
        self.total_label.setText(
            self.tr("合计 %1 · 工时 %2 小时").replace("%1", yuan(total)).replace("%2", format_quantity(hours))
        )

    def remove_line(self) -> None:
        selected = self.lines_view.selectionModel().selectedRows()
        if not selected:
            return
        index = selected[0].row()
        if index < len(self.labour):
            del self.labour[index]
        else:
            del self.parts[index - len(self.labour)]
        self.show_lines()

    # --- photos ------------------------------------------------------------------------------

    def choose_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择照片"), str(Path.home()), self.tr("图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"),
        )
        self.add_photo_files([Path(p) for p in paths])

    def add_photo_files(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as exc:
                self.runner.reporter.error(
                    self, self.tr("无法读取 %1：%2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc))
                )
                continue
            self.photo_files.append((path.name, data))
            item = QListWidgetItem(_thumbnail(data), path.name)
            item.setToolTip(str(path))
            self.photo_list.addItem(item)

    def remove_photo(self) -> None:
        row = self.photo_list.currentRow()
        if 0 <= row < len(self.photo_files):
            del self.photo_files[row]
            self.photo_list.takeItem(row)

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        pending_labour = any(e.text().strip() for e in (self.labour_name, self.labour_code))
        pending_part = any(e.text().strip() for e in (self.part_name, self.part_number))
        if pending_labour or pending_part:
            self.runner.reporter.error(self, self.tr("还有一行没有加入：请先点「加工时」或「加备件」，或清空那一行。"))
            return
        result = self.runner.attempt(
            self, additional_work.record_additional_work, self.detail.number,
            description=self.description.toPlainText(), labour=[i for i, _p in self.labour],
            parts=[i for i, _p in self.parts], extra_hours=self.extra_hours.text() or None,
            photos=self.photo_files, staff_id=self.runner.staff_id,
        )
        if result is None:
            return
        self.result_value = result
        self.accept()


class DecisionDialog(QDialog):
    """记录客户决定: approved or declined, by whom, how, when, and the new promised time."""

    def __init__(self, runner: Runner, detail: OrderDetail, work: WorkRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail = detail
        self.work = work
        self.result_value: additional_work.DecisionResult | None = None
        self.setWindowTitle(self.tr("记录客户决定 · %1").replace("%1", detail.number))
        self.resize(560, 520)

        summary = QLabel(
            self.tr("%1\n金额 %2，需增加 %3 小时").replace("%1", work.description).replace("%2", yuan(work.total_fen))
            .replace("%3", format_quantity(work.extra_hours))
        )
        summary.setWordWrap(True)
        self.call_label = QLabel()
        self.call_label.setObjectName("callInfo")
        self.call_label.setWordWrap(True)
        if detail.extra_work_consent:
            self.call_label.setText(
                self.tr("联系电话：%1（%2）").replace("%1", detail.callback_phone or "—").replace("%2", detail.customer)
            )
        else:
            self.call_label.setText(self.tr("客户不接受增项来电，请当面确认。"))
            self.call_label.setStyleSheet("color: #b35c00; font-weight: bold;")

        self.approve = QRadioButton(self.tr("客户同意追加 (&Y)"))
        self.approve.setObjectName("approve")
        self.decline = QRadioButton(self.tr("客户不同意 (&N)"))
        self.decline.setObjectName("decline")
        group = QButtonGroup(self)
        group.addButton(self.approve)
        group.addButton(self.decline)
        self.approve.setChecked(True)
        self.approve.toggled.connect(lambda _on: self.update_promise_fields())
        self.decided_by = QLineEdit()
        self.decided_by.setObjectName("decidedBy")
        self.decided_by.setPlaceholderText(self.tr("如 车主本人、车队负责人"))
        self.decided_by.setText(self.tr("%1 本人").replace("%1", detail.customer))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel in DecisionChannel:
            self.channel.addItem(enum_text(channel), channel.value)
        if not detail.extra_work_consent:
            self.channel.setCurrentIndex(self.channel.findData(DecisionChannel.IN_PERSON.value))
        now = runner.attempt(self, shop.wall_clock_now, write=False)
        self.decided_at = QDateTimeEdit(QDateTime(now) if now else QDateTime.currentDateTime())
        self.decided_at.setObjectName("decidedAt")
        self.decided_at.setCalendarPopup(True)
        self.decided_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.told = QCheckBox(self.tr("已告知客户新的预计交车时间"))
        self.told.setObjectName("told")
        self.told.setChecked(True)
        computed = runner.attempt(self, additional_work.promise_if_approved, work.id, write=False)
        wall = runner.attempt(self, shop.to_wall_clock, computed, write=False) if computed else None
        self.computed_label = QLabel(
            self.tr("原预计交车 %1 → 顺延后 %2").replace("%1", detail.promised_local or "—")
            .replace("%2", wall.strftime("%Y-%m-%d %H:%M") if wall else "—")
        )
        self.computed_label.setObjectName("computedPromise")
        self.other_time = QCheckBox(self.tr("与客户另约交车时间："))
        self.other_time.setObjectName("otherTime")
        self.new_promised = QDateTimeEdit(QDateTime(wall) if wall else QDateTime.currentDateTime().addSecs(3600))
        self.new_promised.setObjectName("newPromised")
        self.new_promised.setCalendarPopup(True)
        self.new_promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.other_time.toggled.connect(lambda _on: self.update_promise_fields())
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("如 客户要求先报价再做、车间受话人 王师傅"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存决定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        choice = QHBoxLayout()
        choice.addWidget(self.approve)
        choice.addWidget(self.decline)
        choice.addStretch(1)
        other = QHBoxLayout()
        other.addWidget(self.other_time)
        other.addWidget(self.new_promised, 1)
        form = QFormLayout()
        form.addRow(self.tr("客户决定"), choice)
        form.addRow(self.tr("决定人"), self.decided_by)
        form.addRow(self.tr("答复方式"), self.channel)
        form.addRow(self.tr("答复时间"), self.decided_at)
        form.addRow(self.tr("交车时间"), self.computed_label)
        form.addRow("", other)
        form.addRow("", self.told)
        form.addRow(self.tr("备注"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.call_label)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.update_promise_fields()
        self.approve.setFocus()

    def update_promise_fields(self) -> None:
        approved = self.approve.isChecked()
        for widget in (self.told, self.other_time, self.computed_label):
            widget.setEnabled(approved)
        self.new_promised.setEnabled(approved and self.other_time.isChecked())

    def save(self) -> None:
        approved = self.approve.isChecked()
        if not approved and not self.runner.reporter.confirm(
            self, self.tr("记录客户不同意这个追加项目吗？它会作为建议项目保留，下次来店时提醒。")
        ):
            return
        decided_at = self.runner.attempt(self, shop.from_wall_clock, self.decided_at.dateTime().toPython(), write=False)
        new_promised = None
        if approved and self.other_time.isChecked():
            new_promised = self.runner.attempt(
                self, shop.from_wall_clock, self.new_promised.dateTime().toPython(), write=False
            )
        result = self.runner.attempt(
            self, additional_work.decide, self.work.id, approved=approved, decided_by=self.decided_by.text(),
            channel=self.channel.currentData(), decided_at=decided_at,
            customer_told_new_promise=approved and self.told.isChecked(), new_promised_at=new_promised,
            note=self.note.text(), staff_id=self.runner.staff_id, expected_version=self.work.version,
        )
        if result is None:
            return
        self.result_value = result
        self.accept()
