"""回访: the follow-up clerk's calls after delivery — the queue, the call script, the answers.

On the left the queue in five lists (今日待回访, 已逾期 in red, 即将到期, 已完成, 无法联系), with
只看我的 to keep the calls of the person signed in. On the right the chosen call: the customer's
phone in full (calling is the clerk's job), the car, the visit and the preferred time, then the
script — the questions asked the way the domain text recommends (how is the car overall since the
visit, is the problem solved …) — with a 1–5 picker per score (digits 1–5 on the keyboard), the
comments, and 联系上了 / 未接通. Ctrl+Enter saves the answers. When the customer is unhappy (a
score of 2 or less, or the problem not solved) 登记投诉 registers a complaint in one step with the
order and the call attached (:class:`ComplaintDialog`) and shows its number.

The rules (who may call, attempts at different times, three tries) are the service's:
:mod:`desk.services.followups`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import ComplaintCategory, FollowUpStatus
from desk.services import followups, shop
from desk.services.changes import Changes
from desk.services.errors import Conflict
from desk.services.followups import SCORE_FIELDS, FollowUpDetail, FollowUpQueue, FollowUpRow
from desk.views.conflict_note import ConflictNote, Field, field
from desk.views.i18n import enum_text, list_text
from desk.views.runner import Runner
from desk.views.table_model import Column, RowsModel, rows_view

OVERDUE_TEXT = QColor("#c0392b")
UNHAPPY_TEXT = QColor("#b9770e")

LISTS = ("due_today", "overdue", "upcoming", "done", "unreachable")
"""The queue's lists in the order of the tabs above the table."""


