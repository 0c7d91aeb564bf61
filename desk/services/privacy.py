"""How a customer is shown where others can read it: names on boards, phone numbers on screens.

The shop chooses one of three settings (``ShopSettings.privacy``):

- ``full_name``: the name as recorded (张伟; a company by its name);
- ``surname_title``: a person by surname and polite title (王先生, 李女士; 王先生/女士 when the
  gender is not recorded); a company by its name, because a company's name is not a person's;
- ``plate``: only the car's plate (粤B·12345).

This is the one place the rule lives; every screen and printout asks :func:`shown_customer`.
The workshop's wall screen is seen by everybody who walks past, so it never shows a full name
whatever the setting (:func:`wall_privacy`): ``full_name`` becomes ``surname_title`` there.

Phone numbers (issue 8, 隐私): a service that returns a customer's number for a list passes it
through :func:`phone_for_list`, one for the customer's own card or a document's detail through
:func:`phone_for_card`. Both give the number in full only when whoever acts in the session has
the permission (:data:`Permission.PHONE_IN_LISTS`, :data:`Permission.PHONE_ON_CARD`), otherwise
:func:`mask_phone`'s ``138****1234``. Masking is done in the services so that a screen cannot show
what it was never given. Searching still matches the stored number; only the shown value is masked.
A masked value sent back by a form (the intake card, the callback number) is recognised by
:func:`unmasked` and leaves the stored number as it was. Printed papers for the customer (the repair
order, the check-in sheet, the additional-work slip, the settlement slip) carry the full number,
whoever prints them: they are the customer's own. The complaint handling form, an internal paper,
follows the card rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy.orm import Session

from desk.services.permissions import Permission, may
from desk.services.validation import display_plate

__all__ = [
    "PRIVACY_SETTINGS", "is_masked", "mask_phone", "phone_for_card", "phone_for_list", "phone_shown",
    "shown_customer", "surname", "title_for", "unmasked", "wall_privacy",
]

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


def wall_privacy(setting: str) -> str:
    """The setting the wall screen uses: the shop's own, except that a full name becomes
    surname and title (王先生) — the wall is read by everyone in the workshop and waiting room."""
    return "surname_title" if setting == "full_name" else setting


# --- phone numbers ----------------------------------------------------------------------------

MASK = "*"

_COUNTRY_CODE = re.compile(r"^\s*(?:\+|00)\s*86")


def mask_phone(phone: str) -> str:
    """A phone number with its middle hidden: ``"13812341234"`` → ``"138****1234"``.

    Only the digits count: ``+86``/``0086`` in front is dropped and separators (spaces, hyphens,
    brackets) go, so ``+86 138-1234-1234`` is ``138****1234`` and the landline ``020-12345678`` is
    ``020****5678``. With at least 8 digits the first 3 and the last 4 stay, the rest is one star
    each (the length still shows whether it is a mobile); with fewer (a short service number such
    as ``95588``) all but the last 2 are stars, because 3 + 4 of 7 digits would hide almost
    nothing. Empty text stays empty; text with no digit at all (``无``) has no number to hide.
    """
    text = _COUNTRY_CODE.sub("", phone)
    digits = re.sub(r"\D", "", text)
    if not digits:
        return phone.strip()
    if len(digits) >= 8:
        return digits[:3] + MASK * (len(digits) - 7) + digits[-4:]
    if len(digits) <= 2:
        return MASK * len(digits)
    return MASK * (len(digits) - 2) + digits[-2:]


def is_masked(text: str) -> bool:
    """Whether ``text`` is a masked number as :func:`mask_phone` writes it."""
    return MASK in text


def phone_shown(session: Session, permission: Permission) -> Callable[[str], str]:
    """How numbers are shown to whoever acts in this session: unchanged when they have
    ``permission``, masked otherwise. Asks once, for a list of many rows."""
    if may(session, permission):
        return _as_stored
    return mask_phone


def _as_stored(phone: str) -> str:
    return phone


def phone_for_list(session: Session, phone: str) -> str:
    """The number as a list (search results, queues, registers) may show it: in full for the
    roles with ``PHONE_IN_LISTS`` (回访员, 服务经理), masked for everyone else."""
    return phone_shown(session, Permission.PHONE_IN_LISTS)(phone)


def phone_for_card(session: Session, phone: str) -> str:
    """The number as one customer's card or one order's detail may show it: in full for the roles
    with ``PHONE_ON_CARD`` (服务顾问, 回访员, 服务经理), masked for everyone else."""
    return phone_shown(session, Permission.PHONE_ON_CARD)(phone)


def unmasked(typed: str, stored: str) -> str:
    """What a form's phone input means: the stored number when the form sends back the masked
    text it was shown (a person without the permission saving the card), else what was typed.

    A masked text that is not the stored number's mask (someone typed stars) is returned as it
    is, so the usual check refuses it.
    """
    typed = typed.strip()
    if stored and is_masked(typed) and typed == mask_phone(stored):
        return stored
    return typed
