"""The kiosk's first screen: choose a language, then begin as a guest or sign in.

Everything here is a large target (at least 44x44 px, growing with the text
size), named for screen readers, reachable by Tab and by switch scanning.
Language buttons are written in their own language so a person can find
theirs. Signing in asks for a name or profile number and a PIN; the PIN is
typed into a password field, and both fields can be filled with the
on-screen keyboard.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

MIN_TARGET_PX = 44
LANGUAGE_BUTTONS = (("zh_CN", "中文"), ("en", "English"))


def target_side(widget: QWidget) -> int:
    """The side of a square target for `widget`: 44 px, or one and a half lines of its text when larger.

    (Two lines made a dialog of four rows taller than an 800 px screen at 400 % text.)
    """
    return max(MIN_TARGET_PX, round(widget.fontMetrics().height() * 1.5))


def large(widget: QWidget, factor: float = 1.0) -> None:
    """Give `widget` a target of at least 44x44 px (more with larger text) and optionally bigger text."""
    if factor != 1.0:
        font = QFont(widget.font())
        font.setPointSizeF(max(1.0, font.pointSizeF()) * factor)
        widget.setFont(font)
    side = target_side(widget)
    widget.setMinimumHeight(side)
    widget.setMinimumWidth(max(side, widget.minimumWidth()))


def fit_width(*widgets: QWidget) -> None:
    """After a text change: at least as wide as the text needs (size hint), and never under the square target.

    An explicit minimum width replaces the size hint as a layout's lower bound, so a minimum set
    before the text (or a longer translation, or a tick) would let the layout cut the text off.
    """
    for widget in widgets:
        side = target_side(widget)
        widget.setMinimumWidth(max(side, widget.sizeHint().width()))


class StartScreen(QDialog):
    """Signals: language_chosen(code), guest_chosen(), sign_in_requested(who, pin), staff_requested()."""

    language_chosen = Signal(str)
    guest_chosen = Signal()
    sign_in_requested = Signal(str, str)
    staff_requested = Signal()
    keyboard_requested = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("kioskStartScreen")
        self.setModal(True)
        # Everything sits in a scroll area: at 300-400% text the screen reflows into a scrolling column
        # instead of squeezing controls until their text is cut off (ACCESSIBILITY.md 5).
        scroll = QScrollArea(self)
        scroll.setObjectName("startScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page = QWidget(scroll)
        scroll.setWidget(page)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(scroll)
        self._scroll = scroll
        outer = QVBoxLayout(page)
        outer.setContentsMargins(48, 32, 48, 32)
        self._title = QLabel(self)
        self._title.setObjectName("startTitle")
        self._title.setWordWrap(True)
        large(self._title, 2.2)
        self._welcome = QLabel(self)
        self._welcome.setWordWrap(True)
        outer.addWidget(self._title)
        outer.addWidget(self._welcome)

        self.language_box = QGroupBox(self)
        self.language_box.setObjectName("startLanguage")
        languages = QHBoxLayout(self.language_box)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGE_BUTTONS:
            button = QPushButton(name, self.language_box)
            button.setObjectName(f"language_{code}")
            button.setAccessibleName(name)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setAutoDefault(False)  # a focused auto-default button grows by its default frame: text cut off
            large(button, 1.4)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            button.toggled.connect(self._mark_languages)
            languages.addWidget(button)
            self.language_buttons[code] = button
        outer.addWidget(self.language_box)

        self.guest_button = QPushButton(self)
        self.guest_button.setObjectName("startGuest")
        self.guest_button.setAutoDefault(False)
        large(self.guest_button, 1.3)  # 1.6 made it wider than an 800 px screen at 400 % text
        self.guest_button.clicked.connect(self.guest_chosen)
        outer.addWidget(self.guest_button)

        self.sign_in_box = QGroupBox(self)
        self.sign_in_box.setObjectName("startSignIn")
        grid = QGridLayout(self.sign_in_box)
        self._who_label = QLabel(self.sign_in_box)
        self.who_field = QLineEdit(self.sign_in_box)
        self.who_field.setObjectName("signInWho")
        self._who_label.setBuddy(self.who_field)
        self._pin_label = QLabel(self.sign_in_box)
        self.pin_field = QLineEdit(self.sign_in_box)
        self.pin_field.setObjectName("signInPin")
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self._pin_label.setBuddy(self.pin_field)
        self.who_keyboard = QPushButton(self.sign_in_box)
        self.pin_keyboard = QPushButton(self.sign_in_box)
        for button in (self.who_keyboard, self.pin_keyboard):
            button.setAutoDefault(False)  # Enter in a field signs in; it never opens the keyboard
        self.sign_in_button = QPushButton(self.sign_in_box)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setAutoDefault(False)
        self.error_label = QLabel(self.sign_in_box)
        self.error_label.setObjectName("signInError")
        self.error_label.setWordWrap(True)
        for widget in (self.who_field, self.pin_field, self.who_keyboard, self.pin_keyboard, self.sign_in_button):
            large(widget, 1.2)
        self.who_keyboard.clicked.connect(lambda: self.keyboard_requested.emit(self.who_field))
        self.pin_keyboard.clicked.connect(lambda: self.keyboard_requested.emit(self.pin_field))
        self.sign_in_button.clicked.connect(self._sign_in)
        self.pin_field.returnPressed.connect(self._sign_in)
        # Labels above their fields: at large text a label beside a field leaves the field no room.
        grid.addWidget(self._who_label, 0, 0, 1, 2)
        grid.addWidget(self.who_field, 1, 0)
        grid.addWidget(self.who_keyboard, 1, 1)
        grid.addWidget(self._pin_label, 2, 0, 1, 2)
        grid.addWidget(self.pin_field, 3, 0)
        grid.addWidget(self.pin_keyboard, 3, 1)
        grid.addWidget(self.sign_in_button, 4, 0)
        grid.addWidget(self.error_label, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        outer.addWidget(self.sign_in_box)
        outer.addStretch(1)

        self.staff_button = QPushButton(self)
        self.staff_button.setObjectName("startStaff")
        self.staff_button.setAutoDefault(False)
        self.staff_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        large(self.staff_button)
        self.staff_button.clicked.connect(self.staff_requested)
        # The same staff key as in the main window's menu (desktop/actions.py STAFF_MENU).
        QShortcut(QKeySequence("Ctrl+Alt+S"), self, self.staff_requested.emit)
        outer.addWidget(self.staff_button, alignment=Qt.AlignmentFlag.AlignRight)
        # Tab (and switch scanning, which follows it) goes row by row as the screen reads.
        order = [*self.language_buttons.values(), self.guest_button, self.who_field, self.who_keyboard,
                 self.pin_field, self.pin_keyboard, self.sign_in_button, self.staff_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Welcome to Zhumeng"))
        self.setAccessibleName(self.tr("Welcome to Zhumeng"))
        self._title.setText(self.tr("逐梦 Zhumeng: find a job that suits you"))
        self._welcome.setText(self.tr("Choose your language, then begin. Nothing you do here is kept for the next "
                                      "person unless you sign in to your own profile."))
        self.language_box.setTitle(self.tr("Language / 语言"))
        self.guest_button.setText(self.tr("&Begin as a guest"))
        self.guest_button.setAccessibleName(self.tr("Begin as a guest"))
        self.sign_in_box.setTitle(self.tr("Sign in to your profile"))
        self._who_label.setText(self.tr("Your &name or profile number"))
        self._pin_label.setText(self.tr("Your &PIN"))
        self.who_field.setAccessibleName(self.tr("Your name or profile number"))
        self.pin_field.setAccessibleName(self.tr("Your PIN"))
        for button, field in ((self.who_keyboard, self.tr("name")), (self.pin_keyboard, self.tr("PIN"))):
            button.setText("⌨")
            button.setAccessibleName(self.tr("On-screen keyboard for the {0}").format(field))
            button.setToolTip(button.accessibleName())
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.staff_button.setText(self.tr("S&taff"))
        self.staff_button.setAccessibleName(self.tr("Staff settings (staff PIN needed)"))
        fit_width(self.guest_button, self.who_keyboard, self.pin_keyboard, self.sign_in_button, self.staff_button,
                  *self.language_buttons.values())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_language(self, code: str) -> None:
        """Mark the language in use."""
        button = self.language_buttons.get(code)
        if button is not None:
            button.setChecked(True)

    def _mark_languages(self) -> None:
        # The chosen language is marked with a tick, not by colour alone.
        strong = Qt.FocusPolicy.StrongFocus
        for code, name in LANGUAGE_BUTTONS:
            button = self.language_buttons[code]
            button.setText(("✓ " if button.isChecked() else "") + name)
            # Tab enters the group at the chosen language (Qt does this on clicks, not on setChecked).
            unchecked = Qt.FocusPolicy(strong.value & ~Qt.FocusPolicy.TabFocus.value)
            button.setFocusPolicy(strong if button.isChecked() else unchecked)
            fit_width(button)

    def show_error(self, text: str) -> None:
        """Say next to the fields why signing in did not work (the typed name is kept)."""
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.pin_field.setText("")
        self.pin_field.setFocus()

    def reset(self) -> None:
        """Empty the fields and the error for the next person."""
        self.who_field.setText("")
        self.pin_field.setText("")
        self.error_label.setText("")
        self.error_label.setAccessibleName("")
        self.guest_button.setFocus()

    def _sign_in(self) -> None:
        self.sign_in_requested.emit(self.who_field.text().strip(), self.pin_field.text())

    # The start screen is never closed by a person: Esc and the window manager's close do nothing.
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.property("closing_allowed"):
            super().closeEvent(event)
        else:
            event.ignore()

    def reject(self) -> None:
        if self.property("closing_allowed"):
            super().reject()
