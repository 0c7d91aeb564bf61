"""A throwaway PostgreSQL server for the test run.

No pytest fixtures live here; ``conftest.py`` builds them on top of this module::

    reason = postgres_unavailable_reason()
    if reason is not None:
        if running_in_ci():
            pytest.fail(f"PostgreSQL is required on CI: {reason}")
        pytest.skip(reason)
    server = PostgresServer.start()
    try:
        ...  # use server.url
    finally:
        server.stop()

or ``with PostgresServer.start() as server: ...``.

The server runs from a fresh temporary folder (data directory, Unix socket and
log file), listens on a free port on 127.0.0.1 only, trusts every local
connection for the superuser ``desk`` and runs with durability switched off for
speed.  When running as root, ``initdb`` and ``pg_ctl`` run as the ``postgres``
system user (``initdb`` refuses to run as root).

If the environment variable ``DESK_TEST_POSTGRES_URL`` is set (an SQLAlchemy URL
such as ``postgresql+psycopg://desk@db.example:5432/postgres``), nothing is
started: :meth:`PostgresServer.start` returns that server and :meth:`stop` does
nothing.  The account in that URL must be allowed to create databases.
"""

from __future__ import annotations

import atexit
import glob
import os
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

__all__ = [
    "EXTERNAL_URL_ENV",
    "PostgresServer",
    "PostgresStartError",
    "find_postgres_bindir",
    "postgres_unavailable_reason",
    "running_in_ci",
]

#: Environment variable naming an already running server to use instead.
EXTERNAL_URL_ENV = "DESK_TEST_POSTGRES_URL"

#: Superuser created by ``initdb`` in the throwaway cluster.
SUPERUSER = "desk"

#: System account that owns the cluster when the tests run as root.
SYSTEM_USER = "postgres"

_SERVER_OPTIONS = (
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
)


class PostgresStartError(RuntimeError):
    """The throwaway PostgreSQL server could not be created or started."""


def running_in_ci() -> bool:
    """Return True when running on CI (the ``CI`` environment variable is set).

    On CI the PostgreSQL tests must fail rather than be skipped when no server
    can be started.
    """
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _version_key(bindir: str) -> tuple[int, ...]:
    """Sort key for ``/usr/lib/postgresql/<version>/bin`` (highest first after reverse)."""
    version = Path(bindir).parent.name
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (0,)


def find_postgres_bindir() -> Path | None:
    """Return the folder holding both ``initdb`` and ``pg_ctl``, or None.

    Looks on ``PATH`` first, then in Debian's ``/usr/lib/postgresql/*/bin``
    (highest version wins).
    """
    initdb = shutil.which("initdb")
    if initdb is not None:
        bindir = Path(initdb).resolve().parent
        if os.access(bindir / "pg_ctl", os.X_OK):
            return bindir
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    for candidate in candidates:
        bindir = Path(candidate)
        if os.access(bindir / "initdb", os.X_OK) and os.access(bindir / "pg_ctl", os.X_OK):
            return bindir
    return None


def _is_root() -> bool:
    """Return True when this process runs as root."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def postgres_unavailable_reason() -> str | None:
    """Say why no PostgreSQL server can be used here, or return None if one can.

    With ``DESK_TEST_POSTGRES_URL`` set this always returns None.  Otherwise it
    checks that ``initdb``/``pg_ctl`` exist and, when running as root, that the
    ``postgres`` system user and ``runuser`` exist.  It does not start anything.
    """
    if os.environ.get(EXTERNAL_URL_ENV):
        return None
    if find_postgres_bindir() is None:
        return (
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in "
            "/usr/lib/postgresql/*/bin; install Debian's 'postgresql' package "
            f"(./setup.sh does) or set {EXTERNAL_URL_ENV}"
        )
    if _is_root():
        import pwd

        try:
            pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            return f"running as root but there is no '{SYSTEM_USER}' system user to run initdb"
        if shutil.which("runuser") is None:
            return "running as root but 'runuser' is missing (needed to run initdb as postgres)"
    return None


def _free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, lines: int = 30) -> str:
    """Return the last lines of a text file, or '' if it cannot be read."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@dataclass
