"""Screenshots of signing in and the staff accounts (issue 8) for README.md.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_sign_in.py docs/screenshots

Builds the demo shop in a temporary folder, sets the demo manager's password (as the first start
does), gives two colleagues temporary passwords, and saves ``sign-in.png`` (the sign-in at start
with a wrong password said on the form), ``lock-screen.png`` (the main window locked, Ctrl+L) and
``staff-accounts.png`` (文件 → 员工账号).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desk.app import make_application
from desk.config import Settings
from desk.models.enums import Role
from desk.services import auth, shop
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from desk.views.sign_in import SignInDialog
from desk.views.staff_dialog import StaffDialog
from shot_support import demo_database, settle_events


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    database, url, _ = demo_database()
    with database.unit_of_work() as session:
        manager = auth.create_first_manager(session, auth.first_manager_candidates(session)[0], "demo2026", "demo2026")
    with database.unit_of_work(actor_id=manager.id) as session:
        people = shop.list_staff(session)
        advisor = next(p for p in people if p.role == Role.ADVISOR.value)
        cashier = next(p for p in people if p.role == Role.CASHIER.value)
        auth.reset_password(session, advisor.id, "temp1234", "temp1234")
        auth.reset_password(session, cashier.id, "temp5678", "temp5678")
    app = make_application()
    install_language(app, "zh_CN")
    runner = Runner(database, Settings(database_url=url))

    dialog = SignInDialog(runner)
    dialog.form.name_combo.setCurrentText(advisor.name)
    dialog.form.password_edit.setText("wrong")
    dialog.form.submit()
    dialog.form.password_edit.setText("temp")
    dialog.show()
    settle_events(app)
    dialog.grab().save(str(target / "sign-in.png"))
    dialog.close()

    runner.set_staff(manager.id)
    window = MainWindow(runner)
    window.resize(1400, 860)
    window.show()
    settle_events(app)
    window.lock()
    settle_events(app)
    window.grab().save(str(target / "lock-screen.png"))
    window.lock_screen.form.password_edit.setText("demo2026")
    window.lock_screen.form.submit()

    staff = StaffDialog(runner, window)
    staff.table.selectRow(next(i for i, a in enumerate(staff.model.rows) if a.id == cashier.id))
    staff.show()
    settle_events(app)
    staff.grab().save(str(target / "staff-accounts.png"))
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
