"""The exit pass (出门证): a small slip the customer hands to the gate, with a signed QR code.

Printed on A6 (105 × 148 mm, a laser printer's small tray) or on an 80 mm receipt printer
(80 × 120 mm, 72 mm printed width), as ``ShopSettings.exit_pass_paper`` says. From top to bottom:
the shop's name, 出门证 and the pass number, the plate in the largest type that fits (the gate
compares it with the car), model and colour, the QR code the gate scans, then the order number,
issue time, valid-until time and who issued it, and a line of rules.

Drawn directly on the canvas with the embedded CJK font (heavy type by overprinting, see
:meth:`ExitPassRenderer._heavy`); the QR
code is made by reportlab's encoder (:mod:`reportlab.graphics.barcode.qrencoder`), error correction level M, with
the quiet zone the standard asks for. The data is a frozen :class:`ExitPassDocument`, so a reprint
of the same pass is the same page.
"""

from __future__ import annotations

import io
import itertools
import os

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desk.printing.base import GREY_TEXT, INK, LINE
from desk.printing.fonts import ensure_glyphs, find_cjk_font, register_cjk_font
from desk.services.gate import ExitPassDocument

PAPERS: dict[str, tuple[float, float]] = {"A6": A6, "80mm": (80 * mm, 120 * mm)}
"""Page size per ``ShopSettings.exit_pass_paper``."""

TITLE = "出门证"
RULES = "凭此证放行 · 一车一证 · 使用一次即失效"


