"""A private CUPS scheduler with a PDF printer (cups-pdf) for the test run.

The scheduler runs in the foreground from a temporary folder (its configuration, spool, cache,
logs and a Unix socket there); clients find it through ``CUPS_SERVER`` set to that socket, so
the machine's own printers and scheduler are never touched. The queue uses Debian's
``printer-driver-cups-pdf``, which writes each job as a PDF into the job owner's ``~/PDF``.

    reason = cups_unavailable_reason()
    if reason: skip (or fail on CI)
    with CupsServer.start() as server:
        server.add_pdf_printer("DeskPDF")
        ... run clients with env=server.environ() ...
        server.wait_for_output("title-prefix")
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

CUPSD = "/usr/sbin/cupsd"
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
PPD_FILE = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def cups_unavailable_reason() -> str | None:
    """Why a private CUPS with a PDF printer cannot run here, or None when it can."""
    if not Path(CUPSD).exists():
        return "CUPS is not installed (Debian package cups)"
    if not BACKEND.exists() or not PPD_FILE.exists():
        return "the PDF printer is not installed (Debian package printer-driver-cups-pdf)"
    if shutil.which("lpadmin") is None:
        return "lpadmin is missing (Debian package cups-client)"
    if os.geteuid() != 0:
        return "the cups-pdf backend only runs under a scheduler started as root"
    return None


def output_dir(user: str | None = None) -> Path:
    """Where cups-pdf writes the jobs of ``user`` (default: whoever runs the tests)."""
    entry = pwd.getpwnam(user) if user else pwd.getpwuid(os.getuid())
    return Path(entry.pw_dir) / "PDF"


@dataclass
class CupsServer:
    root: Path
    process: subprocess.Popen[bytes]

    @property
    def socket(self) -> Path:
        return self.root / "cups.sock"

    def environ(self) -> dict[str, str]:
        """The environment for clients of this scheduler."""
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    @classmethod
    def start(cls, timeout: float = 15) -> CupsServer:
        root = Path(tempfile.mkdtemp(prefix="desk-cups-"))
        root.chmod(0o755)  # the filters run as the unprivileged user lp and must reach the spool
        for name in ("conf", "spool", "cache", "state", "log", "tmp"):
            (root / name).mkdir()
            (root / name).chmod(0o755)
        (root / "tmp").chmod(0o1777)
        (root / "cupsd.conf").write_text(
            f"Listen {root / 'cups.sock'}\nLogLevel warn\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        (root / "cups-files.conf").write_text(
            f"ServerRoot {root / 'conf'}\nRequestRoot {root / 'spool'}\nCacheDir {root / 'cache'}\n"
            f"StateDir {root / 'state'}\nTempDir {root / 'tmp'}\nErrorLog {root / 'log' / 'error_log'}\n"
            f"AccessLog {root / 'log' / 'access_log'}\nPageLog {root / 'log' / 'page_log'}\nSystemGroup root\n"
        )
        process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        server = cls(root, process)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                error = (process.stderr.read() if process.stderr else b"").decode(errors="replace")
                server.stop()
                raise RuntimeError(f"cupsd stopped at once: {error.strip() or server.log()}")
            if server.socket.exists() and server._ready():
                return server
            time.sleep(0.1)
        server.stop()
        raise RuntimeError(f"cupsd did not answer within {timeout} s: {server.log()}")

    def _ready(self) -> bool:
        done = subprocess.run(["lpstat", "-r"], env=self.environ(), capture_output=True, text=True)
        return done.returncode == 0 and "not running" not in done.stdout

    def add_pdf_printer(self, name: str) -> None:
        subprocess.run(
            ["lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-m", PPD], env=self.environ(),
            check=True, capture_output=True,
        )

    def wait_for_output(self, prefix: str, timeout: float = 60) -> Path:
        """The PDF cups-pdf wrote for the job whose title starts with ``prefix``."""
        folder = output_dir()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = sorted(folder.glob(f"{prefix}*.pdf")) if folder.is_dir() else []
            if found:
                path = found[0]
                size = -1
                while path.stat().st_size != size:  # still being written
                    size = path.stat().st_size
                    time.sleep(0.3)
                return path
            time.sleep(0.2)
        raise TimeoutError(f"no output for {prefix} in {folder} after {timeout} s; log: {self.log()}")

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else "(no log)"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> CupsServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
