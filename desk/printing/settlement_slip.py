"""The settlement slip (结算单): customer copy (客户联) and shop copy (本店联), A4 or A5.

Rendered from the copy stored when the order was settled (:class:`SettlementSnapshot`), never
from live rows, so a reprint shows what the customer signed. It carries the shop header, the
customer, car and mileage, the labour and parts with their pay types and discounts, the totals
per payer (customer, warranty claim 索赔, insurer, internal), the bill discount and 抹零, what the
customer pays in figures and in capitals (大写), the payments with their references and change,
anything put on account (挂账), the next service, the follow-up time and the customer's signature.
A slip whose settlement was voided (a manager reopened the order) carries a large diagonal 作废
on every page, and the void time and reason in the footer.
"""

from __future__ import annotations

import os
from decimal import Decimal, InvalidOperation
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table

from desk.printing.base import (
    BOX_WIDTH,
    GRID_WIDTH,
    HEAD_FILL,
    LABEL_FILL,
    LINE,
    SUM_FILL,
    Column,
    DocumentRenderer,
    InfoItem,
    SignatureImage,
    format_grouped,
    format_money,
)
from desk.printing.repair_order import pay_type_name
from desk.services.settlement_snapshot import SettlementSnapshot, SlipPrint

Copy = Literal["customer", "shop"]

COPY_LABELS: dict[str, str] = {"customer": "客户联", "shop": "本店联"}
VOID = "作废"

PAYER_NAMES: dict[str, str] = {
    "customer": "客户自费",
    "warranty": "保修（向厂家索赔）",
    "insurance": "保险（保险公司支付）",
    "internal": "内部（本店承担）",
}

_TOTALS_SIDE_PADDING = 6.0
"""reportlab's default left and right cell padding, which the totals table keeps."""

TERMS = (
    "请核对维修项目、金额及付款方式；保修、保险部分由本店向厂家或保险公司结算，无需客户支付。",
    "本店将按您约定的时间进行回访，欢迎对我们的服务提出意见。",
    "请凭出门证提车；出门证当次有效。",
)


def _km(text: str) -> str:
    return f"{format_grouped(text)} km" if text.strip() else "—"


def _nonzero(amount: str) -> bool:
    """Whether an amount string such as ``"12.30"`` is other than zero (a blank is zero)."""
    try:
        return Decimal(amount or "0") != 0
    except InvalidOperation:
        return bool(amount.strip())


