"""What switch scanning steps through: a window's controls as a tree of groups.

The tree follows the widget hierarchy in tab order (the visual order): a
container holding several controls becomes one group, a container holding
one control is skipped, and an item view with rows becomes a group of row
blocks, then rows (blocks of at most FAN rows), so any row of a long list is
a few presses away. Nodes are built lazily: a list of 57,000 results costs
nothing until a person enters it. The window's menu bar is the last group, so
every command is reachable too; an open menu is scanned item by item.
"""
from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDockWidget,
                               QGroupBox, QMenu, QMenuBar, QScrollArea, QWidget)

from desktop.labels import plain_text
from desktop.speech.self_voicing import describe, describe_action, describe_item

FAN = 8  # rows of a list per block
# A row of controls up to this long is scanned one by one (a keyboard row of ten keys
# is quicker straight than split); longer rows (a toolbar of twenty) are split into blocks.
MAX_LEVEL = 10


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader would say for `widget` (its label buddy counts)."""
    name = widget.accessibleName()
    if not name:
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is not None and iface.isValid():
            name = iface.text(QAccessible.Text.Name) or ""
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    return plain_text(name)


def block_size(count: int) -> int:
    """How many of `count` choices go in one block so that no level offers more than FAN.

    Up to FAN² the blocks are as even as possible (10 keys: two blocks of five);
    beyond that each block is a FAN-th of the whole and is split again when entered.
    """
    if count <= FAN * FAN:
        return math.ceil(count / math.ceil(count / FAN))
    return math.ceil(count / FAN)


class ScanNode:
    """One stop of the scan: a control, a group, a block of rows, a row or "leave group"."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def alive(self) -> bool:
        """Whether the widget still exists and is shown."""
        return shiboken6.isValid(self.widget) and self.widget.isVisible()

    def children(self) -> list[ScanNode]:
        """The next level down; empty for something that is activated when picked."""
        return []

    def name(self) -> str:
        """A short name, used when a group is named after its first members."""
        return accessible_name(self.widget)

    def describe(self) -> str:
        """What the highlight shows and speaks."""
        return self.name()

    def prepare(self) -> None:
        """Bring the node into view before it is highlighted (scroll areas scroll to it)."""
        widget, parent = self.widget, self.widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None and \
                    parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, 8, 8)
            parent = parent.parentWidget()

    def rect_in(self, window: QWidget) -> QRect:
        """Where to draw the highlight, in `window` coordinates."""
        return QRect(self.widget.mapTo(window, self.widget.rect().topLeft()), self.widget.size())


class WidgetNode(ScanNode):
    """A single control: picking it activates it."""

    def describe(self) -> str:
        # The same words self-voicing and F4 use for this control (one describer, one set of role words).
        return describe(self.widget, with_content=False) or self.name()


class GroupNode(ScanNode):
    """Several controls under one container; picking it scans them one by one."""

    def __init__(self, widget: QWidget, members: list[QWidget], nodes: list[ScanNode] | None = None,
                 label: str = "") -> None:
        super().__init__(widget)
        self._members = members
        self._nodes = nodes
        self._label = label

    def children(self) -> list[ScanNode]:
        if self._nodes is None:
            self._nodes = _build(self.widget, [m for m in self._members if shiboken6.isValid(m)])
        return self._nodes

    def name(self) -> str:
        name = self._label or _container_name(self.widget)
        if not name:  # an unnamed container is called after what it holds: "Filters, Results" / "筛选、结果"
            names = [n for n in (node.name() for node in self.children()[:2]) if n]
            if len(names) == 2:  # the list separator differs by language (Chinese uses 、)
                name = QCoreApplication.translate("Scanner", "{first}, {second}").format(
                    first=names[0], second=names[1])
            else:
                name = "".join(names)
        return name

    def describe(self) -> str:
        return QCoreApplication.translate("Scanner", "Group: {name}, {count} items").format(
            name=self.name(), count=len(self.children()))

    def rect_in(self, window: QWidget) -> QRect:
        if self._label:  # a block of controls: frame just them
            rect = QRect()
            for node in self.children():
                rect = rect.united(node.rect_in(window))
            return rect
        return super().rect_in(window)


