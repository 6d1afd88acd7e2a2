"""The main window: hosts docks, menus and the status bar, nothing else.

It knows panels only through the registry: one dock per ``PanelSpec`` (object name
``dock_<id>``), placed by a named layout (``gui.shell.layouts``; Operations is the registry's own
arrangement), and the View menu is generated from the same list. It shows at once in a "starting"
state; ``attach()`` adds the panels when the runtime is ready and restores the arrangement saved
at the last close. Settings, error reports and the About box live in their own modules; the window
only offers the menu entries (``settings_requested``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.focus_router import FocusRouter
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.registry import PanelRegistry
from arthexis_desktop.gui.shell.about import AboutDialog, AboutInfo
from arthexis_desktop.gui.shell.layouts import (
    OPERATIONS,
    DockArranger,
    NamedLayout,
    WindowStateStore,
    column_widths,
    named_layouts,
    panel_tables,
    set_column_widths,
)
from arthexis_desktop.gui.status_bar import BrokerStatus
from arthexis_desktop.gui.style import themed_icon

DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    close_requested = Signal()  # the user closed the window: the app hides it to the tray, or quits
    quit_requested = Signal()  # File → Quit: the app asks while sessions are active, then stops
    settings_requested = Signal()  # File → Settings…

    def __init__(
        self,
        registry: PanelRegistry,
        parent: QWidget | None = None,
        *,
        state_file: Path | None = None,
        about: AboutInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.registry = registry
        self.docks: dict[str, QDockWidget] = {}
        self.panels: dict[str, QWidget] = {}
        self.about_info = about or AboutInfo()
        self.state_store = WindowStateStore(state_file) if state_file is not None else None
        self.layouts = {layout.id: layout for layout in named_layouts(registry)}
        self.layout_id = OPERATIONS
        self.arranger = DockArranger(self, registry, self.docks)
        self._default_columns: dict[tuple[str, str], list[int]] = {}
        self._context: PanelContext | None = None
        self._may_close = False
        self.about_dialog: AboutDialog | None = None
        self.setDockNestingEnabled(True)

        self.placeholder: QLabel | None = QLabel()
        self.placeholder.setObjectName("startup_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.placeholder)

        self.broker_status = BrokerStatus(self)
        self.statusBar().addPermanentWidget(self.broker_status)
        self._build_menus()
        self.retranslate()
        if self.state_store is None or not self.state_store.restore_geometry(self):
            self._fit_size()

    # -- menus -----------------------------------------------------------------------------------
    def _action(self, name: str, slot: Callable[[], object], icon: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        action.setData(icon)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.settings_action = self._action("action_settings", self.settings_requested.emit, "settings")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setEnabled(False)  # until the runtime is up
        self.quit_action = self._action("action_quit", self.quit_requested.emit, "quit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("view_menu")
        self.panels_separator = self.view_menu.addSeparator()  # dock toggles go above it
        self.layouts_menu = QMenu(self.view_menu)
        self.layouts_menu.setObjectName("layouts_menu")
        self.view_menu.addMenu(self.layouts_menu)
        self.layout_group = QActionGroup(self)
        self.layout_actions: dict[str, QAction] = {}
        for layout_id in self.layouts:
            action = self._action(f"layout_{layout_id}", partial(self.apply_layout, layout_id))
            action.setCheckable(True)
            action.setEnabled(False)
            self.layout_group.addAction(action)
            self.layouts_menu.addAction(action)
            self.layout_actions[layout_id] = action
        self.layout_actions[OPERATIONS].setChecked(True)
        self.reset_action = self._action("action_reset_layout", self.reset_layout, "reset")
        self.reset_action.setEnabled(False)
        self.view_menu.addAction(self.reset_action)

        self.help_menu = bar.addMenu("")
        self.log_folder_action = self._action("action_open_log_folder", self.open_log_folder, "folder")
        self.log_folder_action.setEnabled(self.about_info.log_dir is not None)
        self.about_action = self._action("action_about", self.show_about, "info")
        self.help_menu.addAction(self.log_folder_action)
        self.help_menu.addAction(self.about_action)
        self._refresh_icons()

    def retranslate(self) -> None:
        """Every text of the shell in the current language (panels retranslate themselves)."""
        self.setWindowTitle(self.tr("Arthexis Desktop"))
        if self.placeholder is not None:
            self.placeholder.setText(self.tr("Starting the central system…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.layouts_menu.setTitle(self.tr("&Layouts"))
        for layout_id, action in self.layout_actions.items():
            action.setText(self.layouts[layout_id].title)
        self.reset_action.setText(self.tr("&Reset layout"))
        self.reset_action.setToolTip(
            self.tr("Put every panel back where it starts and restore column widths")
        )
        self.help_menu.setTitle(self.tr("&Help"))
        self.log_folder_action.setText(self.tr("Open &log folder"))
        self.about_action.setText(self.tr("&About Arthexis Desktop"))
        for spec in self.registry:
            dock = self.docks.get(spec.id)
            if dock is not None:
                dock.setWindowTitle(spec.title)  # the toggle action in the View menu follows

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._refresh_icons()

    def _refresh_icons(self) -> None:
        color = self.palette().windowText().color()
        for action in self.findChildren(QAction):
            name = action.data()
            if isinstance(name, str) and name:
                action.setIcon(themed_icon(name, color))
        self.layouts_menu.setIcon(themed_icon("layout", color))

    def open_log_folder(self) -> None:
        if self.about_info.log_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.about_info.log_dir)))

    def show_about(self) -> None:
        dialog = AboutDialog(self.about_info, self)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()

    def _fit_size(self) -> None:
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    # -- panels ----------------------------------------------------------------------------------
    def attach(self, context: PanelContext) -> None:
        """Build every registered panel into its dock, arrange them and start showing live data."""
        self._context = context
        context.notifier.message.connect(self.show_message)
        self.broker_status.attach(context.broker)
        context.clock.tick.connect(self._on_tick)
        self.takeCentralWidget()
        if self.placeholder is not None:
            self.placeholder.deleteLater()
            self.placeholder = None
        toggles = []
        for spec in self.registry:
            panel = spec.factory(context)
            panel.setObjectName(f"panel_{spec.id}")
            dock = QDockWidget(spec.title, self)
            dock.setObjectName(spec.dock_object_name)
            dock.setWidget(panel)
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"view_{spec.id}")
            toggle.triggered.connect(self._bring_forward(dock))
            toggles.append(toggle)
            self.docks[spec.id] = dock
            self.panels[spec.id] = panel
        self.view_menu.insertActions(self.panels_separator, toggles)
        self.focus_router = FocusRouter(
            self.registry, focus=context.focus, panels=self.panels, show_dock=self.show_dock, parent=self
        )
        self._default_columns = {
            (panel_id, table.objectName()): column_widths(table)
            for panel_id, panel in self.panels.items()
            for table in panel_tables(panel)
        }
        self.arranger.apply(self.layouts[OPERATIONS])
        self._restore_saved()
        for action in (*self.layout_actions.values(), self.reset_action, self.settings_action):
            action.setEnabled(True)
        context.clock.start()

    def _restore_saved(self) -> None:
        if self.state_store is None:
            return
        saved = self.state_store.saved_layout_id()
        if (
            self.state_store.restore_docks(self, docks=self.docks, panels=self.panels)
            and saved in self.layouts
        ):
            self._mark_layout(saved)
            self.arranger.lock(self.layouts[saved].locked)

    def show_dock(self, panel_id: str) -> None:
        """Show a panel's dock in front of its tab group (a floating one is brought up too)."""
        dock = self.docks.get(panel_id)
        if dock is None:
            return
        dock.show()
        dock.raise_()
        if dock.isFloating():
            dock.activateWindow()

    @staticmethod
    def _bring_forward(dock: QDockWidget) -> Callable[[bool], None]:
        """Shown from the View menu: in front of its tab group, not re-added behind another tab."""

        def on_triggered(checked: bool) -> None:
            if checked:
                dock.raise_()

        return on_triggered

    # -- layouts ---------------------------------------------------------------------------------
    def apply_layout(self, layout_id: str) -> NamedLayout:
        """View → Layouts: arrange the docks as the named layout says."""
        layout = self.layouts[layout_id]
        self.arranger.apply(layout)
        self._mark_layout(layout_id)
        return layout

    def reset_layout(self) -> None:
        """View → Reset layout: the registry's arrangement, default column widths, docks unlocked."""
        self.apply_layout(OPERATIONS)
        for panel_id, panel in self.panels.items():
            for table in panel_tables(panel):
                widths = self._default_columns.get((panel_id, table.objectName()))
                if widths:
                    set_column_widths(table, widths)

    def _mark_layout(self, layout_id: str) -> None:
        self.layout_id = layout_id
        self.layout_actions[layout_id].setChecked(True)

    def save_state(self) -> None:
        """Remember the arrangement for the next start (called when the app closes)."""
        if self.state_store is not None and self.docks:
            self.state_store.save(self, docks=self.docks, panels=self.panels, layout_id=self.layout_id)

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
        self.close_requested.emit()
