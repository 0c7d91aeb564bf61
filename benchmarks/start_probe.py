"""Starts the counter application as ``desk --db URL`` does and reports when its main window is shown.

    python benchmarks/start_probe.py --db URL     the real application
    python benchmarks/start_probe.py --bare       an empty QMainWindow of the same size (the floor)
    python benchmarks/start_probe.py --floor URL  the same after loading the libraries Desk needs
                                                  and one query (see :func:`load_libraries`)

``benchmarks/ten_years.py`` runs this in a fresh process and times it from its own side, from
starting the process to reading the ``shown`` line. The probe changes nothing in the application:
it only puts a subclass of the main window in :mod:`desk.app` whose first show event schedules
the report for the next turn of the event loop, so the window has been laid out and shown. It then
paints the board tab (the home tab of an advisor) once more, prints the process's RSS high-water
mark in kB (``peak_kb``, VmHWM), and quits.

The sign-in at start is the real dialog, filled in and submitted by the probe as soon as it is up
(as :data:`PROBE_NAME` with :data:`PROBE_PASSWORD`; :func:`ensure_probe_manager` makes that account),
so the figure holds everything but a person's typing: the password check included.
"""

from __future__ import annotations

import importlib
import resource
import sys
from typing import Any

# Qt is imported in the functions below, not here: ``desk`` imports it only after the database
# layer (see desk/app.py), and the probe should start the way ``desk`` does.

PROBE_NAME = "经理老黄"
"""The service manager the probe signs in as (a manager sees every tab and starts on the board)."""
PROBE_PASSWORD = "probe-2026"


def peak_kb() -> int:
    """This process's RSS high-water mark in kB.

    Linux's VmHWM belongs to the program now running; ``ru_maxrss`` would also count the process
    that started this one, as the kernel keeps it across fork and exec (a 300 MB benchmark parent
    made every child look as big).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    print("shown", flush=True)
    board = getattr(window, "board", None)
    if board is not None:
        window.tabs.setCurrentWidget(board)  # type: ignore[attr-defined]
    window.grab()  # lay out and paint the board as a screen would
    QApplication.processEvents()
    print(f"peak_kb {peak_kb()}", flush=True)
    window.close()
    QApplication.quit()


def watch(cls: type[Any]) -> type[Any]:
    """``cls`` (a QMainWindow) reporting after its first show event."""
    from PySide6.QtCore import QTimer

    class Watched(cls):  # type: ignore[valid-type, misc]
        _reported = False

        def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
            super().showEvent(event)
            if not self._reported:
                self._reported = True
                QTimer.singleShot(0, lambda: report(self))

    return Watched


def ensure_probe_manager(url: str) -> None:
    """Give the database the manager account the probe signs in with, when nobody can sign in as one."""
    from desk.db import Database
    from desk.services import auth

    database = Database(url)
    try:
        with database.unit_of_work() as session:
            if auth.needs_first_manager(session):
                auth.create_first_manager(session, PROBE_NAME, PROBE_PASSWORD, PROBE_PASSWORD)
    finally:
        database.dispose()


def sign_in_as_probe(runner: Any) -> Any:
    """The start's sign-in dialog, filled in and submitted by the probe instead of a person."""
    from PySide6.QtCore import QTimer

    from desk.views.sign_in import SignInDialog

    dialog = SignInDialog(runner)

    def submit() -> None:
        dialog.form.name_combo.setCurrentText(PROBE_NAME)
        dialog.form.password_edit.setText(PROBE_PASSWORD)
        dialog.form.sign_in_button.click()
        if dialog.person is None:  # refused: say why rather than wait for a person forever
            print(f"sign-in refused: {dialog.form.message.text()}", file=sys.stderr, flush=True)
            dialog.reject()

    QTimer.singleShot(0, submit)
    return dialog.person if dialog.exec() else None


def load_libraries(url: str) -> None:
    """What the libraries alone cost a start: import those Desk loads before its window (SQLAlchemy
    with its ORM, the database driver, argon2, platformdirs) and send one query on one connection.
    None of Desk's own code, tables or windows."""
    for library in ("argon2", "platformdirs", "sqlalchemy.orm"):
        importlib.import_module(library)  # the import is what is timed
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM staff")).scalar_one()
    engine.dispose()


def main() -> int:
    bare = sys.argv[1:] == ["--bare"]
    floor = sys.argv[1:2] == ["--floor"] and len(sys.argv) == 3
    if bare or floor:
        if floor:
            load_libraries(sys.argv[2])
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = watch(QMainWindow)()
        window.resize(1400, 860)
        window.show()
        return app.exec()
    import desk.app
    from desk.cli import main as desk_main

    desk.app.MainWindow = watch(desk.app.MainWindow)  # type: ignore[misc]
    desk.app.sign_in_at_start = sign_in_as_probe  # type: ignore[assignment]
    return desk_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
