"""The KPI dashboard's figures on a small hand-made month, each worked out by hand below; targets as a
setting; the report written by ``desk report kpi`` as .xlsx (opened again) and .csv; bad arguments.

The data set (November 2026, shop-local days; the shop is in Asia/Shanghai) — three advisors:
李娜 (A), 王强 (B) and 刘洋 (C, no work at all). Amounts in yuan, hours of labour in brackets.

=====  ======  ==========  ==========  ===========================  ===========================  =========
order  advis.  opened      promised    settled (valid settlement)   bill: customer + other       QC
=====  ======  ==========  ==========  ===========================  ===========================  =========
A1     A       11-02 09:00 11-02 17:00 11-02 16:30 on time          500 + warranty 200           pass
                                                                    [1.50 cust, 0.50 warr, 2.00 internal]
A2     A       11-05 10:00 11-05 15:00 11-05 18:00 late             300 + insurance 1000 [1.00]  fail, pass
A3     A       11-10 09:00 —           11-10 12:00 (no promise)     100                          —
A4     A       10-31 15:00 11-01 09:00 11-01 00:30 on time          200                          pass
A5     A       11-30 23:50 open (in the range only by local time)   —                            —
A6     A       11-12       cancelled                                —                            —
A7     A       11-30 10:00 11-30 18:00 12-01 00:10 (after range)    90                           —
                                       (ready 11-30 19:00: late)
A8     A       11-20       open, repeat repair of A2                —                            —
A9     A       11-14       settled 11-15 then reopened (void)       50 (void)                    —
B1     B       11-03 09:00 11-03 16:00 11-03 15:00 on time          800 [3.00]                   pass
B2     B       11-04 08:00 11-04 12:00 11-04 12:00 on time (equal)  0 + warranty 400 [2.00 warr] fail
B3     B       11-25       cancelled, repeat of B1 (does not count) —                            —
=====  ======  ==========  ==========  ===========================  ===========================  =========

Ready for the customer (待交车) first: A1 11-02 16:00, A2 11-05 14:30 (by the promise; the customer
came at 18:00), A4 10-31 20:00, B1 11-03 14:00, B2 11-04 12:00; each also has a later 待交车 from a
reopening, which must not count.

Appointments: A arrived 11-02 (A1), no-show 11-06, cancelled 11-07, still booked 11-29, arrived
10-30 (outside); B arrived 11-03 (B1).
Follow-ups: A1 due 11-05 done 5 分; A2 due 11-08 done 3 分; A3 due 11-13 unreachable; A4 due 11-04
pending; A7 due 12-04 done 5 (outside); A5 due 11-20 cancelled; B1 due 11-06 done 4; B2 due 11-07
done without an overall score.
Complaints: on A2 at fault 11-09; on A1 not at fault; on A3 not decided (open); on A1 at fault but
received 12-02 (outside); at fault with no order 11-11 (the shop only).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from conftest import Shop
from desk.cli import main
from desk.db import Database
from desk.models import Appointment, LabourLine, QualityCheck, RepairOrder, Settlement, ShopSettings, StatusChange
from desk.models.aftercare import Complaint, FollowUp
from desk.models.enums import Role
from desk.services import kpi, shop
from desk.services.errors import ValidationError

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def at(month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    """Shop-local wall-clock time in 2026 as a UTC instant."""
    return dt.datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)


def fen(yuan: int) -> int:
    return yuan * 100


class Builder:
    """Writes the hand-made rows straight into the tables (the figures are what is under test)."""

    def __init__(self, session, ids: Shop) -> None:  # type: ignore[no-untyped-def]
        self.s = session
        self.ids = ids
        self.count = 0

    def order(self, advisor: int, opened: dt.datetime, *, status: str = "released", promised: dt.datetime | None = None,
              settled: dt.datetime | None = None, appointment: int | None = None,
              repeat_of: int | None = None, ready: dt.datetime | None = None) -> RepairOrder:
        self.count += 1
        row = RepairOrder(
            number=f"RO-T{self.count:03d}", customer_id=self.ids.customer, vehicle_id=self.ids.vehicle, advisor_id=advisor,
            status=status, opened_at=opened, promised_at=promised, settled_at=settled, mileage=15000 + self.count,
            released_at=settled + dt.timedelta(minutes=20) if settled and status == "released" else None,
            appointment_id=appointment, repeat_of_id=repeat_of,
        )
        self.s.add(row)
        self.s.flush()
        if ready is not None:
            # Ready for the customer; a second, later 待交车 (after a reopening) must not count.
            self.s.add(StatusChange(order_id=row.id, from_status="quality_check", to_status="ready", at=ready))
            if settled is not None:
                self.s.add(StatusChange(order_id=row.id, from_status="settled", to_status="ready",
                                        at=settled + dt.timedelta(days=1), reason="测试：后来的重新打开"))
        return row

    def settle(self, order: RepairOrder, when: dt.datetime, customer: int, *, warranty: int = 0, insurance: int = 0,
               voided: bool = False) -> None:
        self.s.add(Settlement(
            order_id=order.id, at=when, customer_due_fen=fen(customer), warranty_fen=fen(warranty),
            insurance_fen=fen(insurance), voided_at=when + dt.timedelta(hours=1) if voided else None,
        ))

    def labour(self, order: RepairOrder, hours_centi: int, pay_type: str = "customer") -> None:
        self.s.add(LabourLine(order_id=order.id, name="工时", hours_centi=hours_centi, rate_fen=18000,
                              amount_fen=hours_centi * 180, pay_type=pay_type))

    def qc(self, order: RepairOrder, *passed: bool) -> None:
        for ok in passed:
            self.s.add(QualityCheck(order_id=order.id, inspector_id=self.ids.manager, passed=ok,
                                    at=(order.settled_at or order.opened_at) - dt.timedelta(hours=1)))

    def appointment(self, advisor: int, slot: dt.datetime, status: str) -> Appointment:
        self.count += 1
        row = Appointment(number=f"AP-T{self.count:03d}", customer_id=self.ids.customer, vehicle_id=self.ids.vehicle,
                          advisor_id=advisor, slot_start=slot, status=status)
        self.s.add(row)
        self.s.flush()
        return row

    def followup(self, order: RepairOrder, due: dt.date, status: str, score: int | None = None) -> FollowUp:
        row = FollowUp(order_id=order.id, customer_id=self.ids.customer, vehicle_id=self.ids.vehicle, due_on=due,
                       latest_on=due + dt.timedelta(days=2), status=status, score_overall=score)
        self.s.add(row)
        return row

    def complaint(self, received: dt.datetime, at_fault: bool | None, order: RepairOrder | None = None) -> None:
        self.count += 1
        self.s.add(Complaint(
            number=f"TS-T{self.count:03d}", received_at=received, source="phone", customer_id=self.ids.customer,
            order_id=order.id if order else None, category="quality", service_at_fault=at_fault,
            description="车修完还响", respond_by=received + dt.timedelta(hours=24),
        ))


@pytest.fixture
def month(database: Database, seeded: Shop) -> dict[str, int]:
    """The data set of the module docstring; returns the advisors' ids (A, B, C)."""
    return build_month(database, seeded)


