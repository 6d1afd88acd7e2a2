"""Which toasts to show, and when: a pure policy with an injected clock (no Qt, no I/O, no text).

The window offers a ``Notice`` for every event a person may want to hear about (kinds switched off
in the settings are never offered); ``poll()`` returns what to show now as ``Delivery`` items, and
``next_due()`` says when to poll again (the Qt side keeps one single-shot timer on it).

- Coalescing: notices of one kind collect until that kind has been quiet for ``quiet_s`` (and at
  most ``max_wait_s`` after the first one). One notice is one toast; more are one summary, so a
  reconnect storm of 500 chargers is one "500 chargers connected", not 500 toasts. Within a batch
  a notice about the same subject replaces the earlier one (counted once).
- Rate limit: every kind has a token bucket (``burst`` deliveries at once, one more each
  ``refill_s``). A batch that is due without a token keeps collecting until a token is back: a
  long storm costs a bounded number of toasts, never a queue of them.
- Flap debouncing: a disconnect waits ``flap_s``; a reconnect of the same charger within that
  time cancels both, so a charger that blinks off and on shows no toast pair.
- Pause: for a while (``pause(until)``) or until ``resume()``. Notices offered while paused, and
  what was waiting when the pause began, are dropped and counted, never shown later in a flood.

Backends (native toasts, the tray balloon, the log) implement ``Toaster``; the texts are the
GUI's, written from a ``Delivery`` in the user's language.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from arthexis_desktop.core.app_settings import NotificationKind

FOREVER = math.inf  # pause(None): until resumed


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing worth a toast. ``subject`` identifies what it is about within its kind (charger
    id, ``charger:connector``, transaction id, tag uid); ``charger_id`` is what a click opens."""

    kind: NotificationKind
    subject: str
    charger_id: str | None = None
    details: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Delivery:
    """What to show now: one notice (a toast about it) or several of one kind (a summary)."""

    kind: NotificationKind
    notices: tuple[Notice, ...]

    @property
    def count(self) -> int:
        return len(self.notices)

    @property
    def is_summary(self) -> bool:
        return len(self.notices) > 1

    @property
    def charger_id(self) -> str | None:
        """The charger a click should open: the one all notices are about, else None."""
        ids = {n.charger_id for n in self.notices}
        return ids.pop() if len(ids) == 1 else None


@dataclass(frozen=True, slots=True)
class Toast:
    """A finished message for a backend."""

    title: str
    body: str
    charger_id: str | None = None  # what a click on it opens (where the platform reports clicks)
    kind: str = ""
    on_click: Callable[[], object] | None = None  # instead of opening the charger (e.g. an offered action)


class Toaster(Protocol):
    """A way to show a toast (native notification, tray balloon, the log)."""

    name: str

    def available(self) -> bool: ...

    async def show(self, toast: Toast) -> bool:
        """True when the toast was handed to the platform; False lets the next backend try."""
        ...


@dataclass(frozen=True, slots=True)
class RateLimits:
    quiet_s: float = 1.5  # a burst of one kind ends after this long without a new notice
    max_wait_s: float = 10.0  # ...or this long after its first notice, whichever comes first
    burst: int = 3  # deliveries per kind without waiting
    refill_s: float = 30.0  # one more delivery per kind every refill_s
    flap_s: float = 10.0  # a disconnect followed by a reconnect within this shows nothing

    def __post_init__(self) -> None:
        if min(self.quiet_s, self.max_wait_s, self.refill_s, self.flap_s) < 0 or self.burst < 1:
            raise ValueError("rate limits must be positive (burst at least 1)")


@dataclass(slots=True)
class _Batch:
    first_at: float
    last_at: float
    notices: dict[str, Notice] = field(default_factory=dict)  # subject -> latest notice

    def due(self, limits: RateLimits) -> float:
        return min(self.last_at + limits.quiet_s, self.first_at + limits.max_wait_s)


@dataclass(slots=True)
class _Bucket:
    capacity: int
    refill_s: float
    tokens: float
    updated: float

    def _refill(self, now: float) -> None:
        if now > self.updated:
            gained = (now - self.updated) / self.refill_s if self.refill_s > 0 else math.inf
            self.tokens = min(float(self.capacity), self.tokens + gained)
            self.updated = now

    def take(self, now: float) -> bool:
        self._refill(now)
        if self.tokens >= 1.0 - 1e-9:
            self.tokens = max(0.0, self.tokens - 1.0)
            return True
        return False

    def ready_at(self, now: float) -> float:
        self._refill(now)
        return now if self.tokens >= 1.0 - 1e-9 else now + (1.0 - self.tokens) * self.refill_s


