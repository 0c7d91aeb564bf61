"""The on-screen preview and Qt's print path for printed documents."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desk.printing.repair_order import render_repair_order
from desk.views.pdf_preview import PdfPreview, print_pdf, save_pdf
from test_printing import many_lines

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def two_page_pdf() -> bytes:
    return render_repair_order(many_lines(40, 40), "customer")


def pages_of(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_printing_sends_every_page_to_the_printer(qapp, two_page_pdf: bytes, tmp_path: Path) -> None:
    source = tmp_path / "source.pdf"
    source.write_bytes(two_page_pdf)
    expected = pages_of(source)
    assert expected >= 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pdf(two_page_pdf, printer) == expected
    assert pages_of(printed) == expected
    # the paper follows the document (A4 portrait, 595 × 842 points)
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    assert "595" in info and "842" in info


def test_preview_shows_the_pages_and_saves_the_pdf(qtbot, two_page_pdf: bytes, tmp_path: Path) -> None:
    preview = PdfPreview(two_page_pdf, "任务委托书", "RO.pdf")
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 2
    assert preview.pages_label.text() == f"共 {preview.document.pageCount()} 页"
    target = tmp_path / "saved"
    assert save_pdf(preview, two_page_pdf, target)
    assert (tmp_path / "saved.pdf").read_bytes() == two_page_pdf


def test_saving_where_it_cannot_be_written_warns_and_leaves_nothing(qtbot, two_page_pdf: bytes, tmp_path: Path, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    preview = PdfPreview(two_page_pdf, "任务委托书", "RO.pdf")
    qtbot.addWidget(preview)
    target = tmp_path / "missing-folder" / "ro.pdf"
    assert not save_pdf(preview, two_page_pdf, target)
    assert len(warnings) == 1 and str(target) in warnings[0]
    assert not target.parent.exists()
