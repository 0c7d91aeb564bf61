"""Preview of a printed document on screen, printing it to an installed printer, saving it.

The document arrives as PDF bytes (rendered by ``desk.printing``); printing draws each page at
the printer's resolution through Qt's print system, so any printer the PC has can be used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSize, QSizeF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument over ``pdf``; the buffer is kept alive as the document's child."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``; returns the number of pages sent."""
    document = load_pdf(pdf)
    pages = document.pageCount()
    if pages == 0:
        return 0
    first = document.pagePointSize(0)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point),
                    QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        resolution = printer.resolution()
        for page in range(pages):
            if page:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(resolution)
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            pixels = QSize(round(size.width() * scale), round(size.height() * scale))
            painter.drawImage(0, 0, document.render(page, pixels))
    finally:
        painter.end()
    return pages


class PdfPreview(QDialog):
    """Shows a document with buttons to print it or save it as PDF."""

    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.document = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(self.tr("共 %n 页", "", self.document.pageCount()))
        self.print_button = QPushButton(self.tr("打印…(Ctrl+P)"))
        self.save_button = QPushButton(self.tr("另存为 PDF…(Ctrl+S)"))
        close_button = QPushButton(self.tr("关闭"))
        self.print_button.clicked.connect(self.on_print)
        self.save_button.clicked.connect(self.on_save)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.on_print)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)

    def on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if print_pdf(self.pdf, printer) == 0:
                QMessageBox.warning(self, self.tr("打印失败"), self.tr("打印机没有接受这份文件，请检查打印机。"))

    def on_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), str(Path.home() / self.file_name), self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            save_pdf(self, self.pdf, Path(path))


def save_pdf(parent: QWidget, pdf: bytes, path: Path) -> bool:
    """Write the PDF; a half-written file is never left behind."""
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(pdf)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        QMessageBox.warning(
            parent, QCoreApplication.translate("PdfPreview", "保存失败"),
            QCoreApplication.translate("PdfPreview", "无法保存到 %1：%2")
            .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)),
        )
        return False
    return True


__all__ = ["PdfPreview", "load_pdf", "print_pdf", "save_pdf"]