def build_month(database: Database, seeded: Shop) -> dict[str, int]:
    with database.unit_of_work() as s:
        c = shop.add_staff(s, "刘洋", Role.ADVISOR).id
        b = Builder(s, seeded)
        A, B = seeded.advisor, seeded.advisor2
        ap1 = b.appointment(A, at(11, 2, 8, 50), "arrived")
        b.appointment(A, at(11, 6, 10), "no_show")
        b.appointment(A, at(11, 7, 10), "cancelled")
        b.appointment(A, at(11, 29, 10), "booked")
        b.appointment(A, at(10, 30, 10), "arrived")
        ap6 = b.appointment(B, at(11, 3, 8, 50), "arrived")

        a1 = b.order(A, at(11, 2, 9), promised=at(11, 2, 17), settled=at(11, 2, 16, 30), appointment=ap1.id,
                     ready=at(11, 2, 16))
        b.settle(a1, a1.settled_at, 500, warranty=200)
        b.labour(a1, 150)
        b.labour(a1, 50, "warranty")
        b.labour(a1, 200, "internal")
        b.qc(a1, True)
        a2 = b.order(A, at(11, 5, 10), promised=at(11, 5, 15), settled=at(11, 5, 18), ready=at(11, 5, 14, 30))
        b.settle(a2, a2.settled_at, 300, insurance=1000)
        b.labour(a2, 100)
        b.qc(a2, False, True)
        a3 = b.order(A, at(11, 10, 9), settled=at(11, 10, 12))
        b.settle(a3, a3.settled_at, 100)
        a4 = b.order(A, at(10, 31, 15), promised=at(11, 1, 9), settled=at(11, 1, 0, 30), status="settled",
                     ready=at(10, 31, 20))
        b.settle(a4, a4.settled_at, 200)
        b.qc(a4, True)
        a5 = b.order(A, at(11, 30, 23, 50), status="in_progress")
        b.order(A, at(11, 12), status="cancelled")
        a7 = b.order(A, at(11, 30, 10), promised=at(11, 30, 18), settled=at(12, 1, 0, 10), ready=at(11, 30, 19))
        b.settle(a7, a7.settled_at, 90)
        b.order(A, at(11, 20), status="open", repeat_of=a2.id)
        a9 = b.order(A, at(11, 14), status="ready")
        b.settle(a9, at(11, 15), 50, voided=True)
        b1 = b.order(B, at(11, 3, 9), promised=at(11, 3, 16), settled=at(11, 3, 15), appointment=ap6.id,
                     ready=at(11, 3, 14))
        b.settle(b1, b1.settled_at, 800)
        b.labour(b1, 300)
        b.qc(b1, True)
        b2 = b.order(B, at(11, 4, 8), promised=at(11, 4, 12), settled=at(11, 4, 12), ready=at(11, 4, 12))
        b.settle(b2, b2.settled_at, 0, warranty=400)
        b.labour(b2, 200, "warranty")
        b.qc(b2, False)
        b.order(B, at(11, 25), status="cancelled", repeat_of=b1.id)

        b.followup(a1, dt.date(2026, 11, 5), "done", 5)
        b.followup(a2, dt.date(2026, 11, 8), "done", 3)
        b.followup(a3, dt.date(2026, 11, 13), "unreachable")
        b.followup(a4, dt.date(2026, 11, 4), "pending")
        b.followup(a7, dt.date(2026, 12, 4), "done", 5)
        b.followup(a5, dt.date(2026, 11, 20), "cancelled")
        b.followup(b1, dt.date(2026, 11, 6), "done", 4)
        b.followup(b2, dt.date(2026, 11, 7), "done", None)

        b.complaint(at(11, 9), True, a2)
        b.complaint(at(11, 10), False, a1)
        b.complaint(at(11, 12), None, a3)
        b.complaint(at(12, 2), True, a1)
        b.complaint(at(11, 11), True, None)
    return {"A": A, "B": B, "C": c}


