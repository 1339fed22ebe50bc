"""PySide6-Essentials 6.12.0 on Python 3.11 aborted after a few thousand calls
to methods returning None (Fatal Python error: none_dealloc). The pin in
pyproject.toml avoids it; this test makes 20,000 such calls in a fresh
interpreter so a bad upgrade fails here instead of in a person's session."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
edit = QLineEdit()
for i in range(20000):
    edit.setText("x")          # returns None
    edit.setCursorPosition(0)  # returns None
print("ok")
"""


def test_twenty_thousand_void_calls_do_not_abort() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"