class ScorePicker(QWidget):
    """Five buttons 1–5; digits 1–5 pick a score when the picker has the focus."""

    changed = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(3)
        for value in range(1, 6):
            button = QToolButton()
            button.setText(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the picker takes the keys, Tab skips the buttons
            button.setMinimumSize(30, 26)
            self.group.addButton(button, value)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self.changed.emit)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen > 0 else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)  # an exclusive group cannot be emptied
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(value).setChecked(True)
        self.changed.emit(value or 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        if text in ("1", "2", "3", "4", "5"):
            self.set_value(int(text))
            self.focusNextChild()  # on to the next question, as on a paper form
            return
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.setStyleSheet("#%s { background: #dbe9f7; border-radius: 4px; }" % self.objectName())

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.setStyleSheet("")


class QueueModel(RowsModel[FollowUpRow]):
    """Calls, the overdue ones in red and the unhappy answers in amber."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(OVERDUE_TEXT)
            if row.unhappy:
                return QBrush(UNHAPPY_TEXT)
        return super().data(index, role)


class ComplaintDialog(QDialog):
    """登记投诉 from an unhappy answer: category and the customer's words, registered in one step."""

    def __init__(self, runner: Runner, detail: FollowUpDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail = detail
        self.number: str | None = None
        self.setWindowTitle(self.tr("登记投诉 · %1").replace("%1", detail.row.order_number))
        self.resize(520, 340)
        self.category = QComboBox()
        self.category.setObjectName("complaintCategory")
        for category in ComplaintCategory:
            self.category.addItem(enum_text(category), category.value)
        self.category.setCurrentIndex(self.category.findData(_likely_category(detail).value))
        self.description = QPlainTextEdit()
        self.description.setObjectName("complaintDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("按客户的原话记录投诉内容"))
        self.description.setPlainText(detail.comments)
        about = QLabel(
            self.tr("客户 %1（%2）· 车牌 %3 · 委托书 %4\n投诉会连同委托书和这次回访一起登记到投诉登记表。")
            .replace("%1", detail.row.customer).replace("%2", detail.row.phone).replace("%3", detail.row.plate)
            .replace("%4", detail.row.order_number)
        )
        about.setWordWrap(True)
        form = QFormLayout()
        category_label = QLabel(self.tr("类别(&C)"))
        category_label.setBuddy(self.category)
        form.addRow(category_label, self.category)
        description_label = QLabel(self.tr("投诉内容(&D)"))
        description_label.setBuddy(self.description)
        form.addRow(description_label, self.description)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记投诉 (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self.description.setFocus()

    def submit(self) -> None:
        number = self.runner.attempt(
            self, followups.raise_complaint, self.detail.row.id, category=str(self.category.currentData()),
            description=self.description.toPlainText(), staff_id=self.runner.staff_id,
        )
        if number is not None:
            self.number = number
            self.accept()


def _likely_category(detail: FollowUpDetail) -> ComplaintCategory:
    """The complaint's category the answers point to: the problem not solved is about quality,
    else the lowest score's subject."""
    if detail.problem_solved is False:
        return ComplaintCategory.QUALITY
    by_score = {
        "overall": ComplaintCategory.OTHER, "quality": ComplaintCategory.QUALITY, "on_time": ComplaintCategory.TIME,
        "staff": ComplaintCategory.ATTITUDE, "price": ComplaintCategory.PRICE,
    }
    keys = [key for key, _name in SCORE_FIELDS]
    scored = [(score, key) for key, (_name, score) in zip(keys, detail.scores, strict=True) if score is not None]
    if not scored:
        return ComplaintCategory.OTHER
    # The lowest score names the subject; on a tie a specific subject beats "overall".
    lowest = min(scored, key=lambda pair: (pair[0], pair[1] == "overall"))
    return by_score[lowest[1]]


class FollowUpTab(QWidget):
    """The follow-up queue and the call screen."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.queue: FollowUpQueue | None = None
        self.detail: FollowUpDetail | None = None
        self.shop_name = ""
        self.answering = False
        self._loading_day = True  # the spin box shows the setting; only the user's change saves it

        # --- the queue --------------------------------------------------------------------------
        self.list_bar = QTabBar()
        self.list_bar.setObjectName("followupLists")
        self.list_bar.setExpanding(False)
        for _name in LISTS:
            self.list_bar.addTab("")
        self.list_bar.setTabTextColor(1, OVERDUE_TEXT)
        self.list_bar.currentChanged.connect(self.show_list)
        self.mine = QCheckBox(self.tr("只看我的(&M)"))
        self.mine.setObjectName("onlyMine")
        self.mine.toggled.connect(self.refresh)
        self.model = QueueModel(
            [
                Column(self.tr("应回访"), lambda r: r.due_on.strftime("%m-%d"),
                       tooltip=lambda r: self.tr("最迟 %1").replace("%1", r.latest_on.isoformat())),
                Column(self.tr("车牌"), lambda r: r.plate),
                Column(self.tr("客户"), lambda r: r.customer),
                Column(self.tr("方便时间"), lambda r: r.preferred_time),
                Column(self.tr("已拨"), lambda r: str(r.attempts), numeric=True),
                Column(self.tr("回访员"), lambda r: r.caller or self.tr("（未安排）")),
                Column(self.tr("委托书"), lambda r: r.order_number,
                       tooltip=lambda r: self.tr("服务顾问 %1 · 交车 %2").replace("%1", r.advisor)
                       .replace("%2", r.delivered_local)),
                Column(self.tr("状态"), self._status_text),
            ],
            self,
        )
        self.table = rows_view(self.model, "followupQueue", stretch_column=2)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.on_row_chosen())
        queue_box = QWidget()
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.list_bar)
        queue_layout.addWidget(self.mine)
        queue_layout.addWidget(self.table, 1)
        self.day_spin = QSpinBox()
        self.day_spin.setObjectName("followupDay")
        self.day_spin.setRange(followups.EARLIEST_DAY, followups.LATEST_DAY)
        self.day_spin.setToolTip(self.tr("交车后第几天回访（2–5 天）；只有服务经理可以修改，只影响以后结算的委托书。"))
        self.day_spin.valueChanged.connect(self.on_day_changed)
        day_row = QHBoxLayout()
        day_label = QLabel(self.tr("回访日：交车后第(&D)"))
        day_label.setBuddy(self.day_spin)
        day_row.addWidget(day_label)
        day_row.addWidget(self.day_spin)
        day_row.addWidget(QLabel(self.tr("天")))
        day_row.addStretch(1)
        queue_layout.addLayout(day_row)

        # --- the call ----------------------------------------------------------------------------
        self.heading = QLabel()
        self.heading.setObjectName("followupHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.phone = QLabel()
        self.phone.setObjectName("followupPhone")
        self.phone.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f4e79;")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("followupFacts")
        self.facts.setWordWrap(True)
        self.attempts_label = QLabel()
        self.attempts_label.setObjectName("followupAttempts")
        self.attempts_label.setWordWrap(True)

        self.reassign = QComboBox()
        self.reassign.setObjectName("followupCaller")
        self.reassign.setMinimumWidth(160)
        self.reassign_button = QPushButton(self.tr("改派"))
        self.reassign_button.clicked.connect(self.on_reassign)
        caller_row = QHBoxLayout()
        caller_label = QLabel(self.tr("回访员(&A)"))
        caller_label.setBuddy(self.reassign)
        caller_row.addWidget(caller_label)
        caller_row.addWidget(self.reassign)
        caller_row.addWidget(self.reassign_button)
        caller_row.addStretch(1)

        self.greeting = QLabel()
        self.greeting.setObjectName("followupGreeting")
        self.greeting.setWordWrap(True)
        self.greeting.setStyleSheet("color: #34495e;")

        self.reached_button = QPushButton(self.tr("联系上了(&R)"))
        self.reached_button.setObjectName("reachedButton")
        self.reached_button.clicked.connect(self.on_reached)
        self.missed_button = QPushButton(self.tr("未接通(&N)"))
        self.missed_button.setObjectName("missedButton")
        self.missed_button.clicked.connect(self.on_missed)
        self.note = QLineEdit()
        self.note.setObjectName("attemptNote")
        self.note.setPlaceholderText(self.tr("未接通的情况，如：无人接听、关机、占线"))
        self.next_try = QLabel()
        self.next_try.setObjectName("nextTry")
        self.next_try.setStyleSheet("color: #b9770e;")
        call_row = QHBoxLayout()
        call_row.addWidget(self.reached_button)
        call_row.addWidget(self.missed_button)
        call_row.addWidget(self.note, 1)

        # The questions, each with its answer; asked about the car in general, not the part that
        # was changed — a clerk who is not a technician should not diagnose on the phone.
        self.script = QGroupBox(self.tr("回访话术"))
        self.script.setObjectName("followupScript")
        grid = QGridLayout(self.script)
        grid.setColumnStretch(0, 1)
        self.question_overall = QLabel()
        self.question_overall.setWordWrap(True)
        self.question_problem = QLabel()
        self.question_problem.setWordWrap(True)
        self.solved_yes = QRadioButton(self.tr("已解决(&Y)"))
        self.solved_yes.setObjectName("solvedYes")
        self.solved_no = QRadioButton(self.tr("没有解决(&O)"))
        self.solved_no.setObjectName("solvedNo")
        self.solved_group = QButtonGroup(self)
        self.solved_group.addButton(self.solved_yes)
        self.solved_group.addButton(self.solved_no)
        self.solved_group.buttonToggled.connect(lambda *_: self.update_unhappy())
        questions = {
            "overall": self.question_overall,
            "quality": QLabel(self.tr("这次维修保养的质量，您满意吗？")),
            "on_time": QLabel(self.tr("交车的时间和当初约定的一样吗？")),
            "staff": QLabel(self.tr("接待您的服务人员，您满意吗？")),
            "price": QLabel(self.tr("结算时，每一项费用都给您解释清楚了吗？")),
        }
        self.scores: dict[str, ScorePicker] = {}
        row = 0
        for key, _name in SCORE_FIELDS:
            label = questions[key]
            label.setWordWrap(True)
            picker = ScorePicker(f"score_{key}")
            picker.changed.connect(lambda _value: self.update_unhappy())
            self.scores[key] = picker
            grid.addWidget(label, row, 0)
            grid.addWidget(picker, row, 1)
            row += 1
            if key == "overall":
                solved = QHBoxLayout()
                solved.addWidget(self.solved_yes)
                solved.addWidget(self.solved_no)
                solved.addStretch(1)
                grid.addWidget(self.question_problem, row, 0)
                grid.addLayout(solved, row, 1)
                row += 1
        self.comments = QPlainTextEdit()
        self.comments.setObjectName("followupComments")
        self.comments.setTabChangesFocus(True)
        self.comments.setPlaceholderText(self.tr("客户的原话：意见、建议或不满"))
        self.comments.setMaximumHeight(90)
        grid.addWidget(QLabel(self.tr("您还有什么意见或建议吗？")), row, 0, 1, 2)
        grid.addWidget(self.comments, row + 1, 0, 1, 2)
        scale = QLabel(self.tr("评分：5 非常满意 · 4 满意 · 3 一般 · 2 不满意 · 1 非常不满意（数字键 1–5 打分）"))
        scale.setStyleSheet("color: #5f6b76;")
        grid.addWidget(scale, row + 2, 0, 1, 2)

        self.closing = QLabel(self.tr("结束语：感谢您的宝贵意见，祝您用车愉快！"))
        self.closing.setStyleSheet("color: #34495e;")
        self.save_button = QPushButton(self.tr("保存回访 (Ctrl+Enter)"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.complaint_button = QPushButton(self.tr("登记投诉…"))
        self.complaint_button.setObjectName("complaintButton")
        self.complaint_button.clicked.connect(self.open_complaint)
        self.unhappy_label = QLabel()
        self.unhappy_label.setObjectName("unhappyLabel")
        self.unhappy_label.setWordWrap(True)
        self.unhappy_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.complaint_button)
        actions.addWidget(self.unhappy_label, 1)
        self.message = QLabel()
        self.message.setObjectName("followupMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #1b7f3b;")
        # Only while the focus is on this tab: other tabs use Ctrl+Enter for their own action.
        for keys, action in (("Ctrl+Return", self.save), ("Ctrl+Enter", self.save), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

        # Another PC saved this call first: the latest is shown and what was typed here is offered
        # back at the top of the call (desk.views.conflict_note).
        self.conflict_note = ConflictNote()
        titles = {"overall": self.tr("总体评分"), "quality": self.tr("维修质量"), "on_time": self.tr("按时交车"),
                  "staff": self.tr("服务人员"), "price": self.tr("费用解释")}
        self.conflict_note.watch(
            [
                Field(titles.get(key, key), picker.value, picker.set_value,
                      lambda v: self.tr("未评") if v is None else self.tr("%1 分").replace("%1", str(v)), widget=picker)
                for key, picker in self.scores.items()
            ]
            + [
                field(self.tr("问题已解决"), self.solved_yes), field(self.tr("问题没有解决"), self.solved_no),
                field(self.tr("意见或建议"), self.comments), field(self.tr("电话备注"), self.note),
            ]
        )
        self.conflict_note.reapplied.connect(self.update_unhappy)
        call_box = QWidget()
        call = QVBoxLayout(call_box)
        call.addWidget(self.conflict_note)
        call.addWidget(self.heading)
        call.addWidget(self.phone)
        call.addWidget(self.facts)
        call.addLayout(caller_row)
        call.addWidget(self.attempts_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        call.addWidget(line)
        call.addWidget(self.greeting)
        call.addLayout(call_row)
        call.addWidget(self.next_try)
        call.addWidget(self.script)
        call.addWidget(self.closing)
        call.addLayout(actions)
        call.addWidget(self.message)
        call.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(call_box)

        splitter = QSplitter()
        splitter.addWidget(queue_box)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # Tab order: the queue, then the call from top to bottom as it is spoken.
        chain: list[QWidget] = [
            self.list_bar, self.mine, self.table, self.day_spin, self.reassign, self.reassign_button, self.reached_button,
            self.missed_button, self.note, self.scores["overall"], self.solved_yes, self.solved_no,
            self.scores["quality"], self.scores["on_time"], self.scores["staff"], self.scores["price"],
            self.comments, self.save_button, self.complaint_button,
        ]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

        runner.changed.connect(self.on_changed)
        runner.staff_changed.connect(lambda _staff: self.refresh() if self.mine.isChecked() else self.show_call())
        self.show_call()
        # No refresh here: the main window builds every tab at start, and the queue reads the last
        # month's results (a second on a busy shop's ten years); showEvent reads it when shown.

    # --- the queue --------------------------------------------------------------------------------

    def _titles(self) -> list[str]:
        return [
            self.tr("今日待回访"), self.tr("已逾期"), self.tr("即将到期"), self.tr("已完成"), self.tr("无法联系"),
        ]

    def _status_text(self, row: FollowUpRow) -> str:
        text = enum_text(row.status, FollowUpStatus)
        if row.overdue:
            return self.tr("已逾期")
        if row.complaint_number:
            return self.tr("%1 · 已投诉").replace("%1", text)
        if row.unhappy:
            return self.tr("%1 · 不满意").replace("%1", text)
        return text

    def on_day_changed(self, value: int) -> None:
        if self._loading_day:
            return
        saved = self.runner.attempt(self, followups.set_followup_day, value, staff_id=self.runner.staff_id)
        if saved is None:
            self._show_day()
        else:
            self.message.setText(self.tr("回访日已改为交车后第 %1 天，以后结算的委托书按此安排。").replace("%1", str(saved)))

    def _show_day(self) -> None:
        day = self.runner.attempt(self, followups.followup_day, write=False)
        if day is not None:
            self._loading_day = True
            self.day_spin.setValue(day)
            self._loading_day = False

    def refresh(self) -> None:
        if not self.shop_name:
            info = self.runner.attempt(self, shop.shop_info, write=False)
            self.shop_name = info.name if info is not None else ""
        self._show_day()
        caller = self.runner.staff_id if self.mine.isChecked() else None
        queue = self.runner.attempt(self, followups.followup_queue, caller_id=caller, write=False)
        if queue is None:
            return
        self.queue = queue
        for index, (name, title) in enumerate(zip(LISTS, self._titles(), strict=True)):
            self.list_bar.setTabText(index, self.tr("%1 (%2)").replace("%1", title)
                                     .replace("%2", str(len(getattr(queue, name)))))
        self.show_list(self.list_bar.currentIndex())

    def current_list(self) -> str:
        return LISTS[max(self.list_bar.currentIndex(), 0)]

    def show_list(self, index: int) -> None:
        if self.queue is None:
            return
        keep = self.detail.row.id if self.detail is not None else None
        rows = getattr(self.queue, LISTS[max(index, 0)])
        self.model.set_rows(rows)
        found = next((i for i, r in enumerate(rows) if r.id == keep), None)
        if found is not None:
            self.table.selectRow(found)
        elif rows:
            self.table.selectRow(0)
        else:
            self.load(None)

    def select_call(self, followup_id: int) -> bool:
        """Show the list holding ``followup_id`` and choose it there (True when found)."""
        if self.queue is None:
            return False
        for index, name in enumerate(LISTS):
            rows = getattr(self.queue, name)
            for position, row in enumerate(rows):
                if row.id == followup_id:
                    self.list_bar.setCurrentIndex(index)
                    self.model.set_rows(rows)
                    self.table.selectRow(position)
                    self.on_row_chosen()
                    return True
        return False

    def on_row_chosen(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None:
            return
        if self.detail is None or self.detail.row.id != row.id or self.detail.row.version != row.version:
            self.load(row.id)

    def on_changed(self, changes: Changes) -> None:
        if changes.orders:  # a settlement makes a call; a reopened order moves it
            self.refresh()

    # --- the call ---------------------------------------------------------------------------------

    def load(self, followup_id: int | None) -> None:
        self.detail = None
        if followup_id is not None:
            self.detail = self.runner.attempt(self, followups.followup_detail, followup_id, write=False)
        self.answering = False
        self.message.clear()
        self.show_call()

    def show_call(self) -> None:
        """Fill the right side from ``self.detail``; what may be done follows the call's status."""
        detail = self.detail
        has = detail is not None
        pending = has and detail.row.status == FollowUpStatus.PENDING.value
        for widget in (self.reached_button, self.missed_button, self.note, self.reassign, self.reassign_button):
            widget.setEnabled(pending)
        if detail is None:
            self.heading.setText(self.tr("请在左边选择一个回访"))
            for label in (self.phone, self.facts, self.attempts_label, self.greeting, self.next_try):
                label.clear()
            self.question_overall.setText(self.tr("您那天修过车以后，现在车的总体情况怎么样？"))
            self.question_problem.setText(self.tr("上次要处理的问题解决了吗？还有什么问题吗？"))
            self._fill_answers(None)
            self._enable_answers(False)
            self.reassign.clear()
            self.update_unhappy()
            self.conflict_note.loaded()
            return
        row = detail.row
        self.heading.setText(
            self.tr("%1 · %2 · %3").replace("%1", row.customer).replace("%2", row.plate).replace("%3", row.model)
        )
        self.phone.setText(row.phone)
        status = enum_text(row.status, FollowUpStatus)
        if row.overdue:
            status = self.tr("%1（已逾期）").replace("%1", status)
        self.facts.setText(
            self.tr("委托书 %1 · 服务顾问 %2 · 交车 %3\n应回访 %4（最迟 %5）· 客户方便时间：%6 · 状态：%7")
            .replace("%1", row.order_number).replace("%2", row.advisor).replace("%3", row.delivered_local)
            .replace("%4", row.due_on.isoformat()).replace("%5", row.latest_on.isoformat())
            .replace("%6", row.preferred_time or self.tr("未说明")).replace("%7", status)
            + ("\n" + self.tr("本次维修：%1").replace("%1", list_text(list(detail.work))) if detail.work else "")
        )
        tries = [
            (self.tr("%1 %2 接通") if a.reached else self.tr("%1 %2 未接通"))
            .replace("%1", a.at_local).replace("%2", a.staff) + (self.tr("（%1）").replace("%1", a.note) if a.note else "")
            for a in detail.attempts_list
        ]
        self.attempts_label.setText(
            self.tr("已拨 %1 次：%2").replace("%1", str(len(tries))).replace("%2", list_text(tries)) if tries
            else self.tr("还没有拨打过。")
        )
        self.next_try.setText(
            self.tr("上次未接通，%1 以后再拨（换个时间更容易接通）。").replace("%1", detail.next_try_local)
            if pending and detail.next_try_local else ""
        )
        me = ""
        if self.runner.staff_id is not None:
            me = self.runner.attempt(self, shop.staff_name, self.runner.staff_id, write=False) or ""
        self.greeting.setText(
            self.tr("开场：“您好，请问是%1吗？我是%2售后服务部的回访员%3。感谢您%4来我们店维修保养，"
                    "想耽误您两分钟，了解一下车辆的情况，现在方便吗？”")
            .replace("%1", detail.customer_title).replace("%2", self.shop_name).replace("%3", me)
            .replace("%4", self.tr("%1月%2日").replace("%1", str(detail.visit_day.month))
                     .replace("%2", str(detail.visit_day.day)))
        )
        self.question_overall.setText(
            self.tr("%1，您那天修过车以后，现在车的总体情况怎么样？").replace("%1", detail.customer_title)
        )
        concern = detail.customer_complaint.strip()
        self.question_problem.setText(
            self.tr("上次您说的“%1”，现在解决了吗？还有什么问题吗？").replace("%1", concern) if concern
            else self.tr("上次要处理的问题解决了吗？还有什么问题吗？")
        )
        self._load_callers(row)
        self._fill_answers(detail)
        self._enable_answers(pending and self.answering)
        self.update_unhappy()
        self.conflict_note.loaded()

    def _load_callers(self, row: FollowUpRow) -> None:
        people = self.runner.attempt(self, followups.callers, row.id, write=False) or []
        self.reassign.blockSignals(True)
        self.reassign.clear()
        if row.caller_id is None:
            self.reassign.addItem(self.tr("（未安排）"), None)
        for staff_id, name in people:
            self.reassign.addItem(name, staff_id)
        self.reassign.setCurrentIndex(max(self.reassign.findData(row.caller_id), 0))
        self.reassign.blockSignals(False)

    def _fill_answers(self, detail: FollowUpDetail | None) -> None:
        scores = dict(detail.scores) if detail is not None else {}
        for key, name in SCORE_FIELDS:
            self.scores[key].set_value(scores.get(name))
        self.solved_group.setExclusive(False)
        self.solved_yes.setChecked(detail is not None and detail.problem_solved is True)
        self.solved_no.setChecked(detail is not None and detail.problem_solved is False)
        self.solved_group.setExclusive(True)
        self.comments.setPlainText(detail.comments if detail is not None else "")

    def _enable_answers(self, enabled: bool) -> None:
        for widget in (*self.scores.values(), self.solved_yes, self.solved_no, self.comments):
            widget.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def is_unhappy(self) -> bool:
        """What is on screen is an unhappy answer: a score of 2 or less, or the problem not solved."""
        low = any(p.value() is not None and p.value() <= followups.UNHAPPY_SCORE for p in self.scores.values())
        return low or self.solved_no.isChecked()

    def update_unhappy(self) -> None:
        detail = self.detail
        done = detail is not None and detail.row.status == FollowUpStatus.DONE.value
        if detail is not None and detail.row.complaint_number:
            self.unhappy_label.setText(self.tr("已登记投诉 %1").replace("%1", detail.row.complaint_number))
            self.complaint_button.setEnabled(False)
            return
        unhappy = (self.answering or done) and self.is_unhappy()
        self.unhappy_label.setText(
            (self.tr("客户不满意：保存后可一步登记投诉。") if not done else self.tr("客户不满意：请登记投诉，跟进处理。"))
            if unhappy else ""
        )
        self.complaint_button.setEnabled(done)

    # --- actions ----------------------------------------------------------------------------------

    def on_reached(self) -> None:
        """The customer answered: the questions open, starting with the overall score."""
        if self.detail is None or self.detail.row.status != FollowUpStatus.PENDING.value:
            return
        self.answering = True
        self._enable_answers(True)
        self.scores["overall"].setFocus()

    def on_missed(self) -> None:
        detail = self.detail
        if detail is None:
            return
        saved = self.runner.attempt(
            self, followups.record_attempt, detail.row.id, reached=False, staff_id=self.runner.staff_id,
            note=self.note.text(), expected_version=detail.row.version, on_conflict=self.on_conflict,
        )
        if saved is None:
            return
        self.note.clear()
        self._after_save(
            saved,
            self.tr("已记录未接通，第 %1 次。").replace("%1", str(saved.row.attempts))
            if saved.row.status == FollowUpStatus.PENDING.value
            else self.tr("已连续 %1 次未接通，此回访已关闭为“无法联系”。").replace("%1", str(saved.row.attempts)),
        )

    def save(self) -> None:
        detail = self.detail
        if detail is None or not self.answering or not self.save_button.isEnabled():
            return
        solved = True if self.solved_yes.isChecked() else False if self.solved_no.isChecked() else None
        values = {f"score_{key}": picker.value() for key, picker in self.scores.items()}
        saved = self.runner.attempt(
            self, followups.record_attempt, detail.row.id, reached=True, staff_id=self.runner.staff_id,
            note=self.note.text(), problem_solved=solved, comments=self.comments.toPlainText(),
            expected_version=detail.row.version, on_conflict=self.on_conflict, **values,
        )
        if saved is None:
            return
        self.note.clear()
        self._after_save(saved, self.tr("回访已保存。"))
        if saved.row.unhappy:
            self.complaint_button.setFocus()

    def on_conflict(self, conflict: Conflict) -> None:
        """Another PC saved this call first: show the latest and offer back what was typed."""
        if self.detail is None:
            return
        typed = self.conflict_note.typed()  # before the reload replaces the fields
        answering = self.answering
        self.load(self.detail.row.id)
        if answering and self.detail is not None and self.detail.row.status == FollowUpStatus.PENDING.value:
            self.answering = True  # still to be answered: the questions stay open for the answers put back
            self._enable_answers(True)
        self.conflict_note.offer(conflict, typed)

    def _after_save(self, saved: FollowUpDetail, message: str) -> None:
        """Show the saved call where it now belongs (已完成, 无法联系 or still today's) and say so."""
        self.answering = False
        self.refresh()
        if not self.select_call(saved.row.id):
            self.detail = saved
            self.show_call()
        self.message.setText(message)

    def on_reassign(self) -> None:
        detail = self.detail
        caller = self.reassign.currentData()
        if detail is None or caller is None:
            return
        done = self.runner.attempt(
            self, followups.assign, detail.row.id, int(caller), staff_id=self.runner.staff_id,
            expected_version=detail.row.version,
        )
        if done is not None:
            self.message.setText(self.tr("已改派给 %1。").replace("%1", done.caller))
            self.refresh()
            self.load(detail.row.id)

    def open_complaint(self) -> str | None:
        """Open the complaint dialog for the chosen call; the number registered, or None."""
        if self.detail is None:
            return None
        dialog = ComplaintDialog(self.runner, self.detail, self)
        self.complaint_dialog = dialog  # tests reach the open dialog here
        dialog.exec()
        if dialog.number is None:
            return None
        self.load(self.detail.row.id)
        self.message.setText(self.tr("已登记投诉 %1，请在投诉登记表里跟进处理。").replace("%1", dialog.number))
        return dialog.number

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()


__all__ = ["ComplaintDialog", "FollowUpTab", "ScorePicker"]
