"""The KPI dashboard (绩效指标): a date range's figures for the whole shop and for each advisor.

Every figure is a :class:`Figure` with its numerator and denominator, so each can be checked by
hand; the value is ``None`` when there is nothing to measure (denominator 0). The date range is
in shop-local days, both ends included. Each figure is attributed to the advisor of the order it
is about (the appointment's advisor for the show rate); the shop figure counts everything,
including complaints that name no order.

What each figure counts (``delivered`` = orders settled in the range: an order with a valid —
not void — settlement whose time falls in the range; a reopened and re-settled order counts once,
at its valid settlement):

=====================  ===========================================================  ============
key                    numerator / denominator                                      default
=====================  ===========================================================  ============
on_time                delivered orders settled by their promised time / delivered  ≥ 90 %
                       orders that had a promised time
ready_on_time          delivered orders first ready for the customer (待交车) by     ≥ 90 %
                       their promised time / delivered orders that had a promised
                       time — the workshop's side of the promise, since the
                       settlement waits for the customer to come
satisfaction           follow-ups due in the range, reached (``done``), with an     ≥ 85 %
                       overall score of 4 or 5 / those with an overall score
complaints             complaints received in the range that the service is to      < 3 per 100
                       blame for (``service_at_fault`` true, decided at closing) ×
                       100 / delivered orders
appointment_rate       orders opened in the range that came from an appointment     ≥ 30 %
                       (``RepairOrder.appointment_id``) / orders opened (not
                       cancelled)
show_rate              appointments in the range that arrived / appointments in     ≥ 80 %
                       the range marked arrived or no-show (cancelled and still
                       booked ones are left out)
first_time_fix         delivered orders with no repeat repair pointing at them      ≥ 95 %
                       (``repeat_of_id``; the 30-day rule is applied when the
                       repeat order is opened) / delivered orders
rework                 delivered orders with a failed quality check / delivered     < 5 %
                       orders that were quality-checked
followup_completion    follow-ups due in the range done or unreachable /            ≥ 95 %
                       follow-ups due in the range (cancelled ones left out)
revenue_per_order      billed total of delivered orders (customer's share after     —
                       discounts and 抹零 + warranty claims + insurance; internal
                       work is the shop's own cost and left out), fen / delivered
customer_revenue_…     the customer's share alone, fen / delivered                  —
labour_hours_per_order labour hours sold on delivered orders (customer, warranty,   —
                       insurance lines; hundredths) / delivered
orders_received        orders opened in the range (not cancelled)                   —
=====================  ===========================================================  ============

Satisfaction is the share of *satisfied* answers (4 或 5 分, 满意/非常满意) rather than an average
score, so it compares with an 85 % target. A first-time fix for orders delivered in the last
30 days is provisional: a repeat may still come.

Targets are a setting (``ShopSettings.kpi_targets``, JSON ``{"on_time": 9000, …}``) in hundredths
of a percent, complaints in complaints per 10,000 orders; a key left out takes Desk's default
(:data:`DEFAULT_TARGETS`). Higher-is-better targets are met at or above the target; the
lower-is-better ones (complaints, rework) must stay below it (the domain's “抱怨率 < 3%”).

Speed: every figure family is one SQL ``GROUP BY`` over the range (six queries), driven by an
index on the range's column and per-order index look-ups, never row by row in Python. A month over
ten years of a busy shop (730,000 orders, ``benchmarks/kpi.py``) takes about 110 ms on SQLite and
170 ms on PostgreSQL once ``repair_order`` has indexes on ``repeat_of_id`` and ``opened_at``;
without them the orders opened and the repeat repairs each need a full scan of ``repair_order``
(about 350 ms / 300 ms).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import and_, case, func, select, text
from sqlalchemy.orm import Session, aliased

from desk.models import Appointment, LabourLine, RepairOrder, Settlement, Staff, StatusChange
from desk.models.aftercare import Complaint, FollowUp
from desk.models.enums import AppointmentStatus, FollowUpStatus, OrderStatus, PayType, Role
from desk.models.workshop import QualityCheck
from desk.services import changes
from desk.services.errors import ValidationError
from desk.services.shop import amounts_over_defaults, day_bounds, settings_row
from desk.services.permissions import Permission, requires

PERCENT = "percent"
"""Value is a share (0.9 = 90 %); target stored in hundredths of a percent."""
PER_100 = "per100"
"""Value is per 100 orders; target stored per 10,000 orders."""
FEN = "fen"
HOURS = "hours"
COUNT = "count"


@dataclass(frozen=True)
class KpiDefinition:
    key: str
    name: str
    """The Chinese name for headers and tiles."""
    unit: str
    higher_is_better: bool = True
    default_target: int | None = None
    """In the stored unit (hundredths of a percent; complaints per 10,000 orders); None: no target."""


DEFINITIONS: tuple[KpiDefinition, ...] = (
    KpiDefinition("on_time", "准时交车率", PERCENT, True, 9000),
    KpiDefinition("ready_on_time", "按时完工率", PERCENT, True, 9000),
    KpiDefinition("satisfaction", "客户满意率", PERCENT, True, 8500),
    KpiDefinition("complaints", "有责投诉（每百单）", PER_100, False, 300),
    KpiDefinition("appointment_rate", "预约率", PERCENT, True, 3000),
    KpiDefinition("show_rate", "预约到店率", PERCENT, True, 8000),
    KpiDefinition("first_time_fix", "一次修复率", PERCENT, True, 9500),
    KpiDefinition("rework", "返工率（质检不合格）", PERCENT, False, 500),
    KpiDefinition("followup_completion", "回访完成率", PERCENT, True, 9500),
    KpiDefinition("revenue_per_order", "单车产值（元）", FEN),
    KpiDefinition("customer_revenue_per_order", "单车自费产值（元）", FEN),
    KpiDefinition("labour_hours_per_order", "单车工时（小时）", HOURS),
    KpiDefinition("orders_received", "接车台次", COUNT),
)
BY_KEY = {d.key: d for d in DEFINITIONS}
TARGET_KEYS = tuple(d.key for d in DEFINITIONS if d.default_target is not None)
DEFAULT_TARGETS: dict[str, int] = {d.key: d.default_target for d in DEFINITIONS if d.default_target is not None}
SHOP_NAME = "全店"


@dataclass(frozen=True)
class Figure:
    """One KPI: ``value`` is numerator / denominator in the figure's unit (None when nothing to measure).

    ``percent``: a share, 0.9 for 90 %; ``per100``: per 100 orders; ``fen``: whole fen per order
    (rounded half up); ``hours``: hours per order; ``count``: the numerator itself. ``target`` is
    in the same unit as ``value``; ``met`` is None without a target or without a value.
    """

    key: str
    name: str
    unit: str
    numerator: int
    denominator: int
    value: float | int | None
    target: float | None
    met: bool | None
    higher_is_better: bool = True


@dataclass(frozen=True)
class AdvisorKpis:
    advisor_id: int | None
    """None for the whole shop."""
    name: str
    figures: tuple[Figure, ...]

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)


@dataclass(frozen=True)
class KpiReport:
    start: dt.date
    end: dt.date
    shop: AdvisorKpis
    advisors: tuple[AdvisorKpis, ...]
    targets: dict[str, int]
    """The targets in force, in the stored unit."""


# --- targets ------------------------------------------------------------------------------------


def kpi_targets(session: Session) -> dict[str, int]:
    """Every target in the stored unit: the setting over Desk's defaults (bad entries ignored)."""
    return amounts_over_defaults(settings_row(session).kpi_targets, DEFAULT_TARGETS, highest=10_000, known_only=True)


