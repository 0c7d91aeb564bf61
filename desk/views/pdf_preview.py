"""Preview of a printed document on screen, printing it to an installed printer, saving it.

The document arrives as PDF bytes (rendered by ``desk.printing``). The printer is chosen through
Qt (the print dialog lists every printer the PC has; :func:`printer_for` preselects the one
``desk.toml`` names for the document, see :meth:`desk.config.Settings.printer_for`), and
:func:`send_to_printer` then prints: where the PC has CUPS (Linux, macOS) the PDF itself goes to
the chosen queue (:mod:`desk.printing.spool`) with the copies and the document's paper size, so
text stays sharp; elsewhere, or when printing to a file, each page is drawn at the printer's
resolution through Qt (:func:`print_pdf`). :func:`print_document` is the same path without a
dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSize, QSizeF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
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


def printer_for(name: str | None = None) -> QPrinter:
    """A printer set to the installed printer ``name``, or to the system's default when it is
    not given or not installed."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
    if info.isNull():
        return QPrinter(QPrinter.PrinterMode.HighResolution)
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def send_to_printer(pdf: bytes, printer: QPrinter) -> int:
    """Print ``pdf`` on ``printer`` (set up by :func:`printer_for` or the print dialog).

    Returns the number of pages sent (0: nothing was printed). A native printer on a PC with
    CUPS gets the PDF itself; a file or a PC without CUPS gets the pages drawn through Qt.
    Raises :class:`desk.printing.spool.PrintFailed` when CUPS refuses the job.
    """
    from desk.printing import spool

    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or not spool.cups_available() \
            or not printer.printerName():
        return print_pdf(pdf, printer)
    document = load_pdf(pdf)
    pages = document.pageCount()
    if pages == 0:
        return 0
    size = document.pagePointSize(0)
    options = {"media": spool.media_for(size.width(), size.height())}
    if printer.copyCount() > 1:
        options["copies"] = str(printer.copyCount())
    spool.submit_pdf(pdf, printer.printerName(), printer.docName() or "Desk", options)
    return pages


def print_document(pdf: bytes, title: str, printer_name: str | None = None) -> int:
    """Print without a dialog on ``printer_name`` (or the default printer); pages sent."""
    printer = printer_for(printer_name)
    printer.setDocName(title)
    return send_to_printer(pdf, printer)


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

    def __init__(
        self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None, *, printer: str | None = None
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self.printer_name = printer
        """The printer the print dialog starts on (``desk.toml`` [printers]); default printer when None."""
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
        from desk.printing.spool import PrintFailed

        printer = printer_for(self.printer_name)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                sent = send_to_printer(self.pdf, printer)
            except PrintFailed as refusal:
                QMessageBox.warning(self, self.tr("打印失败"), refusal.translated(QCoreApplication.translate))
                return
            if sent == 0:
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


__all__ = ["PdfPreview", "load_pdf", "print_document", "print_pdf", "printer_for", "save_pdf", "send_to_printer"]
