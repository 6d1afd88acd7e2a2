"""The Clipboard patterns panel: opt-in watcher, samples, text patterns and their actions."""

from arthexis_desktop.gui.panels.clipboard.panel import ClipboardPanel

__all__ = ["ClipboardPanel"]
