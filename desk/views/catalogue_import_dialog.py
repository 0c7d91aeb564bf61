"""导入 CSV: a catalogue file imported from the GUI with a progress dialog and a report per row.

The import is the service's (``catalogue_import.import_csv``) in one unit of work: all rows or,
when any row is bad, none — unless the user then chooses 只导入正确的行. While it runs, a modal
progress dialog shows how far it got and lets the user cancel, which rolls everything back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import catalogue_import
from desk.services.catalogue_import import ImportReport
from desk.services.csv_import import ImportCancelled, RowProblem
from desk.views.runner import Runner
from desk.views.table_model import Column, RowsModel, rows_view


def kind_title(kind: str) -> str:
    """The shown name of a catalogue: 工时项目, 备件 or 保养套餐."""
    titles = {
        "labour": QApplication.translate("CatalogueImport", "工时项目"),
        "parts": QApplication.translate("CatalogueImport", "备件"),
        "packages": QApplication.translate("CatalogueImport", "保养套餐"),
    }
    return titles[kind]


class ImportReportDialog(QDialog):
    """What an import did: counts, one line per problem, and what the user can do next.

    ``exec()`` returns ``GOOD_ROWS_ONLY`` when the user chose 只导入正确的行.
    """

    GOOD_ROWS_ONLY = 2

    def __init__(self, report: ImportReport, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.runner = runner
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("导入报告 — %1").replace("%1", kind_title(report.kind)))
        bad_rows = len({p.row for p in report.problems})
        self.counts_label = QLabel(
            self.tr("共 %1 行：新增 %2，更新 %3，错误 %4 行").replace("%1", str(report.rows))
            .replace("%2", str(report.created)).replace("%3", str(report.updated)).replace("%4", str(bad_rows))
        )
        self.counts_label.setObjectName("importCounts")
        font = self.counts_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.counts_label.setFont(font)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("importOutcome")
        self.outcome_label.setWordWrap(True)
        if not report.imported:
            self.outcome_label.setText(
                self.tr("文件里有错误的行，未导入任何数据。请改正文件后重新导入，或只导入正确的 %1 行。")
                .replace("%1", str(report.good))
                if report.good else self.tr("文件里没有正确的行，未导入任何数据。请改正文件后重新导入。")
            )
            self.outcome_label.setStyleSheet("color: #b00020; font-weight: bold;")
        elif report.problems:
            self.outcome_label.setText(
                self.tr("已导入正确的 %1 行；下面 %2 行有错，没有导入。").replace("%1", str(report.good))
                .replace("%2", str(bad_rows))
            )
        else:
            self.outcome_label.setText(self.tr("全部导入成功。"))
            self.outcome_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.problems_model: RowsModel[RowProblem] = RowsModel([
            Column(self.tr("行号"), lambda p: str(p.row), numeric=True),
            Column(self.tr("列"), lambda p: p.column),
            Column(self.tr("内容"), lambda p: p.value),
            Column(self.tr("问题"), lambda p: p.message, tooltip=lambda p: p.message),
        ], self)
        self.problems_model.set_rows(report.problems)
        self.problems_view = rows_view(self.problems_model, "importProblems")
        self.problems_view.setWordWrap(False)
        self.problems_view.setVisible(bool(report.problems))

        buttons = QDialogButtonBox()
        self.good_rows_button = QPushButton(self.tr("只导入正确的行"))
        self.good_rows_button.setObjectName("importGoodRows")
        self.good_rows_button.clicked.connect(lambda: self.done(self.GOOD_ROWS_ONLY))
        buttons.addButton(self.good_rows_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = QPushButton(self.tr("保存报告…"))
        self.save_button.setObjectName("importSaveReport")
        self.save_button.clicked.connect(self.save_report)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        # (after addButton, which shows a button again)
        self.good_rows_button.setVisible(not report.imported and report.good > 0)
        self.save_button.setVisible(bool(report.problems))

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(buttons)
        self.resize(820, 460 if report.problems else 160)

    def save_report(self) -> None:
        """Save the report as a CSV file that Excel opens."""
        name = self.tr("导入报告-%1.csv").replace("%1", kind_title(self.report.kind))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存导入报告"), name, self.tr("CSV 文件 (*.csv)"))
        if not path:
            return
        try:
            Path(path).write_bytes(catalogue_import.report_csv(self.report))
        except OSError as exc:
            self.runner.reporter.error(self, self.tr("无法保存报告 %1：%2").replace("%1", path).replace(
                "%2", exc.strerror or str(exc)))


class CsvImport:
    """One 导入 CSV… action: choose a file, import with progress, report, maybe import the good rows."""

    def __init__(self, runner: Runner, parent: QWidget, kind: str) -> None:
        self.runner = runner
        self.parent = parent
        self.kind = kind
        self.reports: list[ImportReport] = []
        """Every report shown, for the caller and tests."""

    def run(self) -> bool:
        """True when something was written."""
        path, _ = QFileDialog.getOpenFileName(
            self.parent, QApplication.translate("CatalogueImport", "导入%1 CSV").replace("%1", kind_title(self.kind)),
            "", QApplication.translate("CatalogueImport", "CSV 文件 (*.csv *.txt);;所有文件 (*)"),
        )
        if not path:
            return False
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.runner.reporter.error(
                self.parent, QApplication.translate("CatalogueImport", "无法读取文件 %1：%2")
                .replace("%1", path).replace("%2", exc.strerror or str(exc)),
            )
            return False
        report = self.import_data(data, good_rows_only=False)
        wrote = False
        while report is not None:
            wrote = wrote or (report.imported and report.good > 0)
            dialog = ImportReportDialog(report, self.runner, self.parent)
            if dialog.exec() != ImportReportDialog.GOOD_ROWS_ONLY:
                break
            report = self.import_data(data, good_rows_only=True)
        return wrote

    def import_data(self, data: bytes, *, good_rows_only: bool) -> ImportReport | None:
        """Run the import in one unit of work under a progress dialog; None when refused or cancelled."""
        progress = QProgressDialog(
            QApplication.translate("CatalogueImport", "正在检查并导入%1…").replace("%1", kind_title(self.kind)),
            QApplication.translate("CatalogueImport", "取消"), 0, 0, self.parent,
        )
        progress.setObjectName("importProgress")
        progress.setWindowTitle(QApplication.translate("CatalogueImport", "导入 CSV"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(300)
        progress.setMinimumWidth(460)  # the label grows as the row count does
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            progress.setLabelText(
                QApplication.translate("CatalogueImport", "正在检查并导入%1：第 %2 / %3 行…")
                .replace("%1", kind_title(self.kind)).replace("%2", str(done)).replace("%3", str(total))
            )
            QApplication.processEvents()
            if progress.wasCanceled():
                raise ImportCancelled()

        try:
            report = self.runner.attempt(
                self.parent, catalogue_import.import_csv, self.kind, data, good_rows_only=good_rows_only,
                staff_id=self.runner.staff_id, progress=on_progress, busy=True,
            )
        finally:
            progress.close()
            progress.deleteLater()
        if report is not None:
            self.reports.append(report)
        return report


__all__ = ["CsvImport", "ImportReportDialog", "kind_title"]
