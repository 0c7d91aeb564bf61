"""Finding a Chinese font that reportlab can embed, and checking text against it.

reportlab embeds TrueType outlines only: WenQuanYi Micro Hei / Zen Hei, AR PL UMing, Microsoft
YaHei, SimSun and SimHei work; CFF/OpenType fonts such as Noto Sans CJK are refused ("postscript
outlines are not supported") and are skipped by the search. The built-in CID font ``STSong-Light``
is never used: it is not embedded, and viewers without a Chinese font show boxes.

Public:

- :func:`find_cjk_font` — the configured font, or the first usable one in the search order.
- :func:`register_cjk_font` — registers a font file with reportlab once and returns its name.
- :func:`ensure_glyphs` — refuses text with characters the font cannot draw.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk.services.errors import DeskError

ENV_VAR = "DESK_FONT"
"""Environment variable naming a font file, used when no font path is configured."""

_HINT = "请安装中文字体（例如 Debian/Ubuntu 的 fonts-wqy-microhei），或在设置 font_path / 环境变量 DESK_FONT 中指定字体文件。"

# Linux (Debian package paths), then Windows, then macOS.
_LINUX_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
_WINDOWS_NAMES = ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf")
_MAC_CANDIDATES = (
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)
# Parts of file names that mark a Chinese font, in order of preference for the folder scan.
_NAME_HINTS = ("wqy", "uming", "ukai", "msyh", "simsun", "simhei", "sourcehan")
_SUFFIXES = (".ttf", ".ttc")

_lock = threading.Lock()
_registered: dict[Path, str] = {}


class FontNotFound(DeskError):
    """No usable Chinese TrueType font: none configured, none found, or the configured one fails."""


class MissingGlyphs(DeskError):
    """The chosen font cannot draw some characters of the document."""


def _windows_fonts_dirs() -> list[Path]:
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def candidate_paths() -> list[Path]:
    """The well-known font files, in the order they are tried."""
    paths = [Path(p) for p in _LINUX_CANDIDATES]
    if os.name == "nt":
        for name in _WINDOWS_NAMES:
            paths.extend(d / name for d in _windows_fonts_dirs())
    paths.extend(Path(p) for p in _MAC_CANDIDATES)
    return paths


def font_dirs() -> list[Path]:
    """The usual font folders that are scanned when no well-known file is there."""
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        home / "Library" / "Fonts",
    ]
    if os.name == "nt" or sys.platform == "cygwin":
        dirs[:0] = _windows_fonts_dirs()
    return dirs


def _scan(dirs: list[Path]) -> list[Path]:
    """Files under ``dirs`` whose name looks like a Chinese TrueType font, best first."""
    found: list[tuple[int, str, Path]] = []
    for folder in dirs:
        try:
            if not folder.is_dir():
                continue
            files = list(folder.rglob("*"))
        except OSError:
            continue
        for path in files:
            name = path.name.lower()
            if not name.endswith(_SUFFIXES):
                continue
            for rank, hint in enumerate(_NAME_HINTS):
                if hint in name:
                    found.append((rank, str(path), path))
                    break
    found.sort(key=lambda item: (item[0], item[1]))
    return [path for _, _, path in found]


def _load(path: Path) -> TTFont | str:
    """A parsed font, or the reason reportlab refuses it."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        return str(exc)
    return _load_version(path, stamp)


@functools.lru_cache(maxsize=32)
def _load_version(path: Path, stamp: int) -> TTFont | str:
    """Cached per file version: parsing a CJK font takes a moment, a replaced file is read again."""
    try:
        return TTFont(_font_name(path), str(path), subfontIndex=0)
    except Exception as exc:  # reportlab raises TTFError, OSError, struct errors ...
        return str(exc) or type(exc).__name__


def _lazy_scan() -> Iterator[Path]:
    """:func:`_scan` of :func:`font_dirs`, done when the first of its files is asked for."""
    yield from _scan(font_dirs())


def _font_name(path: Path) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "", path.stem) or "Font"
    return f"DeskCJK-{stem}"


