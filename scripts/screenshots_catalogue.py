"""Screenshots of 目录管理 (the manager's catalogue screens) for README.md.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_catalogue.py docs/screenshots

Builds a demo shop in a temporary folder (``desk demo``'s catalogues) and saves:

- ``catalogue-parts.png``: the 备件 page filtered by typing 滤清器, one part selected;
- ``catalogue-import-report.png``: the report after importing a parts file with bad rows
  (a price in words, a duplicate, a stock in words, a missing name) — nothing imported, with
  只导入正确的行 offered.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from desk import db
from desk.app import make_application
from desk.config import Settings
from desk.services import catalogue_import
from desk.services.demo_catalogue import add_demo_catalogue
from desk.views.catalogue_import_dialog import ImportReportDialog
from desk.views.catalogue_manager import CatalogueManager
from desk.views.i18n import install_language
from desk.views.runner import Runner
from shot_support import demo_database, settle_events

BAD_PARTS = (
    "备件号,名称,单位,单价,库存,库位\n"
    "06L115562B,机油滤清器,个,68.50,10,A-01-02\n"
    "04E129620,空气滤清器,个,九十八,6,A-01-03\n"
    "06L115562B,机油滤清器（新包装）,个,70,4,A-01-02\n"
    "101905617C,火花塞,个,65,四个,B-03-01\n"
    "5Q0819653,,个,128,2,A-02-01\n"
    "N0138157,放油螺栓密封圈,个,3.5,120,C-01-05\n"
    "000989888,雨刮片（对）,对,168,2.5.1,C-02-01\n"
)


def catalogue_only_database() -> tuple[db.Database, str]:
    """A migrated database with only the demo's catalogues (when the full demo cannot be built)."""
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'catalogue.sqlite3'}"
    db.upgrade(url)
    database = db.Database(url)
    with database.unit_of_work() as session:
        add_demo_catalogue(session, seed=1)
    return database, url


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    try:
        database, url, _folder = demo_database()
    except Exception as exc:  # noqa: BLE001 - the pictures only need the catalogues
        print(f"desk demo failed ({exc!r}); using the demo catalogues alone", file=sys.stderr)
        database, url = catalogue_only_database()
    app = make_application()
    install_language(app, "zh_CN")
    runner = Runner(database, Settings(database_url=url))

    manager = CatalogueManager(runner)
    manager.resize(1180, 720)
    manager.show()
    manager.show_page("parts")
    settle_events(app)
    manager.parts.search_edit.setText("滤清器")
    settle_events(app)
    manager.parts.view.selectRow(2)
    settle_events(app)
    manager.grab().save(str(target / "catalogue-parts.png"))

    report = runner.attempt(manager, catalogue_import.import_csv, "parts", BAD_PARTS.encode())
    assert report is not None and not report.imported
    dialog = ImportReportDialog(report, runner, manager)
    dialog.show()
    settle_events(app)
    dialog.grab().save(str(target / "catalogue-import-report.png"))
    dialog.close()
    manager.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
