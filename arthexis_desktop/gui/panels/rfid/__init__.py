"""The "RFID cards" panel (enrolment, register, accounts, unknown tags, local lists, reservations)."""

from arthexis_desktop.gui.panels.rfid.panel import RfidPanel

__all__ = ["RfidPanel"]
