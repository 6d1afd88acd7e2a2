"""The focus router in a small window of its own: a request reaches the panel that handles its
kind, and that panel's dock is shown and brought in front of its tab group."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from arthexis_desktop.gui.context import FocusRequests, PanelContext
from arthexis_desktop.gui.focus_router import FocusRouter, show_dock_of
from arthexis_desktop.gui.panels.registry import PanelRegistry, PanelSpec, default_registry

pytestmark = [pytest.mark.gui, pytest.mark.timeout(20)]


class Detail(QLabel):
    def __init__(self) -> None:
        super().__init__("detail")
        self.asked: list[tuple[str, str]] = []

    def focus(self, kind: str, value: str) -> None:
        self.asked.append((kind, value))
        self.setText(value)


def unused_factory(_context: PanelContext) -> QWidget:
    raise AssertionError("the test window builds its own panels")


REGISTRY = PanelRegistry(
    [
        PanelSpec("list", "List", unused_factory),
        PanelSpec("detail", "Detail", unused_factory, handles=("charger",), tab_with="list"),
        PanelSpec("other", "Other", unused_factory, handles=("charger", "rfid")),  # "charger" is taken
    ]
)


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.panels = {"list": QLabel("list"), "detail": Detail(), "other": Detail()}
    window.docks = {}
    for panel_id, panel in window.panels.items():
        dock = QDockWidget(panel_id, window)
        dock.setObjectName(f"dock_{panel_id}")
        dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.docks[panel_id] = dock
    window.tabifyDockWidget(window.docks["list"], window.docks["detail"])
    window.docks["list"].raise_()
    window.docks["detail"].hide()
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_request_reaches_its_panel_and_shows_its_dock(window, qtbot) -> None:
    focus = FocusRequests()
    router = FocusRouter(REGISTRY, focus=focus, panels=window.panels, parent=window)
    assert (router.handler_of("charger"), router.handler_of("rfid"), router.handler_of("map")) == (
        "detail",
        "other",
        None,
    )
    detail = window.panels["detail"]
    assert not window.docks["detail"].isVisible()

    with qtbot.waitSignal(router.routed) as routed:
        focus.requested.emit("charger", "CP-7")
    assert routed.args == ["charger", "CP-7", "detail"]
    assert detail.asked == [("charger", "CP-7")] and window.panels["other"].asked == []
    qtbot.waitUntil(lambda: window.docks["detail"].isVisible() and not detail.visibleRegion().isEmpty())
    assert window.panels["list"].visibleRegion().isEmpty()  # the tab behind it now

    # Tabbed away again: the next request brings it forward.
    window.docks["list"].raise_()
    qtbot.waitUntil(lambda: detail.visibleRegion().isEmpty())
    focus.requested.emit("charger", "CP-8")
    qtbot.waitUntil(lambda: not detail.visibleRegion().isEmpty())
    assert detail.text() == "CP-8"

    assert router.route("rfid", "04AA") and window.panels["other"].asked == [("rfid", "04AA")]
    assert not router.route("map", "x")  # nobody shows it: the status-bar message stays


def test_the_window_may_show_its_docks_itself(window) -> None:
    focus = FocusRequests()
    shown: list[str] = []
    router = FocusRouter(REGISTRY, focus=focus, panels=window.panels, show_dock=shown.append)
    focus.requested.emit("charger", "CP-1")
    assert shown == ["detail"] and window.panels["detail"].asked == [("charger", "CP-1")]
    assert router.route("rfid", "04AA") and shown == ["detail", "other"]


def test_panels_attached_after_the_router_and_outside_a_dock(qtbot) -> None:
    panels: dict[str, QWidget] = {}
    focus = FocusRequests()
    router = FocusRouter(REGISTRY, focus=focus, panels=panels)
    assert not router.route("charger", "CP-1")  # not built yet
    loose = Detail()
    qtbot.addWidget(loose)
    panels["detail"] = loose
    assert router.route("charger", "CP-1") and loose.asked == [("charger", "CP-1")]
    assert not show_dock_of(loose) and loose.isVisible()


def test_the_charger_detail_is_registered_for_charger_requests() -> None:
    spec = default_registry().get("charger_detail")
    assert spec.handles == (FocusRequests.CHARGER,) and spec.title == "Charger"
    assert not spec.visible_by_default and spec.tab_with == "transactions"  # under the Chargers table
    assert [s.id for s in default_registry() if FocusRequests.CHARGER in s.handles] == ["charger_detail"]
