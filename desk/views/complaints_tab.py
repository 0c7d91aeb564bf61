"""投诉: the complaint register (客户投诉登记追踪表) with its filters, one complaint's detail and steps.

The table lists complaints newest first; a complaint not answered by its first-response deadline
stands out in red with 已逾期 (the rule is :func:`desk.services.complaints.is_overdue`). Beside it
the chosen complaint: what the customer said, who handles it, the deadline and every handling
step, and the result once closed. Buttons: 登记投诉 (Ctrl+N) finds the customer and car by plate,
phone or name; 添加处理记录 (Ctrl+Shift+S); 结案 (Ctrl+Shift+E) asks for the result and confirms;
打印处理表 (Ctrl+P) previews the handling form (客户意见处理表) to print or save; a manager may
重新打开 a closed complaint with a reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import ComplaintCategory, ComplaintSource, ComplaintStatus, Role
from desk.services import complaints, customers, shop
from desk.services.changes import Changes
from desk.services.complaints import ComplaintDetail, ComplaintRow, ComplaintStepRow
from desk.services.customers import SearchHit
from desk.services.errors import Conflict, DeskError
from desk.views.conflict_note import ConflictNote, field
from desk.views.i18n import enum_text
from desk.views.pdf_preview import PdfPreview
from desk.views.runner import Runner, translate_error
from desk.views.table_model import Column, Index, RowsModel, rows_view

OVERDUE_RED = "#c0392b"
OVERDUE_FILL = "#fdecea"
SEARCH_DELAY_MS = 250


def status_text(row: ComplaintRow | ComplaintDetail) -> str:
    """处理中 / 已结案, or 已逾期 for an open complaint past its first-response deadline."""
    if row.overdue:
        return QCoreApplication.translate("ComplaintsTab", "已逾期")
    return enum_text(row.status, ComplaintStatus)


def with_note(text: str, note: str) -> str:
    """``text（note）`` in the user's language."""
    return QCoreApplication.translate("ComplaintsTab", "%1（%2）").replace("%1", text).replace("%2", note)


class NoteEdit(QPlainTextEdit):
    """Several lines of text; Tab moves on and Ctrl+Enter asks the dialog to save.

    A plain text edit takes Ctrl+Enter as a line break before any shortcut sees it, so the key is
    caught here.
    """

    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submit_requested.emit()
            return
        super().keyPressEvent(event)


