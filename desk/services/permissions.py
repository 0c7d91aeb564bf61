"""Who may do what: the permission matrix, kept here and nowhere else, and its enforcement.

Each role of DESIGN.md §1 has a set of permissions (``MATRIX``). Services enforce them, not the
screens: a service function decorated with :func:`requires` refuses to run for a signed-in person
whose role lacks the permission, and rules that depend on a named person (the manager approving an
account, the person overriding capacity) ask :func:`staff_may`. Screens only hide what a role
cannot use (``SCREENS``), so a hidden button is never the only guard.

Who is acting comes from the unit of work: the counter application signs a person in and every
session it opens carries that person (``session.info["actor_id"]``). A session without a person is
the command line or Desk's own start-up work; it acts as the database's owner (whoever can run it
can open the database itself) and is not limited by the matrix, but the audit log records it as
the command line.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from desk.models import Staff
from desk.models.enums import Role, _Named
from desk.services.errors import DeskError

__all__ = [
    "MATRIX", "SCREENS", "Permission", "PermissionDenied", "actor", "actor_id", "allowed",
    "matrix_markdown", "require", "requires", "roles_with", "staff_may",
]

P = ParamSpec("P")
T = TypeVar("T")

ACTOR_KEY = "actor_id"
"""Where a session keeps the signed-in person's id (``Session.info``)."""


class Permission(_Named):
    """One thing a role may or may not do, with its Chinese name for messages and the README."""

    VIEW_BOARD = ("view_board", "看板、查看委托书")
    RECEPTION = ("reception", "接车、环车检查、开委托书、改项目和价格、追加项目、交车")
    APPOINTMENTS = ("appointments", "预约")
    OVERRIDE_CAPACITY = ("override_capacity", "超出车间产能预约")
    DISPATCH = ("dispatch", "派工")
    JOB_CLOCK = ("job_clock", "开工、暂停、完工")
    CHECKS = ("checks", "进度检查、质检")
    TAKE_PAYMENT = ("take_payment", "收款结算、开出门证")
    DISCOUNT_PAST_LIMIT = ("discount_past_limit", "超出岗位限额的折扣、批准挂账")
    REOPEN_SETTLEMENT = ("reopen_settlement", "重新打开已结算的委托书")
    GATE = ("gate", "门卫放行")
    FOLLOWUPS = ("followups", "回访")
    COMPLAINTS = ("complaints", "登记和处理投诉")
    REOPEN_COMPLAINT = ("reopen_complaint", "重新打开已结案的投诉")
    CUSTOMER_CARE = ("customer_care", "客户关怀（保养提醒、生日）")
    VIEW_KPI = ("view_kpi", "查看和导出指标")
    EDIT_CATALOGUES = ("edit_catalogues", "编辑和导入工时、备件、套餐目录")
    EDIT_SETTINGS = ("edit_settings", "本店信息、工时单价、营业时间、打印和指标目标")
    MANAGE_STAFF = ("manage_staff", "建立、停用员工账号，重置密码，改岗位")
    VIEW_AUDIT_LOG = ("view_audit_log", "查看操作日志")
    EXPORT_CUSTOMERS = ("export_customers", "导出客户资料")
    PHONE_IN_LISTS = ("phone_in_lists", "在列表中看到完整电话号码")
    PHONE_ON_CARD = ("phone_on_card", "在客户资料卡上看到完整电话号码")


_ADVISOR = frozenset({
    Permission.VIEW_BOARD, Permission.RECEPTION, Permission.APPOINTMENTS, Permission.CHECKS,
    Permission.COMPLAINTS, Permission.CUSTOMER_CARE, Permission.PHONE_ON_CARD,
})

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADVISOR: _ADVISOR,
    Role.SUPERVISOR: frozenset({Permission.VIEW_BOARD, Permission.DISPATCH, Permission.JOB_CLOCK, Permission.CHECKS}),
    Role.TECHNICIAN: frozenset({Permission.VIEW_BOARD, Permission.JOB_CLOCK, Permission.CHECKS}),
    Role.CASHIER: frozenset({Permission.VIEW_BOARD, Permission.TAKE_PAYMENT}),
    Role.GATE: frozenset({Permission.GATE}),
    Role.FOLLOWUP: frozenset({
        Permission.VIEW_BOARD, Permission.APPOINTMENTS, Permission.FOLLOWUPS, Permission.COMPLAINTS,
        Permission.CUSTOMER_CARE, Permission.PHONE_IN_LISTS, Permission.PHONE_ON_CARD,
    }),
    Role.MANAGER: frozenset(Permission),
}
"""Each role's permissions. The service manager may do everything."""

