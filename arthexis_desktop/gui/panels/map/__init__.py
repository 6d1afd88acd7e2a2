"""The charger map panel (see ``panel.py``)."""

from arthexis_desktop.gui.panels.map.panel import MapPanel

__all__ = ["MapPanel"]