def target_text(key: str, stored: int) -> str:
    """A stored target as typed in the editor: ``9000`` → ``"90"``, ``300`` (complaints) → ``"3"``."""
    text = f"{Decimal(stored) / 100:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@requires(Permission.EDIT_SETTINGS)
def update_kpi_targets(
    session: Session, typed: dict[str, str], *, staff_id: int | None, expected_version: int | None = None,
) -> dict[str, int]:
    """Save targets typed as percent (complaints: per 100 orders), e.g. ``{"on_time": "90"}``.

    Each must be a number from 0 to 100 with at most two decimals; keys not given keep their value.
    """
    from desk.services.concurrency import check_version

    row = settings_row(session)
    check_version(session, row, expected_version, "本店设置")
    targets = kpi_targets(session)
    for key, typed_text in typed.items():
        definition = BY_KEY.get(key)
        if definition is None or definition.default_target is None:
            raise ValidationError("没有名为 {key} 的考核指标。", field=key, key=key)
        try:
            number = Decimal(typed_text.strip().rstrip("%％").strip())
        except InvalidOperation:
            if definition.unit == PER_100:
                raise ValidationError(
                    "“{name}”的目标必须是数字（每百单的投诉件数），如 3 或 2.5，现在是“{text}”。", field=key,
                    name=definition.name, text=typed_text,
                ) from None
            raise ValidationError(
                "“{name}”的目标必须是数字（百分比），如 90 或 92.5，现在是“{text}”。", field=key,
                name=definition.name, text=typed_text,
            ) from None
        if not number.is_finite() or not Decimal(0) <= number <= Decimal(100) or number != number.quantize(Decimal("0.01")):
            raise ValidationError(
                "“{name}”的目标应在 0 到 100 之间，最多两位小数。", field=key, name=definition.name,
            )
        targets[key] = int(number * 100)
    row.kpi_targets = json.dumps(targets, sort_keys=True)
    row.updated_by_id = staff_id
    session.flush()
    changes.note(session, settings=True)
    return targets