class RegisterModel(RowsModel[ComplaintRow]):
    """The register's rows; overdue ones in red on a light red ground."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(OVERDUE_RED))
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(OVERDUE_FILL))
        return super().data(index, role)


def _staff_combo(runner: Runner, parent: QWidget, empty: str) -> QComboBox:
    """Active staff to choose from, ``empty`` (no one) first."""
    combo = QComboBox(parent)
    combo.addItem(empty, None)
    for person in runner.attempt(parent, shop.list_staff, write=False) or []:
        combo.addItem(with_note(person.name, enum_text(person.role, Role)), person.id)
    return combo


class RegisterDialog(QDialog):
    """登记投诉: find the customer and car, pick the order, say what the customer said."""

    registered = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("登记投诉"))
        self.resize(760, 640)
        self.hit: SearchHit | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("complaintSearchCustomer")
        self.search_edit.setPlaceholderText(self.tr("车牌、手机号或姓名的一部分，回车查找"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.on_search_enter)
        self.hits = RowsModel[SearchHit](
            [
                Column(self.tr("车牌"), lambda h: h.plate),
                Column(self.tr("客户"), lambda h: h.customer),
                Column(self.tr("手机"), lambda h: h.phone),
                Column(self.tr("车型"), lambda h: h.model),
            ],
            self,
        )
        self.hits_view = rows_view(self.hits, "complaintHits")
        self.hits_view.setMaximumHeight(150)
        self.hits_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.choose(self.hits.row_at(current))
        )
        self.hits_view.activated.connect(lambda _index: self.order_combo.setFocus())
        self.chosen_label = QLabel(self.tr("未选择客户"))
        self.chosen_label.setObjectName("complaintChosen")

        self.order_combo = QComboBox()
        self.order_combo.setObjectName("complaintOrder")
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("complaintSource")
        for source in ComplaintSource:
            self.source_combo.addItem(enum_text(source), source.value)
        self.source_combo.setCurrentIndex(self.source_combo.findData(ComplaintSource.PHONE.value))
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("complaintCategory")
        for category in ComplaintCategory:
            kind = self.tr("质量类") if category == ComplaintCategory.QUALITY else self.tr("非质量类")
            self.category_combo.addItem(with_note(enum_text(category), kind), category.value)
        self.description_edit = NoteEdit()
        self.description_edit.submit_requested.connect(self.submit)
        self.description_edit.setObjectName("complaintDescription")
        self.description_edit.setPlaceholderText(self.tr("按客户的原话记录：什么问题、什么时候、客户要求什么"))
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("complaintDepartment")
        self.department_combo.setEditable(True)
        self.department_combo.addItems(list(complaints.DEPARTMENTS))
        self.responsible_combo = _staff_combo(runner, self, self.tr("（暂不指定）"))
        self.responsible_combo.setObjectName("complaintResponsible")

        form = QFormLayout()
        search_label = QLabel(self.tr("查找客户(&F)"))
        search_label.setBuddy(self.search_edit)
        form.addRow(search_label, self.search_edit)
        form.addRow("", self.hits_view)
        form.addRow(self.tr("客户与车辆"), self.chosen_label)
        for text, widget in (
            (self.tr("委托书(&O)"), self.order_combo),
            (self.tr("来源(&S)"), self.source_combo),
            (self.tr("类别(&C)"), self.category_combo),
            (self.tr("投诉内容(&D)"), self.description_edit),
            (self.tr("责任部门(&B)"), self.department_combo),
            (self.tr("责任人(&R)"), self.responsible_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("登记(Ctrl+Enter)"))
        self.ok_button.setAutoDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.choose(None)
        self.search_edit.setFocus()

    def run_search(self) -> None:
        text = self.search_edit.text()
        hits = (self.runner.attempt(self, customers.search, text, write=False) or []) if not customers.too_short(text) else []
        self.hits.set_rows(hits)
        if len(hits) == 1:
            self.hits_view.selectRow(0)

    def on_search_enter(self) -> None:
        self.search_timer.stop()
        self.run_search()
        if self.hits.rows:
            self.hits_view.selectRow(0)
            self.hits_view.setFocus()

    def choose(self, hit: SearchHit | None) -> None:
        """The customer (and car) the complaint is from; the car's orders become choosable."""
        self.hit = hit
        self.order_combo.clear()
        self.order_combo.addItem(self.tr("（不涉及具体委托书）"), None)
        if hit is None:
            self.chosen_label.setText(self.tr("未选择客户：先查找并选中一行"))
            return
        parts = [hit.customer, hit.phone, hit.plate, hit.model]
        self.chosen_label.setText(" · ".join(part for part in parts if part))
        if hit.vehicle_id is not None:
            for order_id, number, opened in (
                self.runner.attempt(self, complaints.customer_orders, hit.vehicle_id, write=False) or []
            ):
                self.order_combo.addItem(self.tr("%1（%2 开单）").replace("%1", number).replace("%2", opened), order_id)

    def submit(self) -> None:
        if self.hit is None:
            self.runner.reporter.error(self, self.tr("请先查找并选中投诉的客户（按车牌、手机号或姓名）。"))
            self.search_edit.setFocus()
            return
        detail = self.runner.attempt(
            self, complaints.register_complaint,
            source=self.source_combo.currentData(), customer_id=self.hit.customer_id,
            vehicle_id=self.hit.vehicle_id, order_id=self.order_combo.currentData(),
            description=self.description_edit.toPlainText(), category=self.category_combo.currentData(),
            department=self.department_combo.currentText(), responsible_id=self.responsible_combo.currentData(),
            staff_id=self.runner.staff_id,
        )
        if detail is not None:
            self.registered.emit(detail.number)
            self.accept()


