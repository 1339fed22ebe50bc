"""Walking the accessible tree of a window the way a screen reader does (QAccessible, works offscreen)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel, QWidget

from desktop.labels import plain_text

Role = QAccessible.Role
# Roles a person operates: each must have a name.
INTERACTIVE = frozenset({
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
    Role.List, Role.ListItem, Role.Table, Role.Cell, Role.Tree, Role.TreeItem, Role.Slider, Role.PageTab,
    Role.MenuItem, Role.ButtonMenu, Role.ButtonDropDown, Role.Link, Role.ScrollBar, Role.Dial,
})
# Roles of fields that a visible label should name.
FIELDS = frozenset({Role.ComboBox, Role.EditableText, Role.SpinBox, Role.List, Role.Table, Role.Tree})
# Item views can be huge: walk only this many children of one node.
MAX_CHILDREN = 120


@dataclass(frozen=True)
class Node:
    """One node of the accessible tree, as assistive technology sees it."""

    path: str
    role: QAccessible.Role
    name: str
    description: str
    object_name: str
    widget: QWidget | None
    invisible: bool


def _text(iface: QAccessibleInterface, kind: QAccessible.Text) -> str:
    return (iface.text(kind) or "").strip()


def walk(root: QWidget) -> Iterator[Node]:
    """Every node under `root`'s accessible interface, depth first (children of big lists cut at MAX_CHILDREN)."""
    def visit(iface: QAccessibleInterface, path: str, depth: int) -> Iterator[Node]:
        if iface is None or not iface.isValid() or depth > 40:
            return
        obj = iface.object()
        widget = obj if isinstance(obj, QWidget) else None
        yield Node(path, iface.role(), _text(iface, QAccessible.Text.Name), _text(iface, QAccessible.Text.Description),
                   obj.objectName() if obj is not None else "", widget, bool(iface.state().invisible))
        for i in range(min(iface.childCount(), MAX_CHILDREN)):
            yield from visit(iface.child(i), f"{path}/{i}", depth + 1)

    yield from visit(QAccessible.queryAccessibleInterface(root), "0", 0)


def unnamed_interactive(root: QWidget) -> list[Node]:
    """Visible interactive nodes without a name (what a screen reader would read as just "button")."""
    return [n for n in walk(root) if n.role in INTERACTIVE and not n.invisible and not n.name
            and n.role != Role.ScrollBar]


def label_text(label: QLabel) -> str:
    """A label's text as it is spoken: without the mnemonic marker."""
    return plain_text(label.text())


def fields_not_named_by_their_label(root: QWidget) -> list[tuple[str, str, str]]:
    """(object name, accessible name, label) of each labelled field whose name is not its label's text."""
    problems = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not buddy.isVisibleTo(root) or not label.isVisibleTo(root):
            continue
        iface = QAccessible.queryAccessibleInterface(buddy)
        name = _text(iface, QAccessible.Text.Name)
        spoken = label_text(label)
        # The name may be the label itself, or the label without its parenthesised hint.
        if name and (spoken == name or spoken.startswith(name)):
            continue
        # On Linux a combo box's name is its value and AT-SPI's labelled-by
        # relation carries the label (Qt's QAccessibleComboBox); Orca reads both.
        labels = [_text(other, QAccessible.Text.Name) for other, _ in iface.relations(QAccessible.Relation.Label)]
        if iface.role() == QAccessible.Role.ComboBox and spoken in labels:
            continue
        problems.append((buddy.objectName(), name, spoken))
    return problems