# --- the report ---------------------------------------------------------------------------------


def _figure(definition: KpiDefinition, numerator: int, denominator: int, target: int | None) -> Figure:
    """Value and met flag; the comparison with the target is done in integers, so 90.00 % meets 90 %."""
    numerator, denominator = int(numerator or 0), int(denominator or 0)
    value: float | int | None
    shown_target: float | None = None
    met: bool | None = None
    if definition.unit == COUNT:
        value = numerator
    elif denominator == 0:
        value = None
    elif definition.unit == PERCENT:
        value = numerator / denominator
    elif definition.unit == PER_100:
        value = numerator * 100 / denominator
    elif definition.unit == FEN:
        value = (2 * numerator + denominator) // (2 * denominator)  # half up; totals are never negative
    else:  # HOURS: numerator in hundredths of an hour
        value = numerator / denominator / 100
    if target is not None:
        shown_target = target / 10_000 if definition.unit == PERCENT else target / 100
        if value is not None:
            # numerator/denominator against target/10,000 (both units), cross-multiplied.
            scaled, bar = numerator * 10_000, target * denominator
            met = scaled >= bar if definition.higher_is_better else scaled < bar
    return Figure(
        key=definition.key, name=definition.name, unit=definition.unit, numerator=numerator,
        denominator=denominator, value=value, target=shown_target, met=met,
        higher_is_better=definition.higher_is_better,
    )


Counts = dict[str, int]


