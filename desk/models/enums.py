"""The closed lists of the dealership's words, with their Chinese names.

Code names are stored in the database; the Chinese names are the source text that the views pass
through Qt's translator (context ``"enums"``) and that printed documents use as they are.
"""

from __future__ import annotations

import enum


class _Named(str, enum.Enum):
    """A code name with its Chinese name."""

    def __new__(cls, value: str, chinese: str) -> "_Named":
        member = str.__new__(cls, value)
        member._value_ = value
        member.chinese = chinese  # type: ignore[attr-defined]
        return member

    chinese: str


class PayType(_Named):
    CUSTOMER = ("customer", "自费")
    WARRANTY = ("warranty", "保修")
    INSURANCE = ("insurance", "保险")
    INTERNAL = ("internal", "内部")


class OrderStatus(_Named):
    OPEN = ("open", "已开单")
    DISPATCHED = ("dispatched", "已派工")
    IN_PROGRESS = ("in_progress", "维修中")
    AWAITING_APPROVAL = ("awaiting_approval", "待客户确认")
    QUALITY_CHECK = ("quality_check", "质检中")
    READY = ("ready", "待交车")
    SETTLED = ("settled", "已结算")
    RELEASED = ("released", "已出厂")
    CANCELLED = ("cancelled", "已取消")


class AppointmentStatus(_Named):
    BOOKED = ("booked", "已预约")
    ARRIVED = ("arrived", "已到店")
    NO_SHOW = ("no_show", "未到店")
    CANCELLED = ("cancelled", "已取消")


class PaymentMethod(_Named):
    CASH = ("cash", "现金")
    CARD = ("card", "银行卡")
    WECHAT = ("wechat", "微信支付")
    ALIPAY = ("alipay", "支付宝")
    TRANSFER = ("transfer", "银行转账")


class Role(_Named):
    ADVISOR = ("advisor", "服务顾问")
    SUPERVISOR = ("supervisor", "车间主管")
    CASHIER = ("cashier", "收银员")
    GATE = ("gate", "门卫")
    FOLLOWUP = ("followup", "回访员")
    MANAGER = ("manager", "服务经理")
    TECHNICIAN = ("technician", "维修技师")


class OldParts(_Named):
    """What happens to the parts taken off the car (旧件)."""

    CUSTOMER_TAKES = ("customer_takes", "客户带走")
    SHOP_DISPOSES = ("shop_disposes", "本店处理")


class ClockState(_Named):
    """Where a labour line's job clock stands."""

    NOT_STARTED = ("not_started", "未开工")
    RUNNING = ("running", "施工中")
    PAUSED = ("paused", "暂停")
    FINISHED = ("finished", "已完工")


class PauseReason(_Named):
    """Why a technician stopped the clock on a job."""

    WAITING_PARTS = ("waiting_parts", "等待备件")
    WAITING_APPROVAL = ("waiting_approval", "等待客户确认")
    BREAK = ("break", "休息/交接班")
    OTHER_JOB = ("other_job", "插做其他工作")
    OTHER = ("other", "其他")


class AdditionalWorkStatus(_Named):
    PENDING = ("pending", "待客户确认")
    APPROVED = ("approved", "客户同意")
    DECLINED = ("declined", "客户拒绝")


class DecisionChannel(_Named):
    """How the customer gave the decision on additional work."""

    PHONE = ("phone", "电话")
    IN_PERSON = ("in_person", "当面")
    OTHER = ("other", "其他")


class FollowUpStatus(_Named):
    """Where the call after delivery (回访) stands."""

    PENDING = ("pending", "待回访")
    DONE = ("done", "已回访")
    UNREACHABLE = ("unreachable", "无法联系")
    CANCELLED = ("cancelled", "已取消")


class ComplaintSource(_Named):
    FOLLOWUP = ("followup", "回访")
    PHONE = ("phone", "来电")
    COUNTER = ("counter", "前台")
    OTHER = ("other", "其他")


class ComplaintCategory(_Named):
    """Quality of the repair, or one of the non-quality kinds (非质量类)."""

    QUALITY = ("quality", "维修质量")
    ATTITUDE = ("attitude", "服务态度")
    PRICE = ("price", "价格")
    TIME = ("time", "时间")
    OTHER = ("other", "其他")


class ComplaintStatus(_Named):
    OPEN = ("open", "处理中")
    CLOSED = ("closed", "已结案")


class ReminderKind(_Named):
    """Why a car's owner is called outside a visit."""

    MAINTENANCE = ("maintenance", "保养提醒")
    DECLINED_WORK = ("declined_work", "未做建议项目")
    BIRTHDAY = ("birthday", "生日关怀")
    PURCHASE_ANNIVERSARY = ("purchase_anniversary", "购车周年")


class ReminderOutcome(_Named):
    BOOKED = ("booked", "已预约")
    CALL_LATER = ("call_later", "稍后再联系")
    NOT_NEEDED = ("not_needed", "客户不需要")
    NOT_REACHED = ("not_reached", "未接通")
    GREETED = ("greeted", "已问候")
