"""RFID readers: PC/SC (pyscard) and keyboard-wedge, behind the ``ReaderService`` interface.

- ``PcscReaderService``: every PC/SC reader, on its own thread, scans handed to the event loop.
- ``KeyboardWedgeReader``: the GUI feeds key presses; fast hex bursts ending in Enter are scans.
- ``FakeReaderService``: no hardware, for tests and demos.

Each scan is published as ``core.events.TagScanned``. Importing this package never imports
pyscard; ``PcscReaderService.start`` does, and reports ``NO_DRIVER`` when it is missing.
"""

from arthexis_desktop.integrations.rfid.fake import FakeReaderService
from arthexis_desktop.integrations.rfid.pcsc import PcscReaderService, load_pyscard
from arthexis_desktop.integrations.rfid.service import (
    ReaderInfo,
    ReaderService,
    ReaderState,
    ReaderStatus,
    ServiceState,
    driver_fix,
    service_fix,
)
from arthexis_desktop.integrations.rfid.wedge import KeyboardWedgeReader

__all__ = [
    "FakeReaderService",
    "KeyboardWedgeReader",
    "PcscReaderService",
    "ReaderInfo",
    "ReaderService",
    "ReaderState",
    "ReaderStatus",
    "ServiceState",
    "driver_fix",
    "load_pyscard",
    "service_fix",
]
