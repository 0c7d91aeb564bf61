"""操作日志: the service manager reads who changed what and when. Read-only: there is nothing here
(or anywhere in Desk) that edits or deletes an entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import audit, auth, shop
from desk.views.i18n import list_text
from desk.views.table_model import Column, RowsModel, rows_view
from desk.views.runner import Runner

PAGE = 500
"""Entries shown at once, newest first; the filters narrow down the rest."""


def action_name(chinese: str) -> str:
    """A kind of entry in the user's language (the names live in the service, context ``audit``)."""
    return QCoreApplication.translate("audit", chinese)


def _changes_text(values: dict[str, str]) -> str:
    pair = QCoreApplication.translate("AuditLogDialog", "%1：%2")
    return list_text([pair.replace("%1", field).replace("%2", value) for field, value in values.items()])


class AuditLogDialog(QDialog):
    """The log with filters by days, person, kind of change and a record or name fragment."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("操作日志"))
        today = runner.attempt(self, shop.local_today, write=False) or dt.date.today()
        self.first_day = QDateEdit(QDate(today - dt.timedelta(days=6)))
        self.first_day.setObjectName("auditFrom")
        self.last_day = QDateEdit(QDate(today))
        self.last_day.setObjectName("auditTo")
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.person = QComboBox()
        self.person.setObjectName("auditPerson")
        self.person.addItem(self.tr("全部员工"), None)
        for account in runner.attempt(self, auth.staff_accounts, write=False) or []:
            self.person.addItem(account.name, account.id)
        self.kind = QComboBox()
        self.kind.setObjectName("auditKind")
        self.kind.addItem(self.tr("全部操作"), None)
        for code, name in audit.ACTIONS.items():
            self.kind.addItem(action_name(name), code)
        self.text = QLineEdit()
        self.text.setObjectName("auditText")
        self.text.setPlaceholderText(self.tr("委托书号、配件号、姓名或说明"))
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.refresh)
        search = QPushButton(self.tr("查询(&Q)"))
        search.setObjectName("auditSearch")
        search.setDefault(True)
        search.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("从(&F)"), self.first_day), (self.tr("到"), self.last_day), (self.tr("员工(&P)"), self.person),
            (self.tr("操作(&K)"), self.kind), (self.tr("查找(&S)"), self.text),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 2 if widget is self.text else 0)
        filters.addWidget(search)
        self.model: RowsModel[audit.AuditRow] = RowsModel([
            Column(self.tr("时间"), lambda r: r.at_text),
            Column(self.tr("员工"), lambda r: r.staff_name),
            Column(self.tr("电脑"), lambda r: r.workstation),
            Column(self.tr("操作"), lambda r: action_name(r.action_name)),
            Column(self.tr("记录"), lambda r: r.record_label),
            Column(self.tr("修改前"), lambda r: _changes_text(r.before), tooltip=lambda r: _changes_text(r.before)),
            Column(self.tr("修改后"), lambda r: _changes_text(r.after), tooltip=lambda r: _changes_text(r.after)),
            Column(self.tr("说明"), lambda r: r.note, tooltip=lambda r: r.note),
        ])
        self.table = rows_view(self.model, "auditTable", stretch_column=6)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        note = QLabel(self.tr("日志只能查看，任何人都不能修改或删除。"))
        note.setStyleSheet("color: #666;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(note)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self.resize(1200, 640)
        self.refresh()

    def refresh(self) -> None:
        first, last = self.first_day.date().toPython(), self.last_day.date().toPython()
        if last < first:
            self.count.setText(self.tr("结束日期早于开始日期，请改一下。"))
            self.model.set_rows([])
            return
        page = self.runner.attempt(
            self, audit.entries, first_day=first, last_day=last, staff_id=self.person.currentData(),
            kind=self.kind.currentData(), text=self.text.text(), limit=PAGE, write=False,
        )
        if page is None:
            return
        self.model.set_rows(page.rows)
        self.table.resizeColumnsToContents()
        if page.total > len(page.rows):
            self.count.setText(self.tr("共 %1 条，显示最新的 %2 条；请缩小范围。").replace("%1", str(page.total))
                               .replace("%2", str(len(page.rows))))
        else:
            self.count.setText(self.tr("共 %1 条").replace("%1", str(page.total)))


def open_audit_log(runner: Runner, parent: QWidget | None = None) -> None:
    AuditLogDialog(runner, parent).exec()


__all__ = ["AuditLogDialog", "open_audit_log"]