class ExitPassRenderer:
    """Turns an :class:`ExitPassDocument` into a one-page PDF."""

    def __init__(self, data: ExitPassDocument, *, font_path: str | os.PathLike[str] | None = None) -> None:
        self.data = data
        self.font = register_cjk_font(find_cjk_font(font_path))
        self.pagesize = PAPERS.get(data.paper, A6)
        narrow = self.pagesize[0] < 90 * mm
        self.margin = 4 * mm if narrow else 8 * mm
        self.qr_size = 44 * mm if narrow else 50 * mm

    # ---- texts ---------------------------------------------------------------------------------

    def details(self) -> list[tuple[str, str]]:
        """The label/value lines under the QR code."""
        d = self.data
        return [
            ("委托书", d.order_number), ("开具时间", d.issued_local), ("有效至", d.valid_until_local),
            ("开具人", d.issued_by or "—"),
        ]

    def vehicle_line(self) -> str:
        d = self.data
        return "  ".join(part for part in (d.model, d.colour) if part) or "—"

    def texts(self) -> list[str]:
        d = self.data
        return [
            d.shop.name, TITLE, f"No. {d.number}", d.plate, self.vehicle_line(), RULES,
            *(f"{label}：{value}" for label, value in self.details()),
        ]

    # ---- drawing -------------------------------------------------------------------------------

    @property
    def width(self) -> float:
        return self.pagesize[0] - 2 * self.margin

    def _fit(self, text: str, size: float, smallest: float) -> float:
        while size > smallest and stringWidth(text, self.font, size) > self.width:
            size -= 0.5
        return size

    def _rule(self, canvas: Canvas, y: float, *, dashed: bool = False) -> None:
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.6)
        if dashed:
            canvas.setDash(2, 2)
        canvas.line(self.margin, y, self.pagesize[0] - self.margin, y)
        canvas.setDash()

    def _qr(self, canvas: Canvas, y_top: float) -> float:
        """The QR code centred under ``y_top`` (with its 4-module quiet zone); returns its bottom.

        The modules are drawn as filled rectangles straight on the canvas, so the page names no
        font but the embedded CJK one (reportlab's drawing renderer would name Helvetica).
        """
        code = QRCode(None, QRErrorCorrectLevel.M)
        code.addData(self.data.payload)  # upper-case ASCII: QR alphanumeric mode
        code.make()
        count = code.getModuleCount()
        module = self.qr_size / (count + 8)
        left = (self.pagesize[0] - self.qr_size) / 2 + 4 * module
        top = y_top - 4 * module
        canvas.setFillColor(colors.black)
        for r, row in enumerate(code.modules):
            c = 0
            for dark, run in itertools.groupby(bool(m) for m in row):
                length = len(list(run))
                if dark:
                    canvas.rect(left + c * module, top - (r + 1) * module, length * module, module, stroke=0, fill=1)
                c += length
        return y_top - self.qr_size

    def _heavy(self, canvas: Canvas, centre: float, y: float, text: str, size: float, weight: float) -> None:
        """``text`` centred and made heavier by drawing it a few times a hair apart.

        Not outlined like :meth:`DocumentRenderer._bold_string`: a page with outlined text reaches
        the printer through CUPS' PostScript step with every glyph turned into a shape, no longer
        text; overprinted copies stay text (PDF readers drop the overlapping duplicates).
        """
        canvas.setFont(self.font, size)
        steps = 3
        for step in range(steps):
            canvas.drawCentredString(centre + weight * step / (steps - 1) - weight / 2, y, text)

    def draw(self, canvas: Canvas) -> None:
        d = self.data
        page_w, page_h = self.pagesize
        centre = page_w / 2
        y = page_h - self.margin

        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        size = self._fit(d.shop.name, 12, 7)
        y -= size + 1
        self._heavy(canvas, centre, y, d.shop.name, size, 0.3)
        y -= 20
        self._heavy(canvas, centre, y, TITLE, 19, 0.8)
        y -= 12
        canvas.setFillColor(GREY_TEXT)
        canvas.setFont(self.font, 9)
        canvas.drawCentredString(centre, y, f"No. {d.number}")
        y -= 6
        self._rule(canvas, y)

        plate_size = self._fit(d.plate, 30, 14)
        y -= plate_size + 3
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        self._heavy(canvas, centre, y, d.plate, plate_size, 1.1)
        y -= 15
        vehicle = self.vehicle_line()
        canvas.setFont(self.font, self._fit(vehicle, 11, 7))
        canvas.drawCentredString(centre, y, vehicle)
        y -= 3
        y = self._qr(canvas, y)

        label_w = max(stringWidth(f"{label}：", self.font, 8.5) for label, _ in self.details())
        y -= 2
        for label, value in self.details():
            y -= 11.5
            canvas.setFillColor(GREY_TEXT)
            canvas.setFont(self.font, 8.5)
            canvas.drawString(self.margin + 2 * mm, y, f"{label}：")
            canvas.setFillColor(INK)
            canvas.setFont(self.font, self._fit(value, 9, 6))
            canvas.drawString(self.margin + 2 * mm + label_w, y, value)
        y -= 7
        self._rule(canvas, y, dashed=True)
        y -= 10
        canvas.setFillColor(GREY_TEXT)
        canvas.setFont(self.font, self._fit(RULES, 7.5, 5.5))
        canvas.drawCentredString(centre, y, RULES)

    # ---- output --------------------------------------------------------------------------------

    def render(self) -> bytes:
        ensure_glyphs(self.font, "".join(self.texts()))
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer, pagesize=self.pagesize, invariant=1, initialFontName=self.font, initialFontSize=10, lang="zh-CN",
        )
        canvas.setTitle(f"{TITLE} {self.data.number}")
        canvas.setAuthor(self.data.shop.name)
        canvas.setSubject(f"{TITLE} {self.data.number} {self.data.plate} {self.data.order_number}")
        canvas.setCreator("Desk")
        self.draw(canvas)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()


def render_exit_pass(data: ExitPassDocument, *, font_path: str | os.PathLike[str] | None = None) -> bytes:
    """The exit pass as PDF bytes."""
    return ExitPassRenderer(data, font_path=font_path).render()


__all__ = ["PAPERS", "ExitPassRenderer", "render_exit_pass"]
