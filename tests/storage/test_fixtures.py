"""The PostgreSQL runs fail loudly when PostgreSQL is missing, unless skipped on purpose."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(120)


def _run_probe(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    probe = tmp_path / "test_probe.py"
    probe.write_text("def test_probe(db_url):\n    assert db_url\n")
    inherited = {k: v for k, v in os.environ.items() if k != "ARTHEXIS_SKIP_POSTGRES"}
    environment = {**inherited, "PYTHONPATH": str(REPO), **env}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "tests.fixtures.db", "-p", "no:cacheprovider"]
    command += ["--rootdir", str(tmp_path), "-o", "addopts=", str(probe)]
    return subprocess.run(command, cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=100)


def test_missing_postgres_fails_and_points_to_the_readme(tmp_path: Path) -> None:
    result = _run_probe(tmp_path, ARTHEXIS_PG_BINDIR=str(tmp_path / "no-postgres-here"))
    assert result.returncode != 0, result.stdout
    assert "1 passed" in result.stdout and "1 error" in result.stdout
    assert "README" in result.stdout


def test_missing_postgres_can_be_skipped_on_purpose(tmp_path: Path) -> None:
    result = _run_probe(
        tmp_path, ARTHEXIS_PG_BINDIR=str(tmp_path / "no-postgres-here"), ARTHEXIS_SKIP_POSTGRES="1"
    )
    assert result.returncode == 0, result.stdout
    assert "1 passed, 1 skipped" in result.stdout