class RowsNode(ScanNode):
    """Rows `start` to `stop` (exclusive) of an item view; `stop=None` is the whole list, however long it is now."""

    def __init__(self, view: QAbstractItemView, start: int, stop: int | None) -> None:
        super().__init__(view)
        self.view = view
        self.start = start
        self._stop = stop

    @property
    def stop(self) -> int:
        """One past the last row (for the whole list: the row count at this moment)."""
        return self.total() if self._stop is None else self._stop

    def total(self) -> int:
        """How many rows the list has now."""
        return self.view.model().rowCount(self.view.rootIndex())

    def alive(self) -> bool:
        return super().alive() and self.stop <= self.total()

    def children(self) -> list[ScanNode]:
        start, stop = self.start, self.stop
        if stop - start <= FAN:
            return [RowNode(self.view, row) for row in range(start, stop)]
        size = block_size(stop - start)
        return [RowsNode(self.view, first, min(first + size, stop)) for first in range(start, stop, size)]

    def describe(self) -> str:
        total = self.total()
        if self._stop is None:
            return QCoreApplication.translate("Scanner", "List: {name}, {count} items").format(
                name=self.name(), count=total)
        return QCoreApplication.translate("Scanner", "Items {first} to {last} of {total}").format(
            first=self.start + 1, last=self.stop, total=total)

    def prepare(self) -> None:
        super().prepare()
        index = self.view.model().index(self.start, 0, self.view.rootIndex())
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def rect_in(self, window: QWidget) -> QRect:
        viewport = self.view.viewport()
        model, root = self.view.model(), self.view.rootIndex()
        rect = self.view.visualRect(model.index(self.start, 0, root))
        rect = rect.united(self.view.visualRect(model.index(self.stop - 1, 0, root)))
        rect = QRect(0, rect.top(), viewport.width(), rect.height()).intersected(viewport.rect())
        if rect.isEmpty():
            return super().rect_in(window)
        return QRect(viewport.mapTo(window, rect.topLeft()), rect.size())


class RowNode(ScanNode):
    """One row of an item view: picking it opens it, as Enter would."""

    def __init__(self, view: QAbstractItemView, row: int) -> None:
        super().__init__(view)
        self.view = view
        self.row = row

    def index(self) -> QModelIndex:
        """The row's model index (column 0)."""
        return self.view.model().index(self.row, 0, self.view.rootIndex())

    def alive(self) -> bool:
        return super().alive() and self.index().isValid()

    def describe(self) -> str:
        return describe_item(self.index())  # as self-voicing says it: summary, check state, "item 3 of 50"

    def prepare(self) -> None:
        super().prepare()
        self.view.scrollTo(self.index())
        self.view.setCurrentIndex(self.index())  # the view's own focus ring and screen readers follow

    def rect_in(self, window: QWidget) -> QRect:
        viewport = self.view.viewport()
        rect = self.view.visualRect(self.index())
        rect = QRect(0, rect.top(), viewport.width(), rect.height()).intersected(viewport.rect())
        return QRect(viewport.mapTo(window, rect.topLeft()), rect.size())


class BackNode(ScanNode):
    """The last stop of every group: picking it goes back up one level."""

    def __init__(self, group: ScanNode) -> None:
        super().__init__(group.widget)
        self.group = group

    def describe(self) -> str:
        return QCoreApplication.translate("Scanner", "Leave this group")

    def rect_in(self, window: QWidget) -> QRect:
        return self.group.rect_in(window)


class MenuTitleNode(ScanNode):
    """One menu of the menu bar ("File", "View"): picking it opens the menu, which is then scanned."""

    def __init__(self, bar: QMenuBar, action: QAction) -> None:
        super().__init__(bar)
        self.bar = bar
        self.action = action

    def name(self) -> str:
        return plain_text(self.action.text())

    def describe(self) -> str:
        return QCoreApplication.translate("Scanner", "{name} menu").format(name=self.name())

    def rect_in(self, window: QWidget) -> QRect:
        rect = self.bar.actionGeometry(self.action)
        return QRect(self.bar.mapTo(window, rect.topLeft()), rect.size())


class MenuItemNode(ScanNode):
    """One command in an open menu: picking it runs it (or opens its submenu)."""

    def __init__(self, menu: QMenu, action: QAction) -> None:
        super().__init__(menu)
        self.menu = menu
        self.action = action

    def name(self) -> str:
        return plain_text(self.action.text())

    def describe(self) -> str:
        if self.action.menu() is not None:
            return QCoreApplication.translate("Scanner", "{name} menu").format(name=self.name())
        return describe_action(self.action)  # as self-voicing says a menu command

    def prepare(self) -> None:
        self.menu.setActiveAction(self.action)  # the menu's own highlight and screen readers follow

    def rect_in(self, window: QWidget) -> QRect:
        rect = self.menu.actionGeometry(self.action)
        return QRect(self.menu.mapTo(window, rect.topLeft()), rect.size())


def _usable_actions(actions: list[QAction]) -> list[QAction]:
    return [a for a in actions if a.isVisible() and a.isEnabled() and not a.isSeparator()]


