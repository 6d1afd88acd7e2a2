"""Themes (QSS + palette), the error report of an unexpected exception, and the Help menu."""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from arthexis_desktop.core.app_settings import Theme
from arthexis_desktop.gui.shell.about import AboutDialog
from arthexis_desktop.gui.shell.crash import CrashReporter
from arthexis_desktop.gui.style import ThemeManager, themed_icon
from tests.gui.conftest import wait_until
from tests.gui.helpers import menu_action
from tests.gui.shell_helpers import Shells, shells_fixture  # noqa: F401 - the fixture

pytestmark = [pytest.mark.gui, pytest.mark.timeout(30)]


def _lightness(widget_or_app: QApplication | QLabel, role: QPalette.ColorRole) -> int:
    return widget_or_app.palette().color(role).lightness()


@pytest.mark.asyncio
async def test_dark_and_light_theme_apply_palette_and_style_sheet(shells: Shells, qapp: QApplication) -> None:
    app = await shells.start()
    theme = shells.theme
    assert theme is not None
    table = app.window.panels["transactions"].table
    changes: list[str] = []
    theme.changed.connect(changes.append)

    assert theme.apply(Theme.DARK) == "dark"
    await asyncio.sleep(0.05)
    assert _lightness(qapp, QPalette.ColorRole.Window) < 80
    assert _lightness(table, QPalette.ColorRole.Base) < 60  # the tables too
    assert _lightness(table, QPalette.ColorRole.Text) > 180
    assert "#262b31" in qapp.styleSheet()  # dark.qss: dock titles and headers
    assert "QDockWidget::title" in qapp.styleSheet()  # app.qss: the shared shapes
    icon = themed_icon("settings").pixmap(32, 32).toImage()
    opaque = [
        icon.pixelColor(x, y) for x in range(32) for y in range(32) if icon.pixelColor(x, y).alpha() > 200
    ]
    assert opaque and min(c.lightness() for c in opaque) > 150  # light strokes on the dark theme

    assert theme.apply(Theme.LIGHT) == "light"
    await asyncio.sleep(0.05)
    assert _lightness(qapp, QPalette.ColorRole.Window) > 180
    assert _lightness(table, QPalette.ColorRole.Base) > 200
    assert "#f3f4f6" in qapp.styleSheet() and "#262b31" not in qapp.styleSheet()
    assert changes == ["dark", "light"]

    assert theme.apply(Theme.SYSTEM) == "light"  # this (offscreen) system has no dark preference
    assert QGuiApplication.styleHints().colorScheme() != QGuiApplication.styleHints().colorScheme().Dark


def test_following_the_system_switches_when_the_system_does(qapp: QApplication, monkeypatch) -> None:
    from arthexis_desktop.gui import style

    theme = ThemeManager(qapp)
    try:
        theme.apply(Theme.SYSTEM)
        monkeypatch.setattr(style, "system_prefers_dark", lambda: True)
        theme._on_system_scheme(QGuiApplication.styleHints().colorScheme())  # what the OS signal calls
        assert theme.effective == "dark" and _lightness(qapp, QPalette.ColorRole.Window) < 80
        theme.apply(Theme.LIGHT)  # an explicit choice is kept when the system changes
        theme._on_system_scheme(QGuiApplication.styleHints().colorScheme())
        assert theme.effective == "light" and _lightness(qapp, QPalette.ColorRole.Window) > 180
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(QPalette())
        QGuiApplication.styleHints().unsetColorScheme()


@pytest.mark.asyncio
@pytest.mark.qt_no_exception_capture
async def test_exception_in_a_slot_shows_a_report_is_logged_and_the_app_keeps_running(
    shells: Shells, tmp_path: Path, qapp: QApplication
) -> None:
    app = await shells.start()
    window = app.window
    log_file = tmp_path / "logs" / "desktop.log"
    log_file.parent.mkdir()
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=100_000, backupCount=1)
    logging.getLogger().addHandler(handler)
    reporter = CrashReporter(window, log_dir=log_file.parent, log_file=log_file)
    reporter.install(asyncio.get_running_loop())
    try:
        button = QPushButton("do it", window)

        def broken_slot() -> None:
            raise ValueError("the frobnicator is empty")

        button.clicked.connect(broken_slot)
        button.click()  # Qt calls the slot; the exception escapes it
        dialog = reporter.dialog
        assert dialog is not None and dialog.isVisible()
        report = dialog.report_text
        assert "ValueError: the frobnicator is empty" in report and "broken_slot" in report
        assert "Arthexis Desktop" in report and "Qt " in report and str(log_file) in report
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == report

        button.click()  # again: the same dialog collects it, no second window
        assert reporter.dialog is dialog and reporter.count == 2
        assert dialog.report_text.count("ValueError: the frobnicator is empty") == 2

        failing = threading.Thread(target=lambda: 1 / 0, name="worker-x")  # a worker thread too
        failing.start()
        failing.join()
        await wait_until(lambda: "ZeroDivisionError" in dialog.report_text, what="the thread's error")
        assert "thread worker-x" in dialog.report_text

        async def broken_task() -> None:  # background work started through the TaskRunner too
            raise KeyError("no such charger")

        app.context.tasks.spawn(broken_task(), name="load-x")
        await wait_until(lambda: "KeyError" in dialog.report_text, what="the task's error")
        assert "background task load-x failed" in dialog.report_text

        # The app keeps running: the clock ticks, the broker serves, the window is usable.
        ticks: list[int] = []
        app.context.clock.tick.connect(lambda: ticks.append(1))
        await wait_until(lambda: len(ticks) >= 2, what="clock ticks after the error")
        assert window.isVisible() and app.runtime.csms.running
        dialog.buttons.rejected.emit()
        await wait_until(lambda: reporter.dialog is None, what="the dialog closed")
        handler.flush()
        logged = log_file.read_text(encoding="utf-8")
        assert "unhandled exception (Qt slot)" in logged and "ValueError: the frobnicator is empty" in logged
        assert "Traceback" in logged
    finally:
        reporter.uninstall()
        logging.getLogger().removeHandler(handler)
        handler.close()


@pytest.mark.asyncio
async def test_help_menu_opens_the_log_folder_and_about_shows_versions_and_paths(
    shells: Shells, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = await shells.start()
    window = app.window
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    menu_action(window.help_menu, "Open &log folder").trigger()
    assert [Path(u.toLocalFile()) for u in opened] == [shells.data_dir / "logs"]

    menu_action(window.help_menu, "&About Arthexis Desktop").trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = dialog.text
    for expected in (
        "Qt: 6.",
        "PySide6: 6.",
        "Python: 3.",
        "ocpp: 2.",
        str(shells.data_dir),
        "settings.json",
    ):
        assert expected in text, expected
    assert "window.ini" in text and "sqlite" in text
    dialog.reject()