SCREENS: dict[str, Permission] = {
    "board": Permission.VIEW_BOARD,
    "intake": Permission.RECEPTION,
    "order": Permission.VIEW_BOARD,
    "settlement": Permission.TAKE_PAYMENT,
    "appointments": Permission.APPOINTMENTS,
    "inspection": Permission.RECEPTION,
    "workshop": Permission.JOB_CLOCK,
    "gate": Permission.GATE,
    "followup": Permission.FOLLOWUPS,
    "complaints": Permission.COMPLAINTS,
    "reminders": Permission.CUSTOMER_CARE,
    "kpi": Permission.VIEW_KPI,
    "shop_settings": Permission.EDIT_SETTINGS,
    "print_settings": Permission.EDIT_SETTINGS,
    "staff": Permission.MANAGE_STAFF,
    "catalogues": Permission.EDIT_CATALOGUES,
    "audit_log": Permission.VIEW_AUDIT_LOG,
    "export_customers": Permission.EXPORT_CUSTOMERS,
}
"""The permission a screen or menu entry needs before it is shown at all."""


class PermissionDenied(DeskError):
    """The signed-in person's role may not do this.

    The permission's and the roles' names go into the message; ``translated`` puts them in the
    user's language too (contexts ``permissions`` and ``enums``)."""

    def translated(self, translate: Any) -> str:
        params = dict(self.params)
        for key, context in (("what", "permissions"), ("role", "enums")):
            if key in params:
                params[key] = translate(context, params[key])
        if "roles" in params:
            params["roles"] = translate("i18n", "、").join(translate("enums", name) for name in params["roles"].split("、"))
        return translate("DeskError", self.template).format(**params)


def allowed(role: str | Role | None, permission: Permission) -> bool:
    """Whether ``role`` (a code name) has ``permission``."""
    try:
        return permission in MATRIX[Role(role)]
    except ValueError:
        return False


def roles_with(permission: Permission) -> list[Role]:
    """The roles that have ``permission``, in the order of ``Role``."""
    return [role for role in Role if permission in MATRIX[role]]


def actor_id(session: Session) -> int | None:
    """The signed-in person acting in this session, or None for the command line."""
    return session.info.get(ACTOR_KEY)


def actor(session: Session) -> Staff | None:
    """The signed-in person's row, or None for the command line."""
    staff_id = actor_id(session)
    return session.get(Staff, staff_id) if staff_id is not None else None


def staff_may(session: Session, staff_id: int | None, permission: Permission) -> bool:
    """Whether the named person (active, with a role that has ``permission``) may do it."""
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    return staff is not None and staff.active and allowed(staff.role, permission)


def may(session: Session, permission: Permission) -> bool:
    """Whether whoever acts in this session may do it (the command line may do everything)."""
    if actor_id(session) is None:
        return True
    return staff_may(session, actor_id(session), permission)


def require(session: Session, permission: Permission, *others: Permission) -> None:
    """Refuse, naming who may, when the signed-in person's role has none of the permissions."""
    staff_id = actor_id(session)
    if staff_id is None:
        return
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active:
        raise PermissionDenied("您的账号已被停用或删除，请重新登录或联系服务经理。")
    wanted = (permission, *others)
    if any(allowed(staff.role, p) for p in wanted):
        return
    roles = [role for role in Role if any(p in MATRIX[role] for p in wanted)]
    raise PermissionDenied(
        "「{what}」只限{roles}操作。当前登录的是 {name}（{role}）；请换有权限的同事登录后再做。",
        what=permission.chinese, roles="、".join(role.chinese for role in roles),
        name=staff.name, role=Role(staff.role).chinese,
    )


def requires(permission: Permission, *others: Permission) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorate a service function ``f(session, …)`` so it first checks that the signed-in person
    has ``permission`` (or one of ``others``). The body stays reachable as ``__wrapped__`` for
    services that call it on behalf of a broader permission."""

    def decorate(function: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> T:
            session = args[0] if args else kwargs["session"]
            require(session, permission, *others)  # type: ignore[arg-type]
            return function(*args, **kwargs)

        checked.permission = permission  # type: ignore[attr-defined]
        checked.permissions = (permission, *others)  # type: ignore[attr-defined]
        return checked

    return decorate


def matrix_markdown() -> str:
    """The matrix as the Markdown table in README.md (a test keeps the two the same)."""
    roles = list(Role)
    lines = [
        "| 权限 | " + " | ".join(role.chinese for role in roles) + " |",
        "|---|" + "---|" * len(roles),
    ]
    for permission in Permission:
        marks = " | ".join("✓" if permission in MATRIX[role] else "" for role in roles)
        lines.append(f"| {permission.chinese} (`{permission.value}`) | {marks} |")
    return "\n".join(lines)


def describe(value: Any) -> str:
    """A role or permission code as its Chinese name (for the audit log)."""
    for kind in (Role, Permission):
        try:
            return kind(value).chinese  # type: ignore[call-arg]
        except ValueError:
            continue
    return str(value)
