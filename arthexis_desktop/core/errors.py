"""The one error hierarchy of the application.

Every layer raises these (or subclasses) for conditions a user or operator can act on; the GUI
and CLI map them to clear messages. Programming errors stay ordinary Python exceptions.
"""

from __future__ import annotations


class ArthexisError(Exception):
    """Base of every expected, user-explainable failure."""


class ConfigurationError(ArthexisError):
    """A setting or command-line option has a value that cannot be used."""


class StorageError(ArthexisError):
    """The database could not be opened, migrated, read or written."""


class ChargerNotConnectedError(ArthexisError):
    """A command was addressed to a charger that has no open connection."""

    def __init__(self, charger_id: str) -> None:
        super().__init__(f"charger {charger_id!r} is not connected")
        self.charger_id = charger_id


class ChargerNotReadyError(ArthexisError):
    """A command was addressed to a charger that has not been accepted by BootNotification yet."""

    def __init__(self, charger_id: str) -> None:
        super().__init__(f"charger {charger_id!r} has not completed BootNotification")
        self.charger_id = charger_id


class CallTimeoutError(ArthexisError):
    """A charger did not answer a CSMS-initiated call in time."""

    def __init__(self, charger_id: str, action: str, timeout_s: float) -> None:
        super().__init__(f"{action} to {charger_id!r} got no reply within {timeout_s:g} s")
        self.charger_id = charger_id
        self.action = action
        self.timeout_s = timeout_s


class CallRejectedError(ArthexisError):
    """A charger answered a CSMS-initiated call with a CALLERROR."""

    def __init__(self, charger_id: str, action: str, code: str, description: str) -> None:
        super().__init__(f"{action} to {charger_id!r} failed: {code} {description}".rstrip())
        self.charger_id = charger_id
        self.action = action
        self.code = code
        self.description = description


class InvalidCommandError(ArthexisError):
    """The operator's command cannot be sent as given (bad connector, missing key, ...)."""


class NotFoundError(ArthexisError):
    """A charger, transaction or tag that was asked for does not exist."""
