"""Starts the counter application as ``desk --db URL`` does and reports when its main window is shown.

    python benchmarks/start_probe.py --db URL     the real application
    python benchmarks/start_probe.py --bare       an empty QMainWindow of the same size (the floor)

``benchmarks/ten_years.py`` runs this in a fresh process and times it from its own side, from
starting the process to reading the ``shown`` line. The probe changes nothing in the application:
it only puts a subclass of the main window in :mod:`desk.app` whose first show event schedules
the report for the next turn of the event loop, so the window has been laid out and shown. It then
paints the board tab (the home tab of an advisor) once more, prints the process's RSS high-water
mark in kB (``peak_kb``, VmHWM), and quits.
"""

from __future__ import annotations

import resource
import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


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


def report(window: QMainWindow) -> None:
    print("shown", flush=True)
    board = getattr(window, "board", None)
    if board is not None:
        window.tabs.setCurrentWidget(board)  # type: ignore[attr-defined]
    window.grab()  # lay out and paint the board as a screen would
    QApplication.processEvents()
    print(f"peak_kb {peak_kb()}", flush=True)
    window.close()
    QApplication.quit()


def watch(cls: type[QMainWindow]) -> type[QMainWindow]:
    """``cls`` reporting after its first show event."""

    class Watched(cls):  # type: ignore[valid-type, misc]
        _reported = False

        def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
            super().showEvent(event)
            if not self._reported:
                self._reported = True
                QTimer.singleShot(0, lambda: report(self))

    return Watched


def main() -> int:
    if sys.argv[1:] == ["--bare"]:
        app = QApplication(sys.argv[:1])
        window = watch(QMainWindow)()
        window.resize(1400, 860)
        window.show()
        return app.exec()
    import desk.app
    from desk.cli import main as desk_main

    desk.app.MainWindow = watch(desk.app.MainWindow)  # type: ignore[misc]
    return desk_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
