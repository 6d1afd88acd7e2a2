"""The Clipboard patterns panel: an opt-in watcher, the samples it kept, patterns and their actions.

Off by default. While on, a green "Watching clipboard" chip says so; every copied text (except
concealed password-manager copies) is kept as a sample, and when it matches a pattern that has an
action, a banner offers it ("Open charger CP-042"). Actions that show something elsewhere go out
as ``context.request_focus(kind, value)``; "copy formatted text" puts the rendered template back
on the clipboard (without collecting it again).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.patterns import (
    BUILTIN_PATTERNS,
    Pattern,
    PatternAction,
    PatternError,
    PatternMatch,
    TextPattern,
    match_each,
    scan,
)
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.clipboard.pattern_store import PatternStore, is_usable
from arthexis_desktop.gui.panels.clipboard.patterns_view import PatternsView
from arthexis_desktop.gui.panels.clipboard.samples import SampleStore
from arthexis_desktop.gui.panels.clipboard.samples_view import SamplesView, preview
from arthexis_desktop.gui.panels.clipboard.texts import (
    FOCUS_KINDS,
    action_button_text,
    error_text,
    pattern_title,
    substitutions_text,
)
from arthexis_desktop.gui.panels.clipboard.watcher import CONCEALED, ClipboardWatcher, is_concealed
from arthexis_desktop.gui.panels.clipboard.wrap_row import WrapRow
from arthexis_desktop.gui.user_store import user_data_folder

CHIP_STYLE = "background: #15803d; color: white; border-radius: 9px; padding: 2px 10px; font-weight: 600;"
BANNER_STYLE = (
    "QFrame#clipboard_offer { background: #eff6ff; border: 1px solid #93c5fd; border-radius: 4px; }"
)
RESULT_CHARS = 120


class ClipboardPanel(QWidget):
    def __init__(
        self, context: PanelContext, parent: QWidget | None = None, *, clipboard: QClipboard | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        folder = user_data_folder(context.data_dir)
        self.samples = SampleStore(folder)
        self.patterns = PatternStore(folder)
        self.watcher = ClipboardWatcher(clipboard, self)
        self.watcher.captured.connect(self._on_captured)
        self.watcher.skipped.connect(self._on_skipped)
        self.offered: PatternMatch | None = None

        self.watch_box = QCheckBox(self.tr("Watch the clipboard"))
        self.watch_box.setObjectName("clipboard_watch")
        self.watch_box.setToolTip(
            self.tr("Keep every text you copy as a sample (never password-manager copies).")
        )
        self.watch_box.toggled.connect(self.set_watching)
        self.chip = QLabel(self.tr("● Watching clipboard"))
        self.chip.setObjectName("clipboard_watching_chip")
        self.chip.setStyleSheet(CHIP_STYLE)
        self.chip.hide()
        self.scan_button = QPushButton(self.tr("Scan latest sample"))
        self.scan_button.setObjectName("clipboard_scan")
        self.scan_button.clicked.connect(self.scan_latest)
        self.test_button = QPushButton(self.tr("Test against clipboard"))
        self.test_button.setObjectName("clipboard_test")
        self.test_button.setToolTip(
            self.tr("Check the selected patterns (or all) against the clipboard text.")
        )
        self.test_button.clicked.connect(self.test_clipboard)
        switch = QWidget()
        switch_layout = QHBoxLayout(switch)
        switch_layout.setContentsMargins(0, 0, 0, 0)
        switch_layout.addWidget(self.watch_box)
        switch_layout.addWidget(self.chip)
        buttons = QWidget()
        buttons_layout = QHBoxLayout(buttons)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        buttons_layout.addWidget(self.scan_button)
        buttons_layout.addWidget(self.test_button)
        top = WrapRow()  # one line when it fits; in a narrow dock the buttons go on a second line
        top.addWidget(switch)
        top.addWidget(buttons)

        self.offer_banner = QFrame()
        self.offer_banner.setObjectName("clipboard_offer")
        self.offer_banner.setStyleSheet(BANNER_STYLE)
        self.offer_text = QLabel()
        self.offer_text.setObjectName("clipboard_offer_text")
        self.offer_text.setWordWrap(True)
        self.offer_button = QPushButton()
        self.offer_button.setObjectName("clipboard_offer_action")
        self.offer_button.clicked.connect(self.run_offered_action)
        dismiss = QToolButton()
        dismiss.setText("✕")
        dismiss.setToolTip(self.tr("Dismiss"))
        dismiss.setAutoRaise(True)
        dismiss.clicked.connect(self.dismiss_offer)
        self.dismiss_button = dismiss
        banner = QHBoxLayout(self.offer_banner)
        banner.setContentsMargins(8, 4, 4, 4)
        banner.addWidget(self.offer_text, 1)
        banner.addWidget(self.offer_button)
        banner.addWidget(dismiss)
        self.offer_banner.hide()

        self.samples_view = SamplesView(self.samples)
        self.patterns_view = PatternsView(self.patterns)
        self.patterns_view.editor.opened.connect(lambda _open: self._show_result(""))  # room to edit
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.samples_view)
        splitter.addWidget(self.patterns_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.result_label = QLabel()
        self.result_label.setObjectName("clipboard_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.offer_banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.result_label)

    def retranslate(self) -> None:
        """Fixed texts again; the sub-views retranslate themselves, an open offer is reworded."""
        self.watch_box.setText(self.tr("Watch the clipboard"))
        self.watch_box.setToolTip(
            self.tr("Keep every text you copy as a sample (never password-manager copies).")
        )
        self.chip.setText(self.tr("● Watching clipboard"))
        self.scan_button.setText(self.tr("Scan latest sample"))
        self.test_button.setText(self.tr("Test against clipboard"))
        self.test_button.setToolTip(
            self.tr("Check the selected patterns (or all) against the clipboard text.")
        )
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        if self.offered is not None:
            self.offer(self.offered)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    # -- watching --------------------------------------------------------------------------------
    @property
    def watching(self) -> bool:
        return self.watcher.enabled

    def set_watching(self, on: bool) -> None:
        if self.watch_box.isChecked() != on:
            self.watch_box.setChecked(on)  # comes back here through toggled
            return
        self.watcher.set_enabled(on)
        self.chip.setVisible(on)
        self._context.notifier.show(
            self.tr("Watching the clipboard: copied texts are kept as samples.")
            if on
            else self.tr("Clipboard watching is off.")
        )

    def _on_captured(self, text: str) -> None:
        self.samples.add(text)
        self.samples_view.reload()
        if self.samples.save_error:
            self._show_result(
                self.tr("The sample is kept for this session only: {error}").format(
                    error=self.samples.save_error
                )
            )
        actionable = [p for p in self.all_patterns() if p.action is not PatternAction.NONE]
        found = scan(actionable, text)  # the first match that can be acted on
        if found is not None:
            self.offer(found)
            if self.offered is found:
                self._toast_offer(found)

    def _on_skipped(self, reason: str) -> None:
        if reason == CONCEALED:
            self._show_result(self.tr("A concealed copy (from a password manager) was not kept."))
        else:
            self._show_result(self.tr("A very long copy was not kept as a sample."))

    # -- patterns --------------------------------------------------------------------------------
    def all_patterns(self) -> list[Pattern]:
        """What scanning tries: the user's usable patterns, then the built-ins (by priority)."""
        return [*self.patterns.usable(), *BUILTIN_PATTERNS]

    def _scan(self, text: str) -> PatternMatch | None:
        return scan(self.all_patterns(), text)

    def scan_latest(self) -> PatternMatch | None:
        latest = self.samples.latest()
        if latest is None:
            self._show_result(self.tr("No samples yet: switch on “Watch the clipboard” and copy some text."))
            return None
        found = self._scan(latest.text)
        if found is None:
            self._show_result(self.tr("No pattern matched the latest sample."))
            return None
        self._show_result(self._match_line(found))
        if found.action is not PatternAction.NONE:
            self.offer(found)
        return found

    def test_clipboard(self) -> list[tuple[Pattern, PatternMatch | None]]:
        clipboard = self.watcher.clipboard
        if is_concealed(clipboard.mimeData()):
            self._show_result(self.tr("The clipboard holds a concealed (password) copy; it is not read."))
            return []
        text = clipboard.text()
        if not text.strip():
            self._show_result(self.tr("The clipboard holds no text."))
            return []
        chosen = [
            p
            for p in self.patterns_view.selected_patterns()
            if not isinstance(p, TextPattern) or is_usable(p)
        ]
        results = match_each(chosen or self.all_patterns(), text)
        lines = [
            self._match_line(found)
            if found
            else self.tr("✗ {pattern}: no match").format(pattern=pattern_title(p))
            for p, found in results
        ]
        self._show_result("\n".join(lines))
        return results

    def _match_line(self, found: PatternMatch) -> str:
        return self.tr("✓ {pattern}: “{text}” ({values})").format(
            pattern=pattern_title(found),
            text=preview(found.text, RESULT_CHARS),
            values=substitutions_text(found),
        )

    def _show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    # -- the offer and its action ----------------------------------------------------------------
    def offer(self, found: PatternMatch) -> None:
        try:
            value = found.action_argument
        except PatternError as exc:
            self._show_result(error_text(exc))
            return
        if not value:
            return
        self.offered = found
        self.offer_text.setText(
            self.tr("{pattern} in the copied text: {value}").format(pattern=pattern_title(found), value=value)
        )
        self.offer_button.setText(action_button_text(found.action, value))
        self.offer_banner.show()

    def _toast_offer(self, found: PatternMatch) -> None:
        """The same offer as a notification, for when the window is hidden or in the tray; a click
        on it (where the platform reports clicks: the tray balloon) runs the action."""
        toast = getattr(self._context, "toast", None)
        if toast is None:
            return
        value = found.action_argument
        toast(
            self.tr("Copied: {pattern}").format(pattern=pattern_title(found)),
            self.tr("{value} — click to: {action}").format(
                value=preview(value, RESULT_CHARS), action=action_button_text(found.action, value)
            ),
            lambda: self.run_action(found),
        )

    def dismiss_offer(self) -> None:
        self.offered = None
        self.offer_banner.hide()

    def run_offered_action(self) -> None:
        if self.offered is not None:
            self.run_action(self.offered)

    def run_action(self, found: PatternMatch) -> None:
        """Do what the pattern that ``found`` matched says (from the banner or its notification)."""
        value = found.action_argument
        if found.action is PatternAction.COPY_TEXT:
            self.watcher.copy(value)
            self._context.notifier.show(self.tr("Copied: {text}").format(text=preview(value, RESULT_CHARS)))
        elif found.action in FOCUS_KINDS:
            self._context.request_focus(FOCUS_KINDS[found.action], value)
        self.dismiss_offer()
