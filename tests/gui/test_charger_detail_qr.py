"""QR codes of chargers: the template (broker URL by default, a landing page on request) rendered
per charger, PNG and SVG files whose modules are exactly the QR of that text, and a PDF sheet of
stickers with the expected number of pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.core.qr import default_template, render_template, sticker_grid, validate_template
from arthexis_desktop.gui import qr
from arthexis_desktop.gui.panels.charger_detail.panel import TAB_QR
from arthexis_desktop.gui.panels.charger_detail.qr_settings import FILE_NAME, QrSettingsStore
from arthexis_desktop.gui.panels.charger_detail.stickers_dialog import StickerDialog
from tests.gui.charger_detail_helpers import english, open_detail, show_tab
from tests.gui.conftest import wait_until


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def png_matrix(path: Path, *, box_px: int = qr.PNG_BOX_PX) -> list[list[bool]]:
    """Read the modules back from a saved PNG (the centre pixel of each box)."""
    image = Image.open(path).convert("L")
    modules = image.width // box_px
    assert image.width == image.height == modules * box_px
    return [
        [image.getpixel((x * box_px + box_px // 2, y * box_px + box_px // 2)) < 128 for x in range(modules)]
        for y in range(modules)
    ]


def svg_matrix(path: Path) -> list[list[bool]]:
    """Read the modules back from a saved SVG path ("Mx,yH..V..H..z" squares)."""
    text = path.read_text(encoding="utf-8")
    size = int(re.search(r'viewBox="0 0 (\d+) \d+"', text).group(1))
    dark = {(int(x), int(y)) for x, y in re.findall(r"M(\d+),(\d+)H", text)}
    return [[(x, y) in dark for x in range(size)] for y in range(size)]


# -- pure parts --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        (
            ("ws://192.168.1.20:9000/<chargerId>", "ws://127.0.0.1:9000/<chargerId>"),
            "ws://192.168.1.20:9000/{charger_id}",
        ),
        (("ws://example.org/ocpp",), "ws://example.org/ocpp/{charger_id}"),
        ((), "ws://127.0.0.1:9000/{charger_id}"),
    ],
)
def test_default_template_is_the_broker_url(urls, expected) -> None:
    assert default_template(urls) == expected


def test_template_rendering_and_checks() -> None:
    assert (
        render_template("https://example.com/c/{charger_id}", "CP 1/a") == "https://example.com/c/CP%201%2Fa"
    )
    assert render_template(" ws://h:1/ocpp/{charger_id} ", "ACME-01") == "ws://h:1/ocpp/ACME-01"
    for bad, reason in [
        ("", "empty"),
        ("https://example.com/c/", "must contain {charger_id}"),
        ("https://example.com/{id}/{charger_id}", "not {id}"),
        ("https://example.com/{charger_id", "unbalanced"),
        ("https://example.com/ {charger_id}", "spaces"),
    ]:
        with pytest.raises(InvalidCommandError, match=re.escape(reason)):
            validate_template(bad)


def test_sticker_grid_pages() -> None:
    a4 = sticker_grid("A4", columns=4)
    assert (a4.columns, a4.rows, a4.per_page) == (4, 4, 16)
    assert [a4.pages_for(n) for n in (0, 1, 16, 17, 40)] == [0, 1, 1, 2, 3]
    cells = a4.cells(17)
    assert cells[16].page == 1 and (cells[16].x_mm, cells[16].y_mm) == (cells[0].x_mm, cells[0].y_mm)
    assert all(c.x_mm + c.width_mm <= 210 - 10 + 1e-9 and c.y_mm + c.height_mm <= 297 - 10 for c in cells)
    letter = sticker_grid("Letter", columns=2)
    assert letter.qr_mm > 80 and letter.per_page == 4
    with pytest.raises(InvalidCommandError):
        sticker_grid("A3")


# -- in the window -----------------------------------------------------------------------------
@pytest.mark.gui
@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_qr_files_encode_the_rendered_template(desktop, tmp_path: Path) -> None:
    await desktop.runtime.storage.add_charger("CP-QR")
    panel = await open_detail(desktop, "CP-QR")
    await show_tab(panel, TAB_QR)
    tab = panel.qr
    expected = f"ws://127.0.0.1:{desktop.runtime.csms.port}/CP-QR"  # what CP-QR should connect to
    assert tab.shown_text == expected and tab.text_label.text() == expected
    assert tab.template_edit.text() == "" and tab.template_edit.placeholderText().endswith("/{charger_id}")
    code = qr.make_qr(expected)
    assert qr.encoded_text(code) == expected  # qrcode's own data round trip

    png, svg = tmp_path / "cp.png", tmp_path / "cp.svg"
    assert await tab.save_png(png) and await tab.save_svg(svg)
    assert tab.state_label.text() == f"Saved {svg}"
    assert png_matrix(png) == qr.qr_matrix(expected) == svg_matrix(svg)
    assert png_matrix(png) != qr.qr_matrix(expected + "x")

    # A public landing page instead: remembered in the user's data folder.
    assert tab.set_template("https://example.com/c/{charger_id}")
    assert tab.shown_text == "https://example.com/c/CP-QR"
    assert await tab.save_png(png)
    assert png_matrix(png) == qr.qr_matrix("https://example.com/c/CP-QR")
    folder = desktop.options.data_dir
    assert QrSettingsStore(folder).settings.template == "https://example.com/c/{charger_id}"
    assert (folder / FILE_NAME).is_file()

    # A template without the id is refused and changes nothing.
    tab.template_edit.setText("https://example.com/c/")
    tab.template_edit.editingFinished.emit()
    assert "must contain {charger_id}" in tab.state_label.text()
    assert tab.shown_text == "https://example.com/c/CP-QR"
    assert tab.template_edit.text() == "https://example.com/c/"  # kept for correcting

    # Back to the broker's URL.
    tab.default_button.click()
    assert tab.shown_text == expected and QrSettingsStore(folder).settings.template is None

    # An unwritable place is explained.
    assert not await tab.save_png(tmp_path / "missing" / "cp.png")
    assert tab.state_label.text().startswith("Cannot save")


@pytest.mark.gui
@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_sticker_sheet_pdf_has_the_expected_pages(desktop, start_charger, tmp_path: Path) -> None:
    await start_charger(desktop, "CP-S1")
    await start_charger(desktop, "CP-S2")
    state = desktop.runtime.fleet_state
    await wait_until(
        lambda: all((c := state.charger(i)) and c.vendor for i in ("CP-S1", "CP-S2")), what="booted"
    )
    panel = await open_detail(desktop, "CP-S1")
    await show_tab(panel, TAB_QR)

    panel.qr.stickers_button.click()
    dialog = panel.qr.sticker_dialog
    assert isinstance(dialog, StickerDialog) and dialog.isVisible()
    assert dialog.chosen() == ["CP-S1", "CP-S2"]
    assert english(dialog.summary.text()).startswith("2 stickers · 1 page · QR code ")
    [s1, _] = dialog.stickers()
    assert (s1.charger_id, s1.text, s1.caption) == ("CP-S1", panel.qr.text_for("CP-S1"), "Arthexis Simulator")
    dialog.select_only(["CP-S2"])
    assert dialog.chosen() == ["CP-S2"]
    out = tmp_path / "two.pdf"
    assert dialog.write_pdf(out) == 1
    assert out.read_bytes().startswith(b"%PDF-") and pdf_pages(out) == 1
    assert english(dialog.state_label.text()) == f"1 page written to {out}"
    dialog.reject()

    # Forty chargers, A4, four per row: 16 a page -> 3 pages; Letter with two per row: 4 a page.
    chargers = [(f"CP-{n:03d}", "Acme Fast 22") for n in range(40)]
    store = QrSettingsStore(tmp_path / "prefs")
    sheet = StickerDialog(chargers, store, panel.qr.text_for, parent=panel)
    sheet.columns.setValue(4)
    sheet.caption.setCurrentIndex(sheet.caption.findData("text"))
    assert english(sheet.summary.text()).startswith("40 stickers · 3 pages")
    big = tmp_path / "forty.pdf"
    assert sheet.write_pdf(big) == 3 and pdf_pages(big) == 3
    assert sheet.stickers()[0].caption == panel.qr.text_for("CP-000")
    sheet.paper.setCurrentIndex(sheet.paper.findData("Letter"))
    sheet.columns.setValue(2)
    letter = tmp_path / "letter.pdf"
    assert sheet.write_pdf(letter) == 10 and pdf_pages(letter) == 10
    assert b"/MediaBox [0 0 612.0" in letter.read_bytes()  # US Letter: 612 x 792 points
    assert b"/MediaBox [0 0 595.0" in big.read_bytes()  # A4: 595 x 842 points
    assert (store.settings.paper, store.settings.columns, store.settings.caption) == ("Letter", 2, "text")
    sheet.deleteLater()
