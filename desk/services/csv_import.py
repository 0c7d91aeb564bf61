"""What every CSV import shares: reading the file, its header, row problems, cancelling, the report file.

The file is UTF-8 (with or without a byte-order mark) or GBK/GB18030 as Excel on a Chinese Windows
saves it. The first row names the columns; each import lists, per column, the header names it
accepts (Chinese and English) and whether the column is required. Rows are numbered as a
spreadsheet shows them (the header being row 1), so a problem can be found in the file.
Used by :mod:`desk.services.catalogue_import` and :mod:`desk.services.customer_import`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desk.services.errors import DeskError

ColumnSpec = Mapping[str, tuple[tuple[str, ...], bool]]
"""Column key -> (accepted header names, the first one shown in messages; required)."""

PROGRESS_EVERY = 100
"""Rows between two calls of an import's ``progress``."""

REPORT_HEADER = ("行号", "列", "内容", "问题")


@dataclass(frozen=True)
class RowProblem:
    row: int
    """Row number as a spreadsheet shows it (the header is row 1)."""
    column: str
    """The column's header as written in the file; empty when the problem is the whole row."""
    value: str
    message: str

    @property
    def text(self) -> str:
        where = f"第 {self.row} 行" + (f"「{self.column}」列" if self.column else "")
        value = f"（“{self.value}”）" if self.value else ""
        return f"{where}{value}：{self.message}"


@dataclass
class Row:
    """One data row while it is checked: its cells by column key and what is wrong with it."""

    number: int
    values: dict[str, str]
    problems: list[RowProblem] = field(default_factory=list)


@dataclass(frozen=True)
class Table:
    columns: dict[str, tuple[int, str]]
    """Column key -> (index, header as written)."""
    rows: list[Row]
    unknown: tuple[str, ...]
    """Headers of the columns no key accepts; they are not imported."""

    @property
    def titles(self) -> dict[str, str]:
        """Column key -> header as written, for the problems' column."""
        return {key: title for key, (_index, title) in self.columns.items()}


class ImportCancelled(DeskError):
    """The user stopped an import (raised by its ``progress``); nothing is written."""

    def __init__(self) -> None:
        super().__init__("导入已取消，未导入任何数据。")


def decode(data: bytes) -> str:
    """The text of a CSV file saved as UTF-8 (with or without BOM) or GBK."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise DeskError("文件既不是 UTF-8 也不是 GBK 编码，请在 Excel 中另存为“CSV UTF-8”。") from None


def header_map(spec: ColumnSpec, header: list[str]) -> tuple[dict[str, tuple[int, str]], tuple[str, ...]]:
    """Column key -> (index, header as written), and the headers no key accepts.

    Refuses a header naming one column twice, and one without every required column (all missing
    ones in one message, with the names that are accepted).
    """
    found: dict[str, tuple[int, str]] = {}
    unknown: list[str] = []
    for index, title in enumerate(header):
        key_text = title.strip().lower()
        matched = False
        for key, (names, _required) in spec.items():
            if key_text in {n.lower() for n in names}:
                if key in found:
                    raise DeskError("表头里“{a}”和“{b}”是同一列。", a=found[key][1], b=title.strip())
                found[key] = (index, title.strip())
                matched = True
        if not matched and title.strip():
            unknown.append(title.strip())
    missing = [names[0] for key, (names, required) in spec.items() if required and key not in found]
    if missing:
        raise DeskError(
            "第 1 行表头缺少这些列：{missing}（表头可以用中文或英文列名，如 {example}）。",
            missing="、".join(missing), example="、".join(f"{n[0]}/{n[-1]}" for n, _ in spec.values()),
        )
    return found, tuple(unknown)


def read_table(spec: ColumnSpec, data: bytes) -> Table:
    """The file's rows by column key (cells stripped; empty rows skipped)."""
    reader = csv.reader(io.StringIO(decode(data), newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise DeskError("文件是空的。") from None
    except csv.Error as exc:
        raise DeskError("第 1 行不是正确的 CSV：{reason}", reason=str(exc)) from None
    columns, unknown = header_map(spec, header)
    rows: list[Row] = []
    try:
        for cells in reader:
            number = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            values = {key: (cells[index].strip() if index < len(cells) else "") for key, (index, _t) in columns.items()}
            rows.append(Row(number, values))
    except csv.Error as exc:
        raise DeskError("第 {row} 行不是正确的 CSV：{reason}", row=reader.line_num, reason=str(exc)) from None
    return Table(columns, rows, unknown)


def report_file(summary: str, lines: Iterable[RowProblem]) -> bytes:
    """A report as a CSV file that Excel opens (UTF-8 with a byte-order mark): the summary, then
    one row per problem or note."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([summary])
    writer.writerow(REPORT_HEADER)
    for line in lines:
        writer.writerow([line.row, line.column, line.value, line.message])
    return out.getvalue().encode("utf-8-sig")
