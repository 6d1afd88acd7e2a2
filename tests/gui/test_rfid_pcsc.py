"""The enroll tab with the real PC/SC path: a card put on the virtual reader (pcscd + vsmartcard
vpcd + a fake card answering ``FF CA 00 00 00``) is read by the app's reader service, shown in the
status line and enrolled with the next label number."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from arthexis_desktop.app.desktop import DesktopApp
from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.core.model import Tag
from tests.fixtures.pcsc import FakeCards
from tests.gui.conftest import GUI_BROKER, wait_until
from tests.gui.rfid_helpers import show_tab

pytestmark = [pytest.mark.gui, pytest.mark.pcsc, pytest.mark.asyncio, pytest.mark.timeout(30)]


async def test_card_on_the_virtual_reader_is_enrolled(tmp_path: Path, fake_cards: FakeCards) -> None:
    options = AppOptions(
        broker=replace(GUI_BROKER), data_dir=tmp_path / "data", log_level="WARNING", rfid_readers=True
    )
    app = DesktopApp(options)
    try:
        assert await app.start(), "storage did not open"
        await app.runtime.storage.create_tag(Tag(uid="0A0B0C0D", label_number=90))
        panel = await show_tab(app, app.window.panels["rfid"].enroll)
        view, enroll = panel.enroll.status_view, panel.enroll
        reader = fake_cards.readers.readers[1]
        await wait_until(
            lambda: f"{reader} (waiting for a card)" in view.readers_label.text(),
            timeout_s=10,
            what="reader ready",
        )
        assert view.readers_label.text().startswith("PC/SC: ") and view.fix_label.isHidden()

        card = fake_cards.insert("04A1B2C3D4E5F6", slot=1)
        try:
            await wait_until(lambda: enroll.editor.tag is not None, timeout_s=10, what="the card enrolled")
        except AssertionError as exc:  # say what the window showed (a shared pcscd, a slow reader...)
            shown = (view.readers_label.text(), view.last_scan_label.text(), enroll.is_on_screen())
            raise AssertionError(f"{exc}; status line, last scan, on screen: {shown}") from None
        assert (enroll.editor.tag.uid, enroll.editor.tag.label_number) == ("04A1B2C3D4E5F6", 100)
        assert enroll.banner.text().startswith("New card enrolled as No. 100.")
        await wait_until(lambda: f"{reader} (card present)" in view.readers_label.text(), what="card present")
        assert f"Last scan: 04A1B2C3D4E5F6 on {reader}" in view.last_scan_label.text()

        card.remove()
        await wait_until(
            lambda: f"{reader} (waiting for a card)" in view.readers_label.text(), what="removed"
        )
        history = await app.runtime.register.tags.history("04A1B2C3D4E5F6")
        assert [(e.kind.value, e.reader) for e in history] == [("scan", reader)]
    finally:
        await app.shutdown()
        app.window.deleteLater()
