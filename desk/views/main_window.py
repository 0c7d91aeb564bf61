"""The counter application's main window: it builds the tabs and wires them together.

A tab is built the first time it is shown (or asked for as an attribute, ``window.order``): until
then its place in the tab bar holds an empty widget. Building all twelve at start, with their
modules (reportlab, the PDF viewer, Qt Charts…) and their first reads of a big database, took
longer than the whole rest of the start; the counter usually needs two or three of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton, QStackedWidget, QTabWidget, QWidget

from desk import __version__
from desk.config import describe_database
from desk.models.enums import Role
from desk.services import appointments, auth, permissions, shop
from desk.views.i18n import enum_text
from desk.views.runner import Runner
from desk.views.sign_in import ChangePasswordDialog, IdleWatcher, LockScreen

if TYPE_CHECKING:
    from desk.views.appointments_tab import AppointmentsTab
    from desk.views.board_tab import BoardTab
    from desk.views.complaints_tab import ComplaintsTab
    from desk.views.followup_tab import FollowUpTab
    from desk.views.gate_tab import GateTab
    from desk.views.inspection_tab import InspectionTab
    from desk.views.intake_tab import IntakeTab
    from desk.views.kpi_tab import KpiTab
    from desk.views.order_tab import OrderTab
    from desk.views.reminders_tab import RemindersTab
    from desk.views.settlement_tab import SettlementTab
    from desk.views.workshop_tab import WorkshopTab


TAB_KEYS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6", "Alt+7", "Alt+8", "Alt+9", "Alt+0", "Alt+-", "Alt+=")
"""The tabs' shortcuts in their order: the number row, then the two keys after 0 (also in the Go menu)."""
TAB_SCREENS = ("board", "intake", "order", "settlement", "appointments", "inspection", "workshop", "gate",
               "followup", "complaints", "reminders", "kpi")
"""The tabs in their order, by their screen names (:data:`desk.services.permissions.SCREENS`)."""


