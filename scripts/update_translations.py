"""Refresh Desk's English translation: ``resources/translations/desk_en.ts`` and ``desk_en.qm``.

Run from anywhere::

    .venv/bin/python scripts/update_translations.py

One command refreshes everything:

1. ``pyside6-lupdate`` collects the ``tr()``/``translate()`` strings of ``desk/views/*.py`` and
   ``desk/app.py`` into the .ts file, keeping the translations already there (``-no-obsolete``
   drops strings that are gone from the source).
2. The context ``enums`` gets the Chinese name of every member of the enums in
   ``desk.models.enums`` (the views show them through ``i18n.enum_text``).
3. The context ``privacy`` gets the Chinese label of every privacy setting in
   ``desk.services.privacy.PRIVACY_SETTINGS`` (the shop dialog shows them through
   ``QCoreApplication.translate("privacy", label)``).
4. The context ``DeskError`` gets the template of every refusal: the first argument of each call
   to ``DeskError`` or one of its subclasses anywhere under ``desk/``, found by walking the
   source's syntax tree. A template may be a string literal (adjacent literals included), a
   ``+`` of literals, a module-level constant made of those, or a lookup in a module-level dict
   whose values are all such strings (every value is a template).
5. The .ts is written sorted (contexts by name, messages by source text, no line numbers), so a
   change to the source makes a small diff; existing English translations are preserved.
6. ``pyside6-lrelease`` compiles ``desk_en.qm``, which is committed beside the .ts so a checkout
   runs without a build step.

Messages without a translation are left ``type="unfinished"``; ``tests/test_translations.py``
fails until someone translates them. The script also warns about Chinese text in the views that
does not go through Qt's translation at all.

The extraction functions (:func:`deskerror_templates`, :func:`enum_names`, :func:`privacy_labels`,
:func:`untranslated_literals`) and the .ts reader/writer are imported by the tests.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desk"
TRANSLATIONS = ROOT / "resources" / "translations"
TS_PATH = TRANSLATIONS / "desk_en.ts"
QM_PATH = TRANSLATIONS / "desk_en.qm"
SOURCE_LANGUAGE = "zh_CN"
TARGET_LANGUAGE = "en"
ENUMS_CONTEXT = "enums"
PRIVACY_CONTEXT = "privacy"
KPI_CONTEXT = "kpi"
AUDIT_CONTEXT = "audit"
PERMISSIONS_CONTEXT = "permissions"
ERRORS_CONTEXT = "DeskError"
BASE_ERROR = "DeskError"

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201f]")
_TRANSLATING_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TR_N_NOOP", "QT_TRANSLATE_N_NOOP"}


def _tool(name: str) -> str:
    """A Qt tool from the same environment as this Python, else from PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def view_sources() -> list[Path]:
    """The files whose ``tr()``/``translate()`` strings lupdate collects."""
    return sorted((PACKAGE / "views").glob("*.py")) + [PACKAGE / "app.py"]


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


# --- enum names -------------------------------------------------------------------------------


def enum_names() -> list[str]:
    """The Chinese name of every member of every enum in ``desk.models.enums``, sorted, no repeats."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desk.models import enums

    names: set[str] = set()
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, enums._Named) and value is not enums._Named:
            names.update(member.chinese for member in value)
    return sorted(names)


# --- privacy setting labels -----------------------------------------------------------------


def privacy_labels() -> list[str]:
    """The Chinese label of every privacy setting in ``desk.services.privacy``, sorted, no repeats."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desk.services.privacy import PRIVACY_SETTINGS

    return sorted(set(PRIVACY_SETTINGS.values()))


# --- KPI names ---------------------------------------------------------------------------------


def kpi_names() -> list[str]:
    """The Chinese name of every KPI in ``desk.services.kpi.DEFINITIONS`` (the dashboard's tiles)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desk.services.kpi import DEFINITIONS

    return sorted({definition.name for definition in DEFINITIONS})


def audit_action_names() -> list[str]:
    """The Chinese name of every kind of audit entry in ``desk.services.audit.ACTIONS`` (the log
    viewer shows them through ``QCoreApplication.translate("audit", name)``)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desk.services.audit import ACTIONS

    return sorted(set(ACTIONS.values()))


