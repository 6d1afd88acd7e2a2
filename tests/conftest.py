"""Suite-wide set-up: offscreen Qt by default, shared fixtures as plugins."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ARTHEXIS_TOASTS", "log")  # no real toasts on a developer's desktop

pytest_plugins = [
    "tests.fixtures.db",
    "tests.fixtures.broker",
    "tests.fixtures.pcsc",
]
