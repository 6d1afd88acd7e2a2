"""Start with the operating system: the per-user Run key on Windows, an XDG autostart entry on Linux.

Both are per user and need no privileges. Other systems report ``supported() == False``; the
settings dialog then disables the choice. ``command`` is the program and its arguments.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

ENTRY_NAME = "arthexis-desktop"
RUN_VALUE = "Arthexis Desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How this installation starts: the bundle's executable, else ``python -m arthexis_desktop``
    (``pythonw`` on Windows, so no console window opens at log-in)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = Path(sys.executable)
    if sys.platform == "win32":
        windowed = python.with_name("pythonw.exe")
        if windowed.is_file():
            python = windowed
    return [str(python), "-m", "arthexis_desktop"]


def supported(platform: str | None = None) -> bool:
    name = platform or sys.platform
    return name == "win32" or name.startswith("linux")


def is_enabled(platform: str | None = None) -> bool:
    name = platform or sys.platform
    if name == "win32":
        return _windows_command() is not None
    if name.startswith("linux"):
        return desktop_entry_path().is_file()
    return False


def set_enabled(enabled: bool, command: Sequence[str] | None = None, *, platform: str | None = None) -> None:
    """Add or remove the autostart entry. Raises ``OSError`` (with the reason) when it cannot."""
    name = platform or sys.platform
    argv = list(command or launch_command())
    if name == "win32":
        _set_windows(enabled, argv)
    elif name.startswith("linux"):
        _set_xdg(enabled, argv)
    else:
        raise OSError(f"starting with the system is not supported on {name}")


# -- Linux: XDG autostart --------------------------------------------------------------------------


def desktop_entry_path(environ: dict[str, str] | os._Environ[str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{ENTRY_NAME}.desktop"


def _quote_exec_arg(arg: str) -> str:
    """Quoting of the Desktop Entry spec: reserved characters need a quoted argument."""
    if arg and not any(ch in arg for ch in " \t\n\"'\\><~|&;$*?#()`%"):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped.replace("%", "%%")}"'


def desktop_entry(command: Sequence[str]) -> str:
    exec_line = " ".join(_quote_exec_arg(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Arthexis Desktop\n"
        "Comment=OCPP central system and control centre for EV charging\n"
        f"Exec={exec_line}\n"
        "Icon=arthexis-desktop\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _set_xdg(enabled: bool, command: list[str]) -> None:
    path = desktop_entry_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(desktop_entry(command), encoding="utf-8")
    os.replace(tmp, path)


# -- Windows: HKCU Run key ---------------------------------------------------------------------------


def _windows_command() -> str | None:
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
    except OSError:
        return None
    return str(value)


def _set_windows(enabled: bool, command: list[str]) -> None:
    if sys.platform != "win32":
        raise OSError("the Windows registry is only available on Windows")
    import subprocess
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if enabled:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, subprocess.list2cmdline(command))
        else:
            try:
                winreg.DeleteValue(key, RUN_VALUE)
            except FileNotFoundError:
                pass
