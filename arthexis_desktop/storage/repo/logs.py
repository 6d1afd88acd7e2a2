"""Raw frames and commands (run on the worker thread)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import NotFoundError
from arthexis_desktop.core.model import CommandRecord, FrameRecord
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.tables import CommandRow, FrameRow


def recent_frames(session: Session, *, charger_id: str | None, limit: int) -> list[FrameRecord]:
    """The newest ``limit`` frames, oldest first (newest last)."""
    query = select(FrameRow).order_by(FrameRow.id.desc()).limit(limit)
    if charger_id is not None:
        query = query.where(FrameRow.charger_id == charger_id)
    rows = list(session.scalars(query))
    rows.reverse()
    return [convert.frame(row) for row in rows]


def record_command(session: Session, command: CommandRecord) -> CommandRecord:
    row = CommandRow(
        charger_id=command.charger_id,
        action=command.action,
        request_json=dict(command.request),
        outcome=command.outcome,
        response_json=dict(command.response) if command.response is not None else None,
        error=command.error,
        requested_at=command.requested_at,
        completed_at=command.completed_at,
    )
    session.add(row)
    session.flush()
    return convert.command(row)


def complete_command(session: Session, command: CommandRecord) -> None:
    row = session.get(CommandRow, command.id) if command.id is not None else None
    if row is None:
        raise NotFoundError(f"command {command.id!r} was never recorded")
    row.outcome = command.outcome
    row.response_json = dict(command.response) if command.response is not None else None
    row.error = command.error
    row.completed_at = command.completed_at


def list_commands(session: Session, *, charger_id: str | None, limit: int) -> list[CommandRecord]:
    """Newest first."""
    query = select(CommandRow).order_by(CommandRow.id.desc()).limit(limit)
    if charger_id is not None:
        query = query.where(CommandRow.charger_id == charger_id)
    return [convert.command(row) for row in session.scalars(query)]
