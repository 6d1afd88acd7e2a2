"""Suite-wide set-up: offscreen Qt by default, shared fixtures as plugins."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.db",
    "tests.fixtures.broker",
    "tests.fixtures.pcsc",
]
