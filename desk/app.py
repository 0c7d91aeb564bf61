"""Starting the counter application: Qt, language, style, database, main window."""

from __future__ import annotations

import sys
import threading

# SQLAlchemy and the models before Qt: once PySide6 is imported, it reads the source of every
# module imported after it (looking for its ``__feature__`` switches), about a tenth of a second
# of the start for SQLAlchemy's and Desk's hundreds of modules.
from desk import __version__, db  # isort: skip

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.backup import daily_backup
from desk.config import Settings
from desk.resources import resource
from desk.services import shop
from desk.services.errors import DeskError
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner, translate_error
from desk.views.sign_in import sign_in_at_start


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("Desk")
    QCoreApplication.setApplicationName("Desk")
    QCoreApplication.setApplicationVersion(__version__)
    style = resource("style.qss")
    if style.is_file():
        sheet = style.read_text(encoding="utf-8")
        app.setStyleSheet(sheet.replace("@RESOURCES@", resource().as_posix()))
    return app


def open_database(settings: Settings) -> db.Database:
    """Create or migrate the database, then open it (raises DeskError in plain words).

    The check and the counter share one engine: a second one would connect again and, on
    PostgreSQL, ask the server its settings again (about 20 ms of every start).
    """
    database = db.Database(settings.database_url)
    try:
        db.upgrade(settings.database_url, database.engine)
    except BaseException:
        database.dispose()
        raise
    return database


class DailyBackup(QObject):
    """Today's copy of a SQLite database, made on a worker thread once the window is up.

    Copying and checking a large file takes long (about 40 s for ten years of a busy shop, 1.3 GB),
    and the counter must not wait for it. A failure is shown but does not stop the counter. The
    copy is made under a temporary name and renamed only when checked, so quitting while it runs
    leaves no half backup; the thread is not a daemon, so a backup under way is finished first.
    """

    failed = Signal(object)
    """A :class:`DeskError` from the worker thread, shown on the GUI thread."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.thread: threading.Thread | None = None
        self.failed.connect(self.on_failed)

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="daily-backup")
        self.thread.start()

    def _run(self) -> None:
        try:
            daily_backup(self.settings.database_url, self.settings.backups_path(), keep=self.settings.backup_keep)
        except DeskError as refusal:
            self.failed.emit(refusal)

    def on_failed(self, refusal: DeskError) -> None:
        QMessageBox.warning(
            None, QCoreApplication.translate("App", "今天的自动备份没有完成"),
            translate_error(refusal) + "\n\n" + QCoreApplication.translate(
                "App", "Desk 照常可用；请检查备份文件夹（desk.toml 的 [backup]），或用 desk backup 手工备份。"
            ),
        )


def run(settings: Settings) -> int:
    """Show the main window until the user quits; the exit status of the application."""
    app = make_application()
    install_language(app, settings.lang)
    try:
        database = open_database(settings)
    except DeskError as refusal:
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开数据库"), translate_error(refusal))
        return 1
    runner = Runner(database, settings)
    new_shop = not runner.attempt(None, shop.list_staff, write=False)
    person = sign_in_at_start(runner)
    if person is None:
        return 0
    runner.set_staff(person.id)
    if new_shop:
        # A new database: the manager registers who works here and the shop's name for the printouts.
        from desk.views.shop_dialog import ShopDialog
        from desk.views.staff_dialog import StaffDialog

        StaffDialog(runner, first_start=True).exec()
        ShopDialog(runner).exec()
    window = MainWindow(runner)
    window.resize(1400, 860)
    window.show()
    backup = DailyBackup(settings)
    backup.start()
    try:
        return app.exec()
    finally:
        database.dispose()