class PostgresServer:
    """A running PostgreSQL server for the tests.

    Create one with :meth:`start`; it is also a context manager that stops the
    server on exit.

    Attributes:
        url: SQLAlchemy URL of the ``postgres`` maintenance database, e.g.
            ``postgresql+psycopg://desk@127.0.0.1:54321/postgres``.
        port: TCP port on 127.0.0.1 (or of the external server).
        host: host name or address.
        user: superuser name.
        base_dir: temporary folder holding ``data/``, the Unix socket and
            ``postgres.log``; None for an external server.
        external: True when the server came from ``DESK_TEST_POSTGRES_URL``.
    """

    url: str
    port: int
    host: str = "127.0.0.1"
    user: str = SUPERUSER
    base_dir: Path | None = None
    external: bool = False
    _bindir: Path | None = field(default=None, repr=False)
    _stopped: bool = field(default=False, repr=False)

    # ---------------------------------------------------------------- creation
    @classmethod
    def start(cls, *, attempts: int = 3, timeout: int = 60) -> PostgresServer:
        """Start a throwaway server (or return the external one) and return it.

        Args:
            attempts: how many free ports to try (another process could take
                the chosen port between picking and binding it).
            timeout: seconds ``pg_ctl`` waits for the server to accept connections.

        Raises:
            PostgresStartError: no binaries, ``initdb`` failed, or the server
                would not start (the message includes the server log's tail).
        """
        external = os.environ.get(EXTERNAL_URL_ENV)
        if external:
            return cls._from_url(external)

        reason = postgres_unavailable_reason()
        if reason is not None:
            raise PostgresStartError(reason)
        bindir = find_postgres_bindir()
        assert bindir is not None  # checked by postgres_unavailable_reason()

        as_root = _is_root()
        # As root, the folder must be reachable by the postgres user: use /tmp
        # rather than a TMPDIR that might sit under /root.
        base_dir = Path(tempfile.mkdtemp(prefix="desk-pg-", dir="/tmp" if as_root else None))
        server = cls(url="", port=0, base_dir=base_dir, _bindir=bindir)
        try:
            if as_root:
                shutil.chown(base_dir, user=SYSTEM_USER, group=None)
            server._initdb()
            last_error: PostgresStartError | None = None
            for _ in range(max(1, attempts)):
                port = _free_port()
                try:
                    server._pg_ctl_start(port, timeout)
                except PostgresStartError as exc:
                    last_error = exc
                    continue
                server.port = port
                server.url = f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/postgres"
                atexit.register(server.stop)  # safety net if the caller forgets
                return server
            assert last_error is not None
            raise last_error
        except BaseException:
            server._stopped = True
            shutil.rmtree(base_dir, ignore_errors=True)
            raise

    @classmethod
    def _from_url(cls, url: str) -> PostgresServer:
        """Describe an externally provided server; nothing is started."""
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        return cls(
            url=url,
            port=parsed.port or 5432,
            host=parsed.host or "localhost",
            user=parsed.username or "",
            external=True,
        )

    # ----------------------------------------------------------------- helpers
    @property
    def data_dir(self) -> Path:
        """The cluster's data directory (only for a server started here)."""
        if self.base_dir is None:
            raise AttributeError("an external server has no local data directory")
        return self.base_dir / "data"

    @property
    def log_file(self) -> Path:
        """The server log file (only for a server started here)."""
        if self.base_dir is None:
            raise AttributeError("an external server has no local log file")
        return self.base_dir / "postgres.log"

    @property
    def conninfo(self) -> str:
        """A libpq connection string for the ``postgres`` database (for psycopg)."""
        if self.external:
            from sqlalchemy.engine import make_url

            parsed = make_url(self.url)
            parts = [f"host={self.host}", f"port={self.port}", f"dbname={parsed.database or 'postgres'}"]
            if parsed.username:
                parts.append(f"user={parsed.username}")
            if parsed.password:
                parts.append(f"password={parsed.password}")
            return " ".join(parts)
        return f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres"

    def url_for(self, database: str) -> str:
        """Return the SQLAlchemy URL of another database on this server."""
        from sqlalchemy.engine import make_url

        return make_url(self.url).set(database=database).render_as_string(hide_password=False)

    def _command(self, *args: str) -> list[str]:
        """Prefix a command with ``runuser -u postgres --`` when running as root."""
        if _is_root():
            return ["runuser", "-u", SYSTEM_USER, "--", *args]
        return list(args)

    def _run(self, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
        """Run a PostgreSQL tool (as ``postgres`` when root) and capture its output."""
        assert self.base_dir is not None
        env = dict(os.environ, LC_ALL="C", LANG="C")
        return subprocess.run(
            self._command(*args),
            cwd=self.base_dir,  # the postgres user may not be able to enter our cwd
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def _initdb(self) -> None:
        """Create the cluster with superuser ``desk``, trust auth, UTF-8, C locale."""
        assert self._bindir is not None
        result = self._run(
            str(self._bindir / "initdb"),
            "-D", str(self.data_dir),
            "-U", SUPERUSER,
            "--auth=trust",
            "-E", "UTF8",
            "--locale=C",
            "--no-sync",
            timeout=120,
        )
        if result.returncode != 0:
            raise PostgresStartError(
                f"initdb failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}"
            )

    def _pg_ctl_start(self, port: int, timeout: int) -> None:
        """Start the server on ``port`` and wait until it accepts connections."""
        assert self._bindir is not None and self.base_dir is not None
        options = " ".join((f"-p {port}", f"-k {shlex.quote(str(self.base_dir))}", *_SERVER_OPTIONS))
        result = self._run(
            str(self._bindir / "pg_ctl"),
            "-D", str(self.data_dir),
            "-l", str(self.log_file),
            "-o", options,
            "-t", str(timeout),
            "-w", "start",
            timeout=timeout + 30,
        )
        if result.returncode != 0:
            # Make sure a half-started server does not linger.
            self._run(str(self._bindir / "pg_ctl"), "-D", str(self.data_dir),
                      "-m", "immediate", "-w", "stop", timeout=60)
            raise PostgresStartError(
                f"pg_ctl start on port {port} failed (exit {result.returncode}):\n"
                f"{result.stdout}\n{result.stderr}\n--- {self.log_file} ---\n{_tail(self.log_file)}"
            )

    # ------------------------------------------------- pausing (outage tests)
    def pause(self) -> None:
        """Stop the server but keep its folder, so :meth:`resume` can start it again.

        For tests of what clients do while the database is gone. Not for an external server.
        """
        if self.external or self.base_dir is None or self._bindir is None:
            raise PostgresStartError("only a server started by the tests can be paused")
        result = self._run(str(self._bindir / "pg_ctl"), "-D", str(self.data_dir),
                           "-m", "fast", "-t", "60", "-w", "stop", timeout=90)
        if result.returncode != 0:
            raise PostgresStartError(f"pg_ctl stop failed:\n{result.stdout}\n{result.stderr}")

    def resume(self, timeout: int = 60) -> None:
        """Start a paused server again on the same port and data."""
        if self.external or self.base_dir is None:
            raise PostgresStartError("only a server started by the tests can be resumed")
        self._pg_ctl_start(self.port, timeout)

    # ------------------------------------------------------------------ ending
    def stop(self) -> None:
        """Stop the server (``pg_ctl -m fast -w stop``) and delete its folder.

        Safe to call more than once; does nothing for an external server.
        """
        if self._stopped or self.external:
            self._stopped = True
            return
        self._stopped = True
        try:
            atexit.unregister(self.stop)
        except Exception:  # pragma: no cover - defensive
            pass
        assert self._bindir is not None and self.base_dir is not None
        try:
            result = self._run(str(self._bindir / "pg_ctl"), "-D", str(self.data_dir),
                               "-m", "fast", "-t", "60", "-w", "stop", timeout=90)
            if result.returncode != 0:
                self._run(str(self._bindir / "pg_ctl"), "-D", str(self.data_dir),
                          "-m", "immediate", "-w", "stop", timeout=60)
        finally:
            # The postmaster may need a moment to remove its socket/lock files.
            for _ in range(3):
                shutil.rmtree(self.base_dir, ignore_errors=True)
                if not self.base_dir.exists():
                    break
                time.sleep(0.2)

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
