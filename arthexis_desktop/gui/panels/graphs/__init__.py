"""The Meter graphs panel: live meter values, the site's total power, stored transactions."""

from arthexis_desktop.gui.panels.graphs.panel import GraphsPanel

__all__ = ["GraphsPanel"]
