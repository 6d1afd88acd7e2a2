"""Clipboard samples kept for the pattern tools: ``clipboard_samples.json`` in the per-user data folder.

One entry per distinct text (copying it again moves it to the top and counts it), newest first,
at most ``capacity`` entries (the oldest go). Nothing here decides *whether* a text may be kept:
the watcher has already dropped concealed (password-manager) copies.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from arthexis_desktop.gui.user_store import JsonFile

log = logging.getLogger(__name__)

FILE_NAME = "clipboard_samples.json"
DEFAULT_CAPACITY = 500
MAX_SAMPLE_CHARS = 10_000  # longer copies (whole documents) are not kept


@dataclass(frozen=True)
class Sample:
    text: str
    first_seen: datetime
    last_seen: datetime
    count: int = 1


def _to_json(sample: Sample) -> dict[str, object]:
    return {
        "text": sample.text,
        "first_seen": sample.first_seen.isoformat(),
        "last_seen": sample.last_seen.isoformat(),
        "count": sample.count,
    }


def _from_json(data: object) -> Sample | None:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return None
    try:
        first = datetime.fromisoformat(str(data["first_seen"]))
        last = datetime.fromisoformat(str(data.get("last_seen", data["first_seen"])))
        count = int(data.get("count", 1))
    except (KeyError, TypeError, ValueError):
        return None
    return Sample(data["text"], first, last, max(count, 1))


class SampleStore:
    def __init__(self, folder: Path, *, capacity: int = DEFAULT_CAPACITY) -> None:
        self.file = JsonFile(folder / FILE_NAME)
        self.capacity = capacity
        self.samples: list[Sample] = []  # newest first
        self.save_error: str | None = None  # why the last save failed (the samples stay in memory)
        data = self.file.read()
        entries = data.get("samples", []) if isinstance(data, dict) else []
        for entry in entries if isinstance(entries, list) else []:
            sample = _from_json(entry)
            if sample is None:
                self.file.unreadable = True  # keep the original aside on the next save
            elif all(s.text != sample.text for s in self.samples):
                self.samples.append(sample)
        self.samples.sort(key=lambda s: s.last_seen, reverse=True)
        del self.samples[capacity:]

    def __len__(self) -> int:
        return len(self.samples)

    def latest(self) -> Sample | None:
        return self.samples[0] if self.samples else None

    def add(self, text: str, at: datetime | None = None) -> tuple[Sample, bool]:
        """Keep ``text`` (or count it again); returns the sample and whether it is new. Saves."""
        now = at or datetime.now(UTC)
        existing = next((s for s in self.samples if s.text == text), None)
        if existing is not None:
            sample = replace(existing, last_seen=now, count=existing.count + 1)
            self.samples.remove(existing)
        else:
            sample = Sample(text, now, now)
        self.samples.insert(0, sample)
        del self.samples[self.capacity :]
        self.save()
        return sample, existing is None

    def search(self, query: str) -> list[Sample]:
        needle = query.strip().casefold()
        return [s for s in self.samples if needle in s.text.casefold()] if needle else list(self.samples)

    def delete(self, texts: list[str]) -> int:
        doomed = set(texts)
        before = len(self.samples)
        self.samples = [s for s in self.samples if s.text not in doomed]
        if len(self.samples) != before:
            self.save()
        return before - len(self.samples)

    def clear(self) -> None:
        self.samples = []
        self.save()

    def save(self) -> bool:
        """Write the file; on failure ``save_error`` says why and the samples stay in memory."""
        try:
            self.file.write({"version": 1, "samples": [_to_json(s) for s in self.samples]})
        except OSError as exc:
            log.warning("cannot save the clipboard samples to %s: %s", self.file.path, exc)
            self.save_error = str(exc)
            return False
        self.save_error = None
        return True
