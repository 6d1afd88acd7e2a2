"""Routes "show me this" requests to the panel that shows that kind of thing.

A panel asks with ``context.request_focus(kind, value)`` (e.g. a double-click on a charger asks
for ``("charger", "CP-1")``); panels never import each other. A ``PanelSpec`` declares the kinds
its panel handles (``handles=("charger",)``) and the panel implements ``focus(kind, value)``.
The router calls it, then shows and raises the panel's dock — through ``show_dock(panel_id)``
when the window provides one, else by finding the ``QDockWidget`` around the panel. The main
window needs one line, after its panels exist::

    self.focus_router = FocusRouter(self.registry, focus=context.focus, panels=self.panels, parent=self)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from arthexis_desktop.gui.context import FocusRequests
from arthexis_desktop.gui.panels.registry import PanelRegistry

log = logging.getLogger(__name__)


def show_dock_of(panel: QWidget) -> bool:
    """Show the dock that holds ``panel`` and bring it in front of its tab group; False when the
    panel is not in a dock (then it is shown as it is)."""
    widget: QWidget | None = panel
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    if widget is None:
        panel.show()
        return False
    widget.show()
    widget.raise_()
    return True


class FocusRouter(QObject):
    routed = Signal(str, str, str)  # kind, value, panel id

    def __init__(
        self,
        registry: PanelRegistry,
        *,
        focus: FocusRequests,
        panels: Mapping[str, QWidget],
        show_dock: Callable[[str], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panels = panels  # the window's live mapping: panels may be attached after this
        self._show_dock = show_dock
        self._handlers: dict[str, str] = {}  # kind -> panel id; the first spec that handles it wins
        for spec in registry:
            for kind in spec.handles:
                if kind in self._handlers:
                    log.warning(
                        "focus kind %r: %s ignored, %s handles it", kind, spec.id, self._handlers[kind]
                    )
                    continue
                self._handlers[kind] = spec.id
        focus.routed_kinds = frozenset(self._handlers)
        focus.requested.connect(self.route)

    def handler_of(self, kind: str) -> str | None:
        """The id of the panel that shows ``kind``, or None."""
        return self._handlers.get(kind)

    def route(self, kind: str, value: str) -> bool:
        """Give ``value`` to the panel that handles ``kind`` and show its dock; False when no
        panel does (the request stays a status-bar message)."""
        panel_id = self._handlers.get(kind)
        panel = self._panels.get(panel_id) if panel_id is not None else None
        if panel_id is None or panel is None:
            log.info("focus request %s %r: no panel shows it", kind, value)
            return False
        handler = getattr(panel, "focus", None)
        if callable(handler):
            handler(kind, value)
        if self._show_dock is not None:
            self._show_dock(panel_id)
        else:
            show_dock_of(panel)
        self.routed.emit(kind, value, panel_id)
        return True
