"""On-disk cache of generations: the same prompt to the same model is not paid for twice.

One SQLite file (stdlib sqlite3) in WAL mode: any number of threads and processes may read and
write it at once; a writer waits up to ``BUSY_TIMEOUT_S`` for another's lock.  Each thread gets
its own connection.

The key (:func:`cache_key`) covers everything that changes the answer: runner, model id, the
template's hash, the rendered prompt's hash and the generation parameters.  Only successful
generations are stored, so a question that failed (rate limit, timeout, empty reply) is asked
again on the next run.  A generation read back has ``cached=True`` and keeps the latency, token
and cost figures of the run that paid for it.

    cache = open_cache(args)                    # None with --no-cache
    key = cache_key(runner.name, info["model_id"], prompt.template_hash, prompt.prompt_hash,
                    info["generation"])
    gen = cache.get(key, question_id=q.id) or ...
    cache.put(key, gen)
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Optional

from eval.errors import UsageError
from eval.types import Generation, Settings

#: bump when the key's recipe or the stored record changes: old entries are then never matched
KEY_VERSION = 1
BUSY_TIMEOUT_S = 30.0
DB_NAME = "generations.sqlite3"

_STORED_FIELDS = ("sql", "latency_s", "tokens_in", "tokens_out", "cost_cents", "retries", "raw_output")


def cache_key(runner: str, model_id: str, template_hash: str, prompt_hash: str, params: dict) -> str:
    """A sha256 hex digest of all five parts (``params`` as canonical JSON, keys sorted).

    ``params`` holds the generation parameters (temperature, max tokens, base URL ...); values
    that JSON cannot hold (a Path, a Decimal) are keyed by their ``str``.
    """
    canonical = json.dumps(
        {"v": KEY_VERSION, "runner": runner, "model_id": model_id, "template_hash": template_hash,
         "prompt_hash": prompt_hash, "params": params},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def run_key(runner: str, info: dict, prompt, sample: Optional[int] = None) -> str:
    """The key of one generation of a run: ``runner`` (the --model name), the runner's describe()
    ``info`` (model id, revision and weights fingerprint; its ``generation`` parameters), the prompt;
    ``sample`` (--samples K > 1: the sample index, one entry per index) joins the parameters."""
    model_key = "@".join(str(x) for x in (info.get("model_id") or runner, info.get("revision"),
                                           info.get("weights_fingerprint")) if x)
    params = dict(info.get("generation") or {})
    if sample is not None:
        params["sample"] = sample
    return cache_key(runner, model_key, prompt.template_hash, prompt.prompt_hash, params)


def default_cache_dir() -> Path:
    """$EVAL_CACHE_DIR, else $XDG_CACHE_HOME/text2sql-eval/generations, else ~/.cache/text2sql-eval/generations."""
    env = os.environ.get("EVAL_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "text2sql-eval" / "generations"


def open_cache(args: Settings) -> Optional["GenCache"]:
    """The cache the flags ask for: None with --no-cache, else one in --cache-dir (or the default).

    Raises eval.cli.parser.UsageError naming --cache-dir when the folder cannot be used.
    """
    if args.no_cache:
        return None
    folder = Path(args.cache_dir).expanduser() if args.cache_dir else default_cache_dir()
    try:
        return GenCache(folder / DB_NAME)
    except (OSError, sqlite3.Error) as exc:

        raise UsageError(f"--cache-dir: cannot use {folder} for the generation cache ({exc}); "
                         "give another --cache-dir or --no-cache") from None


class GenCache:
    """A SQLite file of successful generations, keyed by :func:`cache_key`."""

    def __init__(self, path: os.PathLike | str):
        path = Path(path)
        if path.is_dir():
            path = path / DB_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        conn = self._conn()
        conn.execute("PRAGMA journal_mode=WAL")
        with conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS generations ("
                " key TEXT PRIMARY KEY,"
                " question_id TEXT NOT NULL,"
                " record TEXT NOT NULL,"  # JSON of the fields in _STORED_FIELDS
                " created_at REAL NOT NULL)"
            )

    def _conn(self) -> sqlite3.Connection:
        if self._closed:
            raise RuntimeError("GenCache is closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def get(self, key: str, question_id: Optional[str] = None) -> Optional[Generation]:
        """The stored generation for ``key`` with ``cached=True``, or None.

        ``question_id``, when given, replaces the stored one: two questions with the same text
        and database render the same prompt and share an entry.
        """
        row = self._conn().execute("SELECT question_id, record FROM generations WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        stored_qid, record = row
        try:
            fields = json.loads(record)
            return Generation(question_id=question_id if question_id is not None else stored_qid,
                              cached=True, abstained=bool(fields.get("abstained", False)),
                              extraction_notes=tuple(fields.get("extraction_notes") or ()),  # absent in older entries
                              **{k: fields[k] for k in _STORED_FIELDS})
        except (ValueError, KeyError, TypeError):
            return None  # an unreadable entry is a miss; the next put() replaces it

    def put(self, key: str, gen: Generation) -> bool:
        """Store ``gen`` under ``key`` when it succeeded (SQL or an abstention, no error); True when stored."""
        if gen.error or (gen.sql is None and not gen.abstained):
            return False
        record = json.dumps({k: getattr(gen, k) for k in _STORED_FIELDS} | {"abstained": bool(gen.abstained),
                            "extraction_notes": [str(n) for n in gen.extraction_notes or ()]})
        conn = self._conn()
        with conn:
            conn.execute("INSERT OR REPLACE INTO generations (key, question_id, record, created_at) VALUES (?, ?, ?, ?)",
                         (key, gen.question_id, record, time.time()))
        return True

    def __len__(self) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM generations").fetchone()[0]

    def close(self) -> None:
        """Close every thread's connection (the WAL is checkpointed by the last one to close)."""
        with self._lock:
            connections, self._connections = self._connections, []
            self._closed = True
        for conn in connections:
            conn.close()

    def __enter__(self) -> "GenCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