def _delivered(session: Session, start: dt.datetime, end: dt.datetime, into: dict[int | None, Counts]) -> None:
    """Orders with a valid settlement in the range, driven by the index on ``settlement.at``."""
    order = RepairOrder
    not_internal = LabourLine.pay_type != PayType.INTERNAL.value
    # When the car was first ready for the customer (a later reopening does not move it).
    first_ready = (
        select(func.min(StatusChange.at))
        .where(StatusChange.order_id == order.id, StatusChange.to_status == OrderStatus.READY.value)
        .scalar_subquery()
    )
    # One look at the order's quality checks: None when never checked, 0 when one failed, else 1.
    worst_check = (
        select(func.min(case((QualityCheck.passed.is_(True), 1), else_=0)))
        .where(QualityCheck.order_id == order.id)
        .scalar_subquery()
    )
    per_order = (
        select(
            order.advisor_id.label("advisor_id"),
            case((order.promised_at.is_not(None), 1), else_=0).label("promised"),
            case((order.settled_at <= order.promised_at, 1), else_=0).label("on_time"),
            case((first_ready <= order.promised_at, 1), else_=0).label("ready_on_time"),
            (Settlement.customer_due_fen + Settlement.warranty_fen + Settlement.insurance_fen).label("billed"),
            Settlement.customer_due_fen.label("customer"),
            select(func.coalesce(func.sum(LabourLine.hours_centi), 0))
            .where(LabourLine.order_id == order.id, not_internal).scalar_subquery().label("hours"),
            case((worst_check.is_not(None), 1), else_=0).label("checked"),
            case((worst_check == 0, 1), else_=0).label("failed"),
        )
        .select_from(Settlement)
        .join(order, order.id == Settlement.order_id)
        .where(Settlement.at >= start, Settlement.at < end, Settlement.voided_at.is_(None))
        .subquery()
    )
    c = per_order.c
    query = select(
        c.advisor_id, func.count(), func.sum(c.promised), func.sum(c.on_time), func.sum(c.ready_on_time),
        func.sum(c.billed), func.sum(c.customer), func.sum(c.hours), func.sum(c.checked), func.sum(c.failed),
    ).group_by(c.advisor_id)
    for advisor, count, promised, on_time, ready, billed, customer, hours, checked, failed in session.execute(query):
        into[advisor].update(
            delivered=count, promised=promised or 0, on_time=on_time or 0, ready_on_time=ready or 0,
            billed=billed or 0,
            customer=customer or 0, hours=hours or 0, checked=checked or 0, failed=failed or 0,
        )


def _repeated(session: Session, start: dt.datetime, end: dt.datetime, into: dict[int | None, Counts]) -> None:
    """Delivered orders that a later (not cancelled) order names as its repeat repair (返修).

    Written from the repeat side as one join rather than an EXISTS per delivered order, so that the
    cost stays one pass even where ``repair_order.repeat_of_id`` has no index.
    """
    original, repeat = aliased(RepairOrder), aliased(RepairOrder)
    query = (
        select(original.advisor_id, func.count(func.distinct(original.id)))
        .select_from(repeat)
        .join(original, original.id == repeat.repeat_of_id)
        .join(Settlement, Settlement.order_id == original.id)
        .where(repeat.repeat_of_id.is_not(None), repeat.status != OrderStatus.CANCELLED.value,
               Settlement.at >= start, Settlement.at < end, Settlement.voided_at.is_(None))
        .group_by(original.advisor_id)
    )
    for advisor, count in session.execute(query):
        into[advisor]["repeated"] = count


def _opened(session: Session, start: dt.datetime, end: dt.datetime, into: dict[int | None, Counts]) -> None:
    query = (
        select(RepairOrder.advisor_id, func.count(), func.count(RepairOrder.appointment_id))
        .where(RepairOrder.opened_at >= start, RepairOrder.opened_at < end,
               RepairOrder.status != OrderStatus.CANCELLED.value)
        .group_by(RepairOrder.advisor_id)
    )
    for advisor, count, from_appointment in session.execute(query):
        into[advisor].update(opened=count, from_appointment=from_appointment)


