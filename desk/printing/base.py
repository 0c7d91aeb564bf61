"""The page machinery every Desk document shares.

A document is a :class:`DocumentRenderer` subclass that fills in the hooks — :meth:`title`,
:meth:`number`, :meth:`copy_label` and :meth:`body` (and optionally :meth:`footer_note` and
:meth:`subject`) — and is turned into PDF bytes by :meth:`DocumentRenderer.render`. The base class
draws the rest on every page:

- the shop header: the shop's name large, its address and phone below;
- the document title and number at the top right, with the copy label (客户联, 车间联 …) in a frame
  above them;
- a footer with "第 x 页 / 共 y 页" (counted after layout, see :class:`_NumberedCanvas`), the document
  number and copy label, and a small note.

Helpers give every document the same look: :func:`build_styles` (Chinese-capable paragraph
styles, ``wordWrap='CJK'``), :meth:`DocumentRenderer.info_grid` (a label/value grid),
:meth:`DocumentRenderer.lines_table` (a lines table whose header row repeats on each page),
:meth:`DocumentRenderer.section`, :meth:`DocumentRenderer.signature_boxes`, and
:func:`format_money` (``¥1,234.50``).

Before anything is drawn, all the document's text is checked against the font
(:func:`desk.printing.fonts.ensure_glyphs`), so a PDF with missing glyphs is never produced.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk.printing.fonts import ensure_glyphs, find_cjk_font, register_cjk_font
from desk.services.snapshots import ShopHeader

# Colours: black lines and text for photocopies and fax, one light grey for label cells.
INK = colors.HexColor("#1a1a1a")
GREY_TEXT = colors.HexColor("#555555")
LINE = colors.HexColor("#404040")
LABEL_FILL = colors.HexColor("#eeeeee")
HEAD_FILL = colors.HexColor("#dddddd")
STRIPE_FILL = colors.HexColor("#f7f7f7")
SUM_FILL = colors.HexColor("#f0f0f0")

GRID_WIDTH = 0.5
BOX_WIDTH = 0.9
_LINES_SIDE_PADDING = 3.0
"""Left and right padding of a lines table's cells, in points."""
_GRID_SIDE_PADDING = 4.0
"""Left and right padding of an info grid's cells, in points."""

_PAGE_FOOTER = "第 {page} 页 / 共 {pages} 页"


# --------------------------------------------------------------------------- formatting


def format_money(amount: str, *, sign: str = "¥") -> str:
    """``"1234.5"`` → ``"¥1,234.50"``; ``"-12"`` → ``"-¥12.00"``; anything unparsable as given."""
    try:
        value = Decimal(amount.strip())
    except (InvalidOperation, AttributeError):
        return amount
    if not value.is_finite():
        return amount
    text = f"{abs(value):,.2f}"
    return f"-{sign}{text}" if value < 0 else f"{sign}{text}"


def format_grouped(number: str) -> str:
    """``"35680"`` → ``"35,680"``; keeps decimals as given; anything unparsable as given."""
    try:
        value = Decimal(number.strip())
    except (InvalidOperation, AttributeError):
        return number
    if not value.is_finite():
        return number
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return f"{value:,.{places}f}"


def markup(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    # runs of spaces would collapse to one: keep them with no-break spaces
    lines = (re.sub(r"(?<= ) ", "\u00a0", escape(line)) for line in text.split("\n"))
    return "<br/>".join(lines)


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class DocumentStyles:
    """The paragraph styles of Desk documents, all in one CJK font with CJK line breaking."""

    font: str
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    terms: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_muted: ParagraphStyle
    head: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    section: ParagraphStyle
    emphasis: ParagraphStyle
    emphasis_right: ParagraphStyle
    shop_name: ParagraphStyle
    shop_line: ParagraphStyle


def build_styles(font: str) -> DocumentStyles:
    """Paragraph styles drawn in ``font`` (a registered CJK TrueType font)."""

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw
        )

    return DocumentStyles(
        font=font,
        body=style("body", 9.5, 14),
        small=style("small", 8, 11, textColor=GREY_TEXT),
        note=style("note", 8.5, 12),
        terms=style("terms", 8, 11),
        cell=style("cell", 9, 12),
        cell_right=style("cell_right", 9, 12, alignment=TA_RIGHT),
        cell_center=style("cell_center", 9, 12, alignment=TA_CENTER),
        cell_muted=style("cell_muted", 9, 12, alignment=TA_CENTER, textColor=GREY_TEXT),
        head=style("head", 9, 12, alignment=TA_CENTER),
        label=style("label", 9, 12, textColor=colors.HexColor("#333333")),
        value=style("value", 9.5, 12.5),
        section=style("section", 10.5, 12.5),
        emphasis=style("emphasis", 11, 14),
        emphasis_right=style("emphasis_right", 12, 15, alignment=TA_RIGHT),
        shop_name=style("shop_name", 16, 20),
        shop_line=style("shop_line", 8.5, 11.5, textColor=GREY_TEXT),
    )


