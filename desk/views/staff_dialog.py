"""员工账号: the service manager adds colleagues, changes their role, resets passwords and disables
accounts. Opened by itself after the first manager account is made on a new database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import Role
from desk.services import auth, shop
from desk.views.i18n import enum_text
from desk.views.runner import Runner
from desk.views.sign_in import password_edit
from desk.views.table_model import Column, RowsModel, rows_view


class PasswordResetDialog(QDialog):
    """The temporary password a manager gives a colleague (typed twice)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("重置 %1 的密码").replace("%1", name))
        self.password = password_edit("resetPassword")
        self.repeat = password_edit("resetRepeat")
        note = QLabel(self.tr("这是临时密码：%1 下次登录时须改成自己的密码。").replace("%1", name))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("临时密码(&P)"), self.password)
        form.addRow(self.tr("再输一次(&R)"), self.repeat)
        form.addRow(buttons)


class StaffDialog(QDialog):
    """Every account with its role, team and state; add, change role, reset password, disable."""

    def __init__(self, runner: Runner, parent: QWidget | None = None, first_start: bool = False) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("员工账号"))
        self.model: RowsModel[auth.AccountRow] = RowsModel([
            Column(self.tr("姓名"), lambda a: a.name),
            Column(self.tr("岗位"), lambda a: enum_text(a.role, Role)),
            Column(self.tr("班组"), lambda a: a.team),
            Column(self.tr("账号"), self.state_text),
            Column(self.tr("最近登录"), lambda a: a.last_sign_in),
        ])
        self.table = rows_view(self.model, "staffTable", stretch_column=3)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.on_selected())
        # Adding a colleague.
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("staffName")
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("staffRole")
        for role in Role:
            self.role_combo.addItem(enum_text(role), role.value)
        # A technician belongs to a team (班组): jobs are dispatched to the team's own technicians.
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("staffTeam")
        self.team_combo.addItem(self.tr("（无）"), None)
        for team in self.runner.attempt(self, shop.list_teams, write=False) or []:
            self.team_combo.addItem(team.name, team.id)
        self.role_combo.currentIndexChanged.connect(self.on_role_changed)
        self.password_edit = password_edit("staffPassword")
        self.password_edit.setPlaceholderText(self.tr("不填：暂不能登录"))
        self.repeat_edit = password_edit("staffRepeat")
        add_button = QPushButton(self.tr("添加员工(&A)"))
        add_button.setObjectName("addStaff")
        add_button.clicked.connect(self.add)
        # Enter in any field of the new-person form adds; the other buttons never take Enter.
        for edit in (self.name_edit, self.password_edit, self.repeat_edit):
            edit.returnPressed.connect(self.add)
        new_box = QGroupBox(self.tr("新员工"))
        form = QFormLayout(new_box)
        form.addRow(self.tr("姓名(&N)"), self.name_edit)
        form.addRow(self.tr("岗位(&J)"), self.role_combo)
        form.addRow(self.tr("班组(&T)"), self.team_combo)
        form.addRow(self.tr("临时密码(&P)"), self.password_edit)
        form.addRow(self.tr("再输一次(&R)"), self.repeat_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add_button)
        form.addRow(row)
        # Changing the selected account.
        self.role_button = QPushButton(self.tr("改为所选岗位(&C)"))
        self.role_button.setObjectName("changeRole")
        self.role_button.setToolTip(self.tr("把选中的员工改为上面表单里选的岗位和班组"))
        self.role_button.clicked.connect(self.change_role)
        self.reset_button = QPushButton(self.tr("重置密码(&W)…"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("停用账号(&D)"))
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        actions = QHBoxLayout()
        for button in (self.role_button, self.reset_button, self.active_button, add_button):
            button.setAutoDefault(False)
        for button in (self.role_button, self.reset_button, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        if first_start:
            welcome = QLabel(self.tr(
                "请为在 Desk 上工作的同事建立账号（至少一位服务顾问），并给每人一个临时密码；"
                "他们第一次登录时会改成自己的密码。"
            ))
            welcome.setWordWrap(True)
            layout.addWidget(welcome)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(new_box)
        layout.addWidget(buttons)
        self.resize(680, 640)
        self.on_role_changed()
        self.reload()

    def state_text(self, account: auth.AccountRow) -> str:
        if not account.active:
            return self.tr("已停用")
        if not account.has_password:
            return self.tr("未设密码，不能登录")
        if account.must_change_password:
            return self.tr("临时密码，登录时须修改")
        return self.tr("在用")

    def on_role_changed(self) -> None:
        self.team_combo.setEnabled(self.role_combo.currentData() == Role.TECHNICIAN.value)

    def selected(self) -> auth.AccountRow | None:
        return self.model.row_at(self.table.currentIndex())

    def on_selected(self) -> None:
        account = self.selected()
        for button in (self.role_button, self.reset_button, self.active_button):
            button.setEnabled(account is not None)
        if account is not None:
            self.active_button.setText(self.tr("停用账号(&D)") if account.active else self.tr("启用账号(&E)"))

    def reload(self, select_id: int | None = None) -> None:
        accounts = self.runner.attempt(self, auth.staff_accounts, write=False) or []
        self.model.set_rows(accounts)
        self.table.resizeColumnsToContents()
        row = next((i for i, a in enumerate(accounts) if a.id == select_id), -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
        self.on_selected()

    def add(self) -> None:
        role = Role(self.role_combo.currentData())
        added = self.runner.attempt(
            self, auth.create_account, self.name_edit.text(), role, team_id=self.team_combo.currentData(),
            password=self.password_edit.text(), repeat=self.repeat_edit.text(),
        )
        if added is not None:
            for edit in (self.name_edit, self.password_edit, self.repeat_edit):
                edit.clear()
            self.reload(added.id)
            self.name_edit.setFocus()

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        role = Role(self.role_combo.currentData())
        if not self.runner.reporter.confirm(self, self.tr("把 %1 的岗位从「%2」改为「%3」吗？").replace("%1", account.name)
                                            .replace("%2", enum_text(account.role, Role)).replace("%3", enum_text(role))):
            return
        changed = self.runner.attempt(self, auth.update_account, account.id, role=role, team_id=self.team_combo.currentData())
        if changed is not None:
            self.reload(changed.id)

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PasswordResetDialog(account.name, self)
        if not dialog.exec():
            return
        changed = self.runner.attempt(self, auth.reset_password, account.id, dialog.password.text(), dialog.repeat.text())
        if changed is not None:
            self.reload(changed.id)

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.active and not self.runner.reporter.confirm(
            self, self.tr("停用 %1 的账号吗？停用后不能登录，以前的记录都保留，以后可以再启用。").replace("%1", account.name)
        ):
            return
        changed = self.runner.attempt(self, auth.set_account_active, account.id, not account.active)
        if changed is not None:
            self.reload(changed.id)