def find_cjk_font(configured: str | os.PathLike[str] | None = None) -> Path:
    """The TrueType CJK font file to draw Chinese with.

    ``configured`` (the ``font_path`` setting) wins when given; otherwise the environment variable
    ``DESK_FONT``; otherwise the first loadable file among :func:`candidate_paths`, then the scan
    of :func:`font_dirs`. A configured font that is missing or cannot be embedded is an error, not
    a reason to quietly use another one.

    Raises :class:`FontNotFound`.
    """
    if configured is None or str(configured).strip() == "":
        env = os.environ.get(ENV_VAR, "").strip()
        configured = env or None
    if configured is not None:
        path = Path(os.path.expanduser(os.fspath(configured)))
        if not path.is_file():
            raise FontNotFound(
                "找不到设置的中文字体文件：{path}。请检查设置 font_path 或环境变量 DESK_FONT，"
                "或安装中文字体（例如 fonts-wqy-microhei）后清空该设置。",
                path=str(path),
            )
        loaded = _load(path.resolve())
        if isinstance(loaded, str):
            raise FontNotFound(
                "无法使用设置的中文字体文件：{path}（{reason}）。需要可嵌入的 TrueType 字体"
                "（.ttf/.ttc，例如文泉驿微米黑 wqy-microhei.ttc、微软雅黑 msyh.ttc）；"
                "Noto CJK 等 OpenType/CFF 字体无法嵌入。",
                path=str(path),
                reason=loaded,
            )
        return path.resolve()

    seen: set[Path] = set()
    # The folder scan walks every font folder (milliseconds, on every document printed): it runs
    # only when no well-known file will do.
    for path in itertools.chain(candidate_paths(), _lazy_scan()):
        try:
            if not path.is_file():
                continue
            real = path.resolve()
        except OSError:
            continue
        if real in seen:
            continue
        seen.add(real)
        if not isinstance(_load(real), str):
            return real
    raise FontNotFound("没有找到可用的中文字体，无法生成 PDF。" + _HINT)


def register_cjk_font(path: str | os.PathLike[str]) -> str:
    """Registers the font file with reportlab (once per file) and returns its font name.

    Bold and italic map to the same face, so ``<b>`` in a paragraph never fails.
    Raises :class:`FontNotFound` when the file cannot be loaded.
    """
    real = Path(os.fspath(path)).resolve()
    with _lock:
        name = _registered.get(real)
        if name is not None:
            return name
        loaded = _load(real)
        if isinstance(loaded, str):
            raise FontNotFound(
                "无法使用中文字体文件：{path}（{reason}）。" + _HINT, path=str(real), reason=loaded
            )
        name = loaded.fontName
        # Two different files with the same stem (in two folders) must not share one name.
        if name in pdfmetrics.getRegisteredFontNames() or name in _registered.values():
            name = f"{name}-{len(_registered) + 1}"
            loaded = TTFont(name, str(real), subfontIndex=0)
        pdfmetrics.registerFont(loaded)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
        _registered[real] = name
        return name


def _ignored(ch: str) -> bool:
    """Characters that are never drawn as glyphs (line breaks, tabs, other controls)."""
    return unicodedata.category(ch) == "Cc"


def missing_glyphs(font_name: str, text: str) -> list[str]:
    """The distinct characters of ``text`` that the registered font has no glyph for."""
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    cmap = getattr(face, "charToGlyph", None)
    if cmap is None:
        raise FontNotFound(
            "字体 {font} 不是可嵌入的 TrueType 字体，无法检查字形。" + _HINT, font=font_name
        )
    # Each distinct character once, in order of first appearance (a document repeats most of
    # its characters many times).
    return [ch for ch in dict.fromkeys(text) if ord(ch) not in cmap and not _ignored(ch)]


def ensure_glyphs(font_name: str, text: str) -> None:
    """Refuses ``text`` if the font lacks a glyph for any of its characters.

    Raises :class:`MissingGlyphs` naming the characters, so that a PDF showing boxes or blanks
    instead of a customer's name is never produced.
    """
    missing = missing_glyphs(font_name, text)
    if missing:
        shown = " ".join(f"“{ch}”（U+{ord(ch):04X}）" for ch in missing[:10])
        if len(missing) > 10:
            shown += f" 等 {len(missing)} 个字符"
        raise MissingGlyphs(
            "当前字体 {font} 缺少以下字符，无法打印：{chars}。请改用包含这些字符的中文 TrueType 字体"
            "（设置 font_path 或环境变量 DESK_FONT），或修改这些文字。",
            font=font_name,
            chars=shown,
        )
