"""员工: the people who use Desk at this shop; opened by itself on a new database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import Role
from desk.services import shop
from desk.views.i18n import enum_text
from desk.views.runner import Runner


class StaffDialog(QDialog):
    """Lists the staff and adds new ones."""

    def __init__(self, runner: Runner, parent: QWidget | None = None, first_start: bool = False) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("员工"))
        self.staff_list = QListWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("staffName")
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(enum_text(role), role.value)
        # A technician belongs to a team (班组): jobs are dispatched to the team's own technicians.
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("staffTeam")
        self.team_combo.addItem(self.tr("（无）"), None)
        for team in self.runner.attempt(self, shop.list_teams, write=False) or []:
            self.team_combo.addItem(team.name, team.id)
        self.role_combo.currentIndexChanged.connect(self.on_role_changed)
        add_button = QPushButton(self.tr("添加员工"))
        add_button.clicked.connect(self.add)
        add_button.setDefault(True)  # Enter in the form adds (once: not also through returnPressed)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name_edit)
        form.addRow(self.tr("岗位"), self.role_combo)
        form.addRow(self.tr("班组"), self.team_combo)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add_button)
        form.addRow(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        if first_start:
            welcome = QLabel(self.tr("欢迎使用 Desk。请先登记在前台使用 Desk 的员工，至少一位服务顾问。"))
            welcome.setWordWrap(True)
            layout.addWidget(welcome)
        layout.addWidget(self.staff_list)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, 420)
        self.on_role_changed()
        self.reload()

    def on_role_changed(self) -> None:
        self.team_combo.setEnabled(self.role_combo.currentData() == Role.TECHNICIAN.value)

    def reload(self) -> None:
        self.staff_list.clear()
        for person in self.runner.attempt(self, shop.list_staff, write=False) or []:
            role = enum_text(person.role, Role) + (f" · {person.team}" if person.team else "")
            self.staff_list.addItem(self.tr("%1（%2）").replace("%2", role).replace("%1", person.name))

    def add(self) -> None:
        role = Role(self.role_combo.currentData())
        team_id = self.team_combo.currentData() if role == Role.TECHNICIAN else None
        added = self.runner.attempt(self, shop.add_staff, self.name_edit.text(), role, team_id)
        if added is not None:
            self.name_edit.clear()
            self.reload()
