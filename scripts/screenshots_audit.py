"""Screenshot of the 操作日志 dialog (issue 8, audit log) for README.md.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_audit.py docs/screenshots

Builds the demo shop in a temporary folder, then does a morning's audited work as signed-in
people — the manager gives an advisor a password and changes a part price and the warranty labour
rate, the advisor signs in (once with a wrong password) and changes a line's price and pay type,
the gate lets a car out on its exit pass, and the manager reopens another settled order
— opens the log as the manager and saves ``audit-log.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from sqlalchemy import select

from desk.app import make_application
from desk.config import Settings
from desk.models import Part, RepairOrder
from desk.models.enums import OrderStatus, Role
from desk.services import auth, catalogue, gate, orders, settlement, shop
from desk.views.audit_log import AuditLogDialog
from desk.views.i18n import install_language
from desk.views.runner import Runner
from shot_support import demo_database, settle_events

PASSWORD = "Demo-2026"


def _one(people: list[shop.StaffRow], role: Role) -> int:
    return next(p.id for p in people if p.role == role.value)


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, _ = demo_database()
    with database.unit_of_work(write=False) as s:
        people = shop.list_staff(s)
        settled = s.scalars(select(RepairOrder.number).where(RepairOrder.status == OrderStatus.SETTLED.value)
                            .order_by(RepairOrder.number)).all()
        editable = s.scalars(select(RepairOrder.number).where(RepairOrder.status == OrderStatus.IN_PROGRESS.value)
                             .order_by(RepairOrder.number)).all()
        part = s.scalars(select(Part).order_by(Part.part_number)).first()
    manager, advisor = _one(people, Role.MANAGER), _one(people, Role.ADVISOR)
    cashier, gatekeeper = _one(people, Role.CASHIER), _one(people, Role.GATE)
    if len(settled) < 2 or not editable or part is None:
        raise SystemExit("the demo lacks two settled orders, an order in progress or a catalogue part")
    with database.unit_of_work(actor_id=manager) as s:
        auth.reset_password(s, advisor, PASSWORD, PASSWORD)
        catalogue.save_part(s, part_number=part.part_number, name=part.name,
                            price=f"{part.price_fen * 105 // 100 / 100:.2f}", staff_id=manager)
        catalogue.set_labour_rates(s, warranty="160", staff_id=manager)
    advisor_name = next(p.name for p in people if p.id == advisor)
    with database.unit_of_work() as s:
        auth.sign_in(s, advisor_name, "wrong-one")
    with database.unit_of_work() as s:
        auth.sign_in(s, advisor_name, PASSWORD)
    with database.unit_of_work(actor_id=advisor) as s:
        detail = orders.order_detail(s, editable[0])
        if detail.part_lines:
            line = detail.part_lines[0]
            orders.update_line(s, editable[0], kind="part", line_id=line.id,
                               unit_price=f"{line.unit_price_fen * 95 // 100 / 100:.2f}", staff_id=advisor)
        labour = detail.labour_lines[0]
        orders.update_line(s, editable[0], kind="labour", line_id=labour.id, pay_type="warranty", staff_id=advisor)
    with database.unit_of_work(actor_id=cashier) as s:
        payload = gate.exit_pass_document(s, settled[0], issue=True).payload
    with database.unit_of_work(actor_id=gatekeeper) as s:
        gate.verify_and_release(s, payload, staff_id=gatekeeper)
    with database.unit_of_work(actor_id=manager) as s:
        settlement.reopen(s, settled[1], reason="客户要求改开公司发票", staff_id=manager)

    app = make_application()
    install_language(app, lang)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    runner = Runner(database, Settings(database_url=url))
    runner.set_staff(manager)
    dialog = AuditLogDialog(runner)
    dialog.resize(1780, 720)
    dialog.show()
    settle_events(app)
    if dialog.model.rowCount() < 10:
        raise SystemExit(f"expected the morning's entries in the log, found {dialog.model.rowCount()}")
    dialog.grab().save(str(target / f"audit-log{suffix}.png"))
    dialog.close()

    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *(sys.argv[2:3]))