def reload_after_conflict(
    dialog: QDialog, detail: ComplaintDetail, conflict: Conflict, note: ConflictNote,
) -> ComplaintDetail:
    """The complaint as the other PC left it, for a form that adds to it (a step, the closing).

    What was typed stays in the form (it adds to the complaint, it replaces nothing the other PC
    saved) and the note lists it with the other PC's newest steps; the register behind the dialog
    shows them too (``refreshed``). The next save carries the new version.
    """
    typed = note.typed()
    fresh = dialog.runner.attempt(dialog, complaints.complaint_detail, detail.number, write=False)  # type: ignore[attr-defined]
    if fresh is None:
        return detail
    seen = {step.id for step in detail.steps}
    new_steps = [
        QCoreApplication.translate("ComplaintConflict", "%1 %2：%3").replace("%1", step.staff)
        .replace("%2", step.at_text).replace("%3", step.text)
        for step in fresh.steps if step.id not in seen
    ]
    if not fresh.is_open:
        new_steps.append(QCoreApplication.translate("ComplaintConflict", "投诉已结案"))
    latest = QCoreApplication.translate("ComplaintConflict", "；").join(new_steps) or QCoreApplication.translate(
        "ComplaintConflict", "状态 %1").replace("%1", fresh.status_text)
    note.offer(conflict, typed, latest=latest)
    dialog.resize(dialog.width(), max(dialog.height(), dialog.sizeHint().height()))  # room for the note
    refreshed = getattr(dialog, "refreshed", None)
    if refreshed is not None:
        refreshed.emit(fresh.number)
    return fresh


class StepDialog(QDialog):
    """添加处理记录: what was done and when (now unless changed).

    Signals:
        saved(str): the step was saved.
        refreshed(str): another PC changed the complaint; the register shows it again.
    """

    saved = Signal(str)
    refreshed = Signal(str)

    def __init__(self, runner: Runner, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail = detail
        self.setWindowTitle(self.tr("添加处理记录 %1").replace("%1", detail.number))
        self.resize(560, 320)
        self.text_edit = NoteEdit()
        self.text_edit.submit_requested.connect(self.submit)
        self.text_edit.setObjectName("stepText")
        self.text_edit.setPlaceholderText(self.tr("做了什么、和客户怎么说的、下一步是什么"))
        now = runner.attempt(self, shop.wall_clock_now, write=False) or dt.datetime.now()
        self.initial = QDateTime(now.replace(second=0, microsecond=0))
        self.at_edit = QDateTimeEdit(self.initial)
        self.at_edit.setObjectName("stepAt")
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)
        form = QFormLayout()
        text_label = QLabel(self.tr("处理经过(&T)"))
        text_label.setBuddy(self.text_edit)
        at_label = QLabel(self.tr("处理时间(&W)"))
        at_label.setBuddy(self.at_edit)
        form.addRow(text_label, self.text_edit)
        form.addRow(at_label, self.at_edit)
        if detail.first_response_at is None:
            hint = QLabel(self.tr("这是第一条处理记录，将记为首次答复客户的时间（期限 %1）。").replace(
                "%1", detail.respond_by_text))
            hint.setWordWrap(True)
            form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("保存(Ctrl+Enter)"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.submit)
        self.conflict_note = ConflictNote()
        self.conflict_note.watch([field(self.tr("处理经过"), self.text_edit), field(self.tr("处理时间"), self.at_edit)])
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.text_edit.setFocus()

    def submit(self) -> None:
        at: dt.datetime | None = None
        if self.at_edit.dateTime() != self.initial:  # left as it was: the step is now, to the second
            wall: dt.datetime = self.at_edit.dateTime().toPython()  # type: ignore[assignment]
            at = self.runner.attempt(self, shop.from_wall_clock, wall, write=False)
            if at is None:
                return
        detail = self.runner.attempt(
            self, complaints.add_step, self.detail.number, text=self.text_edit.toPlainText(),
            staff_id=self.runner.staff_id, at=at, expected_version=self.detail.version, on_conflict=self.on_conflict,
        )
        if detail is not None:
            self.saved.emit(detail.number)
            self.accept()

    def on_conflict(self, conflict: Conflict) -> None:
        """Another PC changed the complaint first: take its latest version and say what changed."""
        self.detail = reload_after_conflict(self, self.detail, conflict, self.conflict_note)


