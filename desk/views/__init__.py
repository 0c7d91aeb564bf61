"""Qt widgets and item models of Desk. They show what the services return and call them through
the one ``Runner``; no query is built here."""

# PySide6 6.12.0 on CPython 3.11 loses a reference to None on every Qt call that returns
# nothing, and after a few thousand calls the process dies; the module makes None immortal as
# CPython 3.12 does. Importing it here covers every entry point that shows a widget.
from desk.views import none_refcount  # noqa: F401
