"""The additional-work confirmation slip (追加项目确认单).

One slip per repair order lists every item the workshop found: what it is, the proposed labour
and parts with prices, what the customer pays for it (with 大写), the extra time and the promised
time it leads to, and the customer's decision — who decided, how, when, and who recorded it. An
item still waiting gets boxes to tick (同意 / 不同意) and to sign instead.
"""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from desk.models.enums import AdditionalWorkStatus
from desk.printing.base import (
    BOX_WIDTH,
    GRID_WIDTH,
    LABEL_FILL,
    LINE,
    Column,
    DocumentRenderer,
    InfoItem,
    format_grouped,
    format_money,
)
from desk.printing.repair_order import pay_type_name
from desk.services.additional_work_snapshot import AdditionalWorkSnapshot, PrintedAdditionalWork

TERMS = (
    "以上追加项目为维修过程中发现的问题及建议，须经客户同意后方可施工；客户不同意的项目本店不施工、不收费，"
    "并作为建议项目记录，下次进厂时再提醒。"
)

DECISIONS = ("同意追加以上项目", "不同意，本次不做")


def status_name(code: str) -> str:
    try:
        return AdditionalWorkStatus(code).chinese
    except ValueError:
        return code


class AdditionalWorkRenderer(DocumentRenderer):
    """Renders the slip of one order's additional work."""

    def __init__(self, snapshot: AdditionalWorkSnapshot, *, font_path: str | os.PathLike[str] | None = None) -> None:
        self.snapshot = snapshot
        super().__init__(snapshot.shop, font_path=font_path)

    def title(self) -> str:
        return "追加项目确认单"

    def number(self) -> str:
        return self.snapshot.number

    def footer_note(self) -> str:
        return f"依据第 {self.snapshot.order_version} 版委托书 · {self.snapshot.taken_at}"

    def body(self) -> list[Flowable]:
        s = self.snapshot
        story: list[Flowable] = [self._info()]
        if not s.extra_work_consent:
            story.append(self.spacer(1.5 * mm))
            story.append(self.para("客户不接受增项来电：以下项目须当面向客户说明并确认。", self.styles.emphasis))
        for item in s.items:
            story += self._item(item)
        story.append(self.spacer(3 * mm))
        story.append(self.para(TERMS, self.styles.terms))
        return story

    def _info(self) -> Flowable:
        s = self.snapshot
        mileage = f"{format_grouped(s.mileage.replace(',', ''))} km" if s.mileage else "—"
        items = [
            InfoItem("委托书号", s.number),
            InfoItem("开单时间", s.opened_at or "—"),
            InfoItem("服务顾问", s.advisor or "—"),
            InfoItem("客户名称", s.customer_name or "—"),
            InfoItem("联系电话", s.callback_phone or "—"),
            InfoItem("车牌号", s.plate or "—"),
            InfoItem("车架号VIN", s.vin or "—"),
            InfoItem("车型", s.model or "—"),
            InfoItem("行驶里程", mileage),
            InfoItem("预计交车", s.promised_at or "—", span=3),
        ]
        w = self.width
        return self.info_grid(items, columns=3, label_width=21 * mm, widths=[w * 0.33, w * 0.40, w * 0.27])

    def _item(self, item: PrintedAdditionalWork) -> list[Flowable]:
        note = f"发现：{item.found_at}" + (f" · {item.found_by}" if item.found_by else "")
        story = self.section(f"追加项目 {item.index}（{status_name(item.status)}）", note, keep=70 * mm)
        story.append(self._description(item.description))
        story.append(self.spacer(1.5 * mm))
        columns = [
            Column("序号", 9 * mm, "center"),
            Column("类别", 11 * mm, "center"),
            Column("代码/备件号", 27 * mm),
            Column("项目/备件名称"),
            Column("工时/数量", 17 * mm, "right"),
            Column("单价", 21 * mm, "right"),
            Column("金额", 23 * mm, "right"),
            Column("付费类型", 15 * mm, "center"),
        ]
        rows: list[list[str]] = []
        for l in item.labour_lines:
            rows.append([str(len(rows) + 1), "工时", l.code, l.name, l.hours, format_money(l.rate),
                         format_money(l.amount), pay_type_name(l.pay_type)])
        for p in item.part_lines:
            rows.append([str(len(rows) + 1), "备件", p.part_number, p.name, p.quantity, format_money(p.unit_price),
                         format_money(p.amount), pay_type_name(p.pay_type)])
        story.append(
            self.lines_table(columns, rows, empty_text="（无）", summary=[("合计", {6: format_money(item.total)})])
        )
        story.append(self.spacer(1.5 * mm))
        story.append(self._money_and_time(item))
        story.append(self.spacer(1.5 * mm))
        if item.status == AdditionalWorkStatus.PENDING.value:
            story.append(self.keep_together([self._to_sign()]))
        else:
            story.append(self._decision(item))
        return story

    def _description(self, text: str) -> Flowable:
        return Table(
            [[self.para("发现的问题及建议", self.styles.label), self.para(text or "—", self.styles.body)]],
            colWidths=[30 * mm, self.width - 30 * mm],
            style=self.table_style(
                [
                    ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                    ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
                    ("BACKGROUND", (0, 0), (0, 0), LABEL_FILL),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ]
            ),
            hAlign="LEFT",
        )

    def _money_and_time(self, item: PrintedAdditionalWork) -> Flowable:
        pays = f"{format_money(item.customer_pays)}（人民币 {item.customer_pays_in_capitals}）"
        if item.status == AdditionalWorkStatus.PENDING.value:
            when_label = "同意后交车"
        elif item.status == AdditionalWorkStatus.APPROVED.value:
            when_label = "新交车时间"
        else:
            when_label = "预计交车"
        when = item.new_promised_at or ("不变" if item.status != AdditionalWorkStatus.DECLINED.value else "不变（未追加）")
        extra = f"{item.extra_hours} 小时" if item.extra_hours not in ("", "0") else "不增加"
        w = self.width
        return self.info_grid(
            [
                InfoItem("客户需付", pays, span=2),
                InfoItem("需增加时间", extra),
                InfoItem(when_label, when, span=2),
                InfoItem("照片", f"{item.photos} 张" if item.photos else "无"),
            ],
            columns=3, label_width=24 * mm, widths=[w * 0.36, w * 0.36, w * 0.28],
        )

    def _decision(self, item: PrintedAdditionalWork) -> Flowable:
        approved = item.status == AdditionalWorkStatus.APPROVED.value
        items = [
            InfoItem("客户决定", "同意追加" if approved else "不同意（作为建议项目保留）"),
            InfoItem("决定人", item.decided_by or "—"),
            InfoItem("答复方式", item.channel or "—"),
            InfoItem("答复时间", item.decided_at or "—"),
            InfoItem("记录人", item.recorded_by or "—"),
        ]
        if approved:
            items.append(InfoItem("告知新时间", "已告知客户" if item.customer_told else "未告知"))
        else:
            items.append(InfoItem("", ""))
        if item.note:
            items.append(InfoItem("备注", item.note, span=3))
        w = self.width
        return self.info_grid(items, columns=3, label_width=24 * mm, widths=[w * 0.33, w * 0.34, w * 0.33])

    def _to_sign(self) -> Flowable:
        st = self.styles
        room = self.width - 24 * mm - 8
        choice = Table(
            [
                [self.para("客户决定", st.label), self.tick_options(DECISIONS, gap=12 * mm, width=room)],
                [self.para("答复方式", st.label), self.tick_options(("电话", "当面", "其他"), gap=12 * mm, width=room)],
            ],
            colWidths=[24 * mm, self.width - 24 * mm],
            style=self.table_style(
                [
                    ("GRID", (0, 0), (-1, -1), GRID_WIDTH, LINE),
                    ("BOX", (0, 0), (-1, -1), BOX_WIDTH, LINE),
                    ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            hAlign="LEFT",
        )
        signatures = self.signature_boxes(
            [("客户签字", ""), ("服务顾问", self.snapshot.advisor)], height=12 * mm,
        )
        return Table(
            [[choice], [signatures]],
            colWidths=[self.width],
            style=self.table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, 1), 2.5 * mm),
                ]
            ),
            hAlign="LEFT",
        )


def render_additional_work(
    snapshot: AdditionalWorkSnapshot, font_path: str | os.PathLike[str] | None = None
) -> bytes:
    """The additional-work confirmation slip as PDF bytes (A4)."""
    return AdditionalWorkRenderer(snapshot, font_path=font_path).render()
