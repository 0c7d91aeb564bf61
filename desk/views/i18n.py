"""Language of the user interface and the small formatting helpers every tab shares.

Source strings are Simplified Chinese, the default language; English comes from
``resources/translations/desk_en.qm``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.models.enums import _Named
from desk.resources import resource
from desk.services.money import format_yuan_grouped

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Load the translations for ``lang`` (``zh_CN`` or ``en``); True when they were found."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN" else QLocale(lang)
    QLocale.setDefault(locale)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    if lang == "zh_CN":
        return True
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"desk_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
        return True
    return False


def enum_text(member: _Named | str, enum_type: type[_Named] | None = None) -> str:
    """The shown name of a code name such as a status or pay type, in the user's language."""
    if enum_type is not None and not isinstance(member, _Named):
        member = enum_type(member)
    assert isinstance(member, _Named)
    return QCoreApplication.translate("enums", member.chinese)


def list_text(items: list[str] | tuple[str, ...]) -> str:
    """Items run together as a list in the user's language: ``甲、乙、丙`` or ``A, B, C``."""
    return QCoreApplication.translate("i18n", "、").join(items)


def yuan(fen: int) -> str:
    """An amount for the screen: ``¥1,234.50``."""
    return "¥" + format_yuan_grouped(fen)
