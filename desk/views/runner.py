"""The one way a view reaches the services: one unit of work per user action.

``Runner.attempt`` opens a session, calls the service, commits or rolls back as a whole, and then
broadcasts what changed with ``changed`` so each tab refreshes only what it shows. A refusal from
a rule is shown to the user in their language; a question (``NeedsConfirmation``) is asked and,
when the user agrees, the action runs again with that answer.

Signals:
    changed(Changes): after every committed action that changed something.
    staff_changed(int): the person signed in at this PC changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desk.config import Settings
from desk.db import Database
from desk.services import changes
from desk.services.errors import Conflict, DeskError, NeedsConfirmation

T = TypeVar("T")


class Reporter(Protocol):
    """Shows refusals and asks questions; tests put a recording one in place of dialogs."""

    def error(self, parent: QWidget | None, text: str) -> None: ...

    def confirm(self, parent: QWidget | None, text: str) -> bool: ...


class DialogReporter:
    """Refusals and questions as message boxes."""

    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Runner", "无法完成"), text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Runner", "请确认"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def translate_error(error: DeskError) -> str:
    return error.translated(QCoreApplication.translate)


class Runner(QObject):
    """Owns the database for the views and runs each user action in one unit of work."""

    changed = Signal(object)
    staff_changed = Signal(int)

    def __init__(self, database: Database, settings: Settings, reporter: Reporter | None = None) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.reporter: Reporter = reporter or DialogReporter()
        self.staff_id: int | None = None

    def set_staff(self, staff_id: int) -> None:
        if staff_id != self.staff_id:
            self.staff_id = staff_id
            self.staff_changed.emit(staff_id)

    def read(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a read-only service call; errors propagate to the caller."""
        with self.database.unit_of_work(write=False, actor_id=self.staff_id) as session:
            return action(session, *args, **kwargs)

    def write(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a writing service call in one unit of work and broadcast what it changed."""
        with self.database.unit_of_work(actor_id=self.staff_id) as session:
            result = action(session, *args, **kwargs)
            noted = changes.collected(session)
        if noted:
            self.changed.emit(noted)
        return result

    def attempt(
        self, parent: QWidget | None, action: Callable[..., T], *args: Any, write: bool = True,
        confirmable: bool = False, on_conflict: Callable[[Conflict], None] | None = None, busy: bool = False,
        **kwargs: Any,
    ) -> T | None:
        """Run a user action; on a refusal show it and return None.

        With ``confirmable`` the action takes a ``confirmed`` keyword: a question it raises is put
        to the user, and the action runs again with the answer until it succeeds or is declined.
        ``on_conflict`` is called after a Conflict (another PC saved first) has been shown, so the
        screen can reload the record and offer back what the user typed. With ``busy`` (an action
        that can take seconds) the mouse pointer waits while it runs, not while a refusal is shown.
        """
        confirmed: set[str] = set(kwargs.pop("confirmed", ()))
        while True:
            try:
                if confirmable:
                    kwargs["confirmed"] = frozenset(confirmed)
                run = self.write if write else self.read
                if not busy:
                    return run(action, *args, **kwargs)
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    return run(action, *args, **kwargs)
                finally:
                    QApplication.restoreOverrideCursor()
            except NeedsConfirmation as question:
                if not confirmable or question.key in confirmed:
                    self.reporter.error(parent, translate_error(question))
                    return None
                if not self.reporter.confirm(parent, translate_error(question)):
                    return None
                confirmed.add(question.key)
            except Conflict as conflict:
                self.reporter.error(parent, translate_error(conflict))
                if on_conflict is not None:
                    on_conflict(conflict)
                return None
            except DeskError as refusal:
                self.reporter.error(parent, translate_error(refusal))
                return None


SessionAction = Callable[[Session], Any]
