"""Keep PySide6 6.12 from freeing ``None`` on CPython 3.11.

Measured on this machine (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method
that returns nothing (``QLabel.setText``, ``QPainter.setPen``, ``QPainter.save`` …), and every
``QModelIndex.data()`` for which a Python model returns None, takes one reference from ``None``
without having given it one. ``None`` starts with a few thousand references, so after some
thousands of such calls Python frees it and the process dies with "Fatal Python error:
none_dealloc". A painted board or a wall screen that updates its clock every second gets there
in minutes to hours.

From CPython 3.12 on, ``None`` is immortal and this cannot happen; on 3.11 this module gives
``None`` so many references (2**60) that the lost ones can never add up to all of them, which is
what 3.12 does. Importing it is enough; it does nothing on other Pythons.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 60


def _make_none_immortal() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _BALLAST:
        refcount.value += _BALLAST


_make_none_immortal()
