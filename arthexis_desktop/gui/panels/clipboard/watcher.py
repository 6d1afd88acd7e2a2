"""The opt-in clipboard watcher: off until the person switches it on; password copies never kept.

It listens to ``QClipboard.dataChanged`` only while on. A copy is dropped, unread, when its mime
data carries a "do not keep" mark that password managers set:

* ``x-kde-passwordManagerHint`` = ``secret`` (KDE Klipper convention: KeePassXC, Bitwarden on Linux);
* Windows: ``ExcludeClipboardContentFromMonitorProcessing`` (any value), ``CanIncludeInClipboardHistory``
  or ``CanUploadToCloudClipboard`` = 0, and the old ``Clipboard Viewer Ignore`` format;
* macOS: ``org.nspasteboard.ConcealedType`` / ``TransientType`` (nspasteboard.org).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from arthexis_desktop.gui.panels.clipboard.samples import MAX_SAMPLE_CHARS

_SECRET_HINT = "x-kde-passwordmanagerhint"
_ALWAYS_CONCEALED = (
    "excludeclipboardcontentfrommonitorprocessing",
    "clipboard viewer ignore",
    "org.nspasteboard.concealedtype",
    "org.nspasteboard.transienttype",
)
_ZERO_MEANS_CONCEALED = ("canincludeinclipboardhistory", "canuploadtocloudclipboard")

CONCEALED, TOO_LONG = "concealed", "too_long"


def is_concealed(mime: QMimeData | None) -> bool:
    """True when a password manager (or the copying program) asked clipboard tools not to keep it."""
    if mime is None:
        return False
    for name in mime.formats():
        lowered = name.lower()
        if _SECRET_HINT in lowered and bytes(mime.data(name).data()).strip().lower() == b"secret":
            return True
        if any(mark in lowered for mark in _ALWAYS_CONCEALED):
            return True
        if any(mark in lowered for mark in _ZERO_MEANS_CONCEALED):
            value = bytes(mime.data(name).data())
            if not value or not any(value):  # a DWORD 0
                return True
    return False


class ClipboardWatcher(QObject):
    captured = Signal(str)  # a copied text that may be kept
    skipped = Signal(str)  # why a copy was not kept: CONCEALED or TOO_LONG
    enabled_changed = Signal(bool)

    def __init__(self, clipboard: QClipboard | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clipboard = clipboard or QGuiApplication.clipboard()
        self._enabled = False
        self._own_text: str | None = None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self._enabled:
            return
        self._enabled = enabled
        if enabled:
            self.clipboard.dataChanged.connect(self._on_changed)
        else:
            self.clipboard.dataChanged.disconnect(self._on_changed)
        self.enabled_changed.emit(enabled)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard without collecting it as a new sample."""
        self._own_text = text
        self.clipboard.setText(text)

    def _on_changed(self) -> None:
        mime = self.clipboard.mimeData()
        if is_concealed(mime):
            self.skipped.emit(CONCEALED)
            return
        if mime is None or not mime.hasText():
            return
        text = mime.text()
        if self._own_text is not None and text == self._own_text:
            self._own_text = None
            return
        self._own_text = None
        if not text.strip():
            return
        if len(text) > MAX_SAMPLE_CHARS:
            self.skipped.emit(TOO_LONG)
            return
        self.captured.emit(text)