class MainWindow(QMainWindow):
    """The counter's tabs (看板 … 指标, also in the 转到 menu with their keys); the status bar shows the
    database and who is at the counter."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Desk 售后服务前台"))
        titles = [self.tr("看板"), self.tr("接车"), self.tr("委托书"), self.tr("结算"), self.tr("预约"),
                  self.tr("环车检查"), self.tr("车间派工"), self.tr("门卫"), self.tr("回访"), self.tr("投诉"),
                  self.tr("客户关怀"), self.tr("指标")]
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.go_actions: list[QAction] = []
        self.tab_screens: list[str] = list(TAB_SCREENS)
        self._built: dict[str, QWidget] = {}
        for key, screen, title in zip(TAB_KEYS, TAB_SCREENS, titles, strict=True):
            self.tabs.addTab(QWidget(), title)  # a stand-in until the tab is first shown
            self.tabs.setTabToolTip(self.tabs.count() - 1, key)
            action = QAction(title, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, s=screen: self.show_screen(s))
            self.go_actions.append(action)
        # A locked PC shows the lock screen instead of the tabs: nothing of the work stays visible.
        # The lock screen is made the first time the PC is locked (lock_screen).
        self._lock_screen: LockScreen | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.person: auth.SignedIn | None = None
        self.tabs.currentChanged.connect(self.on_tab_changed)

        self._build_menu()
        self._build_status_bar()
        runner.staff_changed.connect(self.on_staff_changed)
        runner.changed.connect(self.on_changed)
        if runner.staff_id is not None:
            self.on_staff_changed(runner.staff_id)  # may move to the person's home tab, building it
        self.tab(self.tab_screens[self.tabs.currentIndex()])  # the tab shown first (the board for most)
        # Watched from here on: its application-wide event filter, in Python, would otherwise see
        # every one of the thousands of events that building the window makes.
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.apply_idle_setting()
        # Housekeeping the appointments tab did when every tab was built at start: yesterday's
        # appointments whose car never came become no-shows. After the window is up, not before.
        QTimer.singleShot(0, self, self.mark_no_shows)  # not at all if the window is gone by then

    def mark_no_shows(self) -> None:
        self.runner.attempt(self, appointments.mark_no_shows)

    # --- the tabs, built when first shown ---------------------------------------------------------

    def tab(self, screen: str) -> QWidget:
        """The tab of ``screen`` (a name of :data:`TAB_SCREENS`), built and put in its place now if it
        was not yet."""
        built = self._built.get(screen)
        if built is not None:
            return built
        built = self._build_tab(screen)
        self._built[screen] = built
        index = self.tab_screens.index(screen)
        stand_in = self.tabs.widget(index)
        current, visible = self.tabs.currentIndex(), self.tabs.isTabVisible(index)
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        # Swapping the stand-in is no change of tab for the rest of the window (on_tab_changed).
        self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, built, title)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setTabVisible(index, visible)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        stand_in.deleteLater()
        return built

    def is_built(self, screen: str) -> bool:
        return screen in self._built

    def _build_tab(self, screen: str) -> QWidget:
        """Make the tab of ``screen`` and wire it to the window. Its module is imported only here, so
        that a start loads only what the first tab needs."""
        runner = self.runner
        if screen == "board":
            from desk.views.board_tab import BoardTab

            board = BoardTab(runner)
            board.order_requested.connect(self.show_order)
            board.appointment_requested.connect(self.inspect_appointment)
            board.refresh()
            return board
        if screen == "intake":
            from desk.views.intake_tab import IntakeTab

            intake = IntakeTab(runner)
            intake.order_opened.connect(self.show_order)
            return intake
        if screen == "order":
            from desk.views.additional_work_panel import AdditionalWorkPanel
            from desk.views.checks_panel import ChecksPanel
            from desk.views.dispatch_panel import DispatchPanel
            from desk.views.order_tab import OrderTab

            order = OrderTab(runner)
            order.add_section(DispatchPanel(runner), self.tr("派工与工时"))
            order.add_section(AdditionalWorkPanel(runner), self.tr("追加项目"))
            order.add_section(ChecksPanel(runner), self.tr("质检与交车"))
            order.settle_requested.connect(self.show_settlement)
            return order
        if screen == "settlement":
            from desk.views.settlement_tab import SettlementTab

            settlement = SettlementTab(runner)
            settlement.order_requested.connect(self.show_order)
            settlement.refresh()
            return settlement
        if screen == "appointments":
            from desk.views.appointments_tab import AppointmentsTab

            book = AppointmentsTab(runner)
            book.arrival_requested.connect(self.receive_appointment)
            return book
        if screen == "inspection":
            from desk.views.inspection_tab import InspectionTab

            inspection = InspectionTab(runner)
            inspection.order_opened.connect(self.show_order)
            return inspection
        if screen == "workshop":
            from desk.views.workshop_tab import WorkshopTab

            workshop = WorkshopTab(runner)
            workshop.order_requested.connect(self.show_order)
            return workshop
        if screen == "gate":
            from desk.views.gate_tab import GateTab

            return GateTab(runner)
        if screen == "followup":
            from desk.views.followup_tab import FollowUpTab

            return FollowUpTab(runner)
        if screen == "complaints":
            from desk.views.complaints_tab import ComplaintsTab

            return ComplaintsTab(runner)
        if screen == "reminders":
            from desk.views.reminders_tab import RemindersTab

            return RemindersTab(runner)
        if screen == "kpi":
            from desk.views.kpi_tab import KpiTab

            return KpiTab(runner)
        raise KeyError(screen)

    @property
    def board(self) -> BoardTab:
        return cast("BoardTab", self.tab("board"))

    @property
    def intake(self) -> IntakeTab:
        return cast("IntakeTab", self.tab("intake"))

    @property
    def order(self) -> OrderTab:
        return cast("OrderTab", self.tab("order"))

    @property
    def settlement(self) -> SettlementTab:
        return cast("SettlementTab", self.tab("settlement"))

    @property
    def appointments(self) -> AppointmentsTab:
        return cast("AppointmentsTab", self.tab("appointments"))

    @property
    def inspection(self) -> InspectionTab:
        return cast("InspectionTab", self.tab("inspection"))

    @property
    def workshop(self) -> WorkshopTab:
        return cast("WorkshopTab", self.tab("workshop"))

    @property
    def gate(self) -> GateTab:
        return cast("GateTab", self.tab("gate"))

    @property
    def followup(self) -> FollowUpTab:
        return cast("FollowUpTab", self.tab("followup"))

    @property
    def complaints(self) -> ComplaintsTab:
        return cast("ComplaintsTab", self.tab("complaints"))

    @property
    def reminders(self) -> RemindersTab:
        return cast("RemindersTab", self.tab("reminders"))

    @property
    def kpi(self) -> KpiTab:
        return cast("KpiTab", self.tab("kpi"))

    def _build_menu(self) -> None:
        self.screen_actions: dict[str, QAction] = {}
        desk_menu = self.menuBar().addMenu(self.tr("文件"))
        for screen, title, slot, shortcut in (
            ("shop_settings", self.tr("本店信息…"), self.on_shop_dialog, None),
            ("print_settings", self.tr("打印设置…"), self.on_print_settings, None),
            ("staff", self.tr("员工账号…"), self.on_staff_dialog, None),
            ("catalogues", self.tr("目录管理…"), self.on_catalogues, "Ctrl+Shift+K"),
            ("audit_log", self.tr("操作日志…"), self.on_audit_log, "Ctrl+Shift+G"),
            ("export_customers", self.tr("导出客户资料…"), self.on_customer_export, None),
        ):
            action = desk_menu.addAction(title)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            self.screen_actions[screen] = action
        desk_menu.addSeparator()
        self.password_action = desk_menu.addAction(self.tr("修改密码…"))
        self.password_action.triggered.connect(self.on_change_password)
        self.lock_action = desk_menu.addAction(self.tr("锁屏 / 切换用户"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        desk_menu.addSeparator()
        quit_action = desk_menu.addAction(self.tr("退出"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        go_menu = self.menuBar().addMenu(self.tr("转到"))
        go_menu.addActions(self.go_actions)
        help_menu = self.menuBar().addMenu(self.tr("帮助"))
        about = help_menu.addAction(self.tr("关于 Desk"))
        about.triggered.connect(self.on_about)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self.tr("数据库：%1").replace("%1", describe_database(self.runner.database.url)))
        self.person_label = QLabel()
        self.person_label.setObjectName("signedInPerson")
        switch = QPushButton(self.tr("切换用户 (Ctrl+L)"))
        switch.setObjectName("switchUser")
        switch.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        switch.clicked.connect(self.lock)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.person_label)
        self.statusBar().addPermanentWidget(switch)

    # --- who is at the counter ----------------------------------------------------------------------

    def on_staff_changed(self, staff_id: int) -> None:
        """Someone else signed in: show their name and only the screens their role may use."""
        person = self.runner.attempt(self, auth.person, staff_id, write=False)
        if person is None:
            return
        self.person = person
        role_name = enum_text(person.role, Role)
        self.person_label.setText(self.tr("当前：%1（%2）").replace("%1", person.name).replace("%2", role_name))
        self.setWindowTitle(self.tr("Desk 售后服务前台 — %1").replace("%1", person.name))
        self.apply_role(person.role)
        self.show_home_tab(person.role)

    def apply_role(self, role: str) -> None:
        """Hide the tabs and menu entries the role cannot use (the services refuse them anyway)."""
        shown = [permissions.allowed(role, permissions.SCREENS[screen]) for screen in self.tab_screens]
        if not shown[self.tabs.currentIndex()]:
            # Move to an allowed tab first: hiding the current tab would show its neighbour, which
            # may be one this role must not open.
            self.tabs.setCurrentIndex(shown.index(True) if any(shown) else 0)
        for index, allowed in enumerate(shown):
            self.tabs.setTabVisible(index, allowed)
            self.go_actions[index].setVisible(allowed)
            self.go_actions[index].setEnabled(allowed)
        for screen, action in self.screen_actions.items():
            allowed = permissions.allowed(role, permissions.SCREENS[screen])
            action.setVisible(allowed)
            action.setEnabled(allowed)

    def visible_screens(self) -> list[str]:
        """The tabs the signed-in person sees, by their screen names (for tests and the help)."""
        return [screen for index, screen in enumerate(self.tab_screens) if self.tabs.isTabVisible(index)]

    def show_screen(self, screen: str) -> None:
        """Go to the tab of ``screen`` (its key or the Go menu) if the person may see it."""
        index = self.tab_screens.index(screen)
        if self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    @property
    def lock_screen(self) -> LockScreen:
        if self._lock_screen is None:
            self._lock_screen = LockScreen(self.runner)
            self._lock_screen.form.signed_in.connect(self.on_unlocked)
            self.stack.addWidget(self._lock_screen)
        return self._lock_screen

    def is_locked(self) -> bool:
        return self._lock_screen is not None and self.stack.currentWidget() is self._lock_screen

    def lock(self) -> None:
        """Lock the PC (Ctrl+L, the 切换用户 button, or idle time): the next person signs in, or the
        same one types their password to carry on."""
        if self.is_locked():
            return
        if self.runner.staff_id is not None:
            self.runner.attempt(self, auth.note_sign_out, locked=True)
        self.idle.pause()
        self.stack.setCurrentWidget(self.lock_screen)
        self._set_actions_enabled(False)
        self.lock_screen.show_for(self.person.name if self.person else "")

    def on_unlocked(self, person: auth.SignedIn) -> None:
        self.runner.set_staff(person.id)
        if self.person is None or self.person.id != person.id:
            self.on_staff_changed(person.id)
        self.stack.setCurrentWidget(self.tabs)
        self._set_actions_enabled(True)
        if self.person is not None:
            self.apply_role(self.person.role)
        self.idle.resume()
        self.tabs.currentWidget().setFocus()

    def _set_actions_enabled(self, enabled: bool) -> None:
        # Shortcuts of menu actions work even with the tabs hidden; a locked PC answers none.
        for menu_action in self.menuBar().actions():
            menu_action.setEnabled(enabled)
        for action in [*self.go_actions, *self.screen_actions.values(), self.password_action, self.lock_action]:
            action.setEnabled(enabled)

    def apply_idle_setting(self) -> None:
        info = self.runner.attempt(self, shop.shop_info, write=False)
        if info is not None:
            self.idle.set_minutes(info.idle_lock_minutes)

    def on_changed(self, changed: object) -> None:
        if getattr(changed, "settings", False):
            self.apply_idle_setting()

    def on_change_password(self) -> None:
        if self.person is not None:
            ChangePasswordDialog(self.runner, self.person, parent=self).exec()

    # The dialogs' modules are imported when first opened, not at start.

    def on_shop_dialog(self) -> None:
        from desk.views.shop_dialog import ShopDialog

        ShopDialog(self.runner, self).exec()

    def on_print_settings(self) -> None:
        from desk.views.print_settings_dialog import PrintSettingsDialog

        PrintSettingsDialog(self.runner, self).exec()

    def on_catalogues(self) -> None:
        from desk.views.catalogue_manager import open_catalogue_manager

        open_catalogue_manager(self.runner, self)

    def on_audit_log(self) -> None:
        from desk.views.audit_log import open_audit_log

        open_audit_log(self.runner, self)

    def on_customer_export(self) -> None:
        from desk.views.customer_export_dialog import open_customer_export

        open_customer_export(self.runner, self)

    def on_staff_dialog(self) -> None:
        from desk.views.staff_dialog import StaffDialog

        StaffDialog(self.runner, self).exec()
        # the people to choose from changed; a tab not built yet reads them when it is
        if self.is_built("intake"):
            self.intake.reload_choices()
        if self.is_built("appointments"):
            self.appointments.reload_choices()
        if self.is_built("inspection"):
            self.inspection.reload_choices()
        if self.is_built("workshop"):
            self.workshop.reload_choices()
        if self.is_built("reminders"):
            self.reminders.reload_choices()
        if self.is_built("complaints"):
            self.complaints.reload_choices()
        if self.runner.staff_id is not None:
            self.on_staff_changed(self.runner.staff_id)

    def show_home_tab(self, role: str | None) -> None:
        """The gate, the workshop supervisor, the cashier and the follow-up clerk each start on their own screen; the
        others keep the tab they are on."""
        home = {Role.GATE.value: "gate", Role.SUPERVISOR.value: "workshop", Role.CASHIER.value: "settlement",
                Role.FOLLOWUP.value: "followup"}
        if role in home:
            self.tabs.setCurrentIndex(self.tab_screens.index(home[role]))  # built by on_tab_changed

    def on_tab_changed(self, index: int) -> None:
        if index < 0:
            return
        screen = self.tab_screens[index]
        self.tab(screen)  # built the first time it is shown
        if screen == "intake":
            self.intake.focus_search()
        elif screen == "appointments":
            self.appointments.offer_vehicle(self.intake.vehicle_id if self.is_built("intake") else None)

    def show_order(self, number: str) -> None:
        self.order.show_order(number)
        self.tabs.setCurrentWidget(self.order)

    def receive_appointment(self, number: str) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.receive_appointment(number)

    def inspect_appointment(self, number: str) -> None:
        """A booked car has come (from the board): the walk-around starts from its appointment."""
        self.tabs.setCurrentWidget(self.inspection)
        self.inspection.start_from_appointment(number)

    def show_settlement(self, number: str) -> None:
        self.settlement.refresh()
        self.settlement.show_order(number)
        self.tabs.setCurrentWidget(self.settlement)

    def on_about(self) -> None:
        QMessageBox.about(
            self, self.tr("关于 Desk"),
            self.tr("Desk %1\n4S 店售后服务前台系统").replace("%1", __version__),
        )


__all__ = ["MainWindow"]
