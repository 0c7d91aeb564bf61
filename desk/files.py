"""Writing a file whole or not at all: a printout, a report or an export is never left half written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desk.services.errors import DeskError


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all."""
    directory = path.resolve().parent
    if not directory.is_dir():
        raise DeskError("输出目录 {directory} 不存在。", directory=str(directory))
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise DeskError("无法写入 {path}：{reason}", path=str(path), reason=exc.strerror or str(exc)) from exc
