"""The Clipboard patterns panel as a person uses it: the watcher is off until switched on, keeps each
copied text once, never keeps password-manager copies, offers the action of a matching pattern and
sends it out as a request; masks are checked when saved.

Plain widget tests on the offscreen clipboard (its ``dataChanged`` arrives synchronously)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from arthexis_desktop.core.patterns import PatternAction
from arthexis_desktop.gui.clock import RefreshClock
from arthexis_desktop.gui.context import Notifier, PanelContext
from arthexis_desktop.gui.panels.clipboard import ClipboardPanel
from arthexis_desktop.gui.panels.clipboard.pattern_store import FILE_NAME as PATTERNS_FILE
from arthexis_desktop.gui.panels.clipboard.samples import FILE_NAME as SAMPLES_FILE
from arthexis_desktop.gui.panels.clipboard.watcher import is_concealed
from arthexis_desktop.gui.panels.registry import default_registry
from arthexis_desktop.gui.tasks import TaskRunner
from tests.gui.helpers import table_rows

pytestmark = [pytest.mark.gui, pytest.mark.timeout(20)]

CHARGER_URL = "ws://10.0.0.5:9000/ocpp/CP-042"
WINDOWS_EXCLUDE = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
WINDOWS_HISTORY = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'


class Harness:
    """The panel with what its context received: status-bar messages and focus requests."""

    def __init__(self, qtbot, data_dir: Path) -> None:
        none = cast(Any, None)
        self.context = PanelContext(
            fleet_state=none,
            commands=none,
            fleet=none,
            history=none,
            broker=none,
            bridge=none,
            clock=RefreshClock(),
            tasks=TaskRunner(),
            notifier=Notifier(),
            data_dir=data_dir,
        )
        self.messages: list[str] = []
        self.requests: list[tuple[str, str]] = []
        self.context.notifier.message.connect(lambda text, _ms: self.messages.append(text))
        self.context.focus.requested.connect(lambda kind, value: self.requests.append((kind, value)))
        self.panel = ClipboardPanel(self.context)
        qtbot.addWidget(self.panel)
        self.panel.resize(900, 520)
        self.panel.show()

    def sample_texts(self) -> list[str]:
        return [row["Text"] for row in table_rows(self.panel.samples_view.table)]


@pytest.fixture
def make_harness(qtbot, tmp_path: Path):
    made: list[Harness] = []

    def make() -> Harness:
        made.append(Harness(qtbot, tmp_path / "data"))
        return made[-1]

    yield make
    for harness in made:
        harness.panel.set_watching(False)  # the clipboard outlives the panel


def copy(text: str) -> None:
    QApplication.clipboard().setText(text)


def copy_mime(text: str, formats: dict[str, bytes]) -> None:
    mime = QMimeData()
    mime.setText(text)
    for name, data in formats.items():
        mime.setData(name, data)
    QApplication.clipboard().setMimeData(mime)


def test_watcher_is_off_by_default_and_keeps_nothing(make_harness, tmp_path: Path) -> None:
    harness = make_harness()
    panel = harness.panel
    assert not panel.watch_box.isChecked() and not panel.watching
    assert not panel.chip.isVisible()
    copy(CHARGER_URL)
    assert len(panel.samples) == 0 and harness.sample_texts() == []
    assert not panel.offer_banner.isVisible()
    assert not (tmp_path / "data" / SAMPLES_FILE).exists()


def test_watching_keeps_each_text_once_and_offers_to_open_the_charger(qtbot, make_harness, tmp_path) -> None:
    harness = make_harness()
    panel = harness.panel
    qtbot.mouseClick(panel.watch_box, Qt.MouseButton.LeftButton)
    assert panel.watching and panel.chip.isVisible() and panel.chip.text() == "● Watching clipboard"
    assert harness.messages[-1] == "Watching the clipboard: copied texts are kept as samples."

    copy(CHARGER_URL)
    copy("unrelated note")
    copy(CHARGER_URL)  # again: still one sample, now the newest, counted twice
    assert harness.sample_texts() == [CHARGER_URL, "unrelated note"]
    assert [row["Times"] for row in table_rows(panel.samples_view.table)] == ["2", "1"]
    stored = json.loads((tmp_path / "data" / SAMPLES_FILE).read_text(encoding="utf-8"))
    assert [(s["text"], s["count"]) for s in stored["samples"]] == [(CHARGER_URL, 2), ("unrelated note", 1)]

    # The built-in "charger id in an OCPP URL" pattern matched: an inline offer, then a request.
    assert panel.offer_banner.isVisible()
    assert panel.offer_text.text() == "Charger id in an OCPP URL in the copied text: CP-042"
    assert panel.offer_button.text() == "Open charger CP-042"
    qtbot.mouseClick(panel.offer_button, Qt.MouseButton.LeftButton)
    assert harness.requests == [("charger", "CP-042")]
    assert harness.messages[-1] == "Charger CP-042 requested"
    assert not panel.offer_banner.isVisible()

    # An RFID UID offers to find the tag.
    copy("badge 04:a1:b2:c3:d4:e5:f6 rejected")
    assert panel.offer_button.text() == "Find RFID 04A1B2C3D4E5F6"
    qtbot.mouseClick(panel.offer_button, Qt.MouseButton.LeftButton)
    assert harness.requests[-1] == ("rfid", "04A1B2C3D4E5F6")

    qtbot.mouseClick(panel.watch_box, Qt.MouseButton.LeftButton)
    assert not panel.watching and not panel.chip.isVisible()
    copy("after switching off")
    assert "after switching off" not in harness.sample_texts()


def test_a_match_is_also_offered_as_a_notification_whose_click_runs_the_action(qtbot, make_harness) -> None:
    """With the tray's notifications (``context.toast``), a watched copy that matches a pattern with
    an action is announced; clicking it (the tray balloon reports clicks) runs the action, even
    after a newer copy replaced the banner."""
    harness = make_harness()
    toasts: list[tuple[str, str, Any]] = []
    harness.context.toast = lambda title, body, on_click: toasts.append((title, body, on_click))
    panel = harness.panel
    qtbot.mouseClick(panel.watch_box, Qt.MouseButton.LeftButton)
    copy("just a note")
    assert toasts == []  # nothing to act on, nothing announced
    copy(CHARGER_URL)
    [(title, body, on_click)] = toasts
    assert title == "Copied: Charger id in an OCPP URL"
    assert body == "CP-042 — click to: Open charger CP-042"
    copy("badge 04:a1:b2:c3:d4:e5:f6 rejected")  # a newer offer in the banner
    assert len(toasts) == 2 and panel.offer_button.text() == "Find RFID 04A1B2C3D4E5F6"
    on_click()  # the older notification still opens its charger
    assert harness.requests == [("charger", "CP-042")] and not panel.offer_banner.isVisible()


@pytest.mark.parametrize(
    "formats",
    [
        {"x-kde-passwordManagerHint": b"secret"},
        {WINDOWS_EXCLUDE: b""},
        {WINDOWS_HISTORY: b"\x00\x00\x00\x00"},
    ],
    ids=["kde-password-manager", "windows-exclude-monitor", "windows-no-history"],
)
def test_concealed_copies_are_never_kept(make_harness, formats: dict[str, bytes], tmp_path: Path) -> None:
    harness = make_harness()
    harness.panel.set_watching(True)
    copy_mime("hunter2-" + CHARGER_URL, formats)
    assert len(harness.panel.samples) == 0 and harness.sample_texts() == []
    assert not harness.panel.offer_banner.isVisible()
    assert harness.panel.result_label.text() == "A concealed copy (from a password manager) was not kept."
    assert not (tmp_path / "data" / SAMPLES_FILE).exists()
    # "Test against clipboard" does not read it either.
    assert harness.panel.test_clipboard() == []


def test_concealment_marks() -> None:
    def mime(formats: dict[str, bytes]) -> QMimeData:
        data = QMimeData()
        data.setText("x")
        for name, value in formats.items():
            data.setData(name, value)
        return data

    assert not is_concealed(mime({}))
    assert not is_concealed(mime({"x-kde-passwordManagerHint": b"other"}))
    assert not is_concealed(mime({WINDOWS_HISTORY: b"\x01\x00\x00\x00"}))
    assert is_concealed(mime({"org.nspasteboard.ConcealedType": b""}))
    assert not is_concealed(None)


def test_invalid_masks_are_rejected_with_the_reason_next_to_the_field(qtbot, make_harness, tmp_path) -> None:
    harness = make_harness()
    view = harness.panel.patterns_view
    editor = view.editor
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.title_label.text() == "New pattern"
    for mask, message in [
        (
            "Charger [charger",
            "The “[” at character 9 is never closed. Write \\[ or \\] for a literal bracket.",
        ),
        ("[a] and [a]", "[a] is used twice (character 9); give each placeholder its own name."),
        ("", "Enter a mask, e.g. “ws://[host]/ocpp/[charger]”."),
    ]:
        editor.mask_edit.setText(mask)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.mask_error.isVisible() and editor.mask_error.text() == message
        assert editor.isVisible() and table_rows(view.table) == []
    assert not (tmp_path / "data" / PATTERNS_FILE).exists()

    # The action text may only use names the mask captures.
    editor.mask_edit.setText("Charger [charger] fault [code]")
    editor.action.setCurrentIndex(editor.action.findData(PatternAction.COPY_TEXT.value))
    editor.template_edit.setText("[charger]: [error]")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.mask_error.isVisible()
    assert editor.template_error.text() == "The action uses [error], which the mask does not capture."
    editor.template_edit.setText("[charger]: [code]")
    editor.priority.setValue(5)
    editor.label_edit.setText("Fault report")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert table_rows(view.table) == [
        {
            "Label": "Fault report",
            "Mask": "Charger [charger] fault [code]",
            "Priority": "5",
            "Action": "Copy formatted text",
            "Action text": "[charger]: [code]",
        }
    ]
    assert [row["Label"] for row in table_rows(view.builtin_table)] == [
        "Charger id in an OCPP URL",
        "OCPP 1.6 error code",
        "Vehicle identification number (VIN)",
        "RFID UID",
    ]


def test_user_pattern_scans_offers_copy_back_and_tests_the_clipboard(qtbot, make_harness) -> None:
    harness = make_harness()
    panel = harness.panel
    view = panel.patterns_view
    view.editor.open_for(None)
    view.editor.mask_edit.setText("Charger [charger] fault [code]")
    view.editor.action.setCurrentIndex(view.editor.action.findData(PatternAction.COPY_TEXT.value))
    view.editor.template_edit.setText("[charger]: [code]")
    view.editor.save()

    qtbot.mouseClick(panel.scan_button, Qt.MouseButton.LeftButton)
    assert panel.result_label.text() == "No samples yet: switch on “Watch the clipboard” and copy some text."

    panel.set_watching(True)
    copy("Charger CP-9 fault OverVoltage")
    assert panel.offer_button.text() == "Copy “CP-9: OverVoltage”"
    qtbot.mouseClick(panel.offer_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "CP-9: OverVoltage"
    assert harness.sample_texts() == ["Charger CP-9 fault OverVoltage"]  # its own copy is not collected
    assert harness.requests == []

    qtbot.mouseClick(panel.scan_button, Qt.MouseButton.LeftButton)
    assert panel.result_label.text() == (
        "✓ Charger [charger] fault [code]: “Charger CP-9 fault OverVoltage”"
        " (charger = CP-9, code = OverVoltage)"
    )

    # Test against clipboard: the selected pattern only, then (nothing selected) all of them.
    copy(CHARGER_URL)
    view.table.selectRow(0)
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert panel.result_label.text() == "✗ Charger [charger] fault [code]: no match"
    view.table.clearSelection()
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    lines = panel.result_label.text().splitlines()
    assert lines[0] == "✗ Charger [charger] fault [code]: no match"
    assert (
        lines[1]
        == f"✓ Charger id in an OCPP URL: “{CHARGER_URL}” (charger = CP-042, host = 10.0.0.5, port = 9000)"
    )
    assert len(lines) == 5


def test_samples_search_delete_and_survive_a_restart(qtbot, make_harness) -> None:
    harness = make_harness()
    panel = harness.panel
    panel.set_watching(True)
    for text in ("alpha one", "beta two", "alpha three"):
        copy(text)
    view = panel.samples_view
    qtbot.keyClicks(view.search, "ALPHA")
    assert harness.sample_texts() == ["alpha three", "alpha one"]
    assert view.count_label.text() == "2 of 3 shown"
    view.table.selectRow(1)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert harness.sample_texts() == ["alpha three"]
    view.search.clear()
    assert (
        harness.sample_texts() == ["alpha three", "beta two"] and view.count_label.text() == "Samples kept: 2"
    )

    again = make_harness()
    assert again.sample_texts() == ["alpha three", "beta two"] and not again.panel.watching

    qtbot.mouseClick(view.delete_all_button, Qt.MouseButton.LeftButton)
    box = view.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Delete every clipboard sample (2)? This cannot be undone."
    box.button(QMessageBox.StandardButton.Yes).click()
    assert harness.sample_texts() == [] and len(panel.samples) == 0
    assert view.count_label.text() == "Samples kept: 0"


def test_an_unreadable_file_is_kept_aside_not_overwritten(make_harness, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / SAMPLES_FILE).write_text("{not json", encoding="utf-8")
    harness = make_harness()
    harness.panel.set_watching(True)
    copy("fresh text")
    assert harness.sample_texts() == ["fresh text"]
    assert (folder / (SAMPLES_FILE + ".bad")).read_text(encoding="utf-8") == "{not json"


def test_registered_as_a_hidden_tool_tabbed_with_transactions() -> None:
    spec = default_registry().get("clipboard")
    assert (spec.title, spec.visible_by_default, spec.tab_with) == (
        "Clipboard patterns",
        False,
        "transactions",
    )