def report(database: Database, start: dt.date = NOVEMBER[0], end: dt.date = NOVEMBER[1], **kw) -> kpi.KpiReport:  # type: ignore[no-untyped-def]
    with database.unit_of_work(write=False) as s:
        return kpi.kpi_report(s, start, end, **kw)


def person(result: kpi.KpiReport, advisor_id: int) -> kpi.AdvisorKpis:
    return next(a for a in result.advisors if a.advisor_id == advisor_id)


def check(row: kpi.AdvisorKpis, key: str, numerator: int, denominator: int, value: float | int | None,
          met: bool | None) -> None:
    figure = row.figure(key)
    assert (figure.numerator, figure.denominator) == (numerator, denominator), key
    assert figure.value == pytest.approx(value) if value is not None else figure.value is None, key
    assert figure.met is met, key


def test_advisor_a_figures_worked_out_by_hand(database: Database, month: dict[str, int]) -> None:
    a = person(report(database), month["A"])
    assert a.name == "李娜"
    # Delivered in November: A1, A2, A3, A4 (A4 settled 11-01 00:30 local = 10-31 16:30 UTC, still
    # November in the shop); A7 settled on 12-01 and A9's settlement is void → 4.
    # On time: of A1, A2, A4 (A3 had no promise) A1 and A4 were settled by the promise → 2/3 < 90 %.
    check(a, "on_time", 2, 3, 2 / 3, False)
    # Ready (待交车) by the promise: A1 16:00 ≤ 17:00, A2 14:30 ≤ 15:00 (the customer came late),
    # A4 10-31 20:00 ≤ 11-01 09:00 → 3/3; the later 待交车 after a reopening is not the first.
    check(a, "ready_on_time", 3, 3, 1.0, True)
    # Follow-ups due in November (cancelled left out, A7's is due in December): A1, A2, A3, A4 → 4;
    # done or unreachable: A1, A2, A3 → 3/4 = 75 % < 95 %.
    check(a, "followup_completion", 3, 4, 0.75, False)
    # Scored: A1 (5) and A2 (3); satisfied (4 or 5): A1 → 1/2 = 50 % < 85 %.
    check(a, "satisfaction", 1, 2, 0.5, False)
    # At fault in November on A's orders: the one on A2 → 1 × 100 / 4 delivered = 25 per 100, not < 3.
    check(a, "complaints", 1, 4, 25.0, False)
    # Opened in November and not cancelled: A1, A2, A3, A5 (23:50 local on 11-30), A7, A8, A9 → 7;
    # A4 was opened in October, A6 cancelled. From an appointment: A1 → 1/7 < 30 %.
    check(a, "appointment_rate", 1, 7, 1 / 7, False)
    check(a, "orders_received", 7, 1, 7, None)
    # Appointments in November arrived or no-show: 11-02 arrived, 11-06 no-show → 1/2 < 80 %
    # (cancelled and still-booked ones and the October one are left out).
    check(a, "show_rate", 1, 2, 0.5, False)
    # A8 is a repeat repair of A2 → 3 of the 4 delivered fixed first time: 75 % < 95 %.
    check(a, "first_time_fix", 3, 4, 0.75, False)
    # Quality-checked: A1, A2, A4; A2 failed once → 1/3, not < 5 %.
    check(a, "rework", 1, 3, 1 / 3, False)
    # Billed: A1 500 + 200, A2 300 + 1000, A3 100, A4 200 = ¥2,300.00 → 230,000 fen / 4 = 57,500 fen.
    check(a, "revenue_per_order", 230_000, 4, 57_500, None)
    # The customer's share: 500 + 300 + 100 + 200 = ¥1,100.00 → 110,000 / 4 = 27,500 fen.
    check(a, "customer_revenue_per_order", 110_000, 4, 27_500, None)
    # Labour sold: A1 1.50 + 0.50 (the 2.00 internal hours are not sold), A2 1.00 → 3.00 h / 4 = 0.75 h.
    check(a, "labour_hours_per_order", 300, 4, 0.75, None)


