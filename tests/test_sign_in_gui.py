"""Signing in at the counter, driven like a person would: the first manager account, wrong and
right passwords, the forced change after a reset, Ctrl+L to lock and hand the PC over, the idle
lock, and the manager's staff accounts screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from sqlalchemy import select

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.models import AuditEntry, Staff
from desk.models.enums import Role
from desk.services import auth, shop
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from desk.views.sign_in import ChangePasswordDialog, FirstManagerDialog, SignInDialog
from desk.views.staff_dialog import PasswordResetDialog, StaffDialog
from gui_helpers import RecordingReporter, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def counter(qtbot, sqlite_url: str) -> Iterator[tuple[Runner, Database, Shop, RecordingReporter]]:
    database = Database(sqlite_url)
    ids = seed_shop(database)
    with database.unit_of_work() as s:
        auth.create_first_manager(s, "赵经理", "zhao2026", "zhao2026")
    with database.unit_of_work(actor_id=ids.manager) as s:
        for staff_id, password in ((ids.advisor, "lina2026"), (ids.cashier, "chen2026")):
            auth.reset_password(s, staff_id, password, password)
            s.get(Staff, staff_id).must_change_password = False
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    yield runner, database, ids, reporter
    database.dispose()


def when_modal(qtbot, action: Callable[[object], None]) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal dialog (it blocks in exec()) with ``action`` once it is shown."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        action(dialog)

    QTimer.singleShot(0, answer)


def sign_in(qtbot, form, name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    form.name_combo.setCurrentText("")
    type_text(qtbot, form.name_combo.lineEdit(), name)
    type_text(qtbot, form.password_edit, password)
    qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)


def test_the_first_start_asks_for_the_manager_account(qtbot, sqlite_url: str) -> None:
    database = Database(sqlite_url)
    runner = Runner(database, Settings(database_url=sqlite_url), RecordingReporter())
    assert runner.read(auth.needs_first_manager)
    dialog = FirstManagerDialog(runner)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name_combo.lineEdit(), "钱经理")
    type_text(qtbot, dialog.password_edit, "qian2026")
    type_text(qtbot, dialog.repeat_edit, "qian2025")
    dialog.submit()
    assert "两次输入的密码不一样" in dialog.message.text() and dialog.person is None
    dialog.repeat_edit.clear()
    type_text(qtbot, dialog.repeat_edit, "qian2026")
    dialog.submit()
    assert dialog.person is not None and dialog.person.role == Role.MANAGER.value
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(Staff.password_hash).where(Staff.name == "钱经理")).startswith("$argon2id$")
        assert not auth.needs_first_manager(s)
    database.dispose()


def test_a_wrong_password_is_said_on_the_form_and_the_right_one_signs_in(qtbot, counter) -> None:
    runner, database, ids, _reporter = counter
    dialog = SignInDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.name_combo.findText("李娜") >= 0 and dialog.form.name_combo.findText("王强") == -1  # no password
    sign_in(qtbot, dialog.form, "李娜", "lina2025")
    assert "姓名或密码不对" in dialog.form.message.text()
    assert dialog.form.password_edit.text() == "" and dialog.person is None
    type_text(qtbot, dialog.form.password_edit, "lina2026")
    qtbot.keyClick(dialog.form.password_edit, Qt.Key.Key_Return)
    assert dialog.person is not None and dialog.person.id == ids.advisor
    assert dialog.result() == SignInDialog.DialogCode.Accepted


def test_after_a_reset_the_new_password_is_asked_before_the_counter_opens(qtbot, counter) -> None:
    runner, database, ids, _reporter = counter
    with database.unit_of_work(actor_id=ids.manager) as s:
        auth.reset_password(s, ids.advisor, "temp1234", "temp1234")
    dialog = SignInDialog(runner)
    qtbot.addWidget(dialog)

    def choose_new(change: object) -> None:
        assert isinstance(change, ChangePasswordDialog)
        change.new_edit.setText("lina9999")
        change.repeat_edit.setText("lina9999")
        change.submit()

    when_modal(qtbot, choose_new)
    sign_in(qtbot, dialog.form, "李娜", "temp1234")
    assert dialog.person is not None and dialog.person.id == ids.advisor
    with database.unit_of_work() as s:
        assert auth.sign_in(s, "李娜", "lina9999").person is not None
        assert not s.get(Staff, ids.advisor).must_change_password


def test_ctrl_l_locks_and_another_person_takes_over_with_their_own_screens(qtbot, counter) -> None:
    runner, database, ids, _reporter = counter
    runner.set_staff(ids.advisor)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert "intake" in window.visible_screens() and "settlement" not in window.visible_screens()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked() and not window.tabs.isVisible()
    assert "李娜 已离开" in window.lock_screen.who.text()
    # nothing of the work answers while locked: not the tabs' keys, not the menus
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.is_locked() and not any(a.isEnabled() for a in window.go_actions)
    sign_in(qtbot, window.lock_screen.form, "陈敏", "chen2026")
    assert not window.is_locked() and runner.staff_id == ids.cashier
    assert window.visible_screens() == ["board", "order", "settlement"]
    assert window.tabs.currentWidget() is window.settlement
    assert "当前：陈敏（收银员）" in window.person_label.text()
    with database.unit_of_work(write=False) as s:
        kinds = [(e.action, e.staff_name) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert ("lock", "李娜") in kinds and kinds[-1] == ("sign_in", "陈敏")


def test_the_pc_locks_by_itself_when_idle_and_the_setting_switches_it_off(qtbot, counter) -> None:
    runner, database, ids, _reporter = counter
    runner.set_staff(ids.advisor)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.show()
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 10 * 60_000  # the default
    window.idle.timer.setInterval(150)  # ten minutes are too long for a test
    window.idle.timer.start()
    qtbot.waitUntil(window.is_locked, timeout=3000)
    sign_in(qtbot, window.lock_screen.form, "李娜", "lina2026")
    assert not window.is_locked() and window.idle.timer.isActive()
    with database.unit_of_work(write=False) as s:
        version = shop.shop_info(s).version
    runner.set_staff(ids.manager)
    runner.attempt(None, shop.update_shop, name="广州粤顺汽车销售服务有限公司", address="", phone="", labour_rate="180",
                   opening_time=dt.time(8, 30), closing_time=dt.time(18, 0), staff_id=ids.manager,
                   expected_version=version, idle_lock_minutes=0)
    assert not window.idle.timer.isActive()


def test_the_manager_adds_resets_and_disables_accounts(qtbot, counter) -> None:
    runner, database, ids, reporter = counter
    runner.set_staff(ids.manager)
    dialog = StaffDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "孙丽")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.CASHIER.value))
    type_text(qtbot, dialog.password_edit, "sun12345")
    type_text(qtbot, dialog.repeat_edit, "sun12345")
    qtbot.mouseClick(dialog.findChild(QPushButton, "addStaff"), Qt.MouseButton.LeftButton)
    assert reporter.errors == []
    added = dialog.selected()
    assert added is not None and added.name == "孙丽" and dialog.state_text(added) == "临时密码，登录时须修改"
    # reset another person's password through its dialog
    dialog.table.selectRow(next(i for i, a in enumerate(dialog.model.rows) if a.id == ids.cashier))

    def temporary(reset: object) -> None:
        assert isinstance(reset, PasswordResetDialog)
        reset.findChild(QLineEdit, "resetPassword").setText("reset777")
        reset.findChild(QLineEdit, "resetRepeat").setText("reset777")
        reset.accept()

    when_modal(qtbot, temporary)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    with database.unit_of_work() as s:
        assert auth.sign_in(s, "陈敏", "reset777").person.must_change_password
    # disable it: asked first, then it cannot sign in, and it stays in the list
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert reporter.questions and "停用 陈敏 的账号吗" in reporter.questions[-1]
    assert dialog.selected().active is False and dialog.active_button.text().startswith("启用账号")
    with database.unit_of_work() as s:
        assert auth.sign_in(s, "陈敏", "reset777").person is None
    # an advisor does not get this screen's data at all
    runner.set_staff(ids.advisor)
    dialog.reload()
    assert "只限服务经理" in reporter.errors[-1]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_role_signs_in_and_opens_its_tabs_without_a_refusal(qtbot, counter, role: Role) -> None:
    """What a role's own screens do by themselves (refreshing, housekeeping) is never refused."""
    runner, database, ids, reporter = counter
    with database.unit_of_work(actor_id=ids.manager) as s:
        person = {Role.ADVISOR: ids.advisor, Role.CASHIER: ids.cashier, Role.MANAGER: ids.manager}.get(role)
        if person is None:
            person = auth.create_account(s, f"新同事{role.value}", role, password="temp1234", repeat="temp1234").id
    runner.set_staff(person)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        if window.tabs.isTabVisible(index):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(10)
    assert reporter.errors == []
    assert window.visible_screens(), role
