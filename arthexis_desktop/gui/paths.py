"""Where the repository-level folders (``translations/``, ``resources/``) are at run time.

A source checkout keeps them next to the package (``<repo>/translations``); a PyInstaller bundle
unpacks them under ``sys._MEIPASS``. Standard library only: the build script imports this too.
"""

from __future__ import annotations

import sys
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parents[2]


def base_dirs() -> list[Path]:
    """Candidate roots, most specific first."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots.append(_REPO_ROOT)
    return roots


def find_dir(name: str) -> Path | None:
    """The first existing ``<root>/<name>`` folder, or None."""
    for root in base_dirs():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    return None


def source_translations_dir() -> Path:
    """The ``translations/`` folder of the source checkout (where the .ts catalogues live)."""
    return _REPO_ROOT / "translations"


def gui_source_dir() -> Path:
    """The folder whose Python sources lupdate scans."""
    return Path(__file__).resolve().parent
