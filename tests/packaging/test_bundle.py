"""Build the PyInstaller one-folder bundle and run its self-tests (slow: about a minute).

Skip locally with ``-m "not bundle"`` or ``ARTHEXIS_SKIP_BUNDLE=1``; CI runs it.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("ARTHEXIS_SKIP_BUNDLE") == "1", reason="ARTHEXIS_SKIP_BUNDLE=1"),
]


@pytest.mark.timeout(900)
def test_bundle_builds_and_passes_its_self_tests(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "build_installer.py"),
            "--self-test",
            "--no-archive",
            "--dist-dir",
            str(tmp_path / "dist"),
            "--work-dir",
            str(tmp_path / "build"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=880,
        stdin=subprocess.DEVNULL,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "self-test serve --self-test: rc=0" in output
    assert "self-test --self-test: rc=0" in output
    bundle = tmp_path / "dist" / "arthexis-desktop"
    # the ocpp JSON schemas must be inside, or the bundle fails at the first message
    assert list(bundle.rglob("ocpp/v16/schemas/BootNotification.json"))
    # the compiled translations and the migration scripts travel with the app
    assert list(bundle.rglob("translations/arthexis_de.qm"))
    assert list(bundle.rglob("storage/migrations/versions/*.py"))
