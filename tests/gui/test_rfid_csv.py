"""Data in and out of the "RFID cards" panel: a CSV import checked first (bad rows with their line
numbers, nothing written), then only the good rows imported; the register and transactions
exported to CSV; a card label and a handover form written as PDF."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from arthexis_desktop.core.model import Tag
from arthexis_desktop.gui.panels.rfid import csv_import as ci
from arthexis_desktop.gui.panels.rfid import label_print as lp
from tests.gui.conftest import wait_until
from tests.gui.rfid_helpers import english, present, show_tab

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]

IMPORT = """uid,label,name,account,allowed,released,expires_at,colour,notes
04A1B2C3,,Van 1,ACME,true,true,,blue,
TOO-LONG-UID-0123456789,,Bad,,true,,,,
04A1B2C4,,Van 2,,maybe,,,,
AA000001,10,Renamed,,,,,,
04A1B2C5,,Van 3,Nobody Ltd,,,,,

04A1B2C6,,Van 4,,false,,2027-01-31,G,spare
"""


async def test_import_dry_run_reports_bad_rows_then_imports_only_the_good_ones(
    desktop, tmp_path: Path
) -> None:
    storage = desktop.runtime.storage
    await desktop.runtime.register.tags.create_account("ACME")
    await storage.create_tag(Tag(uid="AA000001", label="Van 0", label_number=10))
    path = tmp_path / "cards.csv"
    path.write_text(IMPORT, encoding="utf-8")
    panel = await show_tab(desktop, desktop.window.panels["rfid"].register_tab)

    dialog = panel.open_import(path)
    await wait_until(lambda: dialog.report is not None, what="the dry run")
    assert dialog.report.dry_run and not dialog.report.applied
    assert english(dialog.summary.text()) == (
        "Dry run of cards.csv: 2 new, 0 updated, 0 unchanged, 1 conflict, 3 errors. "
        "Nothing has been written yet."
    )
    assert dialog.rows(ci.ERRORS) == [
        ("3", "TOO-LONG-UID-0123456789", "a tag uid has at most 20 characters (OCPP idTag)"),
        ("4", "04A1B2C4", "'maybe' is not true or false"),
        ("6", "04A1B2C5", "account 'Nobody Ltd' does not exist"),
    ]
    [(line, uid, reason)] = dialog.rows(ci.CONFLICTS)
    assert (line, uid) == ("5", "AA000001") and reason.startswith(
        "registered with other values: name 'Van 0'"
    )
    assert dialog.rows(ci.CREATED) == [
        ("2", "04A1B2C3", "No. 20 to create"),
        ("8", "04A1B2C6", "No. 30 to create"),
    ]
    assert english(dialog.import_button.text()) == "Import 2 good rows" and dialog.import_button.isEnabled()
    assert [t.uid for t in await storage.list_tags()] == ["AA000001"]  # nothing written

    # "Update existing" checks again: the conflict becomes an update.
    dialog.update_check.setChecked(True)
    await wait_until(lambda: dialog.rows(ci.UPDATED), what="the dry run with updates")
    assert dialog.rows(ci.UPDATED) == [("5", "AA000001", "No. 10 to update: name")]
    assert english(dialog.import_button.text()) == "Import 3 good rows"
    dialog.update_check.setChecked(False)
    await wait_until(
        lambda: not dialog.rows(ci.UPDATED) and dialog.rows(ci.CONFLICTS), what="back to conflict"
    )

    dialog.import_button.click()
    await wait_until(lambda: dialog.imported is not None, what="the import")
    assert english(dialog.summary.text()).startswith(
        "Imported cards.csv: 2 new, 0 updated, 0 unchanged, 1 conflict, 3 errors."
    )
    assert dialog.import_button.isHidden()
    tags = {t.uid: t for t in await storage.list_tags()}
    assert sorted(tags) == ["04A1B2C3", "04A1B2C6", "AA000001"]
    assert tags["AA000001"].label == "Van 0"  # the conflict left the stored card alone
    assert (tags["04A1B2C6"].allowed, tags["04A1B2C6"].colour.value, tags["04A1B2C6"].notes) == (
        False,
        "green",
        "spare",
    )
    acme = next(a for a in await desktop.runtime.register.tags.accounts() if a.name == "ACME")
    assert tags["04A1B2C3"].account_id == acme.id and tags["04A1B2C3"].released

    dialog.close_button.click()
    await wait_until(lambda: panel.register_tab.model.rowCount() == 3, what="the register shows the import")


async def test_a_file_that_cannot_be_read_is_refused_as_a_whole(desktop, tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("name,colour\nVan,blue\n", encoding="utf-8")
    panel = await show_tab(desktop, desktop.window.panels["rfid"].register_tab)
    dialog = panel.open_import(path)
    await wait_until(lambda: "uid" in dialog.summary.text(), what="the refusal")
    assert dialog.summary.text() == "The command cannot be sent: the header row has no 'uid' column"
    assert not dialog.import_button.isEnabled() and dialog.report is None
    dialog.reject()


async def test_register_and_transactions_are_exported(desktop, connect_raw, tmp_path: Path) -> None:
    storage = desktop.runtime.storage
    await storage.create_tag(Tag(uid="AA000001", label="Van 1", label_number=10, released=True))
    client = await connect_raw(desktop.runtime.local_url("CP-X"))
    assert (await client.boot())[2]["status"] == "Accepted"
    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    start = await client.call(
        "StartTransaction", {"connectorId": 1, "idTag": "AA000001", "meterStart": 1000, "timestamp": now}
    )
    tx_id = start[2]["transactionId"]
    await client.call("StopTransaction", {"transactionId": tx_id, "meterStop": 8500, "timestamp": now})
    panel = await show_tab(desktop, desktop.window.panels["rfid"].register_tab)

    register_csv = tmp_path / "register.csv"
    await panel.export_register_to(register_csv)
    assert english(panel.status.text()) == f"1 card written to {register_csv}."
    rows = list(csv.DictReader(register_csv.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["uid"], r["label"], r["name"], r["released"]) for r in rows] == [
        ("AA000001", "10", "Van 1", "true")
    ]

    await panel.open_transactions_export()
    dialog = panel.export_dialog
    assert dialog is not None and [dialog.charger.itemText(i) for i in range(dialog.charger.count())] == [
        "All chargers",
        "CP-X",
    ]
    dialog.charger.setCurrentIndex(1)
    dialog.from_box.setChecked(True)
    dialog.to_box.setChecked(True)
    dialog.tag.setText("aa000001")
    out = tmp_path / "tx.csv"
    await dialog.export_to(out)
    assert english(dialog.state_label.text()) == f"1 transaction written to {out}"
    [tx] = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert (tx["charger_id"], tx["tag_uid"], tx["tag_label"], tx["energy_wh"]) == (
        "CP-X",
        "AA000001",
        "10",
        "7500",
    )

    dialog.tag.setText("FFFFFFFF")
    await dialog.export_to(out)
    assert english(dialog.state_label.text()) == f"0 transactions written to {out}"
    dialog.reject()


async def test_card_label_and_handover_form_are_written_as_pdf(desktop, tmp_path: Path) -> None:
    account = await desktop.runtime.register.tags.create_account("ACME")
    await desktop.runtime.storage.create_tag(
        Tag(uid="04A1B2C3D4E5F6", label="Van 3", label_number=120, account_id=account.id)
    )
    panel = await show_tab(desktop, desktop.window.panels["rfid"].enroll)
    present(desktop, "04A1B2C3D4E5F6")
    await wait_until(lambda: panel.enroll.editor.tag is not None, what="the card shown")
    info = panel.enroll.editor.label_info()
    assert (info.label_number, info.name, info.account, info.uid) == (120, "Van 3", "ACME", "04A1B2C3D4E5F6")

    button = panel.enroll.editor.print_button
    label, form = tmp_path / "card.pdf", tmp_path / "handover.pdf"
    assert button.save_pdf(label, lp.LABEL) and button.save_pdf(form, lp.FORM)
    for pdf in (label, form):
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-") and len(data) > 2000, pdf
    assert b"/MediaBox [0 0 243" in label.read_bytes()  # 85.6 mm x 54 mm (ID-1 card)
    assert b"/MediaBox [0 0 595" in form.read_bytes()  # A4
    assert panel.enroll.editor.status.text() == f"Saved {form}"
    matrix = lp.qr_matrix("04A1B2C3D4E5F6")
    assert len(matrix) == len(matrix[0]) >= 21 and any(any(row) for row in matrix)

    assert not button.save_pdf(tmp_path / "missing" / "card.pdf")
    assert panel.enroll.editor.status.text().startswith("Cannot write")
