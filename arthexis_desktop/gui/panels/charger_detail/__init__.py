"""The Charger panel: one charger in depth (identity, connectors, errors, configuration, commands,
frames, notes and location, QR code and sticker sheets)."""

from arthexis_desktop.gui.panels.charger_detail.panel import ChargerDetailPanel

__all__ = ["ChargerDetailPanel"]
