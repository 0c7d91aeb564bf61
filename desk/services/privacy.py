"""How a customer is shown where strangers can read it: the welcome board and the wall screen.

The shop chooses one of three settings (``ShopSettings.privacy``):

- ``full_name``: the name as recorded (张伟; a company by its name);
- ``surname_title``: a person by surname and polite title (王先生, 李女士; 王先生/女士 when the
  gender is not recorded); a company by its name, because a company's name is not a person's;
- ``plate``: only the car's plate (粤B·12345).

This is the one place the rule lives; every screen and printout asks :func:`shown_customer`.
"""

from __future__ import annotations

from desk.services.validation import display_plate

__all__ = ["PRIVACY_SETTINGS", "shown_customer", "surname", "title_for"]

PRIVACY_SETTINGS: dict[str, str] = {
    "full_name": "显示全名",
    "surname_title": "姓氏加称呼（王先生 / 李女士）",
    "plate": "只显示车牌",
}
"""The privacy settings with their Chinese names, in the order a settings form offers them."""

_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 澹台 南宫 "
    "端木 西门 独孤 百里 呼延 万俟 申屠 闻人 太史 东郭 公冶 濮阳 淳于 单于 赫连 拓跋".split()
)

_TITLES = {"male": "先生", "female": "女士"}


def title_for(gender: str) -> str:
    """先生 for ``male``, 女士 for ``female``, 先生/女士 when the gender is not recorded."""
    return _TITLES.get(gender, "先生/女士")


def surname(name: str) -> str:
    """The family name of a Chinese personal name: the first character, or the first two for a
    compound surname (欧阳, 司马 …) when a given name follows. A name written in Latin letters
    ("John Smith") gives its last word."""
    name = name.strip()
    if not name:
        return ""
    if name.isascii():
        return name.split()[-1]
    if len(name) >= 3 and name[:2] in _COMPOUND_SURNAMES:
        return name[:2]
    return name[0]


def shown_customer(name: str, gender: str, is_company: bool, plate: str, privacy: str) -> str:
    """The customer as the shop's privacy setting says to show them.

    ``plate`` is the stored plate (no separator); it is shown with its dot (粤B·12345). When the
    setting asks for a name that is not there, the plate is shown instead. An unknown setting is
    treated as the most private one, ``plate``.
    """
    name = name.strip()
    shown_plate = display_plate(plate) if plate else ""
    if privacy == "full_name" and name:
        return name
    if privacy == "surname_title" and name:
        if is_company:
            return name
        family = surname(name)
        if family:
            return f"{family}{title_for(gender)}"
    return shown_plate