class NotificationPolicy:
    """Turns offered notices into deliveries; every method takes the time from ``clock``."""

    def __init__(self, clock: Callable[[], float], limits: RateLimits | None = None) -> None:
        self._clock = clock
        self.limits = limits or RateLimits()
        self._batches: dict[NotificationKind, _Batch] = {}
        self._buckets: dict[NotificationKind, _Bucket] = {}
        self._held: dict[str, tuple[Notice, float]] = {}  # charger -> (disconnect notice, release at)
        self._paused_until: float | None = None
        self.dropped = 0  # offered while paused, or waiting when a pause began or a kind was discarded
        self.flaps = 0  # disconnect + reconnect pairs that showed nothing

    # -- pause -----------------------------------------------------------------------------------
    @property
    def paused_until(self) -> float | None:
        """Clock time the pause ends (``FOREVER``: until resumed), or None when not paused."""
        if self._paused_until is not None and self._clock() >= self._paused_until:
            self._paused_until = None
        return self._paused_until

    @property
    def paused(self) -> bool:
        return self.paused_until is not None

    def pause(self, until: float | None = None) -> None:
        """Show nothing until clock time ``until`` (None: until ``resume()``)."""
        self._paused_until = FOREVER if until is None else until
        self.dropped += self.pending_count() + len(self._held)
        self._batches.clear()
        self._held.clear()

    def resume(self) -> None:
        self._paused_until = None

    # -- notices ---------------------------------------------------------------------------------
    def offer(self, notice: Notice) -> None:
        now = self._clock()
        if self.paused:
            self.dropped += 1
            return
        if notice.kind is NotificationKind.CHARGER_DISCONNECTED:
            self._held[notice.subject] = (notice, now + self.limits.flap_s)
            return
        if notice.kind is NotificationKind.CHARGER_CONNECTED and notice.subject in self._held:
            del self._held[notice.subject]  # it came back at once: neither toast
            self.flaps += 1
            return
        self._add(notice, now)

    def _add(self, notice: Notice, at: float) -> None:
        batch = self._batches.get(notice.kind)
        if batch is None:
            batch = self._batches[notice.kind] = _Batch(first_at=at, last_at=at)
        batch.last_at = max(batch.last_at, at)
        batch.notices.pop(notice.subject, None)  # the latest about a subject, in arrival order
        batch.notices[notice.subject] = notice

    def discard(self, kind: NotificationKind) -> int:
        """Forget what waits for ``kind`` (switched off in the settings); returns how many."""
        batch = self._batches.pop(kind, None)
        count = len(batch.notices) if batch is not None else 0
        if kind is NotificationKind.CHARGER_DISCONNECTED:
            count += len(self._held)
            self._held.clear()
        self.dropped += count
        return count

    def pending_count(self, kind: NotificationKind | None = None) -> int:
        """Notices waiting in batches (held disconnects not included)."""
        return sum(len(b.notices) for k, b in self._batches.items() if kind is None or k is kind)

    # -- time ------------------------------------------------------------------------------------
    def _bucket(self, kind: NotificationKind, now: float) -> _Bucket:
        bucket = self._buckets.get(kind)
        if bucket is None:
            limits = self.limits
            bucket = self._buckets[kind] = _Bucket(limits.burst, limits.refill_s, float(limits.burst), now)
        return bucket

    def _release_held(self, now: float) -> None:
        for subject, (notice, release_at) in list(self._held.items()):
            if release_at <= now:
                del self._held[subject]
                self._add(notice, release_at)

    def poll(self) -> list[Delivery]:
        """What is due now, oldest batch first; each delivered batch costs its kind one token."""
        now = self._clock()
        if self.paused:
            return []
        self._release_held(now)
        out: list[tuple[float, Delivery]] = []
        for kind, batch in list(self._batches.items()):
            due = batch.due(self.limits)
            if due <= now and self._bucket(kind, now).take(now):
                del self._batches[kind]
                out.append((due, Delivery(kind, tuple(batch.notices.values()))))
        out.sort(key=lambda item: item[0])
        return [delivery for _due, delivery in out]

    def next_due(self) -> float | None:
        """Clock time of the next ``poll()`` with something to do (None: nothing waits)."""
        now = self._clock()
        if self.paused:  # nothing waits while paused (see ``pause``)
            return None
        times = [release_at for _notice, release_at in self._held.values()]
        for kind, batch in self._batches.items():
            times.append(max(batch.due(self.limits), self._bucket(kind, now).ready_at(now)))
        return min(times) if times else None
