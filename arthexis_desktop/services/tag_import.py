"""Planning a register import: each parsed row checked against the register and the rest of the
file; the result is a report and a ``RegisterImport`` storage applies in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from arthexis_desktop.core.model import Account, Tag, TagColour
from arthexis_desktop.core.policies import LABEL_STEP
from arthexis_desktop.core.rfid import reversed_uid
from arthexis_desktop.storage import RegisterImport

# Tag fields an import row can give, and how a report names them.
FIELD_NAMES = {
    "label_number": "label",
    "label": "name",
    "account_id": "account",
    "allowed": "allowed",
    "released": "released",
    "expires_at": "expires_at",
    "colour": "colour",
    "notes": "notes",
}


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """A readable data row: ``given`` holds Tag fields; ``account`` is ``None`` when the file has
    no account column, ``""`` for "no account"."""

    line: int
    uid: str
    given: dict[str, Any]
    account: str | None = None


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    uid: str
    reason: str


@dataclass(frozen=True, slots=True)
class RowChange:
    line: int
    uid: str
    tag: Tag  # the entry as it is (unchanged) or will be (created, updated)
    fields: tuple[str, ...] = ()  # what an update changes (column names)


@dataclass(frozen=True, slots=True)
class ImportReport:
    dry_run: bool
    applied: bool  # something was written
    created: tuple[RowChange, ...] = ()
    updated: tuple[RowChange, ...] = ()
    unchanged: tuple[RowChange, ...] = ()
    conflicts: tuple[RowProblem, ...] = ()  # registered with other values; not applied
    errors: tuple[RowProblem, ...] = ()  # bad rows; not applied
    new_accounts: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        """No bad row and no conflict."""
        return not self.errors and not self.conflicts


def _shown(name: str, value: Any, accounts: dict[int, str]) -> str:
    if value is None or value == "":
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, TagColour):
        return value.value
    if name == "account_id":
        return repr(accounts.get(value, str(value)))
    return repr(value) if isinstance(value, str) else str(value)


@dataclass
class ImportPlanner:
    register: list[Tag]
    accounts: list[Account]
    next_label: int
    update_existing: bool = False
    create_accounts: bool = False
    assign_labels: bool = True
    _created: list[RowChange] = field(default_factory=list)
    _updated: list[tuple[RowChange, Tag]] = field(default_factory=list)
    _unchanged: list[RowChange] = field(default_factory=list)
    _conflicts: list[RowProblem] = field(default_factory=list)
    _errors: list[RowProblem] = field(default_factory=list)
    _new_accounts: dict[str, str] = field(default_factory=dict)  # lower-cased -> as written
    _account_names: dict[str, str] = field(default_factory=dict)  # uid -> new account's name
    _lines: dict[str, tuple[str, int]] = field(default_factory=dict)  # uid -> (as written, line)
    _labels: dict[int, str] = field(default_factory=dict)  # label -> uid, register and file
    _label_lines: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_uid = {tag.uid: tag for tag in self.register}
        self._by_name = {account.name.lower(): account for account in self.accounts}
        self._account_label = {a.id: a.name for a in self.accounts if a.id is not None}
        for tag in self.register:
            if tag.label_number is not None:
                self._labels[tag.label_number] = tag.uid

    def reject(self, line: int, uid: str, reason: str) -> None:
        self._errors.append(RowProblem(line, uid, reason))

    def add(self, row: ParsedRow) -> None:
        existing = self._by_uid.get(row.uid) or self._by_uid.get(reversed_uid(row.uid))
        uid = existing.uid if existing is not None else row.uid
        earlier = self._lines.get(uid) or self._lines.get(reversed_uid(uid))
        if earlier is not None:
            first, first_line = earlier
            same = "on" if first == row.uid else f"the byte-reversed form of {first} on"
            self.reject(row.line, row.uid, f"uid {row.uid} is {same} line {first_line} already")
            return
        given = dict(row.given)
        new_account = None
        if row.account is not None:
            if not row.account:
                given["account_id"] = None
            elif row.account.lower() in self._by_name:
                given["account_id"] = self._by_name[row.account.lower()].id
            elif self.create_accounts:
                new_account = self._new_accounts.setdefault(
                    row.account.lower(), " ".join(row.account.split())
                )
                given["account_id"] = None
            else:
                self.reject(row.line, row.uid, f"account {row.account!r} does not exist")
                return
        label = given.get("label_number")
        if label is not None:
            holder = self._labels.get(label)
            if holder is not None and holder != uid:
                other_line = self._label_lines.get(label)
                where = f"line {other_line}" if other_line is not None else f"tag {holder}"
                self.reject(row.line, row.uid, f"label {label} is already on {where}")
                return
        elif "label_number" in given and existing is not None:
            del given["label_number"]  # a blank label never removes a printed number
        self._lines[uid] = (row.uid, row.line)
        if existing is None:
            self._create(row.line, uid, given, new_account)
        else:
            self._compare(row.line, existing, given, new_account)

    def _claim(self, label: int | None, uid: str, line: int) -> None:
        if label is not None:
            self._labels[label] = uid
            self._label_lines[label] = line

    def _create(self, line: int, uid: str, given: dict[str, Any], new_account: str | None) -> None:
        tag = replace(Tag(uid=uid), **given)
        if tag.label_number is None and self.assign_labels:
            number = self.next_label
            while number in self._labels:
                number += LABEL_STEP
            self.next_label = number + LABEL_STEP
            tag = replace(tag, label_number=number)
        self._claim(tag.label_number, uid, line)
        if new_account is not None:
            self._account_names[uid] = new_account
        self._created.append(RowChange(line, uid, tag, tuple(FIELD_NAMES[f] for f in given)))

    def _compare(self, line: int, existing: Tag, given: dict[str, Any], new_account: str | None) -> None:
        after = replace(existing, **given)
        changed = [name for name in given if getattr(after, name) != getattr(existing, name)]
        if new_account is not None:
            changed.append("account_id")
        if not changed:
            self._unchanged.append(RowChange(line, existing.uid, existing))
            return
        if not self.update_existing:
            differences = "; ".join(
                f"{FIELD_NAMES[name]} {_shown(name, getattr(existing, name), self._account_label)} -> "
                + (
                    repr(new_account)
                    if name == "account_id" and new_account is not None
                    else _shown(name, getattr(after, name), self._account_label)
                )
                for name in changed
            )
            self._conflicts.append(
                RowProblem(line, existing.uid, f"registered with other values: {differences}")
            )
            return
        self._claim(after.label_number, existing.uid, line)
        if new_account is not None:
            self._account_names[existing.uid] = new_account
        fields = tuple(FIELD_NAMES[name] for name in changed)
        self._updated.append((RowChange(line, existing.uid, after, fields), existing))

    def plan(self) -> RegisterImport:
        used = set(self._account_names.values())
        return RegisterImport(
            creates=tuple(change.tag for change in self._created),
            updates=tuple((before, change.tag) for change, before in self._updated),
            new_accounts=tuple(name for name in self._new_accounts.values() if name in used),
            account_names=tuple(sorted(self._account_names.items())),
        )

    def report(self, *, dry_run: bool, applied: bool, warnings: tuple[str, ...] = ()) -> ImportReport:
        return ImportReport(
            dry_run=dry_run,
            applied=applied,
            created=tuple(self._created),
            updated=tuple(change for change, _ in self._updated),
            unchanged=tuple(self._unchanged),
            conflicts=tuple(self._conflicts),
            errors=tuple(sorted(self._errors, key=lambda p: p.line)),
            new_accounts=self.plan().new_accounts,
            warnings=warnings,
        )
