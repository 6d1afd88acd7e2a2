"""The plyer toast backend: which plyer backend it picks (and why not), without showing anything."""

from __future__ import annotations

import asyncio
import sys

import pytest

from arthexis_desktop.core.notify import Toast
from arthexis_desktop.integrations import toasts

pytestmark = pytest.mark.timeout(20)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux backend choice")


@linux_only
def test_no_session_bus_means_no_native_toasts() -> None:
    backend, reason = toasts.choose_backend("linux", {"PATH": "/usr/bin:/bin"})
    assert backend is None and "D-Bus" in reason


@linux_only
def test_without_notify_send_the_reason_names_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(toasts, "_module_exists", lambda name: name == "plyer")  # no dbus-python
    env = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nowhere", "PATH": str(tmp_path)}
    backend, reason = toasts.choose_backend("linux", env)
    assert backend is None and "libnotify-bin" in reason


@linux_only
def test_notify_send_is_chosen_even_when_a_folder_named_app_exists(monkeypatch, tmp_path) -> None:
    """plyer itself would pick the Flatpak portal whenever /app exists (stack-notes §4)."""
    fake = tmp_path / "notify-send"
    fake.write_text("#!/bin/sh\nexit 0\n")
    fake.chmod(0o755)
    monkeypatch.setattr(toasts, "_module_exists", lambda name: name == "plyer")
    monkeypatch.setattr(toasts, "FLATPAK_INFO", tmp_path / "no-flatpak-info")
    env = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nowhere", "PATH": str(tmp_path)}
    backend, reason = toasts.choose_backend("linux", env)
    assert type(backend).__name__ == "NotifySendNotification" and reason == ""


def test_an_unavailable_backend_refuses_so_the_next_one_tries() -> None:
    toaster = toasts.PlyerToaster(platform="plan9", environ={})
    assert not toaster.available() and "plan9" in toaster.reason
    assert asyncio.run(toaster.show(Toast("t", "b"))) is False


@linux_only
def test_a_failing_backend_reports_false(monkeypatch: pytest.MonkeyPatch) -> None:
    class Failing:
        def _notify(self, **_kwargs: object) -> None:
            raise NotImplementedError("No usable implementation found!")

    monkeypatch.setattr(toasts, "choose_backend", lambda platform, environ: (Failing(), ""))
    toaster = toasts.PlyerToaster()
    assert toaster.available()
    try:
        assert asyncio.run(toaster.show(Toast("t", "b"))) is False
    finally:
        toaster.close()