def permission_names() -> list[str]:
    """The Chinese name of every permission in ``desk.services.permissions`` (they are filled
    into the refusal a role gets, and translated there with the context ``permissions``)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desk.services.permissions import Permission

    return sorted({permission.chinese for permission in Permission})


# --- DeskError templates ----------------------------------------------------------------------


@dataclass
class ErrorTemplates:
    """What the syntax-tree walk found: templates with where they are raised, and calls it could
    not read a template from (``file:line``)."""

    templates: dict[str, list[str]] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)


def _python_files(package: Path) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def _name_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """Names of ``DeskError`` and every class that derives from it, directly or not."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    name for name in map(_name_of, node.bases) if name is not None
                )
    found = {BASE_ERROR}
    while True:
        more = {cls for cls, parents in bases.items() if cls not in found and parents & found}
        if not more:
            return found
        found |= more


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound once to a string made of literals."""
    constants: dict[str, str] = {}
    for node in tree.body:
        target: ast.expr | None = None
        value: ast.expr | None = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and value is not None:
            text = _literal_text(value, constants)
            if text is not None:
                constants[target.id] = text
    return constants


def _module_tables(tree: ast.Module, constants: dict[str, str]) -> dict[str, list[str]]:
    """Module-level names bound to a dict whose values are all strings made of literals (a table
    of refusal templates looked up by key)."""
    tables: dict[str, list[str]] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else (
            node.target if isinstance(node, ast.AnnAssign) else None
        )
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if isinstance(target, ast.Name) and isinstance(value, ast.Dict) and value.values:
            texts = [_literal_text(v, constants) for v in value.values]
            if all(t is not None for t in texts):
                tables[target.id] = [t for t in texts if t is not None]
    return tables


def _literal_text(node: ast.expr, constants: dict[str, str]) -> str | None:
    """The string ``node`` always evaluates to, when it is made of literals (else None)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value  # adjacent literals are already one constant
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _literal_text(node.left, constants)
        right = _literal_text(node.right, constants)
        return None if left is None or right is None else left + right
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _template_argument(call: ast.Call) -> ast.expr | None:
    if call.args and not isinstance(call.args[0], ast.Starred):
        return call.args[0]
    return next((k.value for k in call.keywords if k.arg == "template"), None)


def _passed_on(tree: ast.Module, function: ast.FunctionDef, parameter: str, constants: dict[str, str]) -> list[str] | None:
    """The literals given for ``parameter`` of ``function`` by every call to it in ``tree``; None
    when some call gives something else (or there is no call)."""
    names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    position = names.index(parameter) if parameter in names else None
    defaults = dict(zip(names[len(names) - len(function.args.defaults):], function.args.defaults))
    texts: list[str] = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or _name_of(call.func) != function.name:
            continue
        given = next((k.value for k in call.keywords if k.arg == parameter), None)
        if given is None and position is not None and position < len(call.args):
            given = call.args[position]
        if given is None:
            given = defaults.get(parameter)  # left out: the default is what is raised
        text = _literal_text(given, constants) if given is not None else None
        if text is None:
            return None
        texts.append(text)
    return texts or None


def deskerror_templates(package: Path = PACKAGE) -> ErrorTemplates:
    """Every template a ``DeskError`` (or subclass) is raised with under ``package``.

    A template may also be a parameter of the function that raises, when every call to that
    function in the module passes a literal for it (a small validation helper given its refusals).
    A call whose first argument is none of these is listed in ``unresolved``, except one that
    passes on another error's ``.template``.
    """
    files = _python_files(package)
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), filename=str(path)) for path in files}
    classes = error_classes(trees.values())
    found = ErrorTemplates()
    for path, tree in trees.items():
        constants = _module_constants(tree)
        tables = _module_tables(tree, constants)
        functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
        inside_functions = {id(n) for f in functions for n in ast.walk(f)}
        for function in [*functions, None]:
            scope: ast.AST = function if function is not None else tree
            for node in ast.walk(scope):
                if not isinstance(node, ast.Call) or _name_of(node.func) not in classes:
                    continue
                if function is None and id(node) in inside_functions:
                    continue  # seen with its function
                where = f"{_relative(path)}:{node.lineno}"
                argument = _template_argument(node)
                if argument is None:
                    continue  # no arguments: a bare class reference or a re-raise helper
                text = _literal_text(argument, constants)
                table = argument.value.id if isinstance(argument, ast.Subscript) and isinstance(argument.value, ast.Name) else ""
                passed = (
                    _passed_on(tree, function, argument.id, constants)
                    if function is not None and isinstance(argument, ast.Name) and argument.id not in constants else None
                )
                if text is not None:
                    found.templates.setdefault(text, []).append(where)
                elif table in tables:
                    for entry in tables[table]:
                        found.templates.setdefault(entry, []).append(where)
                elif passed:
                    for entry in passed:
                        found.templates.setdefault(entry, []).append(where)
                elif not (isinstance(argument, ast.Attribute) and argument.attr == "template"):
                    found.unresolved.append(where)
    found.templates = dict(sorted(found.templates.items()))
    return found