def test_advisor_b_and_the_advisor_without_work(database: Database, month: dict[str, int]) -> None:
    result = report(database)
    b = person(result, month["B"])
    # B1 settled an hour early, B2 exactly at the promised minute (counts as on time) → 2/2.
    check(b, "on_time", 2, 2, 1.0, True)
    check(b, "ready_on_time", 2, 2, 1.0, True)  # B2 ready at exactly 12:00 counts
    # B1 (4 分) satisfied; B2 done without an overall score: closed but not scored.
    check(b, "satisfaction", 1, 1, 1.0, True)
    check(b, "followup_completion", 2, 2, 1.0, True)
    check(b, "complaints", 0, 2, 0.0, True)
    # B3 was cancelled: neither received nor a repeat repair of B1.
    check(b, "appointment_rate", 1, 2, 0.5, True)
    check(b, "show_rate", 1, 1, 1.0, True)
    check(b, "first_time_fix", 2, 2, 1.0, True)
    check(b, "rework", 1, 2, 0.5, False)
    # ¥800 + ¥400 warranty = 120,000 fen / 2; customer 80,000 / 2; hours 3.00 + 2.00 = 5.00 / 2.
    check(b, "revenue_per_order", 120_000, 2, 60_000, None)
    check(b, "customer_revenue_per_order", 80_000, 2, 40_000, None)
    check(b, "labour_hours_per_order", 500, 2, 2.5, None)
    c = person(result, month["C"])
    # Nothing to measure: no value and no verdict, rather than 0 % in red.
    check(c, "on_time", 0, 0, None, None)
    check(c, "revenue_per_order", 0, 0, None, None)
    check(c, "orders_received", 0, 1, 0, None)
    assert [row.name for row in result.advisors] == sorted(["李娜", "王强", "刘洋"])


