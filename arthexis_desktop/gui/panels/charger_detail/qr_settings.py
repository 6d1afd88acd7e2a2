"""The QR template and sticker-sheet choices of this computer's user, in ``qr_stickers.json``.

No template stored means "the broker's OCPP URL" (``core.qr.default_template``), which follows
the broker when its port changes. Per-user for now; the settings dialog may take it over later.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.core.qr import MAX_COLUMNS, MIN_COLUMNS, PAPER_SIZES_MM, validate_template
from arthexis_desktop.gui.user_store import JsonFile

log = logging.getLogger(__name__)

FILE_NAME = "qr_stickers.json"


@dataclass(frozen=True)
class QrSettings:
    template: str | None = None  # None: the broker's connection URL
    paper: str = "A4"
    columns: int = 3
    caption: str = "model"  # under the id on a sticker: "model", "text" (the URL) or "none"


class QrSettingsStore:
    def __init__(self, folder: Path) -> None:
        self.file = JsonFile(folder / FILE_NAME)
        self.settings = self._read()

    def _read(self) -> QrSettings:
        raw = self.file.read()
        if not isinstance(raw, dict):
            return QrSettings()
        out = QrSettings()
        template = raw.get("template")
        if isinstance(template, str) and template.strip():
            try:
                out = replace(out, template=validate_template(template))
            except InvalidCommandError as exc:
                log.warning("%s: QR template ignored: %s", self.file.path, exc)
        if raw.get("paper") in PAPER_SIZES_MM:
            out = replace(out, paper=str(raw["paper"]))
        columns = raw.get("columns")
        if isinstance(columns, int) and MIN_COLUMNS <= columns <= MAX_COLUMNS:
            out = replace(out, columns=columns)
        if raw.get("caption") in ("model", "text", "none"):
            out = replace(out, caption=str(raw["caption"]))
        return out

    def update(self, **changes: object) -> QrSettings:
        """Store changed choices; ``OSError`` when the file cannot be written (the caller says so)."""
        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        self.file.write(
            {
                "template": self.settings.template,
                "paper": self.settings.paper,
                "columns": self.settings.columns,
                "caption": self.settings.caption,
            }
        )
        return self.settings