# --- Chinese text that never reaches the translator ------------------------------------------


def _docstrings(tree: ast.Module) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def untranslated_literals(paths: Iterable[Path] | None = None) -> list[str]:
    """Chinese text in view code that does not pass through Qt's translation: ``file:line: text``.

    Allowed are docstrings, plain literals given straight to ``tr``/``translate`` (or the NOOP
    markers), and the templates of ``DeskError`` calls (they go through the ``DeskError``
    context). An f-string with Chinese is reported even inside ``tr()``: lupdate cannot read it.
    """
    paths = list(paths) if paths is not None else view_sources()
    classes = error_classes(ast.parse(p.read_text(encoding="utf-8")) for p in _python_files(PACKAGE))
    report: list[str] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        allowed = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _name_of(node.func)
                if name in _TRANSLATING_CALLS:
                    allowed.update(id(a) for a in node.args if isinstance(a, ast.Constant))
                elif name in classes and (argument := _template_argument(node)) is not None:
                    allowed.update(id(n) for n in ast.walk(argument) if isinstance(n, ast.Constant))
        seen: set[int] = set()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and _CJK.search(node.value)):
                continue
            shown: ast.expr = node
            parent = parents.get(id(node))
            if isinstance(parent, ast.JoinedStr):
                shown = parent
            if id(shown) in allowed or id(shown) in seen:
                continue
            seen.add(id(shown))
            report.append(f"{_relative(path)}:{shown.lineno}: {ast.unparse(shown)}")
    return report


# --- reading and writing .ts files ------------------------------------------------------------


@dataclass
class Message:
    """One message of a .ts file; ``translation`` is a list of forms when ``numerus``."""

    source: str
    comment: str = ""
    numerus: bool = False
    extracomment: str = ""
    translatorcomment: str = ""
    translation: str | list[str] = ""
    finished: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return self.source, self.comment

    def forms(self) -> list[str]:
        return list(self.translation) if isinstance(self.translation, list) else [self.translation]

    def translated(self) -> bool:
        return all(form.strip() for form in self.forms())


Catalog = dict[str, dict[tuple[str, str], Message]]
"""Context name → (source, comment) → message."""


def read_ts(path: Path) -> Catalog:
    """The messages of a .ts file, without vanished or obsolete ones."""
    catalog: Catalog = {}
    if not path.exists():
        return catalog
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        messages = catalog.setdefault(name, {})
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = element.get("numerus") == "yes"
            if translation is None:
                text: str | list[str] = [] if numerus else ""
            elif numerus:
                text = [form.text or "" for form in translation.iter("numerusform")]
            else:
                text = translation.text or ""
            message = Message(
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                numerus=numerus,
                extracomment=element.findtext("extracomment") or "",
                translatorcomment=element.findtext("translatorcomment") or "",
                translation=text,
                finished=kind == "",
            )
            messages[message.key] = message
    return catalog


def _protect(text: str) -> str:
    """Escape text the way Qt's own .ts writer does."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\r\t":
            out.append(f'<byte value="x{ord(ch):x}"/>')
        else:
            out.append(ch)
    return "".join(out)


def render_ts(catalog: Catalog) -> str:
    """A .ts document with contexts sorted by name and messages by source text."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{TARGET_LANGUAGE}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    for name in sorted(catalog):
        messages = catalog[name]
        if not messages:
            continue
        lines += ["<context>", f"    <name>{_protect(name)}</name>"]
        for key in sorted(messages):
            message = messages[key]
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines.append(f"        <source>{_protect(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_protect(message.comment)}</comment>")
            if message.extracomment:
                lines.append(f"        <extracomment>{_protect(message.extracomment)}</extracomment>")
            if message.translatorcomment:
                lines.append(f"        <translatorcomment>{_protect(message.translatorcomment)}</translatorcomment>")
            kind = "" if message.finished and message.translated() else ' type="unfinished"'
            if message.numerus:
                forms = message.forms() or [""]
                while len(forms) < 2:  # English has two forms: one, other
                    forms.append(forms[-1])
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_protect(form)}</numerusform>" for form in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_protect(message.forms()[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# --- the steps ----------------------------------------------------------------------------------