def _followups(session: Session, first: dt.date, last: dt.date, into: dict[int | None, Counts]) -> None:
    done = FollowUp.status == FollowUpStatus.DONE.value
    scored = and_(done, FollowUp.score_overall.is_not(None))
    query = (
        select(
            RepairOrder.advisor_id, func.count(),
            func.sum(case((FollowUp.status.in_([FollowUpStatus.DONE.value, FollowUpStatus.UNREACHABLE.value]), 1),
                          else_=0)),
            func.sum(case((scored, 1), else_=0)),
            func.sum(case((and_(scored, FollowUp.score_overall >= 4), 1), else_=0)),
        )
        .select_from(FollowUp)
        .join(RepairOrder, RepairOrder.id == FollowUp.order_id)
        .where(FollowUp.due_on >= first, FollowUp.due_on <= last, FollowUp.status != FollowUpStatus.CANCELLED.value)
        .group_by(RepairOrder.advisor_id)
    )
    for advisor, due, closed, scored_count, satisfied in session.execute(query):
        into[advisor].update(
            followups_due=due, followups_closed=closed or 0, scored=scored_count or 0, satisfied=satisfied or 0,
        )


def _complaints(session: Session, start: dt.datetime, end: dt.datetime, into: dict[int | None, Counts]) -> None:
    query = (
        select(RepairOrder.advisor_id, func.count())
        .select_from(Complaint)
        .outerjoin(RepairOrder, RepairOrder.id == Complaint.order_id)
        .where(Complaint.received_at >= start, Complaint.received_at < end, Complaint.service_at_fault.is_(True))
        .group_by(RepairOrder.advisor_id)
    )
    for advisor, count in session.execute(query):
        into[advisor]["at_fault"] = count


def _appointments(session: Session, start: dt.datetime, end: dt.datetime, into: dict[int | None, Counts]) -> None:
    arrived = AppointmentStatus.ARRIVED.value
    query = (
        select(Appointment.advisor_id, func.count(), func.sum(case((Appointment.status == arrived, 1), else_=0)))
        .where(Appointment.slot_start >= start, Appointment.slot_start < end,
               Appointment.status.in_([arrived, AppointmentStatus.NO_SHOW.value]))
        .group_by(Appointment.advisor_id)
    )
    for advisor, decided, came in session.execute(query):
        into[advisor].update(appointments=decided, arrived=came or 0)


def _figures(counts: Counts, targets: dict[str, int]) -> tuple[Figure, ...]:
    n = lambda key: counts.get(key, 0)  # noqa: E731
    delivered = n("delivered")
    pairs: dict[str, tuple[int, int]] = {
        "on_time": (n("on_time"), n("promised")),
        "ready_on_time": (n("ready_on_time"), n("promised")),
        "satisfaction": (n("satisfied"), n("scored")),
        "complaints": (n("at_fault"), delivered),
        "appointment_rate": (n("from_appointment"), n("opened")),
        "show_rate": (n("arrived"), n("appointments")),
        "first_time_fix": (delivered - n("repeated"), delivered),
        "rework": (n("failed"), n("checked")),
        "followup_completion": (n("followups_closed"), n("followups_due")),
        "revenue_per_order": (n("billed"), delivered),
        "customer_revenue_per_order": (n("customer"), delivered),
        "labour_hours_per_order": (n("hours"), delivered),
        "orders_received": (n("opened"), 1),
    }
    return tuple(_figure(d, *pairs[d.key], targets.get(d.key)) for d in DEFINITIONS)


