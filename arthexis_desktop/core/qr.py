"""What a charger's QR sticker encodes and how a sheet of stickers is laid out (pure, stdlib only).

The QR code of a charger encodes a URL template with ``{charger_id}`` in it. By default it is the
OCPP connection URL the charger should be configured with (the broker's URL with the id as its
last path segment); an operator may use a public landing page instead, e.g.
``https://example.com/c/{charger_id}``. The id is percent-encoded as a URL path segment.

``sticker_grid`` places labels (a square QR code with a caption under it) on a page in
millimetres; the PDF writer in the GUI draws what it computes.
"""

from __future__ import annotations

import math
import string
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from arthexis_desktop.core.errors import InvalidCommandError

PLACEHOLDER = "charger_id"
FALLBACK_TEMPLATE = "ws://127.0.0.1:9000/{charger_id}"
BROKER_URL_MARK = "<chargerId>"  # how the broker lists its URLs ("ws://host:port/<chargerId>")
MAX_TEMPLATE_LEN = 500
_SAFE_PATH = "-._~!$&'()*+,;=:@"  # RFC 3986 pchar without "/" (the id stays one segment)


def default_template(broker_urls: Sequence[str]) -> str:
    """The OCPP connection URL a charger should use: the broker's first listed URL (the LAN one
    when it listens on every interface) with ``{charger_id}`` as the last path segment."""
    for url in broker_urls:
        if BROKER_URL_MARK in url:
            return url.replace(BROKER_URL_MARK, "{" + PLACEHOLDER + "}")
        if url:
            return url.rstrip("/") + "/{" + PLACEHOLDER + "}"
    return FALLBACK_TEMPLATE


def template_fields(template: str) -> list[str]:
    """The placeholder names in ``template`` (``ValueError`` for unbalanced braces)."""
    return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None]


def validate_template(template: str) -> str:
    """``template`` stripped, or ``InvalidCommandError`` saying what is wrong with it."""
    text = template.strip()
    if not text:
        raise InvalidCommandError("the QR template is empty")
    if len(text) > MAX_TEMPLATE_LEN:
        raise InvalidCommandError(f"the QR template is longer than {MAX_TEMPLATE_LEN} characters")
    try:
        names = template_fields(text)
    except ValueError as exc:
        raise InvalidCommandError(f"the QR template has unbalanced braces: {exc}") from exc
    unknown = sorted({name for name in names if name != PLACEHOLDER})
    if unknown:
        raise InvalidCommandError(
            "the QR template may only contain {charger_id}, not " + ", ".join("{" + n + "}" for n in unknown)
        )
    if PLACEHOLDER not in names:
        raise InvalidCommandError("the QR template must contain {charger_id}")
    if any(ch.isspace() for ch in text):
        raise InvalidCommandError("the QR template must not contain spaces")
    return text


def render_template(template: str, charger_id: str) -> str:
    """The text the QR code of ``charger_id`` encodes (the template is validated first)."""
    return validate_template(template).format(**{PLACEHOLDER: quote(charger_id, safe=_SAFE_PATH)})


# -- sticker sheets ------------------------------------------------------------------------------
PAPER_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MIN_COLUMNS, MAX_COLUMNS = 1, 8


@dataclass(frozen=True, slots=True)
class StickerCell:
    """One label on a page (millimetres from the page's top-left corner)."""

    page: int
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    qr_mm: float  # side of the square QR code, centred at the top of the cell


@dataclass(frozen=True, slots=True)
class StickerGrid:
    paper: str
    columns: int
    rows: int
    page_width_mm: float
    page_height_mm: float
    cell_width_mm: float
    cell_height_mm: float
    qr_mm: float
    margin_mm: float
    gap_mm: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def pages_for(self, count: int) -> int:
        return max(1, math.ceil(count / self.per_page)) if count else 0

    def cells(self, count: int) -> list[StickerCell]:
        """Where the ``count`` labels go, row by row, page after page."""
        out: list[StickerCell] = []
        for n in range(count):
            page, slot = divmod(n, self.per_page)
            row, col = divmod(slot, self.columns)
            x = self.margin_mm + col * (self.cell_width_mm + self.gap_mm)
            y = self.margin_mm + row * (self.cell_height_mm + self.gap_mm)
            out.append(StickerCell(page, x, y, self.cell_width_mm, self.cell_height_mm, self.qr_mm))
        return out


def sticker_grid(
    paper: str = "A4",
    *,
    columns: int = 3,
    margin_mm: float = 10.0,
    gap_mm: float = 4.0,
    caption_mm: float = 12.0,
    padding_mm: float = 3.0,
) -> StickerGrid:
    """A grid of ``columns`` labels per row: each a square QR code (as wide as the label allows,
    minus ``padding_mm`` each side) over a caption band of ``caption_mm``."""
    if paper not in PAPER_SIZES_MM:
        raise InvalidCommandError(f"paper must be one of {', '.join(PAPER_SIZES_MM)}")
    if not MIN_COLUMNS <= columns <= MAX_COLUMNS:
        raise InvalidCommandError(f"labels per row must be {MIN_COLUMNS} to {MAX_COLUMNS}")
    width, height = PAPER_SIZES_MM[paper]
    cell_w = (width - 2 * margin_mm - (columns - 1) * gap_mm) / columns
    qr = cell_w - 2 * padding_mm
    cell_h = padding_mm + qr + caption_mm
    rows = max(1, int((height - 2 * margin_mm + gap_mm) // (cell_h + gap_mm)))
    return StickerGrid(paper, columns, rows, width, height, cell_w, cell_h, qr, margin_mm, gap_mm)
