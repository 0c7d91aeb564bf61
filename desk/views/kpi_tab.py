"""指标: the KPI dashboard for a date range — tiles against their targets, charts per advisor, export.

At the top the range (this month when the tab opens; 本月 / 上月 / 近 30 天 set it in one click),
the advisor filter, and 导出 Excel… / 导出 CSV… (a file dialog, then the same file the command line
writes). The tiles show each figure of the shop, or of the advisor chosen, green where the target
is met and red where it is not, with the counts it came from. Below, two charts with Qt Charts: on-time
delivery and satisfaction per advisor with their target lines, and each advisor's orders received.

The figures are read in one read-only unit of work (six grouped queries, well under a second even
on ten years of data), when the tab is shown, when the range or filter changes, and after an action
that touched orders, follow-ups or complaints while the tab is on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import kpi, shop
from desk.services.changes import Changes
from desk.services.kpi import AdvisorKpis, Figure, KpiReport
from desk.views.i18n import yuan
from desk.views.runner import Runner

GREEN = "#1b7f3b"
RED = "#c0392b"
GREY = "#5f6b76"
TILE_COLUMNS = 7


def kpi_name(name: str) -> str:
    """A KPI's Chinese name from the service, in the user's language."""
    return QCoreApplication.translate("kpi", name)


def value_text(figure: Figure) -> str:
    if figure.value is None:
        return "—"
    if figure.unit == kpi.PERCENT:
        return f"{figure.value * 100:.1f}%"
    if figure.unit == kpi.FEN:
        return yuan(int(figure.value))
    if figure.unit == kpi.COUNT:
        return f"{figure.value:,}"
    return f"{figure.value:.2f}"


def target_text(figure: Figure) -> str:
    if figure.target is None:
        return ""
    sign = "≥" if figure.higher_is_better else "<"
    if figure.unit == kpi.PERCENT:
        shown = f"{figure.target * 100:g}%"
    else:
        shown = QCoreApplication.translate("KpiTab", "%1 件/百单").replace("%1", f"{figure.target:g}")
    return QCoreApplication.translate("KpiTab", "目标 %1 %2").replace("%1", sign).replace("%2", shown)


def detail_text(figure: Figure) -> str:
    if figure.unit == kpi.COUNT:
        return ""
    numerator: str = f"{figure.numerator:,}"
    if figure.unit == kpi.FEN:
        numerator = yuan(figure.numerator)
    elif figure.unit == kpi.HOURS:
        numerator = QCoreApplication.translate("KpiTab", "%1 小时").replace("%1", f"{figure.numerator / 100:,.2f}")
    return f"{numerator} / {figure.denominator:,}"


class Tile(QFrame):
    """One KPI: name, value, target and the counts; the frame green or red by the target."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.name_label = QLabel()
        self.value_label = QLabel()
        self.value_label.setObjectName("tileValue")
        self.target_label = QLabel()
        self.detail_label = QLabel()
        for label in (self.name_label, self.target_label, self.detail_label):
            label.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        for label in (self.name_label, self.value_label, self.target_label, self.detail_label):
            layout.addWidget(label)
        self.colour = GREY

    def show_figure(self, figure: Figure) -> None:
        self.name_label.setText(kpi_name(figure.name))
        self.value_label.setText(value_text(figure))
        self.target_label.setText(target_text(figure))
        self.detail_label.setText(detail_text(figure))
        self.colour = GREY if figure.met is None else GREEN if figure.met else RED
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ border: 2px solid {self.colour}; border-radius: 6px;"
            f" background: rgba({QColor(self.colour).red()}, {QColor(self.colour).green()},"
            f" {QColor(self.colour).blue()}, 18); }}"
        )
        self.value_label.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {self.colour};")


