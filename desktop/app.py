"""Starting the application (minimal window until the main window exists)."""
from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget


def run_app(args: argparse.Namespace) -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("逐梦 Zhumeng")
    layout = QVBoxLayout(window)
    label = QLabel("&Search")
    field = QLineEdit()
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    window.show()
    return app.exec()