def menu_bar_node(root: QWidget) -> ScanNode | None:
    """The window's menu bar as one group of menus, so switch users reach every command too."""
    bar = root.findChild(QMenuBar, options=Qt.FindChildOption.FindDirectChildrenOnly) \
        if not isinstance(root, QMenu) else None
    if bar is None or not bar.isVisible():
        return None
    titles: list[ScanNode] = [MenuTitleNode(bar, action) for action in _usable_actions(bar.actions())]
    if not titles:
        return None
    return GroupNode(bar, [], titles, QCoreApplication.translate("Scanner", "Menus"))


def menu_nodes(menu: QMenu) -> list[ScanNode]:
    """The commands of an open menu (scanned when the menu is the active popup)."""
    return _blocks(menu, [MenuItemNode(menu, action) for action in _usable_actions(menu.actions())])


def _container_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QGroupBox):
        return plain_text(widget.title())
    if isinstance(widget, QDockWidget):
        return plain_text(widget.windowTitle())
    return ""


def _is_scannable(widget: QWidget, root: QWidget) -> bool:
    if not widget.isVisible() or not widget.isEnabled() or widget.window() is not root:
        return False
    policy = widget.focusPolicy()
    # Qt takes Tab focus away from the unchecked buttons of an exclusive group (arrows move within it);
    # a switch user must still reach every one of them.
    exclusive = isinstance(widget, QAbstractButton) and widget.autoExclusive() and policy & Qt.FocusPolicy.ClickFocus
    if not (policy & Qt.FocusPolicy.TabFocus or exclusive) or widget.property("scan_skip"):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        # Editors inside views and the line edits inside combos and spin boxes belong to their owner.
        if isinstance(parent, (QAbstractItemView, QComboBox, QAbstractSpinBox)):
            return False
        parent = parent.parentWidget()
    return True


def scannable_widgets(root: QWidget) -> list[QWidget]:
    """The controls of `root`'s window that a switch user can reach, in tab order."""
    found: list[QWidget] = []
    # Keyed by the C++ address: Python wrappers of widgets we do not keep can be freed and their id() reused.
    seen: set[int] = set()
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and shiboken6.getCppPointer(widget)[0] not in seen:
        seen.add(shiboken6.getCppPointer(widget)[0])
        if _is_scannable(widget, root):
            found.append(widget)
        widget = widget.nextInFocusChain()
    if _is_scannable(root, root) and isinstance(root, QAbstractItemView):
        found.insert(0, root)
    return found


def _leaf(widget: QWidget) -> ScanNode:
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return RowsNode(widget, 0, None)  # the list as it is when entered, not when the scan was built
    return WidgetNode(widget)


def _child_under(container: QWidget, widget: QWidget) -> QWidget:
    while widget.parentWidget() is not None and widget.parentWidget() is not container:
        widget = widget.parentWidget()
    return widget


def _build(container: QWidget, widgets: list[QWidget]) -> list[ScanNode]:
    buckets: dict[int, tuple[QWidget, list[QWidget]]] = {}
    for widget in widgets:
        child = _child_under(container, widget)
        buckets.setdefault(shiboken6.getCppPointer(child)[0], (child, []))[1].append(widget)
    if len(buckets) == 1:
        child, members = next(iter(buckets.values()))
        if members == [child]:
            return [_leaf(child)]
        # A wrapper with one thing inside is not worth a press of its own.
        return _build(child, [m for m in members if m is not child])
    nodes: list[ScanNode] = []
    for child, members in buckets.values():
        if members == [child] or len(members) == 1:
            nodes.append(_leaf(members[0]))  # a wrapper around one control is just that control
        else:  # a focusable container (a scroll area) is scanned through its contents
            nodes.append(GroupNode(child, [m for m in members if m is not child]))
    return _blocks(container, nodes)


def _blocks(container: QWidget, nodes: list[ScanNode]) -> list[ScanNode]:
    """Split a long level (a toolbar of twenty buttons) into blocks of at most FAN."""
    if len(nodes) <= MAX_LEVEL:
        return nodes
    size = block_size(len(nodes))
    blocks: list[ScanNode] = []
    for first in range(0, len(nodes), size):
        part = nodes[first:first + size]
        label = QCoreApplication.translate("Scanner", "items {first} to {last}").format(
            first=first + 1, last=first + len(part))
        blocks.append(part[0] if len(part) == 1 else GroupNode(container, [], part, label))
    return blocks


def top_level_nodes(root: QWidget) -> list[ScanNode]:
    """The first level of the scan of `root`'s window (an open menu: its commands)."""
    if isinstance(root, QMenu):
        return menu_nodes(root)
    widgets = scannable_widgets(root)
    nodes = _build(root, widgets) if widgets else []
    menus = menu_bar_node(root)
    return nodes + [menus] if menus is not None else nodes  # the menus last: the content comes first