class CloseDialog(QDialog):
    """结案: the result told to the customer, whether they accepted it, who was to blame."""

    closed = Signal(str)
    refreshed = Signal(str)

    def __init__(self, runner: Runner, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail = detail
        self.setWindowTitle(self.tr("结案 %1").replace("%1", detail.number))
        self.resize(560, 360)
        self.result_edit = NoteEdit()
        self.result_edit.submit_requested.connect(self.submit)
        self.result_edit.setObjectName("closeResult")
        self.result_edit.setPlaceholderText(self.tr("最后怎么解决的、客户得到了什么答复"))
        self.accepted_yes = QRadioButton(self.tr("接受(&Y)"))
        self.accepted_no = QRadioButton(self.tr("不接受(&N)"))
        self.fault_yes = QRadioButton(self.tr("有责：服务部的责任(&Z)"))
        self.fault_no = QRadioButton(self.tr("无责(&W)"))
        self.accepted_group = QButtonGroup(self)
        self.fault_group = QButtonGroup(self)
        for group, yes, no in ((self.accepted_group, self.accepted_yes, self.accepted_no),
                               (self.fault_group, self.fault_yes, self.fault_no)):
            group.addButton(yes)
            group.addButton(no)
        accepted_row = QHBoxLayout()
        accepted_row.addWidget(self.accepted_yes)
        accepted_row.addWidget(self.accepted_no)
        accepted_row.addStretch(1)
        fault_row = QHBoxLayout()
        fault_row.addWidget(self.fault_yes)
        fault_row.addWidget(self.fault_no)
        fault_row.addStretch(1)
        form = QFormLayout()
        result_label = QLabel(self.tr("处理结果(&R)"))
        result_label.setBuddy(self.result_edit)
        form.addRow(result_label, self.result_edit)
        form.addRow(self.tr("客户是否接受"), accepted_row)
        form.addRow(self.tr("责任判定"), fault_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("结案"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.conflict_note = ConflictNote()
        self.conflict_note.watch([
            field(self.tr("处理结果"), self.result_edit), field(self.tr("客户接受"), self.accepted_yes),
            field(self.tr("客户不接受"), self.accepted_no), field(self.tr("有责"), self.fault_yes),
            field(self.tr("无责"), self.fault_no),
        ])
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.result_edit.setFocus()

    def submit(self) -> None:
        if not self.result_edit.toPlainText().strip():
            self.runner.reporter.error(self, self.tr("结案须填写处理结果：最后怎么解决的、客户得到了什么答复。"))
            self.result_edit.setFocus()
            return
        if self.accepted_group.checkedButton() is None:
            self.runner.reporter.error(self, self.tr("请选择客户是否接受处理结果。"))
            self.accepted_yes.setFocus()
            return
        if self.fault_group.checkedButton() is None:
            self.runner.reporter.error(self, self.tr("请判定是否为服务部的责任（有责或无责）。"))
            self.fault_yes.setFocus()
            return
        question = self.tr("结案投诉 %1？结案后不能再添加处理记录；如需继续处理，须服务经理重新打开。").replace(
            "%1", self.detail.number)
        if not self.runner.reporter.confirm(self, question):
            return
        detail = self.runner.attempt(
            self, complaints.close, self.detail.number, result=self.result_edit.toPlainText(),
            customer_accepted=self.accepted_yes.isChecked(), service_at_fault=self.fault_yes.isChecked(),
            staff_id=self.runner.staff_id, expected_version=self.detail.version, on_conflict=self.on_conflict,
        )
        if detail is not None:
            self.closed.emit(detail.number)
            self.accept()

    def on_conflict(self, conflict: Conflict) -> None:
        """Another PC changed the complaint first: take its latest version and say what changed."""
        self.detail = reload_after_conflict(self, self.detail, conflict, self.conflict_note)


class HandOverDialog(QDialog):
    """转交: give the complaint to another department or person, or correct its category."""

    saved = Signal(str)

    def __init__(self, runner: Runner, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail = detail
        self.setWindowTitle(self.tr("转交 %1").replace("%1", detail.number))
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("handOverCategory")
        for category in ComplaintCategory:
            kind = self.tr("质量类") if category == ComplaintCategory.QUALITY else self.tr("非质量类")
            self.category_combo.addItem(with_note(enum_text(category), kind), category.value)
        self.category_combo.setCurrentIndex(self.category_combo.findData(detail.category))
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("handOverDepartment")
        self.department_combo.setEditable(True)
        self.department_combo.addItems(list(complaints.DEPARTMENTS))
        self.department_combo.setCurrentText(detail.department)
        self.responsible_combo = _staff_combo(runner, self, self.tr("（未指定）"))
        self.responsible_combo.setObjectName("handOverResponsible")
        self.responsible_combo.setCurrentIndex(max(0, self.responsible_combo.findData(detail.responsible_id)))
        form = QFormLayout()
        for text, widget in (
            (self.tr("责任部门(&B)"), self.department_combo),
            (self.tr("责任人(&P)"), self.responsible_combo),
            (self.tr("类别(&C)"), self.category_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        hint = QLabel(self.tr("换了部门或责任人时，处理经过里会记下转交给谁。"))
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.department_combo.setFocus()

    def submit(self) -> None:
        detail = self.runner.attempt(
            self, complaints.update_complaint, self.detail.number, category=self.category_combo.currentData(),
            department=self.department_combo.currentText(), responsible_id=self.responsible_combo.currentData(),
            staff_id=self.runner.staff_id, expected_version=self.detail.version,
        )
        if detail is not None:
            self.saved.emit(detail.number)
            self.accept()


class ComplaintsTab(QWidget):
    """The register with filters on the left, the chosen complaint and its steps on the right."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail: ComplaintDetail | None = None
        self.dialog: QDialog | None = None
        """The register, step or close dialog last opened (tests drive it)."""

        # --- filters ----------------------------------------------------------------------------
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("complaintStatusFilter")
        for text, code in ((self.tr("处理中"), "open"), (self.tr("已逾期"), "overdue"),
                           (self.tr("已结案"), "closed"), (self.tr("全部"), "all")):
            self.status_combo.addItem(text, code)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("complaintCategoryFilter")
        self.category_filter.addItem(self.tr("全部类别"), None)
        for category in ComplaintCategory:
            self.category_filter.addItem(enum_text(category), category.value)
        self.responsible_filter = _staff_combo(runner, self, self.tr("全部责任人"))
        self.responsible_filter.setObjectName("complaintResponsibleFilter")
        self.dates_check = QCheckBox(self.tr("受理日期"))
        self.dates_check.setObjectName("complaintDates")
        local_today = runner.attempt(self, shop.local_today, write=False)
        today = QDate(local_today) if local_today is not None else QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-30))
        self.to_edit = QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.dates_check.toggled.connect(self.on_dates_toggled)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("complaintSearch")
        self.search_edit.setPlaceholderText(self.tr("编号、车牌、客户或手机 (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        for combo in (self.status_combo, self.category_filter, self.responsible_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        # two rows, so the tab still fits a 1366-pixel counter screen beside the detail
        filters = QVBoxLayout()
        first_row = QHBoxLayout()
        status_label = QLabel(self.tr("状态(&T)"))
        status_label.setBuddy(self.status_combo)
        first_row.addWidget(status_label)
        first_row.addWidget(self.status_combo)
        first_row.addWidget(self.search_edit, 1)
        second_row = QHBoxLayout()
        second_row.addWidget(self.category_filter)
        second_row.addWidget(self.responsible_filter)
        second_row.addWidget(self.dates_check)
        second_row.addWidget(self.from_edit)
        second_row.addWidget(QLabel("—"))
        second_row.addWidget(self.to_edit)
        second_row.addStretch(1)
        filters.addLayout(first_row)
        filters.addLayout(second_row)

        # --- the register -----------------------------------------------------------------------
        self.model = RegisterModel(
            [
                Column(self.tr("投诉编号"), lambda r: r.number),
                Column(self.tr("受理时间"), lambda r: r.received_text),
                Column(self.tr("来源"), lambda r: enum_text(r.source, ComplaintSource)),
                Column(self.tr("客户"), lambda r: r.customer),
                Column(self.tr("车牌"), lambda r: r.plate),
                Column(self.tr("类别"), lambda r: enum_text(r.category, ComplaintCategory)),
                Column(self.tr("责任人"), lambda r: r.responsible),
                Column(self.tr("答复期限"), lambda r: r.respond_by_text),
                Column(self.tr("状态"), status_text),
            ],
            self,
        )
        self.view = rows_view(self.model, "complaintRegister", stretch_column=3)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.on_row(self.model.row_at(current))
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("complaintCount")

        self.register_button = QPushButton(self.tr("登记投诉 (Ctrl+N)"))
        self.register_button.setObjectName("registerComplaint")
        self.register_button.clicked.connect(self.open_register)
        QShortcut(QKeySequence.StandardKey.New, self, self.open_register)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.register_button)
        left_layout.addLayout(bottom)

        # --- the detail -------------------------------------------------------------------------
        self.title_label = QLabel()
        self.title_label.setObjectName("complaintTitle")
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setObjectName("complaintStatus")
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = [
            ("received", self.tr("受理")), ("source", self.tr("来源")),
            ("customer", self.tr("客户")), ("car", self.tr("车辆")),
            ("order", self.tr("委托书")), ("category", self.tr("类别")),
            ("responsible", self.tr("责任")), ("deadline", self.tr("答复期限")),
            ("first", self.tr("首次答复")), ("closed", self.tr("结案")),
        ]
        for index, (key, text) in enumerate(names):
            value = QLabel()
            value.setObjectName(f"complaintFact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.facts[key] = value
            grid.addWidget(QLabel(text), index // 2, (index % 2) * 2)
            grid.addWidget(value, index // 2, (index % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.description_label = QLabel()
        self.description_label.setObjectName("complaintDescriptionShown")
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label.setStyleSheet("background: #f6f6f2; padding: 6px; border: 1px solid #ddd;")
        description_box = QGroupBox(self.tr("客户原话"))
        QVBoxLayout(description_box).addWidget(self.description_label)

        self.steps_model = RowsModel[ComplaintStepRow](
            [
                Column(self.tr("时间"), lambda s: s.at_text),
                Column(self.tr("处理人"), lambda s: s.staff),
                Column(self.tr("处理经过"), lambda s: s.text, tooltip=lambda s: s.text),
            ],
            self,
        )
        self.steps_view = rows_view(self.steps_model, "complaintSteps")
        self.steps_view.setWordWrap(True)
        self.steps_box = QGroupBox(self.tr("处理经过"))
        QVBoxLayout(self.steps_box).addWidget(self.steps_view)
        self.result_label = QLabel()
        self.result_label.setObjectName("complaintResult")
        self.result_label.setWordWrap(True)
        self.result_box = QGroupBox(self.tr("处理结果"))
        QVBoxLayout(self.result_box).addWidget(self.result_label)

        self.step_button = QPushButton(self.tr("添加处理记录 (Ctrl+Shift+S)"))
        self.step_button.setObjectName("addStep")
        self.step_button.clicked.connect(self.open_step)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.open_step)
        self.close_button = QPushButton(self.tr("结案 (Ctrl+Shift+E)"))
        self.close_button.setObjectName("closeComplaint")
        self.close_button.clicked.connect(self.open_close)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.open_close)
        self.hand_over_button = QPushButton(self.tr("转交…"))
        self.hand_over_button.setObjectName("handOverComplaint")
        self.hand_over_button.clicked.connect(self.open_hand_over)
        self.reopen_button = QPushButton(self.tr("重新打开…"))
        self.reopen_button.setObjectName("reopenComplaint")
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.print_button = QPushButton(self.tr("打印处理表 (Ctrl+P)"))
        self.print_button.setObjectName("printComplaint")
        self.print_button.clicked.connect(self.print_form)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_form)
        actions = QGridLayout()  # two rows keep the detail narrow enough for a small screen
        actions.addWidget(self.step_button, 0, 0)
        actions.addWidget(self.close_button, 0, 1)
        actions.addWidget(self.hand_over_button, 1, 0)
        actions.addWidget(self.reopen_button, 1, 0)
        actions.addWidget(self.print_button, 1, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.status_label)
        right_layout.addLayout(head)
        right_layout.addLayout(grid)
        right_layout.addWidget(description_box)
        right_layout.addWidget(self.steps_box, 1)
        right_layout.addWidget(self.result_box)
        right_layout.addLayout(actions)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # in proportion: the steps need room to be read
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        runner.changed.connect(self.on_changed)
        runner.staff_changed.connect(lambda _id: self.show_detail(self.detail))
        self.show_detail(None)
        self.refresh()

    # --- the register -------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Refill the responsible filter after the staff list changed."""
        wanted = self.responsible_filter.currentData()
        fresh = _staff_combo(self.runner, self, self.tr("全部责任人"))
        self.responsible_filter.blockSignals(True)
        self.responsible_filter.clear()
        for index in range(fresh.count()):
            self.responsible_filter.addItem(fresh.itemText(index), fresh.itemData(index))
        self.responsible_filter.setCurrentIndex(max(0, self.responsible_filter.findData(wanted)))
        self.responsible_filter.blockSignals(False)
        fresh.deleteLater()
        self.refresh()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def on_dates_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Reload the register with the filters; keep (or move to) the chosen complaint."""
        wanted = select or (self.detail.number if self.detail else None)
        start = end = None
        if self.dates_check.isChecked():
            start = self.from_edit.date().toPython()
            end = self.to_edit.date().toPython()
        rows = self.runner.attempt(
            self, complaints.list_complaints, status=self.status_combo.currentData(), start=start, end=end,
            category=self.category_filter.currentData(), responsible_id=self.responsible_filter.currentData(),
            text=self.search_edit.text(), write=False,
        )
        if rows is None:
            return
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        text = self.tr("共 %n 件", "", len(rows))
        if overdue:
            text += self.tr("，其中 %n 件已逾期", "", overdue)
        self.count_label.setText(text)
        index = next((i for i, r in enumerate(rows) if r.number == wanted), None)
        if index is not None:
            self.view.selectRow(index)
            self.load(rows[index].number)
        elif select is not None:
            self.load(select)  # outside the filter (just closed, say): still show it
        elif self.detail is not None:
            self.load(self.detail.number)

    def on_row(self, row: ComplaintRow | None) -> None:
        if row is not None and (self.detail is None or self.detail.number != row.number
                                or self.detail.version != row.version):
            self.load(row.number)

    def load(self, number: str) -> None:
        detail = self.runner.attempt(self, complaints.complaint_detail, number, write=False)
        self.show_detail(detail)

    def on_changed(self, changes: Changes) -> None:
        if changes.customers:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()  # overdue depends on the time: look again whenever the tab is shown

    # --- the detail ---------------------------------------------------------------------------------

    def show_detail(self, detail: ComplaintDetail | None) -> None:
        self.detail = detail
        manager = self._is_manager()
        if detail is None:
            self.title_label.setText(self.tr("未选择投诉"))
            self.status_label.clear()
            for value in self.facts.values():
                value.clear()
            self.description_label.clear()
            self.steps_model.set_rows([])
            self.result_label.clear()
            self.result_box.hide()
            for button in (self.step_button, self.close_button, self.hand_over_button, self.reopen_button,
                           self.print_button):
                button.setEnabled(False)
            self.reopen_button.hide()  # the cell shows 转交 until a closed complaint is chosen
            self.hand_over_button.show()
            return
        self.title_label.setText(self.tr("投诉 %1").replace("%1", detail.number))
        self.status_label.setText(status_text(detail))
        colour = OVERDUE_RED if detail.overdue else ("#1b7f3b" if not detail.is_open else "#333333")
        self.status_label.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {colour};")
        kind = self.tr("质量类") if detail.is_quality else self.tr("非质量类")
        received = detail.received_text + (f" · {detail.received_by}" if detail.received_by else "")
        car = " ".join(p for p in (detail.plate, detail.model) if p)
        who = " ".join(p for p in (detail.department, detail.responsible) if p)
        closed = " · ".join(p for p in (detail.closed_text, detail.closed_by) if p)
        values = {
            "received": received,
            "source": enum_text(detail.source, ComplaintSource),
            "customer": " ".join(p for p in (detail.customer, detail.phone) if p),
            "car": car or self.tr("—"),
            "order": detail.order_number or self.tr("—"),
            "category": with_note(enum_text(detail.category, ComplaintCategory), kind),
            "responsible": who or self.tr("（未指定）"),
            "deadline": detail.respond_by_text,
            "first": detail.first_response_text or self.tr("尚未答复"),
            "closed": closed or self.tr("—"),
        }
        for key, value in values.items():
            self.facts[key].setText(value)
        self.facts["deadline"].setStyleSheet(f"color: {OVERDUE_RED}; font-weight: bold;" if detail.overdue else "")
        self.description_label.setText(detail.description)
        self.steps_model.set_rows(detail.steps)
        self.steps_view.resizeRowsToContents()
        if detail.is_open:
            self.result_box.hide()
        else:
            accepted = {True: self.tr("客户接受"), False: self.tr("客户不接受"), None: ""}[detail.customer_accepted]
            fault = {True: self.tr("有责"), False: self.tr("无责"), None: ""}[detail.service_at_fault]
            self.result_label.setText(
                self.tr("%1\n（%2；%3）").replace("%1", detail.result).replace("%2", accepted).replace("%3", fault)
            )
            self.result_box.show()
        self.step_button.setEnabled(detail.is_open)
        self.close_button.setEnabled(detail.is_open)
        self.hand_over_button.setEnabled(detail.is_open)
        self.hand_over_button.setVisible(detail.is_open)
        self.reopen_button.setEnabled(not detail.is_open and manager)
        self.reopen_button.setVisible(not detail.is_open)
        self.print_button.setEnabled(True)

    def _is_manager(self) -> bool:
        if self.runner.staff_id is None:
            return False
        staff = self.runner.attempt(self, shop.list_staff, Role.MANAGER, write=False) or []
        return any(person.id == self.runner.staff_id for person in staff)

    # --- actions ------------------------------------------------------------------------------------

    def open_register(self) -> None:
        dialog = RegisterDialog(self.runner, self)
        dialog.registered.connect(self.after_register)
        self._open(dialog)

    def after_register(self, number: str) -> None:
        if self.status_combo.currentData() != "open":
            self.status_combo.blockSignals(True)
            self.status_combo.setCurrentIndex(self.status_combo.findData("open"))
            self.status_combo.blockSignals(False)
        self.refresh(select=number)
        self.view.setFocus()

    def open_step(self) -> None:
        if self.detail is None or not self.detail.is_open:
            return
        dialog = StepDialog(self.runner, self.detail, self)
        dialog.saved.connect(lambda number: self.refresh(select=number))
        dialog.refreshed.connect(lambda number: self.refresh(select=number))
        self._open(dialog)

    def open_hand_over(self) -> None:
        if self.detail is None or not self.detail.is_open:
            return
        dialog = HandOverDialog(self.runner, self.detail, self)
        dialog.saved.connect(lambda number: self.refresh(select=number))
        self._open(dialog)

    def open_close(self) -> None:
        if self.detail is None or not self.detail.is_open:
            return
        dialog = CloseDialog(self.runner, self.detail, self)
        dialog.closed.connect(lambda number: self.refresh(select=number))
        dialog.refreshed.connect(lambda number: self.refresh(select=number))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        """Window-modal and not blocking, so the counter's other windows keep updating."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def reopen(self, reason: str | None = None) -> None:
        """A manager reopens a closed complaint with a reason, kept as a step."""
        detail = self.detail
        if detail is None or detail.is_open:
            return
        if reason is None:
            reason, accepted = QInputDialog.getMultiLineText(
                self, self.tr("重新打开投诉"),
                self.tr("重新打开 %1 的原因（将记入处理经过）：").replace("%1", detail.number),
            )
            if not accepted:
                return
        updated = self.runner.attempt(
            self, complaints.reopen, detail.number, reason=reason, staff_id=self.runner.staff_id,
            expected_version=detail.version,
        )
        if updated is not None:
            self.refresh(select=updated.number)

    def print_form(self) -> None:
        if self.detail is None:
            return
        from desk.printing.complaint_form import render_complaint_form

        form = self.runner.attempt(self, complaints.complaint_form, self.detail.number, write=False)
        if form is None:
            return
        try:
            pdf = render_complaint_form(form, font_path=self.runner.settings.font_path)
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return
        self.show_pdf(pdf, self.tr("客户意见处理表 %1").replace("%1", form.complaint.number),
                      f"{form.complaint.number}.pdf")

    def show_pdf(self, pdf: bytes, title: str, file_name: str) -> None:
        """The preview dialog with print and save (tests replace this)."""
        PdfPreview(pdf, title, file_name, self, printer=self.runner.settings.printer_for("complaint")).exec()


__all__ = ["ComplaintsTab", "CloseDialog", "RegisterDialog", "StepDialog"]
