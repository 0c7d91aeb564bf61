"""The welcome board (欢迎牌): A4 landscape, large type, put out for a booked customer's arrival.

It is a sign, not a form: no header block, no copy label, no page count — the shop's name at
the top, the welcome line across the middle with the customer (as the shop's privacy setting
allows) in the largest type that fits, and the time, the advisor and the plate below. The
appointment number is printed small in a corner for the counter.

Drawn directly on the canvas with the same embedded CJK font and the same "bold by outline" as
every other Desk document (:class:`desk.printing.base.DocumentRenderer`).
"""

from __future__ import annotations

import io
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desk.printing.base import GREY_TEXT, INK, DocumentRenderer
from desk.printing.fonts import ensure_glyphs, find_cjk_font, register_cjk_font
from desk.services.welcome_snapshot import WelcomeBoardData

ACCENT = colors.HexColor("#8b1a1a")
"""A deep red for the frame and the welcome words: festive, and still dark on a mono printer."""

WELCOME = "欢迎"
ARRIVING = "莅临"


class WelcomeBoardRenderer:
    """Turns :class:`WelcomeBoardData` into a one-page PDF."""

    pagesize = landscape(A4)
    margin = 14 * mm

    def __init__(self, data: WelcomeBoardData, *, font_path: str | os.PathLike[str] | None = None) -> None:
        self.data = data
        self.font = register_cjk_font(find_cjk_font(font_path))

    # ---- texts -----------------------------------------------------------------------------

    def details(self) -> list[tuple[str, str]]:
        """The label/value pairs under the welcome line."""
        d = self.data
        pairs = [("预约时间", f"{d.day}  {d.time}"), ("服务顾问", d.advisor)]
        if d.plate and d.plate != d.guest:
            pairs.append(("车牌", d.plate))
        return pairs

    def texts(self) -> list[str]:
        d = self.data
        return [
            d.shop.name, d.shop.address, d.shop.phone, d.guest, "热烈" + WELCOME, ARRIVING + "本店", f"预约号 {d.number}",
            *(f"{label}：{value}" for label, value in self.details()), "地址：电话：",
        ]

    # ---- drawing ---------------------------------------------------------------------------

    def _fit(self, text: str, size: float, width: float, smallest: float) -> float:
        while size > smallest and stringWidth(text, self.font, size) > width:
            size -= 1
        return size

    def _frame(self, canvas: Canvas) -> None:
        page_w, page_h = self.pagesize
        m = self.margin
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2.4)
        canvas.rect(m, m, page_w - 2 * m, page_h - 2 * m)
        canvas.setLineWidth(0.8)
        inset = 2.2 * mm
        canvas.rect(m + inset, m + inset, page_w - 2 * (m + inset), page_h - 2 * (m + inset))

    def _shop(self, canvas: Canvas) -> None:
        page_w, page_h = self.pagesize
        room = page_w - 2 * self.margin - 30 * mm
        name = self.data.shop.name
        size = self._fit(name, 24, room, 14)
        canvas.setFillColor(INK)
        DocumentRenderer._bold_string(
            canvas, page_w / 2, page_h - self.margin - 19 * mm, name, self.font, size, align="center", weight=0.4
        )
        y = page_h - self.margin - 25 * mm
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(page_w / 2 - 60 * mm, y, page_w / 2 + 60 * mm, y)

    def _welcome_line(self, canvas: Canvas) -> None:
        """欢迎 <guest> 莅临 on one baseline, the guest much larger; shrunk as a whole to fit."""
        page_w, page_h = self.pagesize
        room = page_w - 2 * self.margin - 24 * mm
        guest = self.data.guest
        side, big, gap = 46.0, 120.0, 8 * mm

        def total(side_size: float, big_size: float) -> float:
            return (
                stringWidth(WELCOME, self.font, side_size) + stringWidth(ARRIVING, self.font, side_size)
                + stringWidth(guest, self.font, big_size) + 2 * gap
            )

        while total(side, big) > room and big > 40:
            big -= 2
            side = min(46.0, max(30.0, big * 0.45))
        if total(side, big) > room:  # a very long company name: the guest gets its own line
            self._two_lines(canvas, room)
            return
        x = (page_w - total(side, big)) / 2
        y = page_h / 2 - 6 * mm
        canvas.setFillColor(ACCENT)
        x += DocumentRenderer._bold_string(canvas, x, y, WELCOME, self.font, side, weight=0.6) + gap
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        x += DocumentRenderer._bold_string(canvas, x, y, guest, self.font, big, weight=big / 45) + gap
        canvas.setFillColor(ACCENT)
        canvas.setStrokeColor(ACCENT)
        DocumentRenderer._bold_string(canvas, x, y, ARRIVING, self.font, side, weight=0.6)

    def _two_lines(self, canvas: Canvas, room: float) -> None:
        page_w, page_h = self.pagesize
        guest = self.data.guest
        size = self._fit(guest, 72, room, 20)
        canvas.setFillColor(ACCENT)
        canvas.setStrokeColor(ACCENT)
        DocumentRenderer._bold_string(
            canvas, page_w / 2, page_h / 2 + 30 * mm, "热烈" + WELCOME, self.font, 40, align="center", weight=0.6,
        )
        DocumentRenderer._bold_string(
            canvas, page_w / 2, page_h / 2 - 26 * mm, ARRIVING + "本店", self.font, 34, align="center", weight=0.6,
        )
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        DocumentRenderer._bold_string(
            canvas, page_w / 2, page_h / 2 - 2 * mm, guest, self.font, size, align="center", weight=size / 45
        )

    def _details(self, canvas: Canvas) -> None:
        page_w, _ = self.pagesize
        pairs = self.details()
        size = 22.0
        gap = 14 * mm
        parts = [f"{label}：{value}" for label, value in pairs]
        room = page_w - 2 * self.margin - 20 * mm

        def width(s: float) -> float:
            return sum(stringWidth(p, self.font, s) for p in parts) + gap * (len(parts) - 1)

        while width(size) > room and size > 12:
            size -= 1
        x = (page_w - width(size)) / 2
        y = self.margin + 38 * mm
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.5)
        canvas.line(self.margin + 30 * mm, y + size + 6 * mm, page_w - self.margin - 30 * mm, y + size + 6 * mm)
        for (label, value), part in zip(pairs, parts, strict=True):
            canvas.setFillColor(GREY_TEXT)
            canvas.setFont(self.font, size)
            label_text = f"{label}："
            canvas.drawString(x, y, label_text)
            lw = stringWidth(label_text, self.font, size)
            canvas.setFillColor(INK)
            canvas.setStrokeColor(INK)
            DocumentRenderer._bold_string(canvas, x + lw, y, value, self.font, size, weight=0.45)
            x += stringWidth(part, self.font, size) + gap

    def _footer(self, canvas: Canvas) -> None:
        page_w, _ = self.pagesize
        shop = self.data.shop
        y = self.margin + 8 * mm
        canvas.setFillColor(GREY_TEXT)
        canvas.setFont(self.font, 10)
        parts = []
        if shop.address:
            parts.append("地址：" + shop.address)
        if shop.phone:
            parts.append("电话：" + shop.phone)
        canvas.drawString(self.margin + 9 * mm, y, "    ".join(parts))
        canvas.drawRightString(page_w - self.margin - 9 * mm, y, f"预约号 {self.data.number}")

    # ---- output ----------------------------------------------------------------------------

    def render(self) -> bytes:
        ensure_glyphs(self.font, "".join(self.texts()))
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer, pagesize=self.pagesize, invariant=1, initialFontName=self.font, initialFontSize=12,
            lang="zh-CN",
        )
        canvas.setTitle(f"欢迎牌 {self.data.number}")
        canvas.setAuthor(self.data.shop.name)
        canvas.setSubject(f"欢迎牌 {self.data.guest} {self.data.day} {self.data.time}")
        canvas.setCreator("Desk")
        self._frame(canvas)
        self._shop(canvas)
        self._welcome_line(canvas)
        self._details(canvas)
        self._footer(canvas)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()


def render_welcome_board(data: WelcomeBoardData, font_path: str | os.PathLike[str] | None = None) -> bytes:
    """The welcome board as PDF bytes (one A4 landscape page).

    Raises :class:`desk.printing.fonts.FontNotFound` when no usable Chinese font is found and
    :class:`desk.printing.fonts.MissingGlyphs` when the font cannot draw some of the text.
    """
    return WelcomeBoardRenderer(data, font_path=font_path).render()


__all__ = ["WelcomeBoardRenderer", "render_welcome_board"]
