"""The user's own AWG presets: ``awg_presets.json`` in the per-user data folder.

A preset is every input except the site-specific run length (as the built-in ones). Saving under
an existing name replaces that preset. Entries that cannot be read are skipped (and logged) but
the file is set aside, not overwritten, before the next save.
"""

from __future__ import annotations

import logging
from dataclasses import fields
from pathlib import Path
from typing import Any

from arthexis_desktop.core.awg import AwgPreset, AwgRequest, Conduit, Ground, Material, validate
from arthexis_desktop.gui.user_store import JsonFile

log = logging.getLogger(__name__)

FILE_NAME = "awg_presets.json"
USER_KEY_PREFIX = "user:"
_INPUTS = tuple(f.name for f in fields(AwgRequest) if f.name != "length_m")


def preset_to_json(preset: AwgPreset) -> dict[str, Any]:
    data: dict[str, Any] = {"name": preset.name, "description": preset.description}
    for name in _INPUTS:
        value = getattr(preset, name)
        data[name] = value.value if isinstance(value, Material | Conduit | Ground) else value
    return data


def preset_from_json(data: object) -> AwgPreset | None:
    """A preset from its JSON form; None when it is not one (wrong types, invalid inputs)."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"].strip():
        return None
    try:
        temperature = data.get("temperature_c")
        conduit = data.get("conduit")
        max_gauge = data.get("max_gauge")
        preset = AwgPreset(
            key=USER_KEY_PREFIX + data["name"],
            name=data["name"],
            description=str(data.get("description", "")),
            current_a=float(data["current_a"]),
            voltage_v=float(data["voltage_v"]),
            material=Material(data.get("material", Material.CU)),
            phases=int(data.get("phases", 2)),
            temperature_c=None if temperature is None else int(temperature),
            max_lines=int(data.get("max_lines", 1)),
            max_gauge=None if max_gauge in (None, "") else str(max_gauge),
            conduit=None if conduit in (None, "") else Conduit(conduit),
            ground=Ground(str(data.get("ground", Ground.ONE))),
            max_drop_pct=float(data.get("max_drop_pct", 3.0)),
            continuous_load=bool(data.get("continuous_load", False)),
        )
    except (KeyError, TypeError, ValueError):
        return None
    return None if validate(preset.to_request(length_m=1.0)) else preset


class PresetStore:
    def __init__(self, folder: Path) -> None:
        self.file = JsonFile(folder / FILE_NAME)
        self.presets: list[AwgPreset] = []
        self._load()

    def _load(self) -> None:
        data = self.file.read()
        entries = data.get("presets", []) if isinstance(data, dict) else []
        if data is not None and not isinstance(data, dict):
            self.file.unreadable = True
        for entry in entries if isinstance(entries, list) else []:
            preset = preset_from_json(entry)
            if preset is None:
                log.warning("skipping an unreadable AWG preset in %s: %r", self.file.path, entry)
                self.file.unreadable = True  # keep the original file aside on the next save
                continue
            self.presets = [p for p in self.presets if p.name != preset.name] + [preset]

    def get(self, name: str) -> AwgPreset | None:
        return next((p for p in self.presets if p.name == name), None)

    def save(self, request: AwgRequest, name: str) -> AwgPreset:
        """Store ``request``'s inputs as ``name`` (replacing a preset of that name); raises OSError."""
        preset = AwgPreset.from_request(request, key=USER_KEY_PREFIX + name, name=name)
        presets = [p for p in self.presets if p.name != name] + [preset]
        self._write(presets)
        return preset

    def delete(self, name: str) -> None:
        self._write([p for p in self.presets if p.name != name])

    def _write(self, presets: list[AwgPreset]) -> None:
        self.file.write({"version": 1, "presets": [preset_to_json(p) for p in presets]})
        self.presets = presets
