"""The complaint handling form (客户意见处理表), A4.

One form per complaint: its number, when and by whom it was received and from where, the customer,
the car and the order, the category (质量类 or one of the non-quality kinds), the complaint in the
customer's words, who handles it and the first-response deadline, every handling step, and the
result with the customer's acceptance and the date it was closed. A complaint still open prints
with empty room for the result and boxes to tick, so it can be finished by hand and signed.
"""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desk.printing.base import (
    BOX_WIDTH,
    Cell,
    GRID_WIDTH,
    LABEL_FILL,
    LINE,
    Column,
    DocumentRenderer,
    InfoItem,
)
from desk.services.complaints import ComplaintForm

NOTE = (
    "本表由售后服务管理人员填写，并登记于客户投诉登记追踪表；处理结果须反馈客户并报服务经理。"
    "质量类投诉按维修质量问题处理，非质量类投诉由相关部门配合分析、解释并弥补。"
)


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    return {True: yes, False: no, None: ""}[value]


class ComplaintFormRenderer(DocumentRenderer):
    """Renders the handling form of one complaint."""

    def __init__(self, form: ComplaintForm, *, font_path: str | os.PathLike[str] | None = None) -> None:
        self.form = form
        super().__init__(form.shop, font_path=font_path)

    def title(self) -> str:
        return "客户意见处理表"

    def number(self) -> str:
        return self.form.complaint.number

    def footer_note(self) -> str:
        return f"打印时间 {self.form.printed_text}"

    def body(self) -> list[Flowable]:
        c = self.form.complaint
        story: list[Flowable] = [self._info()]
        story += self.section("客户意见（客户原话）")
        story.append(self._box(c.description, 18 * mm))
        story += self.section("处理经过", f"首次答复期限 {c.respond_by_text}", keep=40 * mm)
        story.append(self._steps())
        story += self.section("处理结果", c.status_text + ("（已逾期）" if c.overdue else ""), keep=60 * mm)
        story.append(self._result())
        story.append(self.spacer(3 * mm))
        story.append(self.keep_together([self.signature_boxes(
            [("客户签字", ""), ("处理人", c.responsible), ("服务经理", "")], height=14 * mm,
        )]))
        story.append(self.spacer(2 * mm))
        story.append(self.para(NOTE, self.styles.terms))
        return story

    def _info(self) -> Flowable:
        c = self.form.complaint
        kind = ("质量类 · " if c.is_quality else "非质量类 · ") + c.category_text
        car = " ".join(part for part in (c.plate, c.model) if part)
        items = [
            InfoItem("投诉编号", c.number),
            InfoItem("受理时间", c.received_text),
            InfoItem("受理人", c.received_by or "—"),
            InfoItem("投诉来源", c.source_text),
            InfoItem("投诉类别", kind),
            InfoItem("委托书号", c.order_number or "—"),
            InfoItem("客户名称", c.customer),
            InfoItem("联系电话", c.phone or "—"),
            InfoItem("车架号VIN", c.vin or "—"),
            InfoItem("车辆", car or "—", span=2),
            InfoItem("首次答复", c.first_response_text or "—"),
            InfoItem("责任部门", c.department or "—"),
            InfoItem("责任人", c.responsible or "—"),
            InfoItem("答复期限", c.respond_by_text),
        ]
        w = self.width
        return self.info_grid(items, columns=3, label_width=19 * mm, widths=[w * 0.31, w * 0.32, w * 0.37])

    def _box(self, text: str, min_height: float) -> Flowable:
        cell = self.para(text or " ", self.styles.body)
        _, h = cell.wrap(self.width - 10, 1000 * mm)
        return Table(
            [[cell]],
            colWidths=[self.width],
            rowHeights=[max(min_height, h + 8)],
            style=self.table_style([
                ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]),
            hAlign="LEFT",
        )

    def _steps(self) -> Flowable:
        c = self.form.complaint
        columns = [
            Column("序号", 10 * mm, "center"),
            Column("时间", 30 * mm, "center"),
            Column("处理经过"),
            Column("处理人", 22 * mm, "center"),
        ]
        rows: list[list[Cell]] = [
            [str(index), step.at_text, step.text, step.staff or "—"]
            for index, step in enumerate(c.steps, start=1)
        ]
        if c.is_open:  # room to write the next steps by hand
            rows += [[str(len(rows) + n), "", Spacer(1, 7 * mm), ""] for n in range(1, 4)]
        return self.lines_table(columns, rows, empty_text="（暂无处理记录）", padding=3, stripes=False)

    def _result(self) -> Flowable:
        c = self.form.complaint
        st = self.styles
        room = self.width - 28 * mm - 8
        if c.is_open:
            result: Flowable = self.para(" ", st.body)
            accepted: Flowable = self.tick_options(("接受", "不接受"), gap=12 * mm, width=room)
            fault: Flowable = self.tick_options(("有责（服务部责任）", "无责"), gap=12 * mm, width=room)
            closed = self.para("      年    月    日", st.body)
            heights = [24 * mm, None, None, None]
        else:
            result = self.para(c.result, st.body)
            accepted = self.para(_yes_no(c.customer_accepted, "客户接受", "客户不接受"), st.value)
            fault = self.para(_yes_no(c.service_at_fault, "有责（服务部责任）", "无责"), st.value)
            closed = self.para(" · ".join(part for part in (c.closed_text, c.closed_by) if part), st.value)
            heights = [None, None, None, None]
        return Table(
            [
                [self.para("处理结果", st.label), result],
                [self.para("客户是否接受", st.label), accepted],
                [self.para("责任判定", st.label), fault],
                [self.para("结案日期", st.label), closed],
            ],
            colWidths=[28 * mm, self.width - 28 * mm],
            rowHeights=heights,
            style=self.table_style([
                ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
                ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (1, 0), (1, 0), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]),
            hAlign="LEFT",
        )


def render_complaint_form(form: ComplaintForm, font_path: str | os.PathLike[str] | None = None) -> bytes:
    """The complaint handling form (客户意见处理表) as PDF bytes (A4)."""
    return ComplaintFormRenderer(form, font_path=font_path).render()
