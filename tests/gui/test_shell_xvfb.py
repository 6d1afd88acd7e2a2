"""The shell on a real X server (run under xvfb-run): the dark theme chosen in the settings file is
what the screen shows after start-up, and the settings dialog opens on top of the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.gui,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X server (run under xvfb-run)"),
]


def _shoot(mode: str, out: Path, data_dir: Path, *extra: str) -> QImage:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the real xcb window
    env["ARTHEXIS_LANG"] = "en"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.gui.shell_screens",
            mode,
            str(out),
            "--data-dir",
            str(data_dir),
            "--no-readers",
            "--log-level",
            "WARNING",
            *extra,
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=50,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 800
    return image


def _mean_lightness(image: QImage) -> float:
    samples = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 9)
        for y in range(20, image.height(), 9)  # below the menu bar
    ]
    return sum(samples) / len(samples)


@pytest.mark.timeout(60)
def test_dark_theme_from_the_settings_file_is_what_the_screen_shows(tmp_path: Path) -> None:
    image = _shoot("dark", tmp_path / "dark.png", tmp_path / "data")
    assert _mean_lightness(image) < 80, "the window is not dark"
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 20
    )


@pytest.mark.timeout(60)
def test_settings_dialog_on_a_light_window(tmp_path: Path) -> None:
    image = _shoot("settings", tmp_path / "settings.png", tmp_path / "data", "--section", "notifications")
    assert _mean_lightness(image) > 150
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 20
    )
