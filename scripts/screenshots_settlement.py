"""Screenshots of the settlement (结算) for README.md, from a demo shop in a real window.

    xvfb-run -a -s "-screen 0 1600x1100x24" .venv/bin/python scripts/screenshots_settlement.py docs/screenshots

Builds a fresh demo database in a temporary folder, signs in as the demo's cashier, opens one of
the demo's ready orders in the 结算 tab (an insurance job when there is one), gives a 5 % bill
discount with 抹零, takes part of the bill in cash (with change) and the rest by WeChat Pay, fills in
the insurer, the follow-up time and the customer's signature, and saves:

- ``settlement.png``: the tab mid-settlement, balanced, before 结算;
- ``settlement-slip.png``: the customer copy of the slip after settling, via ``pdftoppm -r 60``;
- ``settlement-slip-void.png``: the same slip reprinted after a manager reopened the order (作废).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desk.app import make_application
from desk.config import Settings
from desk.models.enums import Role
from desk.services import settlement, shop
from desk.services.money import format_yuan
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from screenshots_inspection import handwriting
from shot_support import demo_database, settle_events


class Answering:
    """Says yes to every question and prints refusals, so no dialog waits for a click."""

    def error(self, parent: object, text: str) -> None:
        print(f"refused: {text}", file=sys.stderr)

    def confirm(self, parent: object, text: str) -> bool:
        return True


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, folder = demo_database()
    with database.unit_of_work(write=False) as session:
        cashier = shop.list_staff(session, Role.CASHIER)[0].id
        manager = shop.list_staff(session, Role.MANAGER)[0].id
        ready = [row.number for row in settlement.settlement_queue(session) if row.status == "ready"]
        assert ready, "the demo has no ready order"
        previews = [settlement.settlement_preview(session, number) for number in ready]
    chosen = max(previews, key=lambda p: (p.bill.customer_due > 20000, p.needs_insurer, p.bill.total))
    app = make_application()
    install_language(app, "zh_CN")
    runner = Runner(database, Settings(database_url=url), Answering())
    runner.set_staff(cashier)
    window = MainWindow(runner)
    window.resize(1560, 1060)
    window.show()
    settle_events(app)

    tab = window.settlement
    window.show_settlement(chosen.number)
    tab.discount_percent.setText("5")
    tab.rounding_check.setChecked(True)
    tab.reload_bill()
    settle_events(app)
    assert tab.preview is not None
    due = tab.preview.bill.customer_due
    cash = min(due, max(100, (due // 2) // 10000 * 10000))
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("cash"))
    tab.amount_edit.setText(format_yuan(cash))
    tab.tendered_edit.setText(format_yuan(-(-cash // 10000) * 10000 + 10000))
    tab.add_payment()
    if due > cash:
        tab.method_combo.setCurrentIndex(tab.method_combo.findData("wechat"))
        tab.reference_edit.setText("4200002026112300123")
        tab.add_payment()
    if tab.preview.needs_insurer:
        tab.insurer_combo.setCurrentIndex(tab.insurer_combo.findText("平安财险"))
        tab.claim_edit.setText("RDAA2026440300001234")
    tab.followup_combo.setCurrentIndex(tab.followup_combo.findText("工作日下午"))
    tab.signature.strokes = handwriting()
    tab.signature.update()
    settle_events(app)
    window.grab().save(str(target / "settlement.png"))

    shown: list[bytes] = []
    tab.show_pdf = lambda pdf, title, name, document: shown.append(pdf)  # type: ignore[method-assign]
    tab.settle()
    settle_events(app)
    assert shown, "the order was not settled"
    for name, pdf in (("settlement-slip", shown[-1]),):
        path = folder / f"{name}.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(path), str(target / name)], check=True)

    runner.set_staff(manager)
    tab.reopen("客户要求按单位开票，重新结算")
    settle_events(app)
    pdf = tab.render_slip("customer")
    assert pdf is not None
    path = folder / "settlement-slip-void.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", str(path), str(target / "settlement-slip-void")], check=True
    )
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
