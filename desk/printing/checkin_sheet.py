"""The check-in sheet (接车登记表): customer copy (客户联) and shop copy (本店联).

What the advisor and the customer recorded together beside the car: the customer and the car,
date and time, mileage, the fuel gauge, keys, the checklist with problems highlighted, the car
drawing with the numbered damage marks and a legend, valuables, the complaints in the customer's
words, and the signature with the time it was given. A draft (草稿, before the signature) carries a
big diagonal 草稿 on every page.

The car drawing comes from :mod:`desk.printing.car_outline`, the same geometry the screen shows
(as SVG); :class:`CarDrawing` maps the marks' 0–1 coordinates into its box with
:func:`~desk.printing.car_outline.to_box`, and records where that box landed on the page
(``drawn_box``) so tests can read the marks back from the PDF.
"""

from __future__ import annotations

import os
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table

from desk.printing import car_outline
from desk.printing.base import (
    BOX_WIDTH,
    GREY_TEXT,
    GRID_WIDTH,
    HEAD_FILL,
    INK,
    LABEL_FILL,
    LINE,
    DocumentRenderer,
    InfoItem,
    SignatureImage,
    format_grouped,
)
from desk.services.checkin_snapshot import MARK_KINDS, CheckinSnapshot

Copy = Literal["customer", "shop"]

COPY_LABELS: dict[str, str] = {"customer": "客户联", "shop": "本店联"}
DRAFT = "草稿"
MARKS_BESIDE = 8
"""Up to this many marks are listed beside the drawing; more go in a full-width list below it."""
PROBLEM_FILL = colors.HexColor("#fde3df")
PROBLEM_INK = colors.HexColor("#b71c1c")

TERMS = (
    "以上车辆外观、随车物品及证件经客户当面确认",
    "车内贵重物品请随身带走",
    "维修中如发现新的问题，本店将先征得客户同意再施工",
)


class FuelGauge(Flowable):
    """A fuel gauge: an arc from E to F with eight steps and the needle at the level."""

    def __init__(self, eighths: int | None, font: str, width: float = 26 * mm, height: float = 11.5 * mm) -> None:
        super().__init__()
        self.eighths = eighths
        self.font = font
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        import math

        c = self.canv
        cx, cy = self.width / 2, 2.2 * mm
        r = min(self.width / 2 - 3 * mm, self.height - 4 * mm)
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        c.arc(cx - r, cy - r, cx + r, cy + r, startAng=0, extent=180)
        for step in range(9):
            angle = math.radians(180 - step * 22.5)
            inner = r - (2.2 * mm if step % 4 == 0 else 1.3 * mm)
            c.setLineWidth(0.9 if step % 4 == 0 else 0.5)
            c.line(cx + inner * math.cos(angle), cy + inner * math.sin(angle), cx + r * math.cos(angle), cy + r * math.sin(angle))
        c.setFont(self.font, 6.5)
        c.setFillColor(GREY_TEXT)
        c.drawCentredString(cx - r - 1.8 * mm, cy - 0.6 * mm, "E")
        c.drawCentredString(cx + r + 1.8 * mm, cy - 0.6 * mm, "F")
        if self.eighths is not None:
            angle = math.radians(180 - self.eighths * 22.5)
            c.setStrokeColor(PROBLEM_INK)
            c.setLineWidth(1.4)
            c.line(cx, cy, cx + (r - 1 * mm) * math.cos(angle), cy + (r - 1 * mm) * math.sin(angle))
        c.setFillColor(INK)
        c.circle(cx, cy, 0.9 * mm, stroke=0, fill=1)
        c.restoreState()


def draw_mark(canvas: Canvas, kind: str, number: int, cx: float, cy: float, r: float, font: str) -> None:
    """One mark: its kind's shape and colour with the number inside (PDF coordinates, y up)."""
    shape, colour = car_outline.MARK_STYLES.get(kind, car_outline.MARK_STYLES["other"])
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(colors.HexColor(colour))
    canvas.setLineWidth(1.1)
    corners = car_outline.mark_polygon(shape, cx, cy, r, y_down=False)
    if corners:
        path = canvas.beginPath()
        path.moveTo(*corners[0])
        for point in corners[1:]:
            path.lineTo(*point)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    else:
        canvas.circle(cx, cy, r, stroke=1, fill=1)
    if number:
        text = str(number)
        size = r * (1.25 if len(text) == 1 else 1.0)
        canvas.setFillColor(colors.HexColor(colour))
        canvas.setFont(font, size)
        canvas.drawCentredString(cx, cy - size * 0.36, text)
    canvas.restoreState()