# --------------------------------------------------------------------------- table helpers


@dataclass(frozen=True)
class Column:
    """A lines table's column: title, width in points (``None``: share the rest), alignment."""

    title: str
    width: float | None = None
    align: str = "left"
    """``left``, ``right`` (numbers) or ``center``."""


@dataclass(frozen=True)
class InfoItem:
    """One label/value pair of an info grid; ``span`` is how many pairs wide it is."""

    label: str
    value: str
    span: int = 1


Cell = str | Flowable | None


def _texts_of(obj: object) -> Iterator[str]:
    """Every piece of text inside a flowable tree (what ends up drawn)."""
    if obj is None:
        return
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, Paragraph):
        yield obj.getPlainText()
    elif isinstance(obj, Table):
        for row in obj._cellvalues:
            for cell in row:
                yield from _texts_of(cell)
    elif isinstance(obj, list | tuple):
        for item in obj:
            yield from _texts_of(item)
    elif hasattr(obj, "_content"):  # KeepTogether, KeepInFrame …
        yield from _texts_of(obj._content)


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(0.7)
        self.canv.setStrokeColor(INK)
        self.canv.rect(0, 1.2, self.size, self.size, stroke=1, fill=0)
        self.canv.restoreState()


# --------------------------------------------------------------------------- the canvas


class SignatureImage(Flowable):
    """A signature from the pad (PNG), scaled to fit the box while keeping its proportions."""

    def __init__(self, png: bytes, width: float, height: float) -> None:
        super().__init__()
        self.image = ImageReader(io.BytesIO(png))
        iw, ih = self.image.getSize()
        scale = min(width / iw, height / ih)
        self.width, self.height = iw * scale, ih * scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.image, 0, 0, self.width, self.height, mask="auto")