def run_lupdate(ts_path: Path) -> None:
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, view_sources()), "-ts", str(ts_path), "-no-obsolete",
         "-locations", "none", "-source-language", SOURCE_LANGUAGE, "-target-language", TARGET_LANGUAGE,
         "-silent"],
        check=True, cwd=ROOT,
    )


def run_lrelease(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path), "-silent"], check=True, cwd=ROOT)


def _generated_context(sources: Iterable[str], previous: dict[tuple[str, str], Message]) -> dict[tuple[str, str], Message]:
    context: dict[tuple[str, str], Message] = {}
    for source in sources:
        old = previous.get((source, ""))
        context[(source, "")] = old if old is not None and not old.numerus else Message(source)
    return context


def _fill_from_same_text(catalog: Catalog) -> None:
    """An untranslated message takes the translation of the same text elsewhere, still unfinished."""
    known: dict[tuple[str, bool], Message] = {}
    for messages in catalog.values():
        for message in messages.values():
            if message.finished and message.translated():
                known.setdefault((message.source, message.numerus), message)
    for messages in catalog.values():
        for message in messages.values():
            if not message.translated() and (message.source, message.numerus) in known:
                message.translation = known[(message.source, message.numerus)].translation
                message.finished = False


def update(ts_path: Path = TS_PATH, qm_path: Path = QM_PATH) -> Catalog:
    """Refresh the .ts file and compile the .qm; returns the catalog written."""
    previous = read_ts(ts_path)
    run_lupdate(ts_path)
    catalog = read_ts(ts_path)
    catalog.pop(ENUMS_CONTEXT, None)
    catalog.pop(ERRORS_CONTEXT, None)
    catalog.pop(PRIVACY_CONTEXT, None)
    catalog.pop(KPI_CONTEXT, None)
    catalog.pop(AUDIT_CONTEXT, None)
    catalog.pop(PERMISSIONS_CONTEXT, None)
    catalog[ENUMS_CONTEXT] = _generated_context(enum_names(), previous.get(ENUMS_CONTEXT, {}))
    catalog[PRIVACY_CONTEXT] = _generated_context(privacy_labels(), previous.get(PRIVACY_CONTEXT, {}))
    catalog[KPI_CONTEXT] = _generated_context(kpi_names(), previous.get(KPI_CONTEXT, {}))
    catalog[AUDIT_CONTEXT] = _generated_context(audit_action_names(), previous.get(AUDIT_CONTEXT, {}))
    catalog[PERMISSIONS_CONTEXT] = _generated_context(permission_names(), previous.get(PERMISSIONS_CONTEXT, {}))
    errors = deskerror_templates()
    catalog[ERRORS_CONTEXT] = _generated_context(errors.templates, previous.get(ERRORS_CONTEXT, {}))
    _fill_from_same_text(catalog)
    ts_path.write_text(render_ts(catalog), encoding="utf-8", newline="\n")
    run_lrelease(ts_path, qm_path)

    for where in errors.unresolved:
        print(f"warning: {where}: DeskError template is not a string literal; it cannot be translated",
              file=sys.stderr)
    for line in untranslated_literals():
        print(f"warning: {line}: Chinese text not passed through tr()/translate()", file=sys.stderr)
    return catalog


def _summary(catalog: Catalog) -> Iterator[str]:
    total = unfinished = 0
    for name in sorted(catalog):
        messages = catalog[name].values()
        todo = sum(1 for m in messages if not (m.finished and m.translated()))
        total += len(messages)
        unfinished += todo
        yield f"  {name:<16} {len(messages):4d} messages" + (f", {todo} unfinished" if todo else "")
    yield f"  {'total':<16} {total:4d} messages" + (f", {unfinished} unfinished" if unfinished else "")


def main() -> int:
    catalog = update()
    print(f"{_relative(TS_PATH)} and {_relative(QM_PATH)} updated:")
    for line in _summary(catalog):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
