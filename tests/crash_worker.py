"""Settles orders one after another and says so on stdout after each commit; the crash test kills it.

    python tests/crash_worker.py DATABASE_URL NUMBER [NUMBER ...]

Each settlement is one unit of work, like the 结算 button: the customer's amount paid half in cash
and half by WeChat Pay, the insurer and claim number for the insurance line. ``SETTLED <number>`` is printed (and flushed) only
after the commit returned — that is what "confirmed to the user" means.
"""

from __future__ import annotations

import sys

from desk.db import Database
from desk.services import settlement
from desk.services.money import format_yuan
from desk.services.settlement import PaymentInput


def main(url: str, numbers: list[str]) -> None:
    database = Database(url)
    for number in numbers:
        with database.unit_of_work() as session:
            due = settlement.settlement_preview(session, number).bill.customer_due
            half = due // 2
            payments = [PaymentInput("cash", format_yuan(half))]
            if due - half:
                payments.append(PaymentInput("wechat", format_yuan(due - half), reference=f"4200{number[-4:]}"))
            settlement.settle(
                session, number, payments, insurer="平安财险", claim_number=f"PA{number[-4:]}",
                next_service_date="", next_service_km="",
            )
        print(f"SETTLED {number}", flush=True)
    print("DONE", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
