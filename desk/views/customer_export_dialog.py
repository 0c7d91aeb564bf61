"""文件 → 导出客户资料…: the manager saves the customer file as CSV or Excel.

:func:`open_customer_export` is the whole action: it asks the service first whether the signed-in
person may export at all (a refusal is shown before any file is chosen), then for the file, then
runs the export in one unit of work under a progress dialog that appears only when the export takes
a moment, and says what was written. The permission and the audit entry are the service's
(:mod:`desk.services.customer_export`); this module only asks and tells.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from desk.services import customer_export
from desk.services.customer_export import ExportCancelled, ExportResult
from desk.views.runner import Runner

__all__ = ["open_customer_export"]

def _filters() -> dict[str, str]:
    """The save dialog's filters by suffix, CSV first (what most people open in Excel or WPS)."""
    return {
        ".csv": QCoreApplication.translate("CustomerExport", "CSV 文件，Excel 可直接打开 (*.csv)"),
        ".xlsx": QCoreApplication.translate("CustomerExport", "Excel 工作簿 (*.xlsx)"),
    }


def _chosen_path(parent: QWidget | None, customers: int, cars: int) -> Path | None:
    """Ask where to save; the suffix follows the chosen filter when the name has none."""
    filters = _filters()
    name = QCoreApplication.translate("CustomerExport", "客户资料-%1.csv").replace("%1", dt.date.today().isoformat())
    suggested = str(Path.home() / name)
    caption = (
        QCoreApplication.translate("CustomerExport", "导出客户资料（%1 位客户，%2 辆车）")
        .replace("%1", str(customers)).replace("%2", str(cars))
    )
    chosen, selected = QFileDialog.getSaveFileName(parent, caption, suggested, ";;".join(filters.values()))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in filters:
        wanted = next((suffix for suffix, text in filters.items() if text == selected), ".csv")
        path = path.with_name(path.name + wanted)
    return path


def open_customer_export(runner: Runner, parent: QWidget | None) -> ExportResult | None:
    """Run one 导出客户资料 action; the result, or None when refused, cancelled or failed."""
    size = runner.attempt(parent, customer_export.export_size, write=False)
    if size is None:
        return None
    customers, cars = size
    path = _chosen_path(parent, customers, cars)
    if path is None:
        return None

    progress = QProgressDialog(
        QCoreApplication.translate("CustomerExport", "正在导出客户资料…"),
        QCoreApplication.translate("CustomerExport", "取消"), 0, 0, parent,
    )
    progress.setObjectName("customerExportProgress")
    progress.setWindowTitle(QCoreApplication.translate("CustomerExport", "导出客户资料"))
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(400)  # a small shop's export is done before the dialog would show
    progress.setMinimumWidth(420)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)

    def on_progress(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)
        progress.setLabelText(
            QCoreApplication.translate("CustomerExport", "正在导出客户资料：第 %1 / %2 行…")
            .replace("%1", str(done)).replace("%2", str(total))
        )
        QApplication.processEvents()
        if progress.wasCanceled():
            raise ExportCancelled()

    try:
        result = runner.attempt(parent, customer_export.export_customers, path, progress=on_progress, busy=True)
    finally:
        progress.close()
        progress.deleteLater()
    if result is None:
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("CustomerExport", "导出客户资料"),
        QCoreApplication.translate(
            "CustomerExport",
            "已导出 %1 位客户（%2 行，每辆车一行）到：\n%3\n\n文件中有客户的完整电话，请妥善保管。此次导出已记入操作日志。",
        )
        .replace("%1", str(result.customers)).replace("%2", str(result.rows)).replace("%3", str(result.path)),
    )
    return result