def test_shop_figures_add_up_and_include_complaints_without_an_order(database: Database, month: dict[str, int]) -> None:
    shop_row = report(database).shop
    assert shop_row.advisor_id is None and shop_row.name == "全店"
    check(shop_row, "on_time", 4, 5, 0.8, False)  # A 2/3 + B 2/2
    check(shop_row, "ready_on_time", 5, 5, 1.0, True)
    # At fault: on A2 and the one with no order → 2 × 100 / 6 delivered = 33.33 per 100.
    check(shop_row, "complaints", 2, 6, 100 * 2 / 6, False)
    check(shop_row, "satisfaction", 2, 3, 2 / 3, False)  # A1 5, B1 4 of A1, A2, B1
    check(shop_row, "followup_completion", 5, 6, 5 / 6, False)
    check(shop_row, "appointment_rate", 2, 9, 2 / 9, False)
    check(shop_row, "show_rate", 2, 3, 2 / 3, False)
    check(shop_row, "first_time_fix", 5, 6, 5 / 6, False)
    check(shop_row, "rework", 2, 5, 0.4, False)
    # 350,000 fen / 6 = 58,333.33 → 58,333; customer 190,000 / 6 = 31,666.67 → 31,667 (half up).
    check(shop_row, "revenue_per_order", 350_000, 6, 58_333, None)
    check(shop_row, "customer_revenue_per_order", 190_000, 6, 31_667, None)
    check(shop_row, "labour_hours_per_order", 800, 6, 8 / 6, None)
    check(shop_row, "orders_received", 9, 1, 9, None)


def test_a_single_day_and_the_advisor_filter(database: Database, month: dict[str, int]) -> None:
    # 11-01 alone: only A4 (settled 00:30 local) is delivered; on time.
    day = report(database, dt.date(2026, 11, 1), dt.date(2026, 11, 1), advisor_id=month["A"])
    assert [row.name for row in day.advisors] == ["李娜"]
    check(day.advisors[0], "on_time", 1, 1, 1.0, True)
    check(day.shop, "on_time", 1, 1, 1.0, True)
    # 12-01 alone: A7 (settled 00:10 local) — not late by its promise? promised 11-30 18:00 → late.
    december = report(database, dt.date(2026, 12, 1), dt.date(2026, 12, 1))
    check(december.shop, "on_time", 0, 1, 0.0, False)
    check(december.shop, "ready_on_time", 0, 1, 0.0, False)  # ready 19:00, promised 18:00


