"""The PyInstaller bundle: build.spec builds a one-folder Desk whose command line works on its own.

The bundle is built once for this module (about 30 s, about 230 MB under the temporary folder),
then its ``desk`` executable is run with no access to the checkout's migrations or resources
beyond what the spec bundled. Skipped only where PyInstaller is not installed and this is not CI;
on CI a missing PyInstaller is a failure, so a green CI run always includes the bundle.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk import __version__
from pgserver import running_in_ci

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
BUILD_TIMEOUT_S = 900
RUN_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled ``desk`` executable, freshly built from build.spec."""
    if importlib.util.find_spec("PyInstaller") is None:
        reason = "PyInstaller is not installed (pip install pyinstaller, or the 'bundle' extra)"
        if running_in_ci():
            pytest.fail(f"the bundle test must run on CI, but {reason}")
        pytest.skip(reason)
    work = tmp_path_factory.mktemp("bundle")
    dist, build = work / "dist", work / "build"
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(build), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
    )
    assert done.returncode == 0, f"PyInstaller failed:\n{done.stdout[-5000:]}\n{done.stderr[-5000:]}"
    shutil.rmtree(build, ignore_errors=True)  # only the result is needed
    executable = dist / "Desk" / ("desk.exe" if os.name == "nt" else "desk")
    assert executable.is_file(), f"no executable at {executable}"
    return executable


@pytest.fixture
def run_bundle(bundle: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Runs the bundled desk with the arguments given, away from the user's own settings."""
    # DESK_FONT stays: printing needs it where no Chinese font is installed in the usual places.
    env = {key: value for key, value in os.environ.items() if key not in ("DESK_DATABASE_URL", "DESK_LANG")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(bundle), *argv], cwd=tmp_path, env=env, capture_output=True, text=True,
            encoding="utf-8", timeout=RUN_TIMEOUT_S,
        )
        assert done.returncode == 0, f"desk {' '.join(argv)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
        return done

    return run


def test_version(run_bundle) -> None:  # type: ignore[no-untyped-def]
    assert run_bundle("--version").stdout.strip() == f"desk {__version__}"


def test_db_upgrade_uses_the_bundled_migrations_and_orders_lists_none(run_bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "b1.sqlite3"
    url = f"sqlite:///{path}"

    out = run_bundle("--db", url, "db", "upgrade").stdout
    assert str(path) in out
    with sqlite3.connect(path) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert {"repair_order", "customer", "vehicle", "alembic_version"} <= tables
    assert revision is not None and revision[0] in out

    assert json.loads(run_bundle("--db", url, "orders", "--json").stdout) == []


def test_demo_and_print_repair_order(run_bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    run_bundle("--db", url, "demo")
    rows = json.loads(run_bundle("--db", url, "orders", "--json").stdout)
    assert rows, "the demo shop has no repair orders"
    number = rows[0]["number"]

    pdf = tmp_path / "b.pdf"
    out = run_bundle("--db", url, "print", "repair-order", number, "-o", str(pdf)).stdout
    assert out.strip() == str(pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert number in text and "任务委托书" in text


def test_the_bundle_carries_translations_compiled_from_the_current_ts(bundle: Path) -> None:
    """The spec compiles every .ts for the build: the bundled .qm is what lrelease makes of the
    checked-in .ts now (the same bytes update_translations.py writes beside it)."""
    folder = next(bundle.parent.rglob("resources/translations"))
    bundled = sorted(path.name for path in folder.glob("*.qm"))
    sources = sorted(path.with_suffix(".qm").name for path in (ROOT / "resources" / "translations").glob("*.ts"))
    assert bundled == sources and bundled
    for name in bundled:
        assert (folder / name).read_bytes() == (ROOT / "resources" / "translations" / name).read_bytes(), name
