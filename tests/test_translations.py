"""The English translation is complete, keeps every placeholder, and the committed .qm is current.

A new ``tr()`` string, enum member or ``DeskError`` template without an English translation fails
here; run ``.venv/bin/python scripts/update_translations.py``, translate what it marks unfinished
in ``resources/translations/desk_en.ts``, and run it again to compile the .qm.
"""

from __future__ import annotations

import importlib.util
import re
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication

from desk.views.i18n import install_language

ROOT = Path(__file__).resolve().parent.parent
FIX = "run scripts/update_translations.py and translate the unfinished messages in desk_en.ts"


def _load_script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


script = _load_script()
CATALOG = script.read_ts(script.TS_PATH)


def _messages() -> Iterator[tuple[str, object]]:
    for context in sorted(CATALOG):
        for key in sorted(CATALOG[context]):
            yield context, CATALOG[context][key]


def _ids() -> list[str]:
    return [f"{context}:{message.source[:30]}" for context, message in _messages()]


# --- (a) complete ---------------------------------------------------------------------------------


def test_ts_has_every_message_translated_and_finished() -> None:
    assert script.TS_PATH.is_file(), FIX
    raw = script.TS_PATH.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in raw, FIX
    assert 'type="vanished"' not in raw and 'type="obsolete"' not in raw, FIX
    empty = [f"{context}: {message.source}" for context, message in _messages() if not message.translated()]
    assert not empty, f"messages without an English translation ({FIX}): {empty}"


# --- (b) every message in the source is in the .ts ------------------------------------------------


def test_every_deskerror_template_is_in_the_ts() -> None:
    found = script.deskerror_templates()
    assert found.templates, "the extraction found no DeskError templates at all"
    assert not found.unresolved, (
        "DeskError raised with a template that is not a string literal (it cannot be translated; pass a "
        f"literal or a module-level constant, and put the variable parts in {{named}} fields): {found.unresolved}"
    )
    known = {source for source, _comment in CATALOG.get(script.ERRORS_CONTEXT, {})}
    missing = [f"{where[0]}: {template}" for template, where in found.templates.items() if template not in known]
    assert not missing, f"DeskError templates missing from desk_en.ts ({FIX}): {missing}"


def test_every_enum_name_is_in_the_ts() -> None:
    known = {source for source, _comment in CATALOG.get(script.ENUMS_CONTEXT, {})}
    missing = [name for name in script.enum_names() if name not in known]
    assert not missing, f"enum names missing from desk_en.ts ({FIX}): {missing}"


def test_every_kpi_name_is_in_the_ts() -> None:
    known = {source for source, _comment in CATALOG.get(script.KPI_CONTEXT, {})}
    missing = [name for name in script.kpi_names() if name not in known]
    assert not missing, f"KPI names missing from desk_en.ts ({FIX}): {missing}"


def test_every_audit_action_name_is_in_the_ts() -> None:
    known = {source for source, _comment in CATALOG.get(script.AUDIT_CONTEXT, {})}
    missing = [name for name in script.audit_action_names() if name not in known]
    assert not missing, f"audit log kinds missing from desk_en.ts ({FIX}): {missing}"


def test_every_permission_name_is_in_the_ts() -> None:
    known = {source for source, _comment in CATALOG.get(script.PERMISSIONS_CONTEXT, {})}
    missing = [name for name in script.permission_names() if name not in known]
    assert not missing, f"permission names missing from desk_en.ts ({FIX}): {missing}"


def test_every_tr_string_of_the_views_is_in_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    script.run_lupdate(fresh)
    expected = {(context, key) for context, messages in script.read_ts(fresh).items() for key in messages}
    present = {(context, key) for context, messages in CATALOG.items() for key in messages}
    missing = sorted(f"{context}: {source}" for context, (source, _comment) in expected - present)
    assert not missing, f"tr()/translate() strings missing from desk_en.ts ({FIX}): {missing}"


def test_extraction_reads_literals_concatenations_and_constants(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "errors.py").write_text("class DeskError(Exception): ...\nclass Oops(DeskError): ...\n", encoding="utf-8")
    (package / "use.py").write_text(
        "from pkg import errors\nfrom pkg.errors import Oops\n"
        "HINT = '提示。'\n"
        "class Deeper(Oops): ...\n"
        "def f(x):\n"
        "    raise Oops('一' '二 {n}', n=1)\n"
        "    raise errors.DeskError('三' + HINT)\n"
        "    raise Deeper(template='四')\n"
        "    raise Oops(f'{x} 不行')\n"
        "    raise Oops(x.template, **x.params)\n",
        encoding="utf-8",
    )
    (package / "helpers.py").write_text(
        "from pkg.errors import Oops\n"
        "CLOCK = {'start': '已开工。', 'stop': '已' '完工。'}\n"
        "def g(kind):\n"
        "    raise Oops(CLOCK[kind])\n"
        "def _text(value, missing, too_long='太长。'):\n"
        "    if not value:\n"
        "        raise Oops(missing)\n"
        "    raise Oops(too_long)\n"
        "def h(a, b):\n"
        "    _text(a, '请填写 a。')\n"
        "    _text(b, missing='请填写 b。', too_long='b 太长。')\n"
        "def _loose(refusal):\n"
        "    raise Oops(refusal)\n"
        "def k(x):\n"
        "    _loose(x)\n",
        encoding="utf-8",
    )
    found = script.deskerror_templates(package)
    # a table of templates looked up by key; a helper's parameter when every call gives a literal
    # (a call that leaves it out raises the default; _loose gets a variable: unresolved)
    assert sorted(found.templates) == sorted(
        ["一二 {n}", "三提示。", "四", "已完工。", "已开工。", "太长。", "b 太长。", "请填写 a。", "请填写 b。"]
    )
    assert sorted(found.unresolved) == sorted([f"{package / 'helpers.py'}:13", f"{package / 'use.py'}:9"])


