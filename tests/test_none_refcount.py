"""A long-running counter PC must not die of PySide6 6.12's lost references to None (CPython 3.11)."""

from __future__ import annotations

import os
import subprocess
import sys

SNIPPET = """
import sys
import desk.views  # what every screen of Desk imports first
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(50_000):  # a wall screen's clock and cards over a day and more
    label.setText("x")
print("alive")
"""


def test_many_qt_calls_do_not_free_none() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SNIPPET], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"
