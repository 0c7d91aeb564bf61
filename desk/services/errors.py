"""Refusals the user can act on.

Every message is written as Chinese source text with ``{named}`` fields. Services never import Qt,
so the views pass ``template`` through ``QCoreApplication.translate("DeskError", ...)`` and then
fill in ``params``; the command line prints ``message`` as it is.
"""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """A rule said no. ``message`` says what to fix, in the user's words."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def translated(self, translate: Any) -> str:
        """The message through a translator ``translate(context, text) -> text``."""
        return translate("DeskError", self.template).format(**self.params)


class ValidationError(DeskError):
    """Input that cannot be saved as it is; ``field`` names the input to fix when known."""

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NeedsConfirmation(DeskError):
    """Input that is unusual but allowed once the user confirms it.

    ``key`` identifies the question; calling the service again with ``key`` among its
    ``confirmed`` keys accepts it.
    """

    def __init__(self, template: str, *, key: str, **params: Any) -> None:
        self.key = key
        super().__init__(template, **params)


class NotFound(DeskError):
    """The record the user named does not exist (any more)."""


class IllegalMove(DeskError):
    """A status change the repair-order rules do not allow."""


class Conflict(DeskError):
    """Someone else saved the same record after it was loaded here."""


class DatabaseUnavailable(DeskError):
    """The database cannot be reached or is locked for too long."""