def draw_outline(canvas: Canvas, left: float, bottom: float, width: float, height: float, font: str) -> None:
    """The car drawing from the shared geometry, scaled into the box (PDF coordinates)."""
    scale = width / car_outline.VIEW_WIDTH

    def point(x: float, y: float) -> tuple[float, float]:
        return left + x * scale, bottom + height - y * scale

    canvas.saveState()
    canvas.setLineJoin(1)
    canvas.setLineCap(1)
    for element in car_outline.elements():
        style = car_outline.STYLES[element.style]
        canvas.setStrokeColor(colors.HexColor(str(style["stroke"])))
        canvas.setLineWidth(float(style["width"]) * scale)  # type: ignore[arg-type]
        fill = style["fill"]
        if fill:
            canvas.setFillColor(colors.HexColor(str(fill)))
        if isinstance(element, car_outline.Circle):
            canvas.circle(*point(element.cx, element.cy), element.r * scale, stroke=1, fill=1 if fill else 0)
            continue
        path = canvas.beginPath()
        for command in element.commands:
            if command[0] == "M":
                path.moveTo(*point(command[1], command[2]))
            elif command[0] == "L":
                path.lineTo(*point(command[1], command[2]))
            elif command[0] == "C":
                path.curveTo(*point(command[1], command[2]), *point(command[3], command[4]), *point(command[5], command[6]))
            else:
                path.close()
        canvas.drawPath(path, stroke=1, fill=1 if fill else 0)
    canvas.setFillColor(colors.HexColor(car_outline.LABEL_COLOUR))
    for label in car_outline.LABELS:
        size = label.size * scale
        canvas.setFont(font, size)
        x, y = point(label.x, label.y)
        if label.anchor == "start":
            canvas.drawString(x, y, label.text)
        elif label.anchor == "end":
            canvas.drawRightString(x, y, label.text)
        else:
            canvas.drawCentredString(x, y, label.text)
    canvas.restoreState()


