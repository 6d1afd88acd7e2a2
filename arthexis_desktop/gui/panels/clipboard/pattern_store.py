"""The user's clipboard patterns: ``clipboard_patterns.json`` in the per-user data folder.

Patterns are checked (``TextPattern.check``) before they are saved. A stored pattern that no longer
checks (edited by hand, or from an older version) is kept and listed, but not scanned, so nothing
the user wrote is lost.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from arthexis_desktop.core.patterns import PatternAction, PatternError, TextPattern
from arthexis_desktop.gui.user_store import JsonFile

log = logging.getLogger(__name__)

FILE_NAME = "clipboard_patterns.json"


def _to_json(pattern: TextPattern) -> dict[str, object]:
    return {
        "id": pattern.pattern_id,
        "mask": pattern.mask,
        "priority": pattern.priority,
        "label": pattern.label,
        "action": pattern.action.value,
        "action_template": pattern.action_template,
    }


def _from_json(data: object) -> TextPattern | None:
    if not isinstance(data, dict) or not isinstance(data.get("mask"), str):
        return None
    try:
        return TextPattern(
            mask=data["mask"],
            priority=int(data.get("priority", 0)),
            pattern_id=int(data.get("id", 0)),
            label=str(data.get("label", "")),
            action=PatternAction(data.get("action", PatternAction.NONE)),
            action_template=str(data.get("action_template", "")),
        )
    except (TypeError, ValueError):
        return None


def is_usable(pattern: TextPattern) -> bool:
    try:
        pattern.check()
    except PatternError:
        return False
    return True


class PatternStore:
    def __init__(self, folder: Path) -> None:
        self.file = JsonFile(folder / FILE_NAME)
        self.patterns: list[TextPattern] = []
        data = self.file.read()
        entries = data.get("patterns", []) if isinstance(data, dict) else []
        for entry in entries if isinstance(entries, list) else []:
            pattern = _from_json(entry)
            if pattern is None:
                log.warning("skipping an unreadable clipboard pattern in %s: %r", self.file.path, entry)
                self.file.unreadable = True
                continue
            if pattern.pattern_id <= 0 or any(p.pattern_id == pattern.pattern_id for p in self.patterns):
                pattern = replace(pattern, pattern_id=self._next_id())
            self.patterns.append(pattern)

    def _next_id(self) -> int:
        return max((p.pattern_id for p in self.patterns), default=0) + 1

    def usable(self) -> list[TextPattern]:
        """The patterns that may be scanned (their masks compile)."""
        return [p for p in self.patterns if is_usable(p)]

    def get(self, pattern_id: int) -> TextPattern | None:
        return next((p for p in self.patterns if p.pattern_id == pattern_id), None)

    def save(self, pattern: TextPattern) -> TextPattern:
        """Add (``pattern_id`` 0) or replace a pattern; raises PatternError (invalid) or OSError."""
        pattern.check()
        if pattern.pattern_id <= 0:
            pattern = replace(pattern, pattern_id=self._next_id())
            patterns = [*self.patterns, pattern]
        else:
            patterns = [pattern if p.pattern_id == pattern.pattern_id else p for p in self.patterns]
            if pattern not in patterns:
                patterns.append(pattern)
        self._write(patterns)
        return pattern

    def delete(self, pattern_id: int) -> None:
        self._write([p for p in self.patterns if p.pattern_id != pattern_id])

    def _write(self, patterns: list[TextPattern]) -> None:
        self.file.write({"version": 1, "patterns": [_to_json(p) for p in patterns]})
        self.patterns = patterns