class KpiTargetsDialog(QDialog):
    """The KPI targets (a shop setting): percent, complaints per 100 orders; saved in one action."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("考核目标"))
        info = runner.attempt(self, shop.shop_info, write=False)
        self.version = info.version if info else None
        targets = runner.attempt(self, kpi.kpi_targets, write=False) or dict(kpi.DEFAULT_TARGETS)
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for key in kpi.TARGET_KEYS:
            definition = kpi.BY_KEY[key]
            edit = QLineEdit(kpi.target_text(key, targets[key]))
            edit.setObjectName(f"target_{key}")
            self.edits[key] = edit
            unit = self.tr("件/百单，低于此数为达标") if definition.unit == kpi.PER_100 else (
                self.tr("%，低于此数为达标") if not definition.higher_is_better else self.tr("%，达到此数为达标"))
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(QLabel(unit))
            form.addRow(kpi_name(definition.name), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        saved = self.runner.attempt(
            self, kpi.update_kpi_targets, {key: edit.text() for key, edit in self.edits.items()},
            staff_id=self.runner.staff_id, expected_version=self.version,
        )
        if saved is not None:
            self.accept()


class KpiTab(QWidget):
    """Range and filter, the tiles, the charts and the export buttons."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.report: KpiReport | None = None
        self.save_path: Callable[[str, str, str], str] = self._ask_save_path
        """Asks where to save (caption, suggested name, filter); tests put a stand-in here."""

        today = QDate.currentDate()
        self.from_edit = QDateEdit(QDate(today.year(), today.month(), 1))
        self.from_edit.setObjectName("kpiFrom")
        self.to_edit = QDateEdit(today)
        self.to_edit.setObjectName("kpiTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        self.this_month_button = QPushButton(self.tr("本月"))
        self.this_month_button.clicked.connect(self.on_this_month)
        self.last_month_button = QPushButton(self.tr("上月"))
        self.last_month_button.clicked.connect(self.on_last_month)
        self.last_30_button = QPushButton(self.tr("近 30 天"))
        self.last_30_button.clicked.connect(self.on_last_30_days)
        self.advisor_combo = QComboBox()
        self.advisor_combo.setObjectName("kpiAdvisor")
        self.advisor_combo.setMinimumContentsLength(8)
        self.advisor_combo.currentIndexChanged.connect(self.refresh)
        self.excel_button = QPushButton(self.tr("导出 Excel…"))
        self.excel_button.clicked.connect(lambda: self.export(".xlsx"))
        self.csv_button = QPushButton(self.tr("导出 CSV…"))
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        self.targets_button = QPushButton(self.tr("考核目标…"))
        self.targets_button.clicked.connect(self.on_targets)

        bar = QHBoxLayout()
        from_label = QLabel(self.tr("从(&F)"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("到(&T)"))
        to_label.setBuddy(self.to_edit)
        advisor_label = QLabel(self.tr("服务顾问(&A)"))
        advisor_label.setBuddy(self.advisor_combo)
        for widget in (from_label, self.from_edit, to_label, self.to_edit, self.this_month_button,
                       self.last_month_button, self.last_30_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(advisor_label)
        bar.addWidget(self.advisor_combo)
        bar.addStretch(1)
        for widget in (self.targets_button, self.excel_button, self.csv_button):
            bar.addWidget(widget)

        self.heading = QLabel()
        self.heading.setObjectName("kpiHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, definition in enumerate(kpi.DEFINITIONS):
            tile = Tile(definition.key)
            self.tiles[definition.key] = tile
            grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)

        charts = QHBoxLayout()
        self.chart_views: list[QChartView] = []
        for name in ("kpiRatesChart", "kpiOrdersChart"):
            view = QChartView()
            view.setObjectName(name)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(280)
            self.chart_views.append(view)
        charts.addWidget(self.chart_views[0], 3)
        charts.addWidget(self.chart_views[1], 2)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addLayout(charts, 1)
        runner.changed.connect(self.on_changed)
        self._advisors_loaded = False
        self._first_show = True

    # --- range -------------------------------------------------------------------------------------

    def set_range(self, start: dt.date, end: dt.date) -> None:
        """Both ends at once, read once."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def _today(self) -> dt.date:
        return self.runner.attempt(self, shop.local_today, write=False) or dt.date.today()

    def on_this_month(self) -> None:
        today = self._today()
        self.set_range(today.replace(day=1), today)

    def on_last_month(self) -> None:
        last = self._today().replace(day=1) - dt.timedelta(days=1)
        self.set_range(last.replace(day=1), last)

    def on_last_30_days(self) -> None:
        today = self._today()
        self.set_range(today - dt.timedelta(days=29), today)

    def range(self) -> tuple[dt.date, dt.date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    # --- reading -----------------------------------------------------------------------------------

    def load_advisors(self) -> None:
        rows = self.runner.attempt(self, kpi.advisors, write=False) or []
        chosen = self.advisor_combo.currentData()
        self.advisor_combo.blockSignals(True)
        self.advisor_combo.clear()
        self.advisor_combo.addItem(self.tr("全店"), None)
        for staff_id, name in rows:
            self.advisor_combo.addItem(name, staff_id)
        self.advisor_combo.setCurrentIndex(max(0, self.advisor_combo.findData(chosen)))
        self.advisor_combo.blockSignals(False)
        self._advisors_loaded = True

    def refresh(self) -> None:
        if not self._advisors_loaded:
            self.load_advisors()
        start, end = self.range()
        report = self.runner.attempt(self, kpi.kpi_report, start, end, write=False)
        if report is None:
            return
        self.report = report
        self.show_report(report)

    def selected(self) -> AdvisorKpis:
        """The figures the tiles show: the chosen advisor's, or the shop's."""
        assert self.report is not None
        advisor_id = self.advisor_combo.currentData()
        return next((a for a in self.report.advisors if a.advisor_id == advisor_id), self.report.shop)

    def show_report(self, report: KpiReport) -> None:
        person = self.selected()
        self.heading.setText(
            self.tr("%1　%2 至 %3").replace("%1", person.name if person.advisor_id else self.tr("全店"))
            .replace("%2", report.start.isoformat()).replace("%3", report.end.isoformat())
        )
        for figure in person.figures:
            self.tiles[figure.key].show_figure(figure)
        self._draw_rates(report)
        self._draw_orders(report)

    # --- charts ------------------------------------------------------------------------------------

    def _style(self, chart: QChart, title: str) -> None:
        """Titles and labels in the widget's font, so Chinese renders as everywhere else in Desk."""
        font = QFont(self.font())
        title_font = QFont(font)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitle(title)
        chart.legend().setFont(font)
        for axis in chart.axes():
            axis.setLabelsFont(font)

    def _new_chart(self, view: QChartView) -> QChart:
        """A fresh chart in ``view`` (the old one deleted): simpler and surer than emptying it."""
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    @property
    def rates_chart(self) -> QChart:
        return self.chart_views[0].chart()

    @property
    def orders_chart(self) -> QChart:
        return self.chart_views[1].chart()

    def _draw_rates(self, report: KpiReport) -> None:
        chart = self._new_chart(self.chart_views[0])
        names = [a.name for a in report.advisors]
        series = QBarSeries()
        targets = []
        for key, colour in (("on_time", "#2e86c1"), ("satisfaction", "#8e44ad")):
            definition = kpi.BY_KEY[key]
            bars = QBarSet(kpi_name(definition.name))
            bars.setColor(QColor(colour))
            for person in report.advisors:
                value = person.figure(key).value
                bars.append(0.0 if value is None else float(value) * 100)
            series.append(bars)
            targets.append((definition, colour, report.targets.get(key)))
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(names or [self.tr("（无）")])
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%d%%")
        axis_y.setTickCount(6)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        # Target lines across the whole chart: x runs over the category positions (−0.5 … n−0.5).
        right = max(len(names), 1) - 0.5
        for definition, colour, stored in targets:
            if stored is None:
                continue
            line = QLineSeries()
            line.setName(self.tr("%1目标 %2%").replace("%1", kpi_name(definition.name))
                         .replace("%2", f"{stored / 100:g}"))
            pen = QPen(QColor(colour))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append(-0.5, stored / 100)
            line.append(right, stored / 100)
            chart.addSeries(line)
            line.attachAxis(axis_y)
            hidden_x = QValueAxis()
            hidden_x.setRange(-0.5, right)
            hidden_x.setVisible(False)
            chart.addAxis(hidden_x, Qt.AlignmentFlag.AlignTop)
            line.attachAxis(hidden_x)
        self._style(chart, self.tr("准时交车率与客户满意率（按服务顾问）"))

    def _draw_orders(self, report: KpiReport) -> None:
        chart = self._new_chart(self.chart_views[1])
        bars = QBarSet(kpi_name(kpi.BY_KEY["orders_received"].name))
        bars.setColor(QColor("#16a085"))
        for person in report.advisors:
            bars.append(float(person.figure("orders_received").value or 0))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([a.name for a in report.advisors] or [self.tr("（无）")])
        axis_y = QValueAxis()
        top = max([person.figure("orders_received").value or 0 for person in report.advisors] + [1])
        axis_y.setRange(0, top * 1.1)
        axis_y.applyNiceNumbers()  # round ticks (0, 20, 40 …) rather than thirds of the top
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(False)
        self._style(chart, self.tr("接车台次（按服务顾问）"))

    # --- export ------------------------------------------------------------------------------------

    def _ask_save_path(self, caption: str, suggested: str, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, filter_text)
        return path

    def export(self, suffix: str) -> Path | None:
        """Ask where, then write the range's report as .xlsx or .csv; returns the file written."""
        start, end = self.range()
        suggested = f"kpi-{start.isoformat()}-{end.isoformat()}{suffix}"
        if suffix == ".xlsx":
            chosen = self.save_path(self.tr("导出 Excel"), suggested, self.tr("Excel 工作簿 (*.xlsx)"))
        else:
            chosen = self.save_path(self.tr("导出 CSV"), suggested, self.tr("CSV 文件 (*.csv)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)

        def build(session):  # type: ignore[no-untyped-def]
            return kpi.export(kpi.kpi_report(session, start, end), suffix)

        data = self.runner.attempt(self, build, write=False)
        if data is None:
            return None
        try:
            path.write_bytes(data)
        except OSError as exc:
            self.runner.reporter.error(
                self, self.tr("无法写入 %1：%2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc))
            )
            return None
        return path

    # --- keeping up --------------------------------------------------------------------------------

    def on_targets(self) -> None:
        if KpiTargetsDialog(self.runner, self).exec():
            self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.load_advisors()
        if self._first_show:
            # This month by the shop's calendar (the PC's clock may be in another zone).
            self._first_show = False
            self.on_this_month()
        else:
            self.refresh()