class SettlementSlipRenderer(DocumentRenderer):
    """Renders one copy of a stored settlement slip."""

    def __init__(
        self, slip: SlipPrint, copy: Copy = "customer", *, font_path: str | os.PathLike[str] | None = None
    ) -> None:
        if copy not in COPY_LABELS:
            raise ValueError(f"unknown copy {copy!r}; expected 'customer' or 'shop'")
        self.slip = slip
        self.snapshot: SettlementSnapshot = slip.snapshot
        self.copy = copy
        if slip.paper == "A5":
            self.pagesize = A5
            self.left_margin = self.right_margin = 9 * mm
            self.page_top = 8 * mm
            self.bottom_margin = 14 * mm
        super().__init__(slip.snapshot.shop, font_path=font_path)

    @property
    def small_paper(self) -> bool:
        return self.slip.paper == "A5"

    # ---- hooks ----------------------------------------------------------------------------

    def title(self) -> str:
        return "结算单"

    def number(self) -> str:
        return self.snapshot.number

    def copy_label(self) -> str:
        label = COPY_LABELS[self.copy]
        return f"{VOID} · {label}" if self.slip.void else label

    def footer_note(self) -> str:
        s = self.snapshot
        if self.slip.void:
            return f"已于 {self.slip.voided_at} 作废：{self.slip.void_reason}"
        return f"结算于 {s.settled_at} · 收银员 {s.cashier or '—'}"

    def _header_texts(self) -> list[str]:
        return [*super()._header_texts(), VOID]

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        # drawn when the page is finished, so 作废 lies across the tables rather than under them
        if self.slip.void:
            self._draw_void(canvas)
        super()._draw_footer(canvas, page, pages)

    def _draw_void(self, canvas: Canvas) -> None:
        page_w, page_h = self.pagesize
        size = 200 if not self.small_paper else 140
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.8, 0.05, 0.05, alpha=0.25))
        canvas.translate(page_w / 2, page_h / 2)
        canvas.rotate(40)
        canvas.setFont(self.font, size)
        canvas.drawCentredString(0, -size * 0.35, VOID)
        canvas.restoreState()

    def body(self) -> list[Flowable]:
        s = self.snapshot
        story: list[Flowable] = [self._info()]
        labour = [l for l in s.lines if l.kind == "labour"]
        parts = [l for l in s.lines if l.kind == "part"]
        story += self.section("维修项目（工时）", f"共 {len(labour)} 项")
        story.append(self._lines(labour, "工时", "（无维修项目）"))
        story += self.section("备件材料", f"共 {len(parts)} 项")
        story.append(self._lines(parts, "数量", "（无备件）"))
        story += self.section("费用结算", "金额单位：人民币元", keep=(40 if self.small_paper else 55) * mm,
                              then=[self._totals()])
        story += self.section("收款", f"收银员：{s.cashier or '—'}", keep=30 * mm)
        story.append(self._payments())
        story += self.section("下次保养与回访", keep=40 * mm, then=[self._next_service()])
        story.append(self.spacer(2.5 * mm))
        story.append(self.keep_together([self._terms_and_signature()]))
        return story

    # ---- parts ----------------------------------------------------------------------------

    def _info(self) -> Flowable:
        s = self.snapshot
        items = [
            InfoItem("委托书号", s.order_number),
            InfoItem("结算时间", s.settled_at or "—"),
            InfoItem("服务顾问", s.advisor or "—"),
            InfoItem("客户名称", s.customer_name + ("（单位）" if s.is_company else "")),
            InfoItem("联系电话", s.customer_phone or "—"),
            InfoItem("车牌号", s.plate or "—"),
            InfoItem("车型", s.model or "—"),
            InfoItem("车架号", s.vin or "—"),
            InfoItem("行驶里程", _km(s.mileage)),
        ]
        w = self.width
        if self.small_paper:
            return self.info_grid(items, columns=2, label_width=17 * mm, widths=[w * 0.46, w * 0.54])
        return self.info_grid(items, columns=3, label_width=17 * mm, widths=[w * 0.31, w * 0.36, w * 0.33])

    def _lines(self, lines: list, quantity_title: str, empty: str) -> Flowable:  # type: ignore[type-arg]
        small = self.small_paper
        columns = [
            Column("序号", 8.5 * mm if small else 9 * mm, "center"),
            Column("项目" if small else "代码 / 名称"),
            Column(quantity_title, 11 * mm if small else 13 * mm, "right"),
            Column("单价", 17 * mm if small else 21 * mm, "right"),
            Column("折扣", 11 * mm if small else 14 * mm, "right"),
            Column("金额", 19 * mm if small else 24 * mm, "right"),
            Column("付费", 10 * mm if small else 15 * mm, "center"),
        ]
        rows = [
            [
                str(i),
                f"{l.code} {l.name}".strip() if l.code else l.name,
                l.quantity,
                format_money(l.unit_price),
                l.discount or "—",
                format_money(l.amount),
                pay_type_name(l.pay_type),
            ]
            for i, l in enumerate(lines, 1)
        ]
        return self.lines_table(columns, rows, empty_text=empty)

    def _totals(self) -> Flowable:
        s = self.snapshot
        st = self.styles
        w = self.width
        amount_w = 30 * mm if self.small_paper else 40 * mm
        first = 28 * mm if self.small_paper else 42 * mm
        widths = [first, w - first - amount_w, amount_w]
        plain: list[tuple[object, ...]] = []

        def row(*cells: tuple[str, ParagraphStyle] | None) -> list[object]:
            """One row of (text, style) cells (None: covered by the span to its left); a cell
            spans the None cells after it. Text on one line is a plain string (see text_cell)."""
            r = len(data)
            out: list[object] = []
            for c, cell in enumerate(cells):
                if cell is None:
                    out.append("")
                    continue
                text, style = cell
                span = 1 + next((i for i, x in enumerate(cells[c + 1:]) if x is not None), len(cells) - c - 1)
                out.append(self.text_cell(text, style, sum(widths[c : c + span]) - 2 * _TOTALS_SIDE_PADDING))
                plain.extend(self.plain_text_style((c, r), (c, r), style))
            return out

        data: list[list[object]] = []
        data.append(row(("付费方", st.head), ("说明", st.head), ("金额", st.head)))
        for total in s.payer_totals:
            note = ""
            if total.pay_type == "insurance":
                note = f"{s.insurer or '—'} · 理赔号 {s.claim_number or '—'}"
            elif total.pay_type == "warranty":
                note = "由本店向厂家申请索赔"
            data.append(row(
                (PAYER_NAMES.get(total.pay_type, pay_type_name(total.pay_type)), st.cell),
                (note, st.cell),
                (format_money(total.amount), st.cell_right),
            ))
        total_row = len(data)
        line_note = f"已含项目折扣 {format_money(s.line_discount)}" if _nonzero(s.line_discount) else ""
        data.append(row(("合计", st.cell), (line_note, st.cell), (format_money(s.total), st.cell_right)))
        if _nonzero(s.bill_discount):
            data.append(row(
                ("整单折扣", st.cell),
                (f"客户自费部分优惠 {s.bill_discount_percent}", st.cell),
                (format_money("-" + s.bill_discount), st.cell_right),
            ))
        if _nonzero(s.rounding):
            data.append(row(
                ("抹零", st.cell), ("舍去角分", st.cell), (format_money("-" + s.rounding), st.cell_right),
            ))
        due_row = len(data)
        data.append(row(("客户应付", st.emphasis), None, (format_money(s.customer_due), st.emphasis_right)))
        capitals_row = len(data)
        data.append(row(("大写金额", st.cell), (f"人民币 {s.customer_due_in_capitals}", st.emphasis), None))
        style = self.table_style([
            *plain,
            ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
            ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.3),
            ("BACKGROUND", (0, total_row), (-1, total_row), SUM_FILL),
            ("LINEABOVE", (0, total_row), (-1, total_row), BOX_WIDTH, LINE),
            ("SPAN", (0, due_row), (1, due_row)),
            ("LINEABOVE", (0, due_row), (-1, due_row), BOX_WIDTH, LINE),
            ("TOPPADDING", (0, due_row), (-1, capitals_row), 3),
            ("BOTTOMPADDING", (0, due_row), (-1, capitals_row), 3.5),
            ("BACKGROUND", (0, capitals_row), (0, capitals_row), LABEL_FILL),
            ("SPAN", (1, capitals_row), (-1, capitals_row)),
        ])
        return Table(data, colWidths=widths, style=style, hAlign="LEFT")

    def _payments(self) -> Flowable:
        s = self.snapshot
        small = self.small_paper
        columns = [
            Column("付款方式", 18 * mm if small else 24 * mm, "center"),
            Column("金额", 20 * mm if small else 26 * mm, "right"),
            Column("交易流水号"),
            Column("实收 / 找零", 34 * mm if small else 44 * mm, "right"),
        ]
        rows = [
            [
                p.method,
                format_money(p.amount),
                p.reference or "—",
                f"实收 {format_money(p.tendered)} 找零 {format_money(p.change)}" if p.tendered else "—",
            ]
            for p in s.payments
        ]
        if _nonzero(s.on_account):
            rows.append(["挂账", format_money(s.on_account), f"批准人：{s.on_account_approver or '—'}", "—"])
        label = "收款及挂账合计" if _nonzero(s.on_account) else "收款合计"
        received = [(label, {1: format_money(s.customer_due)})]
        return self.lines_table(columns, rows, empty_text="（无需客户付款）", summary=received, stripes=False)

    def _next_service(self) -> Flowable:
        s = self.snapshot
        items = [
            InfoItem("下次保养日期", s.next_service_date or "—"),
            InfoItem("下次保养里程", _km(s.next_service_km)),
            InfoItem("回访时间", s.followup_time or "—"),
        ]
        w = self.width
        if self.small_paper:
            items = [InfoItem("下次保养", s.next_service_date or "—"), InfoItem("保养里程", _km(s.next_service_km)),
                     InfoItem("回访时间", s.followup_time or "—")]
            return self.info_grid(items, columns=3, label_width=17.5 * mm, widths=[w * 0.33, w * 0.33, w * 0.34])
        return self.info_grid(items, columns=3, label_width=22 * mm, widths=[w * 0.32, w * 0.32, w * 0.36])

    def _terms_and_signature(self) -> Flowable:
        s = self.snapshot
        st = self.styles
        sign_w = 62 * mm if self.small_paper else 76 * mm
        gap = 4 * mm
        if self.small_paper:
            terms_w = self.width
        else:
            terms_w = self.width - sign_w - gap
        terms = Table(
            [[self.para("温馨提示", st.section)]]
            + [[self.para(f"{i}. {t}", st.terms)] for i, t in enumerate(TERMS, 1)],
            colWidths=[terms_w],
            style=self.table_style([
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ]),
            hAlign="LEFT",
        )
        picture: Flowable = (
            SignatureImage(s.signature_png, sign_w - 10 * mm, 15 * mm) if s.signature_png else self.para("", st.cell)
        )
        box = self.signature_box(
            "客户签字（确认以上项目及金额）", picture, f"收银员：{s.cashier or '—'}    日期：{s.settled_at[:10] or '—'}",
            width=sign_w, height=17 * mm,
        )
        plain = self.table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ])
        if self.small_paper:
            return Table([[box], [self.spacer(2 * mm)], [terms]], colWidths=[self.width], style=plain, hAlign="LEFT")
        return Table([[terms, "", box]], colWidths=[terms_w, gap, sign_w], style=plain, hAlign="LEFT")


def render_settlement_slip(
    slip: SlipPrint, copy: Copy = "customer", *, font_path: str | os.PathLike[str] | None = None
) -> bytes:
    """One copy of a settlement slip as PDF bytes (``customer`` 客户联 or ``shop`` 本店联).

    Raises :class:`desk.printing.fonts.FontNotFound` when no usable Chinese font is found and
    :class:`desk.printing.fonts.MissingGlyphs` when the font cannot draw some of the text.
    """
    return SettlementSlipRenderer(slip, copy, font_path=font_path).render()


__all__ = ["COPY_LABELS", "SettlementSlipRenderer", "render_settlement_slip"]