def test_targets_are_a_setting_and_equal_meets(database: Database, month: dict[str, int]) -> None:
    with database.unit_of_work() as s:
        assert kpi.kpi_targets(s) == kpi.DEFAULT_TARGETS
        assert kpi.DEFAULT_TARGETS["on_time"] == 9000 and kpi.DEFAULT_TARGETS["complaints"] == 300
        kpi.update_kpi_targets(s, {"satisfaction": "50", "complaints": "25.5", "on_time": "66.67%"}, staff_id=None)
    with database.unit_of_work(write=False) as s:
        stored = s.scalar(select(ShopSettings.kpi_targets))
        assert '"satisfaction": 5000' in stored and '"complaints": 2550' in stored
    a = person(report(database), month["A"])
    assert a.figure("satisfaction").met is True  # 1/2 = 50 % meets a 50 % target exactly
    assert a.figure("satisfaction").target == pytest.approx(0.5)
    assert a.figure("complaints").met is True  # 25 per 100 is below 25.5
    assert a.figure("complaints").target == pytest.approx(25.5)
    # 2/3 against 66.67 %: compared in integers, 2 × 10,000 = 20,000 < 6,667 × 3 = 20,001 → missed,
    # where rounding 66.666… % to two places first would have called it met.
    assert a.figure("on_time").met is False


