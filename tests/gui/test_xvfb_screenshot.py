"""The real app on a real X server (run under xvfb-run): ``--demo`` shows live data, and the screen
grab is a real picture, not a blank or black frame."""

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


@pytest.mark.timeout(60)
def test_demo_window_screenshot_is_not_blank(tmp_path: Path) -> None:
    shot = tmp_path / "main_demo.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the real xcb window
    env["ARTHEXIS_LANG"] = "en"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.gui.xvfb_app",
            str(shot),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--data-dir",
            str(tmp_path / "data"),
            "--log-level",
            "WARNING",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=50,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 30, "the screenshot is (nearly) one colour"
    dark = sum(
        1
        for x in range(0, image.width(), 10)
        for y in range(0, image.height(), 10)
        if sum(image.pixelColor(x, y).getRgb()[:3]) < 60
    )
    total = len(range(0, image.width(), 10)) * len(range(0, image.height(), 10))
    assert dark < total * 0.5, "the screenshot is mostly black: the window did not render"