class _NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end, so each footer knows the page count."""

    renderer: DocumentRenderer  # set on the subclass made per render

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.renderer._draw_footer(self, self._pageNumber, total)
            super().showPage()
        # Every font a PDF names must be embedded; reportlab's standard fonts never are.
        stray = sorted(set(self._doc.fontMapping) - {self.renderer.font})
        if stray:
            raise RuntimeError(
                f"document used fonts other than {self.renderer.font}: {stray} "
                "(build tables with DocumentRenderer.table_style)"
            )
        super().save()


# --------------------------------------------------------------------------- the renderer


class DocumentRenderer:
    """Base class of Desk's printed documents.

    Subclasses fill in :meth:`title`, :meth:`number`, :meth:`copy_label` and :meth:`body`;
    :meth:`render` returns the PDF. Build the body's text with :meth:`para` and the table helpers
    so it wraps in the CJK font; every string in the body is checked for glyphs before drawing.
    """

    pagesize: tuple[float, float] = A4
    left_margin: float = 15 * mm
    right_margin: float = 15 * mm
    page_top: float = 11 * mm
    """Distance from the paper's top edge to the top of the header."""
    header_height: float = 23 * mm
    """From the top of the header to the rule under it; the body starts below."""
    bottom_margin: float = 15 * mm

    def __init__(
        self, shop: ShopHeader, *, font_path: str | os.PathLike[str] | None = None
    ) -> None:
        self.shop = shop
        self.font = register_cjk_font(find_cjk_font(font_path))
        self.styles = build_styles(self.font)

    # ---- hooks ----------------------------------------------------------------------------

    def title(self) -> str:
        """The document's name, e.g. ``任务委托书``."""
        raise NotImplementedError

    def number(self) -> str:
        """The document's number, e.g. ``RO20261123-0001``."""
        raise NotImplementedError

    def copy_label(self) -> str:
        """Which copy this is, e.g. ``客户联``; empty for a document with one copy."""
        return ""

    def body(self) -> list[Flowable]:
        """The flowables between header and footer."""
        raise NotImplementedError

    def footer_note(self) -> str:
        """Small print at the bottom left of every page."""
        return ""

    def subject(self) -> str:
        """The PDF's subject metadata."""
        return f"{self.title()} {self.number()} {self.copy_label()}".strip()

    # ---- geometry -------------------------------------------------------------------------

    @property
    def width(self) -> float:
        """Usable width between the margins, in points."""
        return self.pagesize[0] - self.left_margin - self.right_margin

    @property
    def _rule_y(self) -> float:
        return self.pagesize[1] - self.page_top - self.header_height

    # ---- building blocks ------------------------------------------------------------------

    def table_style(self, commands: Sequence[tuple[object, ...]]) -> TableStyle:
        """A table style whose cells are set in the CJK font.

        Use it for every table: reportlab sets each cell's font even when the cell holds a
        paragraph or nothing, and its default (Helvetica) would appear in the PDF unembedded.
        """
        return TableStyle([("FONT", (0, 0), (-1, -1), self.font, 9), *commands])

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """Plain text (escaped, line breaks kept) as a paragraph in ``style`` (default body)."""
        return Paragraph(markup(text), style or self.styles.body)

    def signature_box(self, title: str, picture: Flowable, footer: str, *, width: float, height: float) -> Table:
        """The customer's signature: what they confirm, the signature (or blank) centred in a box
        ``height`` high, and a small footer line (who, when)."""
        return Table(
            [[self.para(title, self.styles.note)], [picture], [self.para(footer, self.styles.small)]],
            colWidths=[width], rowHeights=[None, height, None],
            style=self.table_style([
                ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                ("ALIGN", (0, 1), (0, 1), "CENTER"),
                ("VALIGN", (0, 1), (0, 1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]),
            hAlign="LEFT",
        )

    def section(
        self, title: str, note: str = "", *, keep: float = 32 * mm, then: Sequence[Flowable] = ()
    ) -> list[Flowable]:
        """A section heading: a dark bar, the title, and an optional grey note at the right.

        Preceded by a conditional page break, so a heading is never left alone at the foot of a
        page: less than ``keep`` left on the page starts a new one. ``then`` is the block that must
        not be split from its heading (a totals table, a signature box): heading and block go to
        the next page together when the block does not fit below the heading, however tall it grows.
        """
        s = self.styles
        note_style = ParagraphStyle("section_note", parent=s.small, alignment=TA_RIGHT)
        widths = [2.2, self.width * 0.55, self.width * 0.45 - 2.2]
        # the title cell is padded 5 left and 6 (reportlab's default) right, the note's 6 and 0
        table = Table(
            [["", self.text_cell(title, s.section, widths[1] - 11), self.text_cell(note, note_style, widths[2] - 6)]],
            colWidths=widths,
            style=self.table_style(
                [
                    *self.plain_text_style((1, 0), (1, 0), s.section),
                    *self.plain_text_style((2, 0), (2, 0), note_style),
                    ("BACKGROUND", (0, 0), (0, 0), INK),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 5),
                    ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            ),
            hAlign="LEFT",
        )
        table.spaceBefore = 2.5 * mm
        table.spaceAfter = 1.2 * mm
        if then:
            return [CondPageBreak(keep), KeepTogether([table, *then])]
        return [CondPageBreak(keep), table]

    def info_grid(
        self,
        items: Sequence[InfoItem | tuple[str, str]],
        *,
        columns: int = 3,
        label_width: float = 17 * mm,
        widths: Sequence[float] | None = None,
    ) -> Table:
        """A ruled grid of label/value pairs, ``columns`` pairs a row.

        ``widths`` optionally gives each pair's width (they should add up to :attr:`width`);
        an item with ``span`` > 1 takes that many pairs; a row's last item widens to fill it.
        """
        s = self.styles
        pair_widths = list(widths) if widths else [self.width / columns] * columns
        col_widths: list[float] = []
        for w in pair_widths:
            col_widths += [label_width, w - label_width]

        rows: list[list[InfoItem]] = [[]]
        used = 0
        for raw in items:
            item = raw if isinstance(raw, InfoItem) else InfoItem(*raw)
            span = max(1, min(item.span, columns))
            if used + span > columns:
                rows.append([])
                used = 0
            rows[-1].append(InfoItem(item.label, item.value, span))
            used += span
        data: list[list[Cell]] = []
        commands: list[tuple[object, ...]] = [
            ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
            ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
            ("LEFTPADDING", (0, 0), (-1, -1), _GRID_SIDE_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _GRID_SIDE_PADDING),
            # labels and values left as strings (see text_cell) are drawn as their paragraphs
            *self.plain_text_style((0, 0), (-1, -1), s.value),
            *(
                command
                for c in range(0, 2 * columns, 2)
                for command in self.plain_text_style((c, 0), (c, -1), s.label)
            ),
        ]
        rows = [r for r in rows if r] or [[InfoItem("", "")]]
        for r, row_items in enumerate(rows):
            # the last item of a row takes up what is left of it
            taken = sum(i.span for i in row_items[:-1])
            last = row_items[-1]
            row_items[-1] = InfoItem(last.label, last.value, columns - taken)
            row: list[Cell] = []
            for item in row_items:
                c = len(row)
                room = sum(col_widths[c + 1 : c + 2 * item.span]) - 2 * _GRID_SIDE_PADDING
                row.append(self.text_cell(item.label, s.label, label_width - 2 * _GRID_SIDE_PADDING))
                row.append(self.text_cell(item.value, s.value, room))
                row.extend([""] * (2 * item.span - 2))
                commands.append(("BACKGROUND", (c, r), (c, r), LABEL_FILL))
                if item.span > 1:
                    commands.append(("SPAN", (c + 1, r), (c + 2 * item.span - 1, r)))
            data.append(row)
        return Table(data, colWidths=col_widths, style=self.table_style(commands), hAlign="LEFT")

    def _cell(self, value: Cell, align: str, room: float) -> Cell:
        """A lines-table cell: a string as :meth:`text_cell` in the column's alignment."""
        if isinstance(value, str):
            style = {
                "right": self.styles.cell_right,
                "center": self.styles.cell_center,
            }.get(align, self.styles.cell)
            return self.text_cell(value, style, room)
        return value

    def text_cell(self, text: str, style: ParagraphStyle, room: float) -> Cell:
        """A table cell showing ``text`` in ``style``: the plain string when it fits on one line
        within ``room`` points, else a wrapping paragraph.

        The table draws a plain string itself, in the cell style that :meth:`plain_text_style`
        gives it (the paragraph style's font, size, leading, colour and alignment), on the same
        baseline as the one-line paragraph. Paragraphs are what makes a long table slow: each is
        parsed, wrapped again whenever the table is measured or split across pages, and drawn
        with its own text state.
        """
        return text if self._fits_one_line(text, style, room) else self.para(text, style)

    @staticmethod
    def plain_text_style(
        start: tuple[int, int], stop: tuple[int, int], style: ParagraphStyle
    ) -> list[tuple[object, ...]]:
        """Table style commands drawing plain-string cells from ``start`` to ``stop`` as ``style``
        (left-aligned ones keep the table's default alignment: each command costs a pass over
        its cells whenever the table is built or split)."""
        commands: list[tuple[object, ...]] = [
            ("FONT", start, stop, style.fontName, style.fontSize, style.leading),
            ("TEXTCOLOR", start, stop, style.textColor),
        ]
        if style.alignment in (TA_RIGHT, TA_CENTER):
            commands.append(("ALIGN", start, stop, "RIGHT" if style.alignment == TA_RIGHT else "CENTER"))
        return commands

    def _fits_one_line(self, text: str, style: ParagraphStyle, room: float) -> bool:
        """Whether ``text`` would be a paragraph of one line, drawn exactly as the plain string.

        Only printable text with single inner spaces qualifies: a paragraph drops leading and
        trailing spaces and :func:`markup` keeps runs of spaces as no-break spaces, so such text
        (and empty text, line breaks, tabs) stays a paragraph. Half a point of slack keeps text
        that a paragraph might break at the very edge a paragraph too.
        """
        return (
            text != ""
            and text.isprintable()
            and text == text.strip()
            and "  " not in text
            and stringWidth(text, style.fontName, style.fontSize) <= room - 0.5
        )

    def column_widths(self, columns: Sequence[Column]) -> list[float]:
        """Widths in points: fixed ones as given, the rest share what is left of :attr:`width`."""
        fixed = sum(c.width for c in columns if c.width is not None)
        flexible = [c for c in columns if c.width is None]
        share = (self.width - fixed) / len(flexible) if flexible else 0.0
        if flexible and share < 15 * mm:
            raise ValueError("columns too wide for the page")
        return [c.width if c.width is not None else share for c in columns]

    def lines_table(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Cell]],
        *,
        empty_text: str = "（无）",
        summary: Sequence[tuple[str, Mapping[int, str]]] = (),
        padding: float = 1.8,
        stripes: bool = True,
    ) -> Table:
        """A ruled table of document lines whose header row repeats on every page it runs onto.

        Strings are set aligned as their column says and wrap when they do not fit on one line
        (one-line strings stay plain strings, see :meth:`_cell`). With no rows one row
        says ``empty_text``. Each ``summary`` row is ``(label, {column index: text})``: the label
        spans the columns before the first given one (e.g. ``("小计", {5: "¥1,200.00"})``).
        """
        s = self.styles
        widths = self.column_widths(columns)
        rooms = [w - 2 * _LINES_SIDE_PADDING for w in widths]
        head = [self.text_cell(c.title, s.head, room) for c, room in zip(columns, rooms)]
        data: list[list[Cell]] = [head]
        n = len(columns)
        body = [list(r) for r in rows]
        for r in body:
            if len(r) != n:
                raise ValueError(f"row has {len(r)} cells, table has {n} columns")
            data.append([self._cell(v, c.align, room) for v, c, room in zip(r, columns, rooms)])
        # Cells left as strings (see text_cell) are drawn by the table itself: as their
        # paragraphs would be, aligned as their column, the header row centred.
        commands: list[tuple[object, ...]] = [
            *self.plain_text_style((0, 0), (-1, -1), s.cell),
            *(
                ("ALIGN", (i, 0), (i, -1), c.align.upper())
                for i, c in enumerate(columns)
                if c.align in ("right", "center")
            ),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
            ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
            ("LINEBELOW", (0, 0), (-1, 0), BOX_WIDTH, LINE),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 0.5),
            ("LEFTPADDING", (0, 0), (-1, -1), _LINES_SIDE_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _LINES_SIDE_PADDING),
            ("TOPPADDING", (0, 0), (-1, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3.5),
        ]
        if not body:
            data.append([self.para(empty_text, s.cell_muted)] + [""] * (n - 1))
            commands.append(("SPAN", (0, 1), (-1, 1)))
        elif stripes:
            commands.append(
                ("ROWBACKGROUNDS", (0, 1), (-1, len(body)), [colors.white, STRIPE_FILL])
            )
        for label, values in summary:
            r = len(data)
            first = min(values) if values else n
            row: list[Cell] = [""] * n
            row[0] = self.para(label, s.cell_right if first > 1 else s.cell)
            for index, text in values.items():
                row[index] = self._cell(text, columns[index].align, rooms[index])
            data.append(row)
            if first > 1:
                commands.append(("SPAN", (0, r), (first - 1, r)))
            commands.append(("BACKGROUND", (0, r), (-1, r), SUM_FILL))
        if summary:
            first_sum = len(data) - len(summary)
            commands.append(("LINEABOVE", (0, first_sum), (-1, first_sum), BOX_WIDTH, LINE))
        return Table(
            data,
            colWidths=widths,
            repeatRows=1,
            style=self.table_style(commands),
            hAlign="LEFT",
        )

    def signature_boxes(
        self,
        boxes: Sequence[tuple[str, str]],
        *,
        height: float = 13 * mm,
        columns: int | None = None,
        width: float | None = None,
    ) -> Table:
        """Boxes to sign in, ``(label, printed name)`` each, with a date line at the bottom.

        ``columns`` boxes a row (default: all side by side) across ``width`` (default: the page).
        """
        s = self.styles
        date_style = ParagraphStyle("sig_date", parent=s.note, alignment=TA_RIGHT)
        per_row = columns or len(boxes)
        total_width = width or self.width
        data: list[list[Cell]] = []
        heights: list[float] = []
        commands: list[tuple[object, ...]] = [
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
        for start in range(0, len(boxes), per_row):
            chunk = list(boxes[start : start + per_row])
            top: list[Cell] = []
            bottom: list[Cell] = []
            for label, name in chunk:
                top.append(self.para(f"{label}：{name}", s.note))
                bottom.append(self.para("日期：      年    月    日", date_style))
            pad = per_row - len(chunk)
            top += [""] * pad
            bottom += [""] * pad
            r = len(data)
            data += [top, bottom]
            heights += [height, 5.5 * mm]
            commands += [
                ("VALIGN", (0, r), (-1, r), "TOP"),
                ("VALIGN", (0, r + 1), (-1, r + 1), "BOTTOM"),
            ]
            for c in range(len(chunk)):
                commands.append(("BOX", (c, r), (c, r + 1), BOX_WIDTH, LINE))
        return Table(
            data,
            colWidths=[total_width / per_row] * per_row,
            rowHeights=heights,
            style=self.table_style(commands),
            hAlign="LEFT",
        )

    def tick_options(
        self, options: Sequence[str], *, gap: float = 6 * mm, width: float | None = None
    ) -> Table:
        """Options in a row, each after an empty box to tick by hand (□ 合格  □ 返修 …).

        The boxes are drawn, not typed: the CJK fonts' "□" is small and sits high. ``width`` is
        the room there is (default: the page's width).
        """
        style = self.styles.body
        room = width if width is not None else self.width
        data: list[Cell] = []
        widths: list[float] = []
        for option in options:
            box = style.fontSize * 0.95
            widths += [box + 3, stringWidth(option, self.font, style.fontSize) + gap]
            data += [TickBox(box), self.para(option, style)]
        if sum(widths) > room:  # too many to fit: let the labels share the width and wrap
            label_w = (room - sum(widths[0::2])) / len(options)
            widths[1::2] = [label_w] * len(options)
        return Table(
            [data],
            colWidths=widths,
            style=self.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )

    def keep_together(self, flowables: Sequence[Flowable]) -> Flowable:
        return KeepTogether(list(flowables))

    def spacer(self, height: float = 3 * mm) -> Flowable:
        return Spacer(self.width, height)

    # ---- page furniture -------------------------------------------------------------------

    def _header_texts(self) -> list[str]:
        return [
            self.shop.name,
            self._shop_line(),
            self.title(),
            self.number(),
            self.copy_label(),
            "No.",
            self.footer_note(),
            _PAGE_FOOTER.format(page="0123456789", pages=""),
            " · ",
        ]

    def _shop_parts(self) -> list[str]:
        """``地址：…`` and ``电话：…``; a phone number never breaks across lines."""
        parts = []
        if self.shop.address:
            parts.append("地址：" + self.shop.address)
        if self.shop.phone:
            parts.append("电话：" + self.shop.phone.replace(" ", "\u00a0"))
        return parts

    def _shop_line(self) -> str:
        return "    ".join(self._shop_parts())

    @staticmethod
    def _bold_string(
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        font: str,
        size: float,
        *,
        align: str = "left",
        weight: float = 0.35,
    ) -> float:
        """Draws ``text`` filled and outlined (the CJK fonts have no bold); returns its width."""
        width = stringWidth(text, font, size)
        if align == "right":
            x -= width
        elif align == "center":
            x -= width / 2
        t = canvas.beginText(x, y)
        t.setFont(font, size)
        t.setTextRenderMode(2)
        canvas.setLineWidth(weight)
        t.textOut(text)
        canvas.drawText(t)
        return width

    def _draw_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        s = self.styles
        page_w, page_h = self.pagesize
        left = self.left_margin
        right = page_w - self.right_margin
        top = page_h - self.page_top
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)

        # right block: copy label frame, title, number
        right_w = self.width * 0.36
        title_size = 18.0
        title = self.title()
        while stringWidth(title, self.font, title_size) > right_w and title_size > 11:
            title_size -= 0.5
        label = self.copy_label()
        if label:
            label_size = 9.5
            lw = stringWidth(label, self.font, label_size) + 12
            canvas.setLineWidth(0.8)
            canvas.rect(right - lw, top - 14, lw, 14, stroke=1, fill=0)
            canvas.setFont(self.font, label_size)
            canvas.drawCentredString(right - lw / 2, top - 10.3, label)
        self._bold_string(canvas, right, top - 36, title, self.font, title_size, align="right")
        canvas.setFont(self.font, 10)
        canvas.setFillColor(INK)
        canvas.drawRightString(right, top - 52, f"No. {self.number()}")

        # left block: shop name and its address line, wrapping if long
        left_w = self.width - right_w - 6 * mm
        name = self.shop.name
        name_size = 16.0
        while stringWidth(name, self.font, name_size) > left_w and name_size > 11:
            name_size -= 0.5
        self._bold_string(canvas, left, top - 18, name, self.font, name_size, weight=0.3)
        # address and phone on one line when they fit, else each on its own (wrapping) line
        text = self._shop_line()
        if stringWidth(text, self.font, s.shop_line.fontSize) > left_w:
            text = "\n".join(self._shop_parts())
        room = self.header_height - 26 - 4  # between the shop name and the rule
        style = s.shop_line
        line = Paragraph(markup(text), style)
        _, h = line.wrap(left_w, room)
        while h > room and style.fontSize > 6:  # a very long address: smaller, never clipped
            size = style.fontSize - 0.5
            style = ParagraphStyle("shop_line_small", parent=style, fontSize=size, leading=size * 1.3)
            line = Paragraph(markup(text), style)
            _, h = line.wrap(left_w, room)
        line.drawOn(canvas, left, top - 26 - h)

        # double rule under the header
        y = self._rule_y
        canvas.setLineWidth(1.2)
        canvas.line(left, y, right, y)
        canvas.setLineWidth(0.4)
        canvas.line(left, y - 2, right, y - 2)
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        page_w = self.pagesize[0]
        left = self.left_margin
        right = page_w - self.right_margin
        y = 9 * mm
        canvas.saveState()
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.4)
        canvas.line(left, y + 10, right, y + 10)
        canvas.setFillColor(INK)
        canvas.setFont(self.font, 8.5)
        canvas.drawCentredString(page_w / 2, y, _PAGE_FOOTER.format(page=page, pages=pages))
        canvas.setFillColor(GREY_TEXT)
        canvas.setFont(self.font, 7.5)
        right_text = " · ".join(t for t in (self.number(), self.copy_label()) if t)
        canvas.drawRightString(right, y, right_text)
        note = self.footer_note()
        if note:
            limit = (right - left) / 2 - stringWidth(_PAGE_FOOTER, self.font, 8.5) / 2 - 6
            while note and stringWidth(note, self.font, 7.5) > limit:
                note = note[:-2] + "…"
            canvas.drawString(left, y, note)
        canvas.restoreState()

    # ---- output ---------------------------------------------------------------------------

    def render(self) -> bytes:
        """The document as PDF bytes.

        Raises :class:`desk.printing.fonts.MissingGlyphs` before drawing anything if the font
        cannot draw some of the text.
        """
        story = list(self.body())
        text = "".join([*self._header_texts(), *_texts_of(story)])
        ensure_glyphs(self.font, text)

        buffer = io.BytesIO()
        frame_top = self._rule_y - 3 * mm
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.pagesize[1] - frame_top,
            bottomMargin=self.bottom_margin,
            title=f"{self.title()} {self.number()}",
            author=self.shop.name,
            subject=self.subject(),
            creator="Desk",
            lang="zh-CN",
            invariant=1,
            # the canvas starts every page in this font; the default Helvetica would be a
            # non-embedded font in the PDF
            initialFontName=self.font,
            initialFontSize=9,
        )
        frame = Frame(
            self.left_margin,
            self.bottom_margin,
            self.width,
            frame_top - self.bottom_margin,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_header)])
        canvas_class = type("DeskCanvas", (_NumberedCanvas,), {"renderer": self})
        doc.build(story, canvasmaker=canvas_class)
        return buffer.getvalue()
