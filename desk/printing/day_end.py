"""The day-end report (日结报表): one day's takings per cashier and payment method, A4.

Rendered from :class:`desk.services.settlement_snapshot.DayEndReport`: the takings per cashier and
method (count, amount kept, change given), the totals per method, the amount put on account
(挂账), the settlements voided on the day with what was paid on them (given back outside Desk),
and boxes for the cashier and the accounts office to sign.
"""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desk.printing.base import Column, DocumentRenderer, InfoItem, format_money
from desk.services.money import format_yuan
from desk.services.settlement_snapshot import DayEndReport


def _money(fen: int) -> str:
    return format_money(format_yuan(fen))


class DayEndRenderer(DocumentRenderer):
    """Renders a day-end report."""

    def __init__(self, report: DayEndReport, *, font_path: str | os.PathLike[str] | None = None) -> None:
        self.report = report
        super().__init__(report.shop, font_path=font_path)

    def title(self) -> str:
        return "日结报表"

    def number(self) -> str:
        return self.report.day

    def footer_note(self) -> str:
        return f"打印于 {self.report.printed_at}"

    def body(self) -> list[Flowable]:
        r = self.report
        story: list[Flowable] = [
            self.info_grid(
                [
                    InfoItem("营业日", r.day),
                    InfoItem("收银员", r.cashier or "全部"),
                    InfoItem("结算笔数", str(r.settlements)),
                ],
                columns=3,
            )
        ]
        story += self.section("按收银员与付款方式", "金额为留存金额（现金已扣除找零）")
        story.append(self.lines_table(
            [Column("收银员", 30 * mm), Column("付款方式"), Column("笔数", 18 * mm, "right"),
             Column("金额", 34 * mm, "right"), Column("找零", 28 * mm, "right")],
            [[row.cashier, row.method_name, str(row.count), _money(row.amount_fen),
              _money(row.change_fen) if row.change_fen else "—"] for row in r.rows],
            empty_text="（当日无收款）",
        ))
        story += self.section("按付款方式合计")
        story.append(self.lines_table(
            [Column("付款方式"), Column("笔数", 18 * mm, "right"), Column("金额", 34 * mm, "right"),
             Column("找零", 28 * mm, "right")],
            [[name, str(count), _money(amount), _money(change) if change else "—"]
             for name, count, amount, change in r.by_method],
            empty_text="（当日无收款）",
            summary=[
                ("收款合计（不含挂账）", {2: _money(r.received_fen), 3: _money(r.change_fen)}),
                ("挂账合计", {2: _money(r.on_account_fen)}),
            ],
        ))
        story += self.section("当日作废的结算", f"共 {len(r.voids)} 笔；已收款项在 Desk 之外退还")
        story.append(self.lines_table(
            [Column("结算单号", 34 * mm), Column("结算时间", 28 * mm), Column("作废时间", 28 * mm),
             Column("经办", 16 * mm), Column("原因"), Column("已收", 24 * mm, "right")],
            [[v.slip_number, v.settled_local, v.voided_local, v.voided_by, v.reason, _money(v.paid_fen)]
             for v in r.voids],
            empty_text="（无）",
            summary=[("作废结算已收合计", {5: _money(r.void_paid_fen)})] if r.voids else (),
        ))
        story.append(self.spacer(6 * mm))
        story.append(self.signature_boxes([("收银员签字", r.cashier), ("财务复核", "")]))
        return story


def render_day_end(report: DayEndReport, *, font_path: str | os.PathLike[str] | None = None) -> bytes:
    """The day-end report as PDF bytes."""
    return DayEndRenderer(report, font_path=font_path).render()
