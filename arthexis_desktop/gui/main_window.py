"""The main window: hosts docks, menus and the status bar, nothing else.

It knows panels only through the registry: one dock per ``PanelSpec`` (object name
``dock_<id>``, side by side in its area or as a tab behind ``PanelSpec.tab_with``), and the View
menu is generated from the same list. It shows at once in a
"starting" state; ``attach()`` adds the panels when the runtime is ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QWidget

from arthexis_desktop import __version__
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.panels.registry import PanelRegistry, PanelSpec
from arthexis_desktop.gui.status_bar import BrokerStatus

DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    close_requested = Signal()  # the user closed the window; the app stops the runtime, then closes

    def __init__(self, registry: PanelRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Arthexis Desktop"))
        self.registry = registry
        self.docks: dict[str, QDockWidget] = {}
        self.panels: dict[str, QWidget] = {}
        self._context: PanelContext | None = None
        self._may_close = False
        self.setDockNestingEnabled(True)

        self.placeholder = QLabel(self.tr("Starting the central system…"))
        self.placeholder.setObjectName("startup_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.placeholder)

        self.broker_status = BrokerStatus(self)
        self.statusBar().addPermanentWidget(self.broker_status)
        self._build_menus()
        self._fit_size()

    # -- menus -----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.setObjectName("view_menu")
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Arthexis Desktop"), self._about)

    def _about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Arthexis Desktop"),
            self.tr(
                "Arthexis Desktop {version}\nOCPP central system and control centre for EV charging."
            ).format(version=__version__),
            parent=self,
        )
        box.open()

    def _fit_size(self) -> None:
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    # -- panels ----------------------------------------------------------------------------------
    def attach(self, context: PanelContext) -> None:
        """Build every registered panel into its dock and start showing live data."""
        self._context = context
        context.notifier.message.connect(self.show_message)
        self.broker_status.attach(context.broker)
        context.clock.tick.connect(self._on_tick)
        self.takeCentralWidget()
        self.placeholder.deleteLater()
        previous_in_area: dict[Qt.DockWidgetArea, QDockWidget] = {}
        for spec in self.registry:
            panel = spec.factory(context)
            panel.setObjectName(f"panel_{spec.id}")
            dock = QDockWidget(spec.title, self)
            dock.setObjectName(spec.dock_object_name)
            dock.setWidget(panel)
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetClosable
                | QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            )
            self._place(spec, dock, previous_in_area)
            dock.setVisible(spec.visible_by_default)
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"view_{spec.id}")
            toggle.triggered.connect(self._bring_forward(dock))
            self.view_menu.addAction(toggle)
            self.docks[spec.id] = dock
            self.panels[spec.id] = panel
        for spec in self.registry:  # the first panel of each tab group stays in front
            if spec.tab_with in self.docks:
                self.docks[spec.tab_with].raise_()
        self._size_docks()
        context.clock.start()

    def _place(
        self, spec: PanelSpec, dock: QDockWidget, previous_in_area: dict[Qt.DockWidgetArea, QDockWidget]
    ) -> None:
        """Side by side with the previous dock of its area, or as a tab behind ``spec.tab_with``."""
        if spec.tab_with in self.docks:
            self.tabifyDockWidget(self.docks[spec.tab_with], dock)
            return
        before = previous_in_area.get(spec.area)
        self.addDockWidget(spec.area, dock)
        if before is not None:
            self.splitDockWidget(before, dock, Qt.Orientation.Horizontal)
        previous_in_area[spec.area] = dock

    @staticmethod
    def _bring_forward(dock: QDockWidget) -> Callable[[bool], None]:
        """Shown from the View menu: in front of its tab group, not re-added behind another tab."""

        def on_triggered(checked: bool) -> None:
            if checked:
                dock.raise_()

        return on_triggered

    def _size_docks(self) -> None:
        shown = [s for s in self.registry if s.tab_with not in self.docks]  # one per tab group
        top = [self.docks[s.id] for s in shown if s.area == Qt.DockWidgetArea.TopDockWidgetArea]
        bottom = [self.docks[s.id] for s in shown if s.area == Qt.DockWidgetArea.BottomDockWidgetArea]
        if top and bottom:
            self.resizeDocks(
                [top[0], bottom[0]],
                [int(self.height() * 0.45), int(self.height() * 0.55)],
                Qt.Orientation.Vertical,
            )
        if len(bottom) > 1:  # the first bottom panel (transactions) gets a little more room
            first = int(self.width() * 0.61)
            rest = (self.width() - first) // (len(bottom) - 1)
            self.resizeDocks(bottom, [first] + [rest] * (len(bottom) - 1), Qt.Orientation.Horizontal)

    def _on_tick(self) -> None:
        if self._context is not None:
            self.broker_status.update_live(self._context.fleet_state.connected_count)

    # -- status ----------------------------------------------------------------------------------
    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def set_broker_state(self, state: str, detail: str = "") -> None:
        self.broker_status.set_state(state, detail)

    # -- closing ---------------------------------------------------------------------------------
    def allow_close(self) -> None:
        """After the runtime stopped: the next close really closes."""
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            if self._context is not None:
                self._context.clock.stop()
            event.accept()
            return
        event.ignore()
        self.set_broker_state("stopping")
        self.close_requested.emit()
