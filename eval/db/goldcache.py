"""On-disk cache of gold results, so a second run executes only the predictions.

Keyed by the instance database name — which carries the fixture folder's content hash, so any
change to a fixture invalidates its entries — the gold SQL text, the row cap, and a format version.
Only successful gold executions are stored (an erroring gold is re-executed, and reported, every run).
Values are pickled ``comparator.GoldEvidence`` objects; the file is private to this machine's cache.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import threading
from pathlib import Path
from typing import Optional

FORMAT = "1"


class GoldCache:
    def __init__(self, path: Path, row_cap: int, data_keys: Optional[dict] = None):
        self.path = Path(path)
        self.row_cap = row_cap
        # db -> digest of the instance's table checksums: entries follow the data actually loaded,
        # not only the files it was loaded from (a nondeterministic generator cannot poison the cache)
        self.data_keys = data_keys or {}
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS gold (key TEXT PRIMARY KEY, db TEXT NOT NULL, value BLOB NOT NULL)")
        self.hits = 0
        self.misses = 0

    @classmethod
    def for_server(cls, server, args, data_keys: Optional[dict] = None) -> Optional["GoldCache"]:
        if args.no_gold_cache:
            return None
        from eval.db.pgserver import default_cache_root  # noqa: PLC0415

        root = Path(args.pg_data) if args.pg_data else default_cache_root()
        try:
            return cls(root / "gold-cache.sqlite", args.row_cap, data_keys)
        except (OSError, sqlite3.Error):
            return None  # a cache is an optimisation: run without it

    def _key(self, db: str, sql: str) -> str:
        return hashlib.sha256(f"{FORMAT}\0{db}\0{self.data_keys.get(db, '')}\0{self.row_cap}\0{sql}".encode()).hexdigest()

    def get(self, db: str, sql: str):
        with self._lock:
            row = self._db.execute("SELECT value FROM gold WHERE key = ?", (self._key(db, sql),)).fetchone()
        if row is None:
            self.misses += 1
            return None
        try:
            value = pickle.loads(row[0])
        except Exception:  # noqa: BLE001 - an unreadable cache entry is a miss
            self.misses += 1
            return None
        self.hits += 1
        return value

    def get_many(self, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], object]:
        """Cached evidence for many (db, sql) pairs in a few queries (a run reads them all at start)."""
        keys = {self._key(db, sql): (db, sql) for db, sql in pairs}
        out = {}
        items = list(keys)
        for i in range(0, len(items), 500):
            chunk = items[i:i + 500]
            with self._lock:
                rows = self._db.execute(f"SELECT key, value FROM gold WHERE key IN ({','.join('?' * len(chunk))})",
                                        chunk).fetchall()
            for key, blob in rows:
                try:
                    out[keys[key]] = pickle.loads(blob)
                except Exception:  # noqa: BLE001 - an unreadable cache entry is a miss
                    continue
        self.hits += len(out)
        self.misses += len(keys) - len(out)
        return out

    def put(self, db: str, sql: str, evidence) -> None:
        blob = pickle.dumps(evidence, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            try:
                self._db.execute("INSERT OR REPLACE INTO gold (key, db, value) VALUES (?, ?, ?)", (self._key(db, sql), db, blob))
            except sqlite3.Error:
                pass

    def prune(self, keep_dbs: set[str]) -> None:
        """Drop entries of databases that no longer exist (old fixture versions)."""
        with self._lock:
            dbs = [r[0] for r in self._db.execute("SELECT DISTINCT db FROM gold")]
            for d in dbs:
                if d not in keep_dbs:
                    self._db.execute("DELETE FROM gold WHERE db = ?", (d,))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def clear(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            os.unlink(str(path) + suffix)
        except FileNotFoundError:
            pass