def test_target_input_is_checked(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        for typed, words in (("九十", "必须是数字"), ("120", "0 到 100"), ("90.123", "两位小数"), ("-1", "0 到 100")):
            with pytest.raises(ValidationError) as refused:
                kpi.update_kpi_targets(s, {"on_time": typed}, staff_id=None)
            assert words in refused.value.message and "准时交车率" in refused.value.message
        with pytest.raises(ValidationError):
            kpi.update_kpi_targets(s, {"orders_received": "10"}, staff_id=None)
        shop.settings_row(s).kpi_targets = '{"on_time": "x", "rework": 20000, "show_rate": 7000}'
        targets = kpi.kpi_targets(s)
    # Bad stored entries fall back to the defaults; good ones are used.
    assert targets["on_time"] == 9000 and targets["rework"] == 500 and targets["show_rate"] == 7000


def test_range_the_wrong_way_round_is_refused(database: Database, seeded: Shop) -> None:
    with database.unit_of_work(write=False) as s, pytest.raises(ValidationError) as refused:
        kpi.kpi_report(s, dt.date(2026, 12, 1), dt.date(2026, 11, 1))
    assert "晚于" in refused.value.message


# --- the command line ---------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_report_kpi_xlsx_opened_again(database: Database, month: dict[str, int], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "十一月.xlsx"
    status, out, err = run(capsys, "--db", database.url, "report", "kpi", "--from", "2026-11-01", "--to", "2026-11-30",
                           "-o", str(output))
    assert status == 0, err
    assert out.strip() == str(output)
    sheet = load_workbook(output)["绩效指标"]
    assert sheet["A1"].value == "绩效指标" and sheet["B1"].value == "2026-11-01 至 2026-11-30"
    header = [cell.value for cell in sheet[3]]
    column = {name: index + 1 for index, name in enumerate(header)}
    assert header[0] == "服务顾问" and "准时交车率" in header and "单车产值（元）" in header
    rows = {sheet.cell(row=r, column=1).value: r for r in range(4, sheet.max_row + 1)}
    assert list(rows) == ["目标", "全店", "刘洋", "李娜", "王强"]

    def cell(who: str, name: str, offset: int = 0):  # type: ignore[no-untyped-def]
        return sheet.cell(row=rows[who], column=column[name] + offset)

    # Targets: percentages as shares with a percent format, complaints per 100 orders.
    assert cell("目标", "准时交车率").value == pytest.approx(0.9)
    assert cell("目标", "准时交车率").number_format == "0.0%"
    assert cell("目标", "有责投诉（每百单）").value == pytest.approx(3)
    # The shop: on time 4/5 with its numerator and denominator beside it.
    assert cell("全店", "准时交车率").value == pytest.approx(0.8)
    assert cell("全店", "准时交车率").number_format == "0.0%"
    assert (cell("全店", "准时交车率", 1).value, cell("全店", "准时交车率", 2).value) == (4, 5)
    assert cell("全店", "有责投诉（每百单）").value == pytest.approx(100 * 2 / 6)
    # Money in yuan: 58,333 fen per order = ¥583.33; the billed total ¥3,500.00 over 6 orders.
    assert cell("全店", "单车产值（元）").value == pytest.approx(583.33)
    assert cell("全店", "单车产值（元）", 1).value == pytest.approx(3500)
    assert cell("全店", "单车产值（元）").number_format == "#,##0.00"
    assert cell("全店", "接车台次").value == 9
    assert cell("李娜", "准时交车率").value == pytest.approx(2 / 3)
    assert cell("李娜", "单车工时（小时）").value == pytest.approx(0.75)
    assert cell("王强", "客户满意率").value == pytest.approx(1.0)
    assert cell("刘洋", "准时交车率").value is None  # nothing to measure: an empty cell, not 0 %
    assert cell("刘洋", "接车台次").value == 0
    # Met in green, missed in red.
    assert cell("王强", "准时交车率").fill.fgColor.rgb.endswith("C6EFCE")
    assert cell("李娜", "准时交车率").fill.fgColor.rgb.endswith("FFC7CE")


def test_report_kpi_csv_opens_in_excel(database: Database, month: dict[str, int], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "kpi.csv"
    status, _, err = run(capsys, "--db", database.url, "report", "kpi", "--from", "2026-11-01", "--to", "2026-11-30",
                         "-o", str(output))
    assert status == 0, err
    data = output.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["绩效指标", "2026-11-01 至 2026-11-30"]
    assert "准时交车率 ≥ 90%" in rows[1] and "有责投诉（每百单） < 3 件/百单" in rows[1]
    header = rows[3]
    table = {row[0]: dict(zip(header, row)) for row in rows[4:]}
    assert table["全店"]["准时交车率"] == "80.00%"
    assert (table["全店"]["准时交车率·分子"], table["全店"]["准时交车率·分母"]) == ("4", "5")
    assert table["李娜"]["一次修复率"] == "75.00%"
    assert table["全店"]["单车产值（元）"] == "583.33"
    assert table["全店"]["单车工时（小时）"] == "1.33"
    assert table["刘洋"]["准时交车率"] == ""


@pytest.mark.parametrize(("argv", "status", "words"), [
    (["--from", "2026-11-31", "--to", "2026-11-30", "-o", "k.xlsx"], 2, "日期应写成 YYYY-MM-DD"),
    (["--from", "2026/11/01", "--to", "2026-11-30", "-o", "k.xlsx"], 2, "日期应写成 YYYY-MM-DD"),
    (["--from", "2026-11-01", "-o", "k.xlsx"], 2, "--to"),
    (["--from", "2026-12-01", "--to", "2026-11-30", "-o", "k.xlsx"], 1, "开始日期 2026-12-01 晚于结束日期 2026-11-30"),
    (["--from", "2026-11-01", "--to", "2026-11-30", "-o", "k.pdf"], 2, "扩展名应为 .xlsx（Excel）或 .csv"),
])
def test_report_kpi_bad_arguments(database: Database, seeded: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch, argv: list[str], status: int, words: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    code, out, err = run(capsys, "--db", database.url, "report", "kpi", *argv)
    assert code == status
    assert words in err and out == ""
    assert list(folder.iterdir()) == []  # nothing written


def test_unknown_suffix_is_refused_by_the_service() -> None:
    empty = kpi.KpiReport(dt.date(2026, 11, 1), dt.date(2026, 11, 30), kpi.AdvisorKpis(None, "全店", ()), (), {})
    with pytest.raises(ValidationError):
        kpi.export(empty, ".pdf")
    assert Decimal("583.33") == kpi._cell_value(kpi.Figure("r", "", kpi.FEN, 350000, 6, 58333, None, None))
