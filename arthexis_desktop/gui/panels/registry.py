"""The panel registry: the one list the main window builds its docks and View menu from.

A ``PanelSpec`` says what a panel is called (a translatable title), how to build it from a
``PanelContext`` and where it docks by default. The shell (named layouts, saved geometry) keys
everything on ``PanelSpec.id``; docks are named ``dock_<id>``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP

PanelFactory = Callable[[PanelContext], QWidget]
TITLE_CONTEXT = "Panels"


@dataclass(frozen=True)
class PanelSpec:
    id: str
    title_source: str  # English, marked with QT_TRANSLATE_NOOP("Panels", ...)
    factory: PanelFactory
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea
    visible_by_default: bool = True
    tab_with: str | None = None  # share the dock of this (earlier) panel as a tab behind it
    handles: tuple[str, ...] = ()  # focus kinds it shows (``FocusRequests``); it has ``focus(kind, value)``

    @property
    def title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title_source)

    @property
    def dock_object_name(self) -> str:
        return f"dock_{self.id}"


class PanelRegistry:
    def __init__(self, specs: list[PanelSpec] | None = None) -> None:
        self._specs: dict[str, PanelSpec] = {}
        for spec in specs or []:
            self.register(spec)

    def register(self, spec: PanelSpec) -> None:
        if spec.id in self._specs:
            raise ValueError(f"panel id {spec.id!r} is registered twice")
        self._specs[spec.id] = spec

    def __iter__(self) -> Iterator[PanelSpec]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def get(self, panel_id: str) -> PanelSpec:
        return self._specs[panel_id]


def _chargers(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.chargers import ChargersPanel

    return ChargersPanel(context)


def _transactions(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.transactions import TransactionsPanel

    return TransactionsPanel(context)


def _message_log(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.message_log import MessageLogPanel

    return MessageLogPanel(context)


def _tags_seen(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.tags_seen import TagsSeenPanel

    return TagsSeenPanel(context)


def _rfid(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.rfid import RfidPanel

    return RfidPanel(context)


def _calculators(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.calculators import CalculatorsPanel

    return CalculatorsPanel(context)


def _clipboard(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.clipboard import ClipboardPanel

    return ClipboardPanel(context)


def _map(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.map import MapPanel

    return MapPanel(context)


def _graphs(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.graphs import GraphsPanel

    return GraphsPanel(context)


def _charger_detail(context: PanelContext) -> QWidget:
    from arthexis_desktop.gui.panels.charger_detail import ChargerDetailPanel

    return ChargerDetailPanel(context)


def default_registry() -> PanelRegistry:
    """The panels of the desktop window, in dock order."""
    area = Qt.DockWidgetArea
    return PanelRegistry(
        [
            PanelSpec("chargers", QT_TRANSLATE_NOOP("Panels", "Chargers"), _chargers, area.TopDockWidgetArea),
            PanelSpec(
                "transactions",
                QT_TRANSLATE_NOOP("Panels", "Transactions"),
                _transactions,
                area.BottomDockWidgetArea,
                handles=("transactions",),
            ),
            PanelSpec(
                "message_log",
                QT_TRANSLATE_NOOP("Panels", "Message log"),
                _message_log,
                area.BottomDockWidgetArea,
            ),
            PanelSpec(
                "tags_seen",
                QT_TRANSLATE_NOOP("Panels", "RFID tags seen"),
                _tags_seen,
                area.BottomDockWidgetArea,
                tab_with="message_log",
            ),
            PanelSpec(  # shown from the View menu: enrolment, register, accounts, local lists, reservations
                "rfid",
                QT_TRANSLATE_NOOP("Panels", "RFID cards"),
                _rfid,
                area.TopDockWidgetArea,
                visible_by_default=False,
                tab_with="chargers",
                handles=("rfid",),
            ),
            PanelSpec(  # tools: shown from the View menu, as tabs next to Transactions
                "calculators",
                QT_TRANSLATE_NOOP("Panels", "Calculators"),
                _calculators,
                area.BottomDockWidgetArea,
                visible_by_default=False,
                tab_with="transactions",
            ),
            PanelSpec(
                "clipboard",
                QT_TRANSLATE_NOOP("Panels", "Clipboard patterns"),
                _clipboard,
                area.BottomDockWidgetArea,
                visible_by_default=False,
                tab_with="transactions",
            ),
            PanelSpec(  # shown from the View menu; asks for tiles only while on screen
                "map",
                QT_TRANSLATE_NOOP("Panels", "Map"),
                _map,
                area.TopDockWidgetArea,
                visible_by_default=False,
                tab_with="chargers",
            ),
            PanelSpec(  # shown from the View menu; collects samples from start-up, draws when seen
                "graphs",
                QT_TRANSLATE_NOOP("Panels", "Meter graphs"),
                _graphs,
                area.BottomDockWidgetArea,
                visible_by_default=False,
                tab_with="transactions",
            ),
            PanelSpec(  # shown (under the Chargers table) when a charger is double-clicked, or from View
                "charger_detail",
                QT_TRANSLATE_NOOP("Panels", "Charger"),
                _charger_detail,
                area.BottomDockWidgetArea,
                visible_by_default=False,
                tab_with="transactions",
                handles=("charger",),
            ),
        ]
    )