# --- (c) placeholders --------------------------------------------------------------------------------


def _fields(text: str) -> list[str]:
    """The ``{named}`` fields of a format string, with conversion and format spec."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        return [f"<invalid format string: {exc}>"]
    return sorted(
        "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        for _literal, name, spec, conversion in parsed
        if name is not None
    )


def _markers(text: str) -> list[str]:
    """Qt's %1…%99 and %n (with the L variants) place markers."""
    return sorted(set(re.findall(r"%L?(?:\d{1,2}|n)", text)))


@pytest.mark.parametrize(("context", "message"), list(_messages()), ids=_ids())
def test_translation_keeps_the_placeholders(context: str, message: object) -> None:
    source = message.source  # type: ignore[attr-defined]
    for form in message.forms():  # type: ignore[attr-defined]
        assert _fields(form) == _fields(source), f"{{named}} fields differ in {context}: {source!r} → {form!r}"
        assert _markers(form) == _markers(source), f"% markers differ in {context}: {source!r} → {form!r}"
    if message.numerus:  # type: ignore[attr-defined]
        assert len(message.forms()) == 2, "English has two plural forms"  # type: ignore[attr-defined]


def test_translated_templates_format_with_the_source_params() -> None:
    for (template, _comment), message in CATALOG.get(script.ERRORS_CONTEXT, {}).items():
        names = {name.split(":")[0].split("!")[0].strip("{}") for name in _fields(template)}
        params = {name: 1234 for name in names}
        template.format(**params)
        message.forms()[0].format(**params)


# --- (d) the committed .qm is current --------------------------------------------------------------


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    assert script.QM_PATH.is_file(), f"{script.QM_PATH} is missing: {FIX}"
    fresh = tmp_path / "desk_en.qm"
    script.run_lrelease(script.TS_PATH, fresh)
    assert fresh.read_bytes() == script.QM_PATH.read_bytes(), f"desk_en.qm is older than desk_en.ts: {FIX}"


def test_ts_is_written_the_way_the_script_writes_it() -> None:
    """Sorted and normalised, so that the next run of the script makes no unrelated diff."""
    assert script.TS_PATH.read_text(encoding="utf-8") == script.render_ts(CATALOG)


# --- (e) the app really shows English -----------------------------------------------------------------


@pytest.fixture
def english(qapp: QCoreApplication) -> Iterator[QCoreApplication]:
    assert install_language(qapp, "en"), "desk_en.qm could not be loaded"
    try:
        yield qapp
    finally:
        install_language(qapp, "zh_CN")


def _expected(context: str, source: str) -> str:
    return CATALOG[context][(source, "")].forms()[0]


def test_english_is_used_after_install_language(english: QCoreApplication) -> None:
    translate = QCoreApplication.translate
    assert translate("enums", "已开单") == _expected("enums", "已开单") == "Open"
    assert translate("enums", "自费") == "Customer pay"
    assert translate("OrderTab", "添加工时") == _expected("OrderTab", "添加工时")
    assert translate("MainWindow", "看板") == "Board"
    assert translate("PdfPreview", "共 %n 页", "", 3) == "3 pages"
    assert translate("PdfPreview", "共 %n 页", "", 1) == "1 page"
    template = "找不到委托书 {number}。"
    assert translate("DeskError", template).format(number="RO1") == "Repair order RO1 not found."


def test_a_real_widget_shows_english(english: QCoreApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desk.views.pdf_preview import PdfPreview

    dialog = PdfPreview(b"", "preview", "preview.pdf")
    qtbot.addWidget(dialog)
    assert dialog.print_button.text() == _expected("PdfPreview", "打印…(Ctrl+P)")
    assert dialog.save_button.text() == "Save as PDF… (Ctrl+S)"
    assert dialog.pages_label.text() == "0 pages"


def test_switching_back_to_chinese(qapp: QCoreApplication) -> None:
    install_language(qapp, "en")
    install_language(qapp, "zh_CN")
    assert QCoreApplication.translate("enums", "已开单") == "已开单"


def test_enum_text_follows_the_language(english: QCoreApplication) -> None:
    from desk.models.enums import OrderStatus
    from desk.views.i18n import enum_text

    assert enum_text(OrderStatus.READY) == "Ready for delivery"
    assert enum_text("quality_check", OrderStatus) == "Quality check"


# --- Chinese text that bypasses the translator ------------------------------------------------------


def test_views_pass_all_chinese_text_through_the_translator() -> None:
    found = script.untranslated_literals()
    assert not found, (
        "Chinese text in the views that does not go through self.tr()/QCoreApplication.translate() "
        f"(wrap it, with %1 for the variable parts): {found}"
    )



_CJK = re.compile(r"[\u3400-\u9fff]")
_NOT_WORDS = re.compile(r"%\d|%n|\{\w+\}|<[^>]+>|\b(?:A[456]|Desk|PDF|VIN|QR|Ctrl|Alt|Shift|Enter|Esc|Del|Tab|F\d+|km)\b")


def test_every_message_is_written_in_chinese() -> None:
    """Simplified Chinese is the source language: a message with words but no Chinese would show
    untranslated to a Chinese user. Only formats (``%1：%2``), punctuation and names such as A4 are
    exempt."""
    foreign = [
        f"[{context}] {source!r}"
        for context, messages in CATALOG.items()
        for source, _comment in messages
        if not _CJK.search(source) and re.search(r"[A-Za-z]", _NOT_WORDS.sub("", source))
    ]
    assert not foreign, f"messages without Chinese: {foreign}"
