"""Handing a finished PDF to the computer's print system (CUPS on Linux and macOS).

CUPS takes PDF as its native job format and turns it into whatever the printer speaks, so a
document sent this way prints with sharp text at the printer's own resolution and stays small
— better than drawing each page as a picture. The views choose the printer through Qt (the print
dialog lists the CUPS queues) and then call :func:`submit_pdf`; where there is no CUPS library
(Windows) :func:`cups_available` is false and the views draw the pages through Qt instead.

libcups is reached with :mod:`ctypes` (``cupsPrintFile``), the same library Qt's own print
support uses, so no extra program or Python package is needed. The scheduler it talks to is the
system's, or the one ``CUPS_SERVER`` names (the tests start a private one).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from desk.services.errors import DeskError

__all__ = ["PrintFailed", "cups_available", "media_for", "submit_pdf"]

_POINTS_PER_MM = 72 / 25.4
_ISO = {"A4": (210, 297), "A5": (148, 210), "A6": (105, 148)}


class PrintFailed(DeskError):
    """The print system did not take the job."""


@lru_cache(maxsize=1)
def _cups() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("cups")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
        lib.cupsPrintFile.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
        lib.cupsPrintFile.restype = ctypes.c_int
        lib.cupsAddOption.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p)]
        lib.cupsAddOption.restype = ctypes.c_int
        lib.cupsFreeOptions.argtypes = [ctypes.c_int, ctypes.c_void_p]
        lib.cupsFreeOptions.restype = None
        lib.cupsLastErrorString.argtypes = []
        lib.cupsLastErrorString.restype = ctypes.c_char_p
    except (OSError, AttributeError):
        return None
    return lib


def cups_available() -> bool:
    """Whether this computer has the CUPS library to send PDF jobs to."""
    return _cups() is not None


def media_for(width_points: float, height_points: float) -> str:
    """The CUPS media name for a page size: ``A4``/``A5``/``A6``, else ``Custom.80x120mm``."""
    width, height = sorted((width_points / _POINTS_PER_MM, height_points / _POINTS_PER_MM))
    for name, (w, h) in _ISO.items():
        if abs(width - w) < 1.5 and abs(height - h) < 1.5:
            return name
    return f"Custom.{round(width)}x{round(height)}mm"


def submit_pdf(pdf: bytes, printer: str, title: str, options: Mapping[str, str] | None = None) -> int:
    """Send ``pdf`` to the CUPS queue ``printer``; returns the job id. Raises :class:`PrintFailed`."""
    lib = _cups()
    if lib is None:
        raise PrintFailed("这台电脑没有 CUPS 打印系统，无法直接提交 PDF。")
    handle, name = tempfile.mkstemp(prefix="desk-print-", suffix=".pdf")
    path = Path(name)
    options_pointer = ctypes.c_void_p()
    count = 0
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(pdf)
        for key, value in (options or {}).items():
            count = lib.cupsAddOption(key.encode(), value.encode(), count, ctypes.byref(options_pointer))
        job = lib.cupsPrintFile(printer.encode(), str(path).encode(), title.encode(), count, options_pointer)
        if job == 0:
            reason = (lib.cupsLastErrorString() or b"").decode(errors="replace") or "原因不明"
            raise PrintFailed("打印机 {printer} 没有接受这份文件：{reason}", printer=printer, reason=reason)
        return job
    finally:
        if count:
            lib.cupsFreeOptions(count, options_pointer)
        path.unlink(missing_ok=True)
