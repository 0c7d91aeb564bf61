"""The repair order (任务委托书): customer copy (客户联) and workshop copy (车间联 · 派工单).

The customer copy is what the customer signs: the job, the estimate split into labour and parts,
the totals by pay type, what the customer pays (with the amount in Chinese capitals), the terms,
and signature boxes. The workshop copy is the dispatch slip: the same car and complaint, the jobs
with their hours and boxes for team, technician, start and finish, the parts with quantities, and
the quality check — and no price or amount anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from desk.models.enums import PayType
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
    format_grouped,
    format_money,
)
from desk.services.snapshots import RepairOrderSnapshot

Copy = Literal["customer", "workshop"]

COPY_LABELS: dict[str, str] = {
    "customer": "客户联",
    "workshop": "车间联 · 派工单",
}

CUSTOMER_TERMS = (
    "本委托书所列金额为预估费用，最终以结算单为准。",
    "维修过程中如发现需追加的维修项目，本店将先与您联系说明，经您同意后方可施工；未经同意不追加项目、不增加费用。",
    "更换下的旧件按与您约定的方式处理（带走或由本店处理）；保修、保险项目的旧件按厂家及保险公司规定由本店回收。",
    "交车时请您当面检查车辆状况及车内物品；车内贵重物品请随身携带。",
    "客户签字即表示已确认以上车辆信息、维修项目及预估费用。",
)

QC_RESULTS = ("合格", "不合格，返修（返修后须重新质检）")
FINAL_CHECKS = ("故障已排除", "旧件已备好", "车辆已清洁", "车内无遗留物品", "三件套已取下")


def pay_type_name(code: str) -> str:
    """``"warranty"`` → ``"保修"``; an unknown code is shown as it is."""
    try:
        return PayType(code).chinese
    except ValueError:
        return code


def _sum_hours(values: Sequence[str]) -> str:
    """The sum of hour strings, to the most decimals any has; ``""`` if one is not a number."""
    total = Decimal(0)
    places = 0
    for v in values:
        try:
            d = Decimal(v.strip())
        except InvalidOperation:
            return ""
        if not d.is_finite():
            return ""
        exponent = d.as_tuple().exponent
        if isinstance(exponent, int) and exponent < 0:
            places = max(places, -exponent)
        total += d
    return f"{total:.{places}f}"


def _mileage(text: str) -> str:
    """``"35680"`` → ``"35,680 km"``; text that is not a number is shown as it is."""
    text = text.strip()
    if not text:
        return "—"
    try:
        if not Decimal(text).is_finite():
            return text
    except InvalidOperation:
        return text
    return f"{format_grouped(text)} km"


class RepairOrderRenderer(DocumentRenderer):
    """Renders one copy of a repair order snapshot."""

    def __init__(
        self,
        snapshot: RepairOrderSnapshot,
        copy: Copy,
        *,
        font_path: str | os.PathLike[str] | None = None,
    ) -> None:
        if copy not in COPY_LABELS:
            raise ValueError(f"unknown copy {copy!r}; expected 'customer' or 'workshop'")
        self.snapshot = snapshot
        self.copy = copy
        super().__init__(snapshot.shop, font_path=font_path)

    # ---- hooks ----------------------------------------------------------------------------

    def title(self) -> str:
        return "任务委托书"

    def number(self) -> str:
        return self.snapshot.number

    def copy_label(self) -> str:
        return COPY_LABELS[self.copy]

    def footer_note(self) -> str:
        s = self.snapshot
        return f"依据第 {s.order_version} 版 · {s.taken_at}"

    def body(self) -> list[Flowable]:
        if self.copy == "customer":
            return self._customer_body()
        return self._workshop_body()

    # ---- shared parts ---------------------------------------------------------------------

    def _info(self, *, workshop: bool) -> Flowable:
        """The order, customer and car. The workshop gets the pay types instead of the phone
        number: the advisor, not the technician, talks to the customer."""
        s = self.snapshot
        fifth = (
            InfoItem("付费类型", self._pay_types_text())
            if workshop
            else InfoItem("联系电话", s.customer_phone or "—")
        )
        items = [
            InfoItem("开单时间", s.opened_at or "—"),
            # the customer copy shows the promised time large, below, with the old parts and extra work
            InfoItem("预计交车", s.promised_at or "—") if workshop else InfoItem("付款方式", s.payment_intent or "未约定"),
            InfoItem("服务顾问", s.advisor or "—"),
            InfoItem("客户名称", s.customer_name or "—"),
            fifth,
            InfoItem("车牌号", s.plate or "—"),
            InfoItem("车架号VIN", s.vin or "—"),
            InfoItem("车型", s.model or "—"),
            InfoItem("行驶里程", _mileage(s.mileage)),
        ]
        w = self.width
        return self.info_grid(
            items, columns=3, label_width=19 * mm, widths=[w * 0.33, w * 0.40, w * 0.27]
        )

    def _pay_types_text(self) -> str:
        codes: list[str] = []
        for line in (*self.snapshot.labour_lines, *self.snapshot.part_lines):
            if line.pay_type not in codes:
                codes.append(line.pay_type)
        return "、".join(pay_type_name(c) for c in codes) or "—"

    def _complaint_text(self) -> str:
        """The complaint in the customer's words; a repeat repair (返修) says so first, with the
        earlier order, so neither the customer nor the technician can miss it."""
        s = self.snapshot
        text = s.complaint.strip() or "（未填写）"
        return f"【返修】原委托书 {s.repeat_of}。{text}" if s.repeat_of else text

    def _complaint(self) -> list[Flowable]:
        text = self._complaint_text()
        box = Table(
            [[self.para(text, self.styles.body)]],
            colWidths=[self.width],
            style=self.table_style(
                [
                    ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
            hAlign="LEFT",
        )
        return [*self.section("故障描述 / 客户要求", "按客户原话记录"), box]

    # ---- customer copy --------------------------------------------------------------------

    def _customer_body(self) -> list[Flowable]:
        s = self.snapshot
        # the complaint goes in one block with the promise and what was agreed, to keep to one page
        story: list[Flowable] = [self._info(workshop=False), self._promise_and_agreements()]
        # The 折扣 column only when some line has a discount.
        discounted = any(line.discount for line in (*s.labour_lines, *s.part_lines))
        discount_col = [Column("折扣", 13 * mm, "right")] if discounted else []
        amount_at = 6 if discounted else 5

        labour_cols = [
            Column("序号", 9 * mm, "center"),
            Column("项目代码", 23 * mm),
            Column("维修项目"),
            Column("工时", 13 * mm, "right"),
            Column("工时单价", 21 * mm, "right"),
            *discount_col,
            Column("金额", 24 * mm, "right"),
            Column("付费类型", 15 * mm, "center"),
        ]
        labour_rows = [
            [
                str(i),
                l.code,
                l.name,
                l.hours,
                format_money(l.rate),
                *([l.discount] if discounted else []),
                format_money(l.amount),
                pay_type_name(l.pay_type),
            ]
            for i, l in enumerate(s.labour_lines, 1)
        ]
        hours = _sum_hours([l.hours for l in s.labour_lines]) if s.labour_lines else ""
        summary_values = {amount_at: format_money(s.labour_total)}
        if hours:
            summary_values[3] = hours
        story += self.section("维修项目（工时）", f"共 {len(s.labour_lines)} 项")
        story.append(
            self.lines_table(
                labour_cols,
                labour_rows,
                empty_text="（无维修项目）",
                summary=[("工时费小计", summary_values)],
            )
        )

        part_cols = [
            Column("序号", 9 * mm, "center"),
            Column("备件编号", 31 * mm),
            Column("备件名称"),
            Column("数量", 13 * mm, "right"),
            Column("单价", 21 * mm, "right"),
            *discount_col,
            Column("金额", 24 * mm, "right"),
            Column("付费类型", 15 * mm, "center"),
        ]
        part_rows = [
            [
                str(i),
                p.part_number,
                p.name,
                p.quantity,
                format_money(p.unit_price),
                *([p.discount] if discounted else []),
                format_money(p.amount),
                pay_type_name(p.pay_type),
            ]
            for i, p in enumerate(s.part_lines, 1)
        ]
        story += self.section("备件材料", f"共 {len(s.part_lines)} 项")
        story.append(
            self.lines_table(
                part_cols,
                part_rows,
                empty_text="（无备件）",
                summary=[("备件费小计", {amount_at: format_money(s.parts_total)})],
            )
        )

        story += self.section("费用汇总", "金额单位：人民币元", keep=60 * mm, then=[self._totals()])
        story.append(self.spacer(2.5 * mm))
        story.append(self._terms_and_signatures())
        return story

    def _promise_and_agreements(self) -> Flowable:
        """The promised time, large, with what was agreed at intake about old parts and extra work,
        and the complaint in the customer's words below."""
        s = self.snapshot
        st = self.styles
        if s.extra_work_consent:
            callback = f"如发现其他需维修项目，请联系 {s.callback_phone}" if s.callback_phone else "如发现其他需维修项目，请联系客户"
        else:
            callback = "客户不同意增项来电"
        label_w = 17 * mm
        promised = ParagraphStyle("promised", parent=st.emphasis, fontSize=13, leading=16)
        data = [[
            self.para("预计交车", st.label),
            self.para(s.promised_at or "—", promised),
            self.para("旧件处理", st.label),
            self.para(s.old_parts or "未约定", st.value),
            self.para("追加项目", st.label),
            self.para(callback, st.note),
        ], [
            self.para("故障描述", st.label),
            self.para(self._complaint_text(), st.body),
            "", "", "", "",
        ]]
        widths = [label_w, 44 * mm, label_w, 19 * mm, label_w]
        widths.append(self.width - sum(widths))
        style = self.table_style(
            [
                ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
                ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *[("BACKGROUND", (c, 0), (c, 0), LABEL_FILL) for c in (0, 2, 4)],
                ("BACKGROUND", (0, 1), (0, 1), LABEL_FILL),
                ("SPAN", (1, 1), (-1, 1)),
                ("VALIGN", (0, 1), (0, 1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
        table = Table(data, colWidths=widths, style=style, hAlign="LEFT")
        table.spaceBefore = 1.2 * mm
        return table

    def _totals(self) -> Flowable:
        s = self.snapshot
        st = self.styles
        w = self.width
        widths = [w - 3 * 44 * mm, 44 * mm, 44 * mm, 44 * mm]
        data: list[list[object]] = [
            [self.para(t, st.head) for t in ("付费类型", "工时费", "备件费", "小计")]
        ]
        for t in s.totals_by_pay_type:
            data.append(
                [
                    self.para(pay_type_name(t.pay_type), st.cell_center),
                    self.para(format_money(t.labour), st.cell_right),
                    self.para(format_money(t.parts), st.cell_right),
                    self.para(format_money(t.total), st.cell_right),
                ]
            )
        discount_rows: list[int] = []
        if s.discount_total:
            discount_rows.append(len(data))
            data.append(
                [
                    self.para("折扣优惠（已从以上金额扣除）", st.cell),
                    "",
                    "",
                    self.para("-" + format_money(s.discount_total), st.cell_right),
                ]
            )
        total_row = len(data)
        data.append(
            [
                self.para("合计", st.cell_center),
                self.para(format_money(s.labour_total), st.cell_right),
                self.para(format_money(s.parts_total), st.cell_right),
                self.para(format_money(s.total), st.cell_right),
            ]
        )
        pays_row = len(data)
        data.append(
            [
                self.para("客户应付", st.emphasis),
                "",
                "",
                self.para(format_money(s.customer_pays), st.emphasis_right),
            ]
        )
        capitals_row = len(data)
        data.append(
            [
                self.para("大写金额", st.cell),
                self.para(f"人民币 {s.customer_pays_in_capitals}", st.emphasis),
                "",
                "",
            ]
        )
        style = self.table_style(
            [
                ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
                ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), BOX_WIDTH, LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("BACKGROUND", (0, total_row), (-1, total_row), SUM_FILL),
                ("LINEABOVE", (0, total_row), (-1, total_row), BOX_WIDTH, LINE),
                ("SPAN", (0, pays_row), (2, pays_row)),
                ("LINEABOVE", (0, pays_row), (-1, pays_row), BOX_WIDTH, LINE),
                ("TOPPADDING", (0, pays_row), (-1, capitals_row), 3),
                ("BOTTOMPADDING", (0, pays_row), (-1, capitals_row), 3.5),
                ("BACKGROUND", (0, capitals_row), (0, capitals_row), LABEL_FILL),
                ("SPAN", (1, capitals_row), (-1, capitals_row)),
                *[("SPAN", (0, r), (2, r)) for r in discount_rows],
            ]
        )
        return Table(data, colWidths=widths, style=style, hAlign="LEFT")

    def _terms_and_signatures(self) -> Flowable:
        """The terms at the left, the customer's and the advisor's signature boxes at the right."""
        sign_width = 70 * mm
        gap = 5 * mm
        terms = self._terms(self.width - sign_width - gap)
        signatures = self.signature_boxes(
            [("客户签字（确认以上项目及预估费用）", ""), ("服务顾问", self.snapshot.advisor)],
            columns=1,
            width=sign_width,
            height=9.5 * mm,
        )
        return Table(
            [[terms, "", signatures]],
            colWidths=[self.width - sign_width - gap, gap, sign_width],
            style=self.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )

    def _terms(self, width: float) -> Flowable:
        st = self.styles
        rows = [[self.para("温馨提示", st.section), ""]]
        rows += [
            [self.para(f"{i}.", st.terms), self.para(t, st.terms)]
            for i, t in enumerate(CUSTOMER_TERMS, 1)
        ]
        return Table(
            rows,
            colWidths=[5 * mm, width - 5 * mm],
            style=self.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 2.5),
                ]
            ),
            hAlign="LEFT",
        )

    # ---- workshop copy --------------------------------------------------------------------

    def _workshop_body(self) -> list[Flowable]:
        s = self.snapshot
        story: list[Flowable] = [self._info(workshop=True), *self._complaint()]

        # Team and technician as dispatched when the copy was taken (blank: write them in by hand);
        # start, finish, actual hours and the technician's signature are written in the workshop.
        job_cols = [
            Column("序号", 9 * mm, "center"),
            Column("项目代码", 16 * mm),
            Column("维修项目"),
            Column("标准工时", 15 * mm, "right"),
            Column("班组", 16 * mm, "center"),
            Column("技师", 14 * mm, "center"),
            Column("开工时间", 16 * mm, "center"),
            Column("完工时间", 16 * mm, "center"),
            Column("实际工时", 15 * mm, "center"),
            Column("技师签字", 16 * mm, "center"),
        ]
        job_rows = [
            [str(i), l.code, l.name, l.hours, l.team, l.technician, "", "", "", ""]
            for i, l in enumerate(s.labour_lines, 1)
        ]
        hours = _sum_hours([l.hours for l in s.labour_lines]) if s.labour_lines else ""
        story += self.section("派工项目", f"共 {len(s.labour_lines)} 项 · 预计交车 {s.promised_at or '—'}")
        story.append(
            self.lines_table(
                job_cols,
                job_rows,
                empty_text="（无维修项目）",
                summary=[("标准工时合计", {3: hours})] if hours else (),
                padding=4.5,
                stripes=False,
            )
        )

        part_cols = [
            Column("序号", 9 * mm, "center"),
            Column("备件编号", 33 * mm),
            Column("备件名称"),
            Column("数量", 14 * mm, "right"),
            Column("付费类型", 15 * mm, "center"),
            Column("领料人", 22 * mm, "center"),
            Column("发料人", 22 * mm, "center"),
        ]
        part_rows = [
            [str(i), p.part_number, p.name, p.quantity, pay_type_name(p.pay_type), "", ""]
            for i, p in enumerate(s.part_lines, 1)
        ]
        story += self.section("备件领用", f"共 {len(s.part_lines)} 项")
        story.append(
            self.lines_table(part_cols, part_rows, empty_text="（无备件）", padding=3.5, stripes=False)
        )

        story += self.section(
            "质检 / 交车前检查", keep=50 * mm,
            then=[self._quality_check(), self.spacer(3 * mm), self._workshop_signatures()],
        )
        return story

    def _quality_check(self) -> Flowable:
        st = self.styles
        room = self.width - 19 * mm - 8
        rows = [
            [self.para("质检结论", st.label), self.tick_options(QC_RESULTS, gap=10 * mm, width=room)],
            [self.para("完工检查", st.label), self.tick_options(FINAL_CHECKS, width=room)],
            [self.para("质检备注", st.label), ""],
        ]
        return Table(
            rows,
            colWidths=[19 * mm, self.width - 19 * mm],
            rowHeights=[None, None, 11 * mm],
            style=self.table_style(
                [
                    ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
                    ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                    ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("VALIGN", (0, -1), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            hAlign="LEFT",
        )

    def _workshop_signatures(self) -> Flowable:
        return self.signature_boxes(
            [("质检员签字", ""), ("车间主管", ""), ("服务顾问确认", self.snapshot.advisor)],
            height=11 * mm,
        )


def render_repair_order(
    snapshot: RepairOrderSnapshot,
    copy: Copy,
    font_path: str | os.PathLike[str] | None = None,
) -> bytes:
    """One copy of the repair order as PDF bytes.

    ``copy`` is ``"customer"`` (客户联, with prices, totals and signature) or ``"workshop"``
    (车间联 · 派工单, without any price or amount). ``font_path`` is the ``font_path`` setting;
    without it a CJK font is searched for (:func:`desk.printing.fonts.find_cjk_font`).

    Raises :class:`desk.printing.fonts.FontNotFound` when no usable Chinese font is found and
    :class:`desk.printing.fonts.MissingGlyphs` when the font cannot draw some of the text.
    """
    return RepairOrderRenderer(snapshot, copy, font_path=font_path).render()
