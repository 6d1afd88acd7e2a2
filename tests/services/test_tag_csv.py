"""CSV import/export of the register and export of transactions, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.core.events import EventBus, TagRegisterChanged
from arthexis_desktop.core.model import Tag, TagColour
from arthexis_desktop.services.tag_csv import REGISTER_COLUMNS, TRANSACTION_COLUMNS, RegisterCsv
from arthexis_desktop.storage import RegisterChangedError, RegisterImport, Storage
from tests.fixtures.broker import EventLog
from tests.storage.helpers import at, start

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(30)]

HEADER = ",".join(REGISTER_COLUMNS)


@pytest.fixture
def bus() -> EventBus:
    return EventBus()


@pytest.fixture
def register_csv(storage: Storage, bus: EventBus) -> RegisterCsv:
    return RegisterCsv(storage, bus)


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


async def seed(storage: Storage) -> None:
    fleet = await storage.create_account("Fleet")
    await storage.create_tag(
        Tag(
            uid="04A1B2C3",
            label='Alice, "A"',
            account_id=fleet.id,
            released=True,
            expires_at=datetime(2030, 1, 1, 12, 30, 0, 250000, tzinfo=UTC),
            colour=TagColour.BLUE,
            notes="line one\nline two",
        )
    )
    await storage.create_tag(Tag(uid="DEADBEEF", allowed=False), auto_label=False)


async def test_export_writes_the_documented_columns(register_csv: RegisterCsv, storage: Storage) -> None:
    await seed(storage)
    text = await register_csv.export_register()
    assert text.splitlines()[0] == HEADER
    alice, blocked = rows_of(text)
    assert alice == {
        "uid": "04A1B2C3",
        "label": "10",
        "name": 'Alice, "A"',
        "account": "Fleet",
        "allowed": "true",
        "released": "true",
        "expires_at": "2030-01-01T12:30:00.250000Z",
        "colour": "blue",
        "notes": "line one\nline two",
    }
    assert (blocked["uid"], blocked["label"], blocked["account"], blocked["allowed"]) == (
        "DEADBEEF",
        "",
        "",
        "false",
    )


async def test_a_reimported_export_changes_nothing(
    register_csv: RegisterCsv, storage: Storage, bus: EventBus
) -> None:
    await seed(storage)
    before = await storage.list_tags()
    events = EventLog(bus)
    report = await register_csv.import_register(await register_csv.export_register())
    assert report.clean and not report.applied
    assert [c.uid for c in report.unchanged] == ["04A1B2C3", "DEADBEEF"]
    assert (report.created, report.updated) == ((), ())
    assert await storage.list_tags() == before
    assert events.of(TagRegisterChanged) == []


async def test_good_rows_are_imported(register_csv: RegisterCsv, storage: Storage, bus: EventBus) -> None:
    await storage.create_account("Fleet")
    await storage.create_tag(Tag(uid="FFFF0001", label_number=40))
    events = EventLog(bus)
    text = (
        "\ufeffUID;Label;Name;Account;Allowed;Released;Expires_At;Colour;Notes;Extra\r\n"
        "04:a1:b2:c3;;Alice;fleet;yes;1;2030-06-30;U;first;x\r\n"
        "11223344;70;Bob;;no;false;2030-01-01T10:00:00+02:00;Green;;\r\n"
        ";;;;;;;;;\r\n"  # a blank row is skipped
        "55667788;;;;;;;;;\r\n"
    )
    report = await register_csv.import_register(text)
    assert report.clean and report.applied
    assert report.warnings == ("column 'extra' is not known and was ignored",)
    assert [(c.line, c.uid, c.tag.label_number) for c in report.created] == [
        (2, "04A1B2C3", 50),  # next multiple of 10 above the highest (40)
        (3, "11223344", 70),
        (5, "55667788", 60),  # 70 is taken by line 3
    ]
    alice = await storage.tag("04A1B2C3")
    fleet = (await storage.list_accounts())[0]
    assert alice is not None
    assert (alice.label, alice.account_id, alice.allowed, alice.released, alice.colour, alice.notes) == (
        "Alice",
        fleet.id,
        True,
        True,
        TagColour.BLUE,
        "first",
    )
    assert alice.expires_at == datetime(2030, 7, 1, tzinfo=UTC)  # valid through June 30th
    bob = await storage.tag("11223344")
    assert bob is not None and (bob.allowed, bob.expires_at) == (False, datetime(2030, 1, 1, 8, tzinfo=UTC))
    plain = await storage.tag("55667788")
    assert plain is not None and (plain.allowed, plain.released, plain.colour) == (
        True,
        False,
        TagColour.BLACK,
    )
    assert [e.uids for e in events.of(TagRegisterChanged)] == [("04A1B2C3", "11223344", "55667788")]


async def test_bad_rows_are_reported_with_line_and_reason(
    register_csv: RegisterCsv, storage: Storage
) -> None:
    await storage.create_account("Fleet")
    await storage.create_tag(Tag(uid="FFFF0001", label_number=40))
    text = "\n".join(
        [
            HEADER,
            "AA000001,,Good,,,,,,",  # line 2
            ",,No uid,,,,,,",  # 3
            "AA000003,,,,maybe,,,,",  # 4
            "AA000004,,,,,,31/12/2030,,",  # 5
            "AA000005,,,,,,,purple,",  # 6
            "AA000006,abc,,,,,,,",  # 7
            "AA000007,,,Nobody,,,,,",  # 8
            "010000AA,,,,,,,,",  # 9: the byte-reversed form of line 2
            "AA000009,40,,,,,,,",  # 10: label of a registered tag
            'AA000010,90,,,,,,,"multi',  # 11-12: a quoted note over two lines
            'line"',
            "AA000011,90,,,,,,,",  # 13: label already used on line 11
            "AA000012,," + "x" * 65 + ",,,,,,",  # 14
            "AA000013,,,fleet,,,,,",  # 15: good
        ]
    )
    report = await register_csv.import_register(text)
    assert [(p.line, p.reason) for p in report.errors] == [
        (3, "a tag needs a uid"),
        (4, "'maybe' is not true or false"),
        (5, "'31/12/2030' is not an ISO-8601 date or date-time"),
        (6, "'purple' is not a colour (black, white, blue, red, green)"),
        (7, "label 'abc' is not a whole number of 1 or more"),
        (8, "account 'Nobody' does not exist"),
        (9, "uid 010000AA is the byte-reversed form of AA000001 on line 2 already"),
        (10, "label 40 is already on tag FFFF0001"),
        (13, "label 90 is already on line 11"),
        (14, "name is longer than 64 characters"),
    ]
    assert [(c.line, c.uid) for c in report.created] == [(2, "AA000001"), (11, "AA000010"), (15, "AA000013")]
    assert report.applied
    assert {t.uid for t in await storage.list_tags()} == {"FFFF0001", "AA000001", "AA000010", "AA000013"}
    note = await storage.tag("AA000010")
    assert note is not None and note.notes == "multi\nline"


async def test_conflicts_are_reported_and_left_alone(register_csv: RegisterCsv, storage: Storage) -> None:
    await seed(storage)
    before = await storage.list_tags()
    changed = "04A1B2C3,,Alice B.,Fleet,true,false,2030-01-01T12:30:00.25Z,blue,changed"
    text = f"{HEADER}\n{changed}\nC3B2A104,,,,,,,,\n"
    report = await register_csv.import_register(text)
    (conflict,) = report.conflicts
    assert conflict.line == 2 and conflict.uid == "04A1B2C3"
    assert conflict.reason == (
        "registered with other values: name 'Alice, \"A\"' -> 'Alice B.'; released true -> false; "
        "notes 'line one\\nline two' -> 'changed'"
    )
    assert [p.reason for p in report.errors] == [
        "uid C3B2A104 is the byte-reversed form of 04A1B2C3 on line 2 already"
    ]
    assert not report.applied and await storage.list_tags() == before


async def test_update_existing_applies_the_differences(register_csv: RegisterCsv, storage: Storage) -> None:
    await seed(storage)
    text = "uid,name,released,label\nc3b2a104,Alice B.,false,\n"  # reversed uid; blank label keeps 10
    report = await register_csv.import_register(text, update_existing=True)
    assert report.clean and report.applied
    (change,) = report.updated
    assert (change.uid, change.fields) == ("04A1B2C3", ("name", "released"))
    alice = await storage.tag("04A1B2C3")
    assert alice is not None
    assert (alice.label, alice.released, alice.label_number, alice.colour) == (
        "Alice B.",
        False,
        10,
        TagColour.BLUE,
    )


async def test_dry_run_reports_everything_and_writes_nothing(
    register_csv: RegisterCsv, storage: Storage
) -> None:
    await seed(storage)
    before = await storage.list_tags()
    text = "uid,name,account,allowed\nNEW00001,New,Team B,\n04A1B2C3,Changed,,true\nBAD,,,perhaps\n"
    report = await register_csv.import_register(
        text, dry_run=True, update_existing=True, create_accounts=True
    )
    assert report.dry_run and not report.applied
    assert [(c.uid, c.tag.label_number) for c in report.created] == [("NEW00001", 20)]
    assert [(c.uid, c.fields) for c in report.updated] == [("04A1B2C3", ("name", "account"))]
    assert report.new_accounts == ("Team B",)
    assert [p.line for p in report.errors] == [4]
    assert await storage.list_tags() == before
    assert [a.name for a in await storage.list_accounts()] == ["Fleet"]
    # the same import for real does what the dry run said
    real = await register_csv.import_register(text, update_existing=True, create_accounts=True)
    assert (real.created, real.updated, real.new_accounts) == (
        report.created,
        report.updated,
        report.new_accounts,
    )
    team = next(a for a in await storage.list_accounts() if a.name == "Team B")
    new = await storage.tag("NEW00001")
    assert new is not None and (new.label_number, new.account_id) == (20, team.id)


async def test_whole_file_errors(register_csv: RegisterCsv) -> None:
    for text, message in [
        ("", "the file is empty"),
        ("name,label\nAlice,10\n", "no 'uid' column"),
        ('uid,name\nAA,"unterminated\n', "line 2"),
    ]:
        with pytest.raises(InvalidCommandError, match=message):
            await register_csv.import_register(text)


async def test_original_suite_headers_are_read(register_csv: RegisterCsv, storage: Storage) -> None:
    text = "rfid,custom_label,allowed,color,released,label_id\nABCD1234,Ana,True,G,False,30\n"
    report = await register_csv.import_register(text)
    assert report.clean
    tag = await storage.tag("ABCD1234")
    assert tag is not None and (tag.label, tag.colour, tag.label_number) == ("Ana", TagColour.GREEN, 30)


async def test_a_register_changed_meanwhile_refuses_the_whole_import(storage: Storage) -> None:
    await storage.create_tag(Tag(uid="AA01", label="old"))
    stale = replace((await storage.list_tags())[0], label="older")
    plan = RegisterImport(creates=(Tag(uid="BB02"),), updates=((stale, replace(stale, label="new")),))
    with pytest.raises(RegisterChangedError, match="changed while the import"):
        await storage.apply_tag_import(plan)
    assert [(t.uid, t.label) for t in await storage.list_tags()] == [("AA01", "old")]


async def test_files(register_csv: RegisterCsv, storage: Storage, tmp_path: Path) -> None:
    await seed(storage)
    path = tmp_path / "register.csv"
    assert await register_csv.export_register_file(path) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for spreadsheets
    report = await register_csv.import_register_file(path)
    assert report.clean and len(report.unchanged) == 2
    with pytest.raises(InvalidCommandError, match="cannot read"):
        await register_csv.import_register_file(tmp_path / "missing.csv")


async def test_transaction_export_with_filters(register_csv: RegisterCsv, storage: Storage) -> None:
    fleet = await storage.create_account("Fleet")
    await storage.create_tag(Tag(uid="04A1B2C3", label="Alice", account_id=fleet.id))
    first = await start(storage, id_tag="c3b2a104", seconds=0)
    await storage.stop_transaction(
        charger_id="CP1",
        transaction_id=first.id,
        meter_stop_wh=2500.5,
        stop_time=at(600),
        stop_reason="Local",
        id_tag=None,
    )
    await start(storage, "CP2", id_tag="STRANGER", seconds=100)
    await start(storage, connector_id=2, id_tag="04A1B2C3", seconds=200)
    everything = rows_of(await register_csv.export_transactions())
    assert list(everything[0]) == list(TRANSACTION_COLUMNS)
    assert [r["id_tag"] for r in everything] == ["c3b2a104", "STRANGER", "04A1B2C3"]  # oldest first
    row = everything[0]
    assert {
        k: row[k] for k in ("tag_uid", "tag_label", "tag_name", "account", "start_time", "stop_time")
    } == {
        "tag_uid": "04A1B2C3",
        "tag_label": "10",
        "tag_name": "Alice",
        "account": "Fleet",
        "start_time": "2025-03-01T12:00:00Z",
        "stop_time": "2025-03-01T12:10:00Z",
    }
    assert (row["meter_start_wh"], row["meter_stop_wh"], row["energy_wh"], row["orphan"]) == (
        "1000",
        "2500.5",
        "1500.5",
        "false",
    )
    by_tag = rows_of(await register_csv.export_transactions(tag="C3 B2 A1 04"))
    assert [r["id_tag"] for r in by_tag] == ["c3b2a104", "04A1B2C3"]
    by_charger = rows_of(await register_csv.export_transactions(charger_id="CP2"))
    assert [r["id_tag"] for r in by_charger] == ["STRANGER"]
    in_range = rows_of(await register_csv.export_transactions(since=at(50), until=at(150)))
    assert [r["id_tag"] for r in in_range] == ["STRANGER"]
    assert rows_of(await register_csv.export_transactions(tag="NOBODY")) == []