class CarDrawing(Flowable):
    """The car outline with the numbered marks, ``width`` wide and the drawing's shape."""

    def __init__(self, snapshot: CheckinSnapshot, font: str, width: float) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.font = font
        self.width = width
        self.height = width / car_outline.ASPECT
        self.drawn_box: tuple[float, float, float, float] | None = None
        """Where the drawing landed on the page: left, bottom, width, height in points."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def mark_point(self, x: float, y: float) -> tuple[float, float]:
        """A mark's 0–1 place → point in this flowable's own coordinates (y up)."""
        px, py = car_outline.to_box(x, y, 0, 0, self.width, self.height)
        return px, self.height - py

    def draw(self) -> None:
        c = self.canv
        page_x, page_y = c.absolutePosition(0, 0)
        self.drawn_box = (page_x, page_y, self.width, self.height)
        draw_outline(c, 0, 0, self.width, self.height, self.font)
        radius = max(2.3 * mm, self.width / 70)
        for mark in self.snapshot.marks:
            draw_mark(c, mark.kind, mark.number, *self.mark_point(mark.x, mark.y), radius, self.font)


class CheckinSheetRenderer(DocumentRenderer):
    """Renders one copy of a check-in sheet snapshot."""

    def __init__(
        self, snapshot: CheckinSnapshot, copy: Copy = "customer", *, font_path: str | os.PathLike[str] | None = None
    ) -> None:
        if copy not in COPY_LABELS:
            raise ValueError(f"unknown copy {copy!r}; expected 'customer' or 'shop'")
        self.snapshot = snapshot
        self.copy = copy
        super().__init__(snapshot.shop, font_path=font_path)
        self.drawing = CarDrawing(snapshot, self.font, 86 * mm)

    # ---- hooks ----------------------------------------------------------------------------

    def title(self) -> str:
        return "接车登记表"

    def number(self) -> str:
        return self.snapshot.number

    def copy_label(self) -> str:
        label = COPY_LABELS[self.copy]
        return f"{DRAFT} · {label}" if self.snapshot.draft else label

    def footer_note(self) -> str:
        s = self.snapshot
        if s.draft:
            return f"草稿（客户未签字） · 第 {s.revision} 版 · 打印于 {s.taken_at}"
        return f"环车检查第 {s.revision} 版 · 客户签字 {s.signed_at}"

    def _header_texts(self) -> list[str]:
        labels = [label.text for label in car_outline.LABELS]
        return [*super()._header_texts(), DRAFT, "EF", "0123456789", *labels]

    def _draw_header(self, canvas: Canvas, doc: object) -> None:
        if self.snapshot.draft:
            self._draw_watermark(canvas)
        super()._draw_header(canvas, doc)  # type: ignore[arg-type]

    def _draw_watermark(self, canvas: Canvas) -> None:
        page_w, page_h = self.pagesize
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
        canvas.translate(page_w / 2, page_h / 2)
        canvas.rotate(40)
        canvas.setFont(self.font, 150)
        canvas.drawCentredString(0, -50, DRAFT)
        canvas.restoreState()

    def body(self) -> list[Flowable]:
        story: list[Flowable] = [self._info()]
        story += self.section("车身外观（损伤标记）", "客户在场环车确认")
        story.append(self._drawing_and_marks())
        if len(self.snapshot.marks) > MARKS_BESIDE:  # too many to list beside the drawing
            story.append(self.spacer(2 * mm))
            story.append(self._mark_list(self.width))
        story += self.section("环车检查", self._problem_summary())
        story.append(self._checklist())
        story += self.section("故障描述 · 贵重物品 · 客户签字", "故障描述按客户原话记录", keep=45 * mm)
        story.append(self._valuables_and_signature())
        story.append(self.spacer(1.5 * mm))
        story.append(self.para("；".join(TERMS) + "。", self.styles.terms))
        return story

    # ---- parts ----------------------------------------------------------------------------

    def _info(self) -> Flowable:
        s = self.snapshot
        w = self.width
        mileage = f"{format_grouped(s.mileage)} km" if s.mileage else "—"
        if s.mileage_reason:
            mileage += f"（{s.mileage_reason}）"
        items = [
            InfoItem("接车时间", s.arrived_at or "—"),
            InfoItem("服务顾问", s.advisor or "—"),
            InfoItem("委托书号", s.order_number or "（未开单）"),
            InfoItem("客户名称", s.customer_name or "—"),
            InfoItem("联系电话", s.customer_phone or "—"),
            InfoItem("预约号", s.appointment_number or "直接到店"),
            InfoItem("车牌号", s.plate or "—"),
            InfoItem("车架号", s.vin or "—"),
            InfoItem("车型颜色", " ".join(t for t in (s.model, s.colour) if t) or "—"),
        ]
        grid = self.info_grid(items, columns=3, label_width=17 * mm, widths=[w * 0.31, w * 0.34, w * 0.35])
        st = self.styles
        fuel = "—" if s.fuel_eighths is None else f"{s.fuel_eighths}/8"
        keys = "—" if s.keys is None else f"{s.keys} 把"
        row = [
            self.para("进厂里程", st.label), self.para(mileage, st.value),
            self.para("燃油", st.label), FuelGauge(s.fuel_eighths, self.font), self.para(fuel, st.value),
            self.para("钥匙", st.label), self.para(keys, st.value),
            self.para("首保", st.label), self.para("是" if s.first_service else "否", st.value),
        ]
        widths = [17 * mm, None, 12 * mm, 28 * mm, 12 * mm, 12 * mm, 16 * mm, 12 * mm, 10 * mm]
        fixed = sum(x for x in widths if x is not None)
        widths[1] = w - fixed
        second = Table(
            [row], colWidths=widths,
            style=self.table_style([
                ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
                ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                ("LINEAFTER", (3, 0), (3, 0), 0, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (0, 0), LABEL_FILL),
                ("BACKGROUND", (2, 0), (2, 0), LABEL_FILL),
                ("BACKGROUND", (5, 0), (5, 0), LABEL_FILL),
                ("BACKGROUND", (7, 0), (7, 0), LABEL_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]),
            hAlign="LEFT",
        )
        return Table(
            [[grid], [second]], colWidths=[w],
            style=self.table_style([
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]),
            hAlign="LEFT",
        )

    def _legend(self) -> Flowable:
        cells: list[object] = [self.para("图例", self.styles.label)]
        widths: list[float] = [9 * mm]
        for kind, name in MARK_KINDS.items():
            cells += [_MarkSymbol(kind, self.font), self.para(name, self.styles.note)]
            widths += [5.5 * mm, stringWidth(name, self.font, 8.5) + 2.5 * mm]
        return Table(
            [cells], colWidths=widths,
            style=self.table_style([
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]),
            hAlign="LEFT",
        )

    def _mark_list(self, width: float) -> Flowable:
        st = self.styles
        rows: list[list[object]] = [[self.para("序号", st.head), self.para("类型", st.head), self.para("说明", st.head)]]
        for mark in self.snapshot.marks:
            note = mark.note or "—"
            if mark.photos:
                note += f"（照片 {mark.photos} 张）"
            rows.append([_MarkSymbol(mark.kind, self.font, mark.number), self.para(mark.kind_name, st.cell_center), self.para(note, st.cell)])
        commands: list[tuple[object, ...]] = [
            ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
            ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if not self.snapshot.marks:
            rows.append([self.para("无损伤标记", st.cell_muted), "", ""])
            commands.append(("SPAN", (0, 1), (-1, 1)))
        return Table(rows, colWidths=[10 * mm, 12 * mm, width - 22 * mm], style=self.table_style(commands), repeatRows=1, hAlign="LEFT")

    def _drawing_and_marks(self) -> Flowable:
        gap = 4 * mm
        right = self.width - self.drawing.width - gap
        beside = self._mark_list(right) if len(self.snapshot.marks) <= MARKS_BESIDE else self.para(
            f"共 {len(self.snapshot.marks)} 处标记，见下表。", self.styles.note
        )
        right_cell = Table(
            [[self._legend()], [beside]], colWidths=[right],
            style=self.table_style([
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5 * mm),
            ]),
        )
        return Table(
            [[self.drawing, "", right_cell]], colWidths=[self.drawing.width, gap, right],
            style=self.table_style([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]),
            hAlign="LEFT",
        )

    def _problem_summary(self) -> str:
        problems = sum(1 for i in self.snapshot.checklist if i.ok is False)
        unchecked = sum(1 for i in self.snapshot.checklist if i.ok is None)
        text = f"共 {len(self.snapshot.checklist)} 项，{problems} 项有问题"
        if unchecked:
            text += f"，{unchecked} 项未检查"
        return text

    def _checklist(self) -> Flowable:
        """Two columns of about the same height; an item with a problem is highlighted with its note."""
        st = self.styles
        flat: list[tuple[str, object]] = []  # ("group", title) or ("item", item)
        for item in self.snapshot.checklist:
            if not flat or self._group_of(flat) != item.group:
                flat.append(("group", item.group))
            flat.append(("item", item))
        split = (len(flat) + 1) // 2
        if split < len(flat) and flat[split - 1][0] == "group":
            split -= 1  # never leave a group's title alone at the foot of the left column
        left, right = flat[:split], flat[split:]
        if right and right[0][0] == "item":
            right.insert(0, ("group", f"{self._group_of(left)}（续）"))
        half = (self.width - 3 * mm) / 2
        problem = ParagraphStyle("problem", parent=st.cell, textColor=PROBLEM_INK)
        problem_center = ParagraphStyle("problem_center", parent=st.cell_center, textColor=PROBLEM_INK)

        def column(part: list[tuple[str, object]]) -> Table:
            rows: list[list[object]] = []
            commands: list[tuple[object, ...]] = [
                ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
                ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
            for what, value in part:
                r = len(rows)
                if what == "group":
                    rows.append([self.para(str(value) or "检查项目", st.label), "", ""])
                    commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), HEAD_FILL)]
                    continue
                item = value
                if item.ok is None:  # type: ignore[attr-defined]
                    result = self.para("未检查", st.cell_muted)
                elif item.ok:  # type: ignore[attr-defined]
                    result = self.para("正常", st.cell_center)
                else:
                    result = self.para("有问题", problem_center)
                    commands.append(("BACKGROUND", (0, r), (-1, r), PROBLEM_FILL))
                text_style = problem if item.ok is False else st.cell  # type: ignore[attr-defined]
                rows.append([
                    self.para(item.label, text_style), result, self.para(item.note, text_style),  # type: ignore[attr-defined]
                ])
            if not rows:
                rows.append(["", "", ""])
            return Table(
                rows, colWidths=[half * 0.42, 13 * mm, half * 0.58 - 13 * mm], style=self.table_style(commands),
                hAlign="LEFT",
            )

        return Table(
            [[column(left), "", column(right)]], colWidths=[half, 3 * mm, half],
            style=self.table_style([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]),
            hAlign="LEFT",
        )

    @staticmethod
    def _group_of(flat: list[tuple[str, object]]) -> str:
        return next((str(v) for what, v in reversed(flat) if what == "group"), "")

    def _valuables(self, width: float) -> Flowable:
        s = self.snapshot
        st = self.styles
        rows = [[self.para("车内贵重物品", st.head), self.para("处理", st.head)]]
        if not s.valuables:
            rows.append([self.para("车内未发现贵重物品。", st.cell), ""])
        else:
            rows += [
                [self.para(f"{i}. {v.item}", st.cell), self.para(v.handling_name, st.cell)]
                for i, v in enumerate(s.valuables, 1)
            ]
        commands: list[tuple[object, ...]] = [
            ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE), ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if not s.valuables:
            commands.append(("SPAN", (0, 1), (-1, 1)))
        return Table(rows, colWidths=[width * 0.5, width * 0.5], style=self.table_style(commands), hAlign="LEFT")

    def _complaints(self, width: float) -> Flowable:
        st = self.styles
        lines = self.snapshot.complaints
        rows = [[self.para("故障描述 / 客户要求（客户原话）", st.head)]]
        rows += [[self.para(f"{i}. {line}", st.cell)] for i, line in enumerate(lines, 1)] or [[self.para("（未填写）", st.cell_muted)]]
        return Table(
            rows, colWidths=[width],
            style=self.table_style([
                ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE), ("LINEBELOW", (0, 0), (-1, 0), GRID_WIDTH, LINE),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]),
            hAlign="LEFT",
        )

    def _valuables_and_signature(self) -> Flowable:
        """The complaints and the valuables at the left, the customer's signature box at the right."""
        s = self.snapshot
        st = self.styles
        sign_w = 76 * mm
        gap = 5 * mm
        left_w = self.width - sign_w - gap
        left = Table(
            [[self._complaints(left_w)], [self._valuables(left_w)]], colWidths=[left_w],
            style=self.table_style([
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2 * mm),
            ]),
            hAlign="LEFT",
        )
        if s.signature_png:
            picture: Flowable = SignatureImage(s.signature_png, sign_w - 12 * mm, 16 * mm)
            when = f"签字时间：{s.signed_at}"
        else:
            picture = self.para("（客户尚未签字）" if s.draft else "", st.cell_muted)
            when = "签字时间："
        box = self.signature_box(
            "客户签字（确认以上车辆状况及物品）", picture, f"{when}    服务顾问：{s.advisor or '—'}",
            width=sign_w, height=18 * mm,
        )
        return Table(
            [[left, "", box]], colWidths=[left_w, gap, sign_w],
            style=self.table_style([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]),
            hAlign="LEFT",
        )


class _MarkSymbol(Flowable):
    """A mark's symbol for the legend and the list (with its number when given)."""

    def __init__(self, kind: str, font: str, number: int = 0) -> None:
        super().__init__()
        self.kind, self.font, self.number = kind, font, number
        self.size = 4.6 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        draw_mark(self.canv, self.kind, self.number, self.size / 2, self.size / 2, self.size * 0.38, self.font)


def render_checkin_sheet(
    snapshot: CheckinSnapshot, copy: Copy = "customer", font_path: str | os.PathLike[str] | None = None
) -> bytes:
    """One copy of the check-in sheet as PDF bytes (``customer`` 客户联 or ``shop`` 本店联)."""
    return CheckinSheetRenderer(snapshot, copy, font_path=font_path).render()
