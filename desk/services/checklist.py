"""The walk-around checklist template (环车检查项目), kept in the shop settings as JSON.

The template is a list of groups, each with items::

    {"groups": [
        {"title": "防护三件套", "items": [{"key": "seat_cover", "label": "座椅套已套上"}, ...]},
        ...
        {"title": "首保", "items": [{"key": "underbody", "label": "底盘简易检查", "when": "first_service"}]}
    ]}

``key`` is unique and made of letters, digits and ``_``; ``label`` is what the advisor and the
customer read; ``when`` (optional) is ``"first_service"`` for an item that appears only on a
first service (首保). An empty setting means Desk's default template below. A template that does
not parse is refused when saved (the stored one is kept) and, should a broken one be found in the
database, the default is used so that intake is never blocked.

An inspection copies the template's items when it starts, so changing the template later never
changes what was recorded for a car.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.services import changes
from desk.services.errors import ValidationError
from desk.services.permissions import Permission, requires

FIRST_SERVICE = "first_service"
WHEN_VALUES = (FIRST_SERVICE,)
_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,39}")
MAX_ITEMS = 80
MAX_LABEL = 40


@dataclass(frozen=True)
class TemplateItem:
    key: str
    label: str
    when: str = ""
    """``""`` (always) or ``"first_service"`` (only on a first service)."""


@dataclass(frozen=True)
class TemplateGroup:
    title: str
    items: tuple[TemplateItem, ...]


@dataclass(frozen=True)
class ChecklistTemplate:
    groups: tuple[TemplateGroup, ...]

    def items(self) -> list[tuple[str, TemplateItem]]:
        """``(group title, item)`` for every item, in order."""
        return [(g.title, item) for g in self.groups for item in g.items]


@dataclass(frozen=True)
class LoadedTemplate:
    template: ChecklistTemplate
    is_default: bool
    problem: str
    """Why the stored template was not used (it is broken); empty when all is well."""
    text: str
    """The template as pretty JSON, for editing."""


def _group(title: str, *items: tuple[str, str] | tuple[str, str, str]) -> TemplateGroup:
    return TemplateGroup(title, tuple(TemplateItem(*item) for item in items))


DEFAULT_TEMPLATE = ChecklistTemplate(
    (
        _group("防护三件套", ("seat_cover", "座椅套"), ("wheel_cover", "方向盘套"), ("floor_mat", "脚垫")),
        _group("随车证件", ("registration", "行驶证"), ("service_booklet", "保养手册")),
        _group(
            "外观",
            ("glass", "前挡风玻璃及车窗玻璃"),
            ("roof", "车顶"),
            ("body", "车身漆面及钣金"),
            ("bumpers", "前后保险杠"),
            ("lights", "灯光"),
            ("mirrors", "后视镜"),
            ("wheels", "轮胎及轮毂"),
            ("spare_tools", "备胎及随车工具"),
        ),
        _group(
            "内饰与功能",
            ("warning_lights", "仪表故障灯"),
            ("radio_screen", "收音机及中控屏"),
            ("seat_belts", "安全带"),
            ("seats_trim", "座椅及内饰"),
            ("air_conditioning", "空调"),
        ),
        _group("首保", ("underbody", "底盘简易检查（举升查看）", FIRST_SERVICE)),
    )
)
"""Desk's default checklist, after 接车制单 and 环车检查 in the shop's own rules."""


def template_to_json(template: ChecklistTemplate, *, indent: int | None = 2) -> str:
    data = {
        "groups": [
            {
                "title": g.title,
                "items": [
                    {"key": i.key, "label": i.label, **({"when": i.when} if i.when else {})} for i in g.items
                ],
            }
            for g in template.groups
        ]
    }
    return json.dumps(data, ensure_ascii=False, indent=indent)


def parse_template(text: str) -> ChecklistTemplate:
    """The template in ``text``; raises ValidationError saying what is wrong and where."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "检查项目模板不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）。模板未保存，仍使用原来的模板。",
            field="checklist_template", line=exc.lineno, column=exc.colno, reason=exc.msg,
        ) from None
    groups_data = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups_data, list) or not groups_data:
        raise ValidationError(
            "检查项目模板应为 {{\"groups\": [...]}}，且至少有一组。模板未保存，仍使用原来的模板。",
            field="checklist_template",
        )
    seen: set[str] = set()
    groups: list[TemplateGroup] = []
    count = 0
    for g_index, group in enumerate(groups_data, 1):
        if not isinstance(group, dict) or not isinstance(group.get("title"), str) or not group["title"].strip():
            raise ValidationError(
                "检查项目模板第 {index} 组缺少标题（title）。模板未保存，仍使用原来的模板。",
                field="checklist_template", index=g_index,
            )
        items_data = group.get("items")
        if not isinstance(items_data, list) or not items_data:
            raise ValidationError(
                "检查项目模板的“{title}”组没有项目（items）。模板未保存，仍使用原来的模板。",
                field="checklist_template", title=group["title"].strip(),
            )
        items: list[TemplateItem] = []
        for i_index, item in enumerate(items_data, 1):
            where = f"{group['title'].strip()}／{i_index}"
            if not isinstance(item, dict):
                raise ValidationError(
                    "检查项目模板的项目 {where} 格式不对。模板未保存，仍使用原来的模板。",
                    field="checklist_template", where=where,
                )
            key, label, when = item.get("key"), item.get("label"), item.get("when", "")
            if not isinstance(key, str) or not _KEY.fullmatch(key):
                raise ValidationError(
                    "检查项目模板的项目 {where} 的代码（key）应为字母开头的字母、数字或下划线。模板未保存，仍使用原来的模板。",
                    field="checklist_template", where=where,
                )
            if key in seen:
                raise ValidationError(
                    "检查项目模板里代码“{key}”出现了两次。模板未保存，仍使用原来的模板。",
                    field="checklist_template", key=key,
                )
            if not isinstance(label, str) or not label.strip() or len(label.strip()) > MAX_LABEL:
                raise ValidationError(
                    "检查项目模板的项目“{key}”要有名称（label），最多 {limit} 个字。模板未保存，仍使用原来的模板。",
                    field="checklist_template", key=key, limit=MAX_LABEL,
                )
            if when not in ("", *WHEN_VALUES):
                raise ValidationError(
                    "检查项目模板的项目“{key}”的条件（when）只能是 first_service。模板未保存，仍使用原来的模板。",
                    field="checklist_template", key=key,
                )
            seen.add(key)
            items.append(TemplateItem(key, label.strip(), when))
            count += 1
        groups.append(TemplateGroup(group["title"].strip(), tuple(items)))
    if count > MAX_ITEMS:
        raise ValidationError(
            "检查项目最多 {limit} 项。模板未保存，仍使用原来的模板。", field="checklist_template", limit=MAX_ITEMS
        )
    return ChecklistTemplate(tuple(groups))


def load_template(session: Session) -> LoadedTemplate:
    """The shop's checklist template; the default when none is set or the stored one is broken."""
    from desk.services.shop import settings_row

    stored = settings_row(session).checklist_template.strip()
    if not stored:
        return LoadedTemplate(DEFAULT_TEMPLATE, True, "", template_to_json(DEFAULT_TEMPLATE))
    try:
        template = parse_template(stored)
    except ValidationError as broken:
        return LoadedTemplate(DEFAULT_TEMPLATE, True, broken.message, template_to_json(DEFAULT_TEMPLATE))
    return LoadedTemplate(template, False, "", template_to_json(template))


@requires(Permission.EDIT_SETTINGS)
def save_template(session: Session, text: str, *, staff_id: int | None = None) -> LoadedTemplate:
    """Store the template given as JSON; empty text goes back to the default.

    A template that does not parse raises ValidationError and nothing is changed.
    """
    from desk.services.shop import settings_row

    row = settings_row(session)
    if text.strip():
        template = parse_template(text)
        row.checklist_template = template_to_json(template, indent=None)
    else:
        row.checklist_template = ""
    row.updated_by_id = staff_id
    session.flush()
    changes.note(session, settings=True)
    return load_template(session)
