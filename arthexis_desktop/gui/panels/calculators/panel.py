"""The Calculators panel: three tabs, each scrolling when the dock is small."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.calculators.awg_tab import AwgTab
from arthexis_desktop.gui.panels.calculators.charging_tab import ChargingTab
from arthexis_desktop.gui.panels.calculators.power_tab import PowerTab
from arthexis_desktop.gui.panels.calculators.preset_store import PresetStore
from arthexis_desktop.gui.user_store import user_data_folder


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class CalculatorsPanel(QWidget):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets = PresetStore(user_data_folder(context.data_dir))
        self.awg = AwgTab(self.presets)
        self.power = PowerTab()
        self.charging = ChargingTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("calculator_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scrolling(self.awg), self.tr("Cable (AWG)"))
        self.tabs.addTab(_scrolling(self.power), self.tr("Power"))
        self.tabs.addTab(_scrolling(self.charging), self.tr("Charging time && cost"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def retranslate(self) -> None:
        """The tab titles; each tab retranslates itself."""
        for index, title in enumerate(
            (self.tr("Cable (AWG)"), self.tr("Power"), self.tr("Charging time && cost"))
        ):
            self.tabs.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()
