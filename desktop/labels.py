"""A label as a person reads or hears it: `plain_text(label)`, the one mnemonic stripper.

Qt labels carry keyboard mnemonics that must never be read aloud or become
an accessible name:

    "&Search"            -> "Search"
    "类别(&G)"            -> "类别"        (Chinese style: the letter in brackets after the text)
    "插入模板(&M)…"       -> "插入模板"
    "A && B"             -> "A & B"       ("&&" is a literal ampersand)
    "Open\tCtrl+O"       -> "Open"        (a menu item's text with its shortcut)

Screen readers get it as accessible names (Orca reads a label's text as is,
so "类别(&G)" would be heard as "类别 G"); self-voicing and switch scanning
speak it; the F1 help page lists it. A trailing ellipsis ("Preferences…")
only tells the eye that a dialog follows and is dropped too.
"""
from __future__ import annotations

import re

_MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^&\s]\)")  # "类别(&G)", "简体中文 (&Z)"
_ELLIPSIS = re.compile(r"\s*(…|\.\.\.)$")
_LITERAL_AMPERSAND = "\0"


def plain_text(label: str) -> str:
    """`label` without its mnemonic marker, shortcut text or trailing ellipsis; "&&" becomes "&"."""
    text = label.split("\t", 1)[0]
    text = _MNEMONIC_SUFFIX.sub("", text)
    text = text.replace("&&", _LITERAL_AMPERSAND).replace("&", "").replace(_LITERAL_AMPERSAND, "&")
    return _ELLIPSIS.sub("", text.strip()).strip()