def _tune_planner(session: Session) -> None:
    """On PostgreSQL, plan this transaction's queries for what they are: a few thousand index lookups.

    With the default cost model (made for spinning disks) PostgreSQL prefers to read all of
    ``repair_order`` (hundreds of thousands of rows after a few years) over 6,000 look-ups by
    primary key, and compiles the queries with JIT, which costs more than it saves at this size.
    Measured on ten years of a busy shop: 409 ms with the defaults, 173 ms with these two settings
    (see ``benchmarks/kpi.py``). ``SET LOCAL`` ends with the read-only unit of work.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL random_page_cost = 1.1"))


def check_range(start: dt.date, end: dt.date) -> None:
    if start > end:
        raise ValidationError(
            "开始日期 {start} 晚于结束日期 {end}，请把开始日期改早或把结束日期改晚。", field="start",
            start=start.isoformat(), end=end.isoformat(),
        )


@requires(Permission.VIEW_KPI)
def kpi_report(session: Session, start: dt.date, end: dt.date, *, advisor_id: int | None = None) -> KpiReport:
    """The KPIs from shop-local day ``start`` to ``end`` (both included) for the shop and each advisor.

    Advisors listed: every active 服务顾问 and anyone else who was the advisor on an order counted
    here. With ``advisor_id`` only that advisor's row is listed (the shop row stays the whole shop).
    """
    check_range(start, end)
    _tune_planner(session)
    first, _ = day_bounds(session, start)
    _, after = day_bounds(session, end)
    counts: dict[int | None, Counts] = defaultdict(dict)
    _delivered(session, first, after, counts)
    _repeated(session, first, after, counts)
    _opened(session, first, after, counts)
    _followups(session, start, end, counts)
    _complaints(session, first, after, counts)
    _appointments(session, first, after, counts)
    targets = kpi_targets(session)

    shop_counts: Counts = defaultdict(int)
    for per_advisor in counts.values():
        for key, value in per_advisor.items():
            shop_counts[key] += int(value or 0)
    ids = {a for a in counts if a is not None}
    staff = session.execute(
        select(Staff.id, Staff.name).where((Staff.id.in_(ids)) | ((Staff.role == Role.ADVISOR.value) & Staff.active))
    ).all()
    rows = [
        AdvisorKpis(advisor_id=staff_id, name=name, figures=_figures(counts.get(staff_id, {}), targets))
        for staff_id, name in sorted(staff, key=lambda s: (s[1], s[0]))
        if advisor_id is None or staff_id == advisor_id
    ]
    return KpiReport(
        start=start, end=end, shop=AdvisorKpis(None, SHOP_NAME, _figures(shop_counts, targets)),
        advisors=tuple(rows), targets=targets,
    )


def advisors(session: Session) -> list[tuple[int, str]]:
    """Active advisors (服务顾问) for the dashboard's filter, by name."""
    query = select(Staff.id, Staff.name).where(Staff.role == Role.ADVISOR.value, Staff.active).order_by(Staff.name)
    return [(row.id, row.name) for row in session.execute(query)]


# --- export -------------------------------------------------------------------------------------

HEADERS_LEAD = ("服务顾问",)


def _cell_value(figure: Figure) -> Any:
    """The figure as a spreadsheet number: a share for percentages, yuan for money."""
    if figure.value is None:
        return None
    if figure.unit == FEN:
        return Decimal(int(figure.value)) / 100
    return figure.value


def table_rows(report: KpiReport) -> list[list[Any]]:
    """Header row, then the shop and one row per advisor; each KPI is a value column and for the
    targeted ones a numerator and denominator too (so the sheet can be checked)."""
    header: list[Any] = list(HEADERS_LEAD)
    for d in DEFINITIONS:
        header.append(d.name)
        if d.unit not in (COUNT,):
            header += [f"{d.name}·分子", f"{d.name}·分母"]
    rows = [header]
    for person in (report.shop, *report.advisors):
        row: list[Any] = [person.name]
        for f in person.figures:
            row.append(_cell_value(f))
            if f.unit != COUNT:
                numerator: Any = f.numerator
                if f.unit == FEN:
                    numerator = Decimal(f.numerator) / 100
                elif f.unit == HOURS:
                    numerator = Decimal(f.numerator) / 100
                row += [numerator, f.denominator]
        rows.append(row)
    return rows


