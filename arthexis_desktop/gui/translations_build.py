"""Translation catalogues: compile ``.ts`` to ``.qm`` (lrelease) and refresh them (lupdate).

Standard library only, so the build script can import it without Qt::

    from arthexis_desktop.gui.translations_build import compile_translations
    compile_translations(Path("build/translations"))

Command line (for developers)::

    python -m arthexis_desktop.gui.translations_build --update    # re-extract strings into the .ts
    python -m arthexis_desktop.gui.translations_build --compile   # .ts -> .qm next to them
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from arthexis_desktop.gui.paths import gui_source_dir, source_translations_dir

CATALOGUE_PREFIX = "arthexis_"
LANGUAGES = ("es", "de", "it")
# English is the source language; its catalogue only holds the plural forms ("1 charger" /
# "2 chargers" from "%n charger(s)"), which Qt cannot derive from the source text.
PLURAL_ONLY = ("en",)


class TranslationToolError(RuntimeError):
    """lupdate/lrelease is missing or failed."""


def find_tool(name: str) -> str:
    """``pyside6-<name>`` next to the running interpreter, on PATH, or Qt's plain ``<name>``."""
    exe_dir = Path(sys.executable).parent
    for candidate in (f"pyside6-{name}", name):
        for suffix in ("", ".exe"):
            local = exe_dir / f"{candidate}{suffix}"
            if local.is_file() and os.access(local, os.X_OK):
                return str(local)
        found = shutil.which(candidate)
        if found:
            return found
    raise TranslationToolError(f"{name} not found (install PySide6, which ships pyside6-{name})")


def catalogues(ts_dir: Path | None = None) -> list[Path]:
    folder = ts_dir or source_translations_dir()
    return sorted(folder.glob(f"{CATALOGUE_PREFIX}*.ts"))


def compile_translations(out_dir: Path, ts_dir: Path | None = None) -> list[Path]:
    """Compile every ``arthexis_<lang>.ts`` into ``out_dir/arthexis_<lang>.qm``; returns the .qm paths."""
    tool = find_tool("lrelease")
    out_dir.mkdir(parents=True, exist_ok=True)
    produced: list[Path] = []
    for ts in catalogues(ts_dir):
        qm = out_dir / (ts.stem + ".qm")
        result = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or not qm.is_file():
            raise TranslationToolError(f"lrelease failed for {ts.name}: {result.stderr.strip()}")
        produced.append(qm)
    return produced


def gui_sources() -> list[Path]:
    return sorted(p for p in gui_source_dir().rglob("*.py") if "__pycache__" not in p.parts)


def update_catalogues(
    ts_dir: Path | None = None,
    languages: tuple[str, ...] = PLURAL_ONLY + LANGUAGES,
    *,
    sources: list[Path] | None = None,
) -> list[Path]:
    """Run lupdate over the gui sources into ``arthexis_<lang>.ts`` (new strings come out unfinished)."""
    tool = find_tool("lupdate")
    folder = ts_dir or source_translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / f"{CATALOGUE_PREFIX}{lang}.ts" for lang in languages]
    files = [str(p) for p in (sources or gui_sources())]
    for ts in targets:
        lang = ts.stem.removeprefix(CATALOGUE_PREFIX)
        cmd = [tool, *files, "-no-obsolete", "-locations", "none", "-target-language", lang, "-ts", str(ts)]
        if lang in PLURAL_ONLY:
            cmd.insert(-2, "-pluralonly")
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise TranslationToolError(f"lupdate failed for {ts.name}: {result.stderr.strip()}")
    return targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true", help="re-extract strings into the .ts files")
    parser.add_argument("--compile", action="store_true", help="compile .ts into .qm")
    parser.add_argument("--out", type=Path, default=None, help="folder for .qm (default: translations/)")
    ns = parser.parse_args(argv)
    if ns.update:
        for ts in update_catalogues():
            print(f"updated {ts}")
    if ns.compile or not ns.update:
        for qm in compile_translations(ns.out or source_translations_dir()):
            print(f"compiled {qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
