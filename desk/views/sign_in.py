"""Signing in at a counter PC: the first manager account, the sign-in form, the lock screen, the
forced password change, and the idle timer that locks the PC.

The same form signs in at start and unlocks a locked PC; unlocking as somebody else is the quick
switch of user at a shared counter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import auth
from desk.services.errors import DeskError
from desk.views.runner import Runner, translate_error

LAST_NAME_KEY = "counter/last_sign_in_name"
"""Where this PC remembers who signed in last, to offer the name first."""


def password_edit(name: str) -> QLineEdit:
    """A line edit that hides what is typed (also used by the staff accounts screen)."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("signInMessage")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class SignInForm(QWidget):
    """Name and password; emits ``signed_in`` with the person once both are right."""

    signed_in = Signal(object)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.name_combo = QComboBox()
        self.name_combo.setObjectName("signInName")
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.setMinimumWidth(220)
        self.password_edit = password_edit("signInPassword")
        self.password_edit.returnPressed.connect(self.submit)
        self.message = _message_label()
        self.sign_in_button = QPushButton(self.tr("登录(&L)"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        form = QFormLayout(self)
        form.addRow(self.tr("姓名(&N)"), self.name_combo)
        form.addRow(self.tr("密码(&P)"), self.password_edit)
        form.addRow(self.message)
        form.addRow(self.sign_in_button)
        self.reload_names()

    def reload_names(self, preferred: str | None = None) -> None:
        names = self.runner.attempt(self, auth.sign_in_names, write=False) or []
        self.name_combo.clear()
        self.name_combo.addItems(names)
        wanted = preferred or QSettings().value(LAST_NAME_KEY) or ""
        self.name_combo.setCurrentText(str(wanted) if wanted in names else (names[0] if len(names) == 1 else ""))
        self.password_edit.clear()
        self.message.clear()

    def focus(self) -> None:
        (self.password_edit if self.name_combo.currentText() else self.name_combo).setFocus()

    def submit(self) -> None:
        name = self.name_combo.currentText().strip()
        if not name:
            self.message.setText(self.tr("请填写姓名。"))
            self.name_combo.setFocus()
            return
        password = self.password_edit.text()
        outcome = self.runner.attempt(self, auth.sign_in, name, password)
        if outcome is None:
            return
        if outcome.refusal is not None:
            self.message.setText(translate_error(outcome.refusal))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        person = outcome.person
        if person.must_change_password and not ChangePasswordDialog(self.runner, person, password, self).exec():
            self.message.setText(self.tr("须先设置自己的新密码才能登录。"))
            self.password_edit.clear()
            return
        QSettings().setValue(LAST_NAME_KEY, person.name)
        self.password_edit.clear()
        self.message.clear()
        self.signed_in.emit(person)


class SignInDialog(QDialog):
    """The sign-in at start: the form, and a way to quit."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登录 Desk"))
        self.person: auth.SignedIn | None = None
        title = QLabel(self.tr("Desk 售后服务前台"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = SignInForm(runner, self)
        self.form.signed_in.connect(self.on_signed_in)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.focus()

    def on_signed_in(self, person: auth.SignedIn) -> None:
        self.person = person
        self.accept()


class FirstManagerDialog(QDialog):
    """The very first start (or the first since sign-in came): the service manager's account."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.person: auth.SignedIn | None = None
        self.setWindowTitle(self.tr("设置服务经理账号"))
        intro = QLabel(self.tr(
            "欢迎使用 Desk。先设置服务经理的账号和密码：Desk 没有默认密码。"
            "服务经理登录后再为每位同事建立账号、给临时密码，同事第一次登录时改成自己的密码。"
        ))
        intro.setWordWrap(True)
        self.name_combo = QComboBox()
        self.name_combo.setObjectName("managerName")
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.addItems(runner.attempt(self, auth.first_manager_candidates, write=False) or [])
        self.password_edit = password_edit("managerPassword")
        self.repeat_edit = password_edit("managerRepeat")
        self.message = _message_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("建立账号并登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("服务经理姓名(&N)"), self.name_combo)
        form.addRow(self.tr("密码(&P)（至少 %1 位）").replace("%1", str(auth.MIN_PASSWORD_LENGTH)), self.password_edit)
        form.addRow(self.tr("再输一次(&R)"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def submit(self) -> None:
        try:
            self.person = self.runner.write(
                auth.create_first_manager, self.name_combo.currentText(), self.password_edit.text(), self.repeat_edit.text()
            )
        except DeskError as refusal:
            self.message.setText(translate_error(refusal))
            return
        QSettings().setValue(LAST_NAME_KEY, self.person.name)
        self.accept()


class ChangePasswordDialog(QDialog):
    """A person sets their own password: after a manager's reset (the old one is already known) or
    from the menu (then the old one is asked)."""

    def __init__(
        self, runner: Runner, person: auth.SignedIn, old_password: str | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.person = person
        self.known_old = old_password
        self.setWindowTitle(self.tr("设置新密码"))
        self.old_edit = password_edit("oldPassword")
        self.new_edit = password_edit("newPassword")
        self.repeat_edit = password_edit("repeatPassword")
        self.message = _message_label()
        form = QFormLayout(self)
        if old_password is not None:
            note = QLabel(self.tr("%1，您用的是服务经理给的临时密码，请设置自己的新密码。").replace("%1", person.name))
            note.setWordWrap(True)
            form.addRow(note)
        else:
            form.addRow(self.tr("原密码(&O)"), self.old_edit)
        form.addRow(self.tr("新密码(&N)（至少 %1 位）").replace("%1", str(auth.MIN_PASSWORD_LENGTH)), self.new_edit)
        form.addRow(self.tr("再输一次(&R)"), self.repeat_edit)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> None:
        old = self.known_old if self.known_old is not None else self.old_edit.text()
        try:
            self.runner.write(auth.change_password, self.person.id, old, self.new_edit.text(), self.repeat_edit.text())
        except DeskError as refusal:
            self.message.setText(translate_error(refusal))
            return
        self.accept()


class LockScreen(QWidget):
    """What a locked PC shows: nothing of the work, only who was here and the sign-in form."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.title = QLabel(self.tr("Desk 已锁定"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = SignInForm(runner, self)
        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.who)
        inner.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_for(self, name: str) -> None:
        self.who.setText(self.tr("%1 已离开。输入密码继续，或换人登录。").replace("%1", name) if name else "")
        self.form.reload_names(preferred=name)
        self.form.focus()


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without a key press or a mouse action anywhere in Desk."""

    idle = Signal()

    _ACTIVITY = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    })

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 switches the lock off."""
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self._ACTIVITY and self.timer.interval() > 0 and self.timer.isActive():
            self.timer.start()
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        if self.timer.interval() > 0:
            self.timer.start()


def sign_in_at_start(runner: Runner) -> auth.SignedIn | None:
    """The first manager account when there is none, else the sign-in; None when the user quits."""
    if runner.read(auth.needs_first_manager):
        dialog = FirstManagerDialog(runner)
        return dialog.person if dialog.exec() else None
    dialog = SignInDialog(runner)
    return dialog.person if dialog.exec() else None