def _target_display(definition: KpiDefinition, stored: int) -> str:
    sign = "≥" if definition.higher_is_better else "<"
    if definition.unit == PER_100:
        return f"{sign} {target_text(definition.key, stored)} 件/百单"
    return f"{sign} {target_text(definition.key, stored)}%"


def export_csv(report: KpiReport) -> bytes:
    """The report as CSV in UTF-8 with a BOM (so Excel shows the Chinese); percentages as ``90.00%``."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["绩效指标", f"{report.start.isoformat()} 至 {report.end.isoformat()}"])
    writer.writerow(["目标"] + [
        f"{BY_KEY[key].name} {_target_display(BY_KEY[key], value)}" for key, value in report.targets.items()
        if key in BY_KEY
    ])
    writer.writerow([])
    rows = table_rows(report)
    kinds = [None]
    for d in DEFINITIONS:
        kinds.append(d.unit)
        if d.unit != COUNT:
            kinds += ["n", "n"]
    writer.writerow(rows[0])
    for row in rows[1:]:
        writer.writerow([_csv_text(value, kind) for value, kind in zip(row, kinds)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_text(value: Any, kind: str | None) -> str:
    if value is None:
        return ""
    if kind == PERCENT:
        return f"{Decimal(str(value)) * 100:.2f}%"
    if kind == PER_100 or kind == HOURS:
        return f"{value:.2f}"
    if kind == FEN:
        return f"{value:.2f}"
    return str(value)


def export_xlsx(report: KpiReport) -> bytes:
    """The report as an Excel workbook: one sheet 绩效指标 with the targets, the shop and each advisor.

    Percentages are numbers with a percent format, money in yuan with two decimals.
    """
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "绩效指标"
    sheet.append(["绩效指标", f"{report.start.isoformat()} 至 {report.end.isoformat()}"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    rows = table_rows(report)
    header_row = 3
    sheet.append(rows[0])
    target_row: list[Any] = ["目标"]
    formats: list[str | None] = [None]
    for d in DEFINITIONS:
        stored = report.targets.get(d.key)
        if stored is None:
            target_row.append(None)
        elif d.unit == PERCENT:
            target_row.append(stored / 10_000)
        else:
            target_row.append(stored / 100)
        formats.append({PERCENT: "0.0%", PER_100: "0.00", FEN: "#,##0.00", HOURS: "0.00", COUNT: "0"}[d.unit])
        if d.unit != COUNT:
            target_row += [None, None]
            formats += ["#,##0.00" if d.unit in (FEN, HOURS) else "0", "0"]
    sheet.append(target_row)
    for row in rows[1:]:
        sheet.append(row)
    bold = Font(bold=True)
    for cell in sheet[header_row]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
    green, red = PatternFill("solid", fgColor="C6EFCE"), PatternFill("solid", fgColor="FFC7CE")
    people = (report.shop, *report.advisors)
    for r in range(header_row + 1, header_row + 2 + len(people)):
        for column, number_format in enumerate(formats, 1):
            if number_format:
                sheet.cell(row=r, column=column).number_format = number_format
    for offset, person in enumerate(people):
        r = header_row + 2 + offset
        column = 2
        for f in person.figures:
            if f.met is not None:
                sheet.cell(row=r, column=column).fill = green if f.met else red
            column += 1 if f.unit == COUNT else 3
    sheet.cell(row=header_row + 2, column=1).font = bold
    sheet.column_dimensions["A"].width = 12
    for column in range(2, len(formats) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 11
    sheet.row_dimensions[header_row].height = 45
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def export(report: KpiReport, suffix: str) -> bytes:
    """The report in the format the file name's suffix asks for (``.xlsx`` or ``.csv``)."""
    suffix = suffix.lower()
    if suffix == ".xlsx":
        return export_xlsx(report)
    if suffix == ".csv":
        return export_csv(report)
    raise ValidationError("只能导出为 .xlsx（Excel）或 .csv 文件，现在是“{suffix}”。", field="output", suffix=suffix or "无扩展名")
