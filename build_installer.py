#!/usr/bin/env python3
"""Build the distributable app: translations -> PyInstaller one-folder bundle -> platform artifact.

    python build_installer.py                    # bundle in dist/arthexis-desktop/ + archive
    python build_installer.py --self-test        # ... then run the bundle's own self-tests
    python build_installer.py --translations-only

Linux produces dist/arthexis-desktop-<version>-linux-<arch>.tar.gz. On Windows the same bundle is
built (``--windowed``: no console window); with NSIS' makensis on PATH it is wrapped into
dist/ArthexisDesktopSetup-<version>.exe by packaging/windows/installer.nsi. PyInstaller is not a
cross-compiler: the Windows bundle must be built on Windows.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
NAME = "arthexis-desktop"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from arthexis_desktop import __version__

    return __version__


def compile_translations() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from arthexis_desktop.gui.translations_build import compile_translations as compile_all

    compiled = compile_all(ROOT / "translations")
    print(f"translations: {len(compiled)} catalogue(s) compiled")
    return compiled


def pyinstaller_args(dist: Path = DIST, build: Path = BUILD) -> list[str]:
    sep = os.pathsep
    args = [
        str(ROOT / "packaging" / "entry.py"),
        "--noconfirm",
        "--clean",
        "--name",
        NAME,
        "--distpath",
        str(dist),
        "--workpath",
        str(build / "pyinstaller"),
        "--specpath",
        str(build),
        "--paths",
        str(ROOT),
        # the ocpp library validates against JSON schemas loaded from files next to its modules;
        # without them the bundle fails at the first message (stack-notes §7)
        "--collect-data",
        "ocpp",
        # Alembic loads migration scripts from the file system
        "--add-data",
        f"{ROOT / 'arthexis_desktop' / 'storage' / 'migrations'}{sep}arthexis_desktop/storage/migrations",
        "--add-data",
        f"{ROOT / 'resources'}{sep}resources",
        "--collect-submodules",
        "arthexis_desktop",
        "--hidden-import",
        "sqlalchemy.dialects.sqlite",
        "--exclude-module",
        "tkinter",
        "--exclude-module",
        "pyqtgraph.opengl",
    ]
    qm_files = sorted((ROOT / "translations").glob("*.qm"))
    for qm in qm_files:
        args += ["--add-data", f"{qm}{sep}translations"]
    try:
        import psycopg  # noqa: F401

        args += ["--hidden-import", "psycopg", "--hidden-import", "sqlalchemy.dialects.postgresql.psycopg"]
    except ImportError:
        pass
    if sys.platform == "win32":
        args += ["--windowed"]
        icon = ROOT / "resources" / "icons" / "arthexis.ico"
        if icon.exists():
            args += ["--icon", str(icon)]
    return args


def build_bundle(dist: Path = DIST, build: Path = BUILD) -> Path:
    import PyInstaller.__main__

    started = time.monotonic()
    PyInstaller.__main__.run(pyinstaller_args(dist, build))
    bundle = dist / NAME
    print(f"bundle: {bundle} ({time.monotonic() - started:.1f} s)")
    return bundle


def executable(bundle: Path) -> Path:
    return bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def archive(bundle: Path) -> Path:
    dist = bundle.parent
    if sys.platform == "win32":
        makensis = shutil.which("makensis")
        nsi = ROOT / "packaging" / "windows" / "installer.nsi"
        if makensis and nsi.exists():
            out = dist / f"ArthexisDesktopSetup-{version()}.exe"
            subprocess.run(
                [makensis, f"/DVERSION={version()}", f"/DPAYLOAD={bundle}", f"/DOUTFILE={out}", str(nsi)],
                check=True,
            )
            return out
        out = Path(
            shutil.make_archive(str(DIST / f"{NAME}-{version()}-windows"), "zip", bundle.parent, bundle.name)
        )
        return out
    arch = platform.machine().lower() or "unknown"
    out = dist / f"{NAME}-{version()}-{sys.platform}-{arch}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=NAME)
    return out


def self_test(bundle: Path) -> bool:
    """Run the bundled program's self-tests: headless broker session, then the window offscreen."""
    exe = executable(bundle)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    ok = True
    for args in (["serve", "--self-test"], ["--self-test"]):
        started = time.monotonic()
        result = subprocess.run(
            [str(exe), *args], env=env, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL
        )
        elapsed = time.monotonic() - started
        tail = (result.stdout + result.stderr).strip().splitlines()[-5:]
        print(f"self-test {' '.join(args)}: rc={result.returncode} in {elapsed:.1f} s")
        for line in tail:
            print(f"    {line}")
        ok = ok and result.returncode == 0
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--translations-only", action="store_true", help="only compile translations")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's self-tests after building")
    parser.add_argument("--no-archive", action="store_true", help="skip the archive/installer step")
    parser.add_argument("--dist-dir", type=Path, default=DIST, help="where the bundle goes (default: dist/)")
    parser.add_argument("--work-dir", type=Path, default=BUILD, help="PyInstaller work folder")
    args = parser.parse_args(argv)
    compile_translations()
    if args.translations_only:
        return 0
    bundle = build_bundle(args.dist_dir, args.work_dir)
    if not args.no_archive:
        print(f"artifact: {archive(bundle)}")
    if args.self_test and not self_test(bundle):
        print("self-test FAILED", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
