"""Generated instance data, produced once per generator content and seed and reused (docs/PERFORMANCE.md).

A *generated* fixture's rows come from ``generate(seed)`` (eval/db/fixture_files.py), pure Python that
costs most of a cold start.  The COPY-ready CSV of one instance is kept as one gzip file under
``<cache root>/data/``, named by a key over the data format, the fixture folder's content hash (every
loaded file: ``schema.sql``, ``generate.py`` and what it imports from the folder) and the seed; a later
build of the same instance (another slot, a restore of a damaged database, a reload after the loader
changed) reads the file instead of running the generator.  A changed folder has another key, so its
data is generated again; a file that cannot be read is a miss.  Data read back is loaded and
checksummed exactly like freshly generated data (eval/db/fixture_seal.py), so the gold cache and the
after-run verification never depend on where the rows came from.

File format: for each table, a header line ``<table>\\t<bytes>\\n`` and then that many bytes of CSV.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import secrets
from pathlib import Path
from typing import Optional

DATA_FORMAT = "1"  # bump when the CSV rendering (fixture_files._CSV_FORMAT) or this file format changes


def data_key(content_hash: str, seed: int) -> str:
    return hashlib.sha256(f"data:{DATA_FORMAT}\n{content_hash}\nseed:{seed}".encode()).hexdigest()[:24]


def data_dir(server) -> Path:
    from eval.db.pgserver import default_cache_root  # noqa: PLC0415

    root = getattr(server, "root", None)
    return (Path(root) if root else default_cache_root()) / "data"


def data_path(server, fixture_name: str, content_hash: str, seed: int) -> Path:
    return data_dir(server) / f"{fixture_name[:40]}-s{seed}-{data_key(content_hash, seed)}.csv.gz"


def read(path: Path) -> Optional[list[tuple[str, bytes]]]:
    """The tables of one cached instance, or None (no file, or one that cannot be read whole)."""
    try:
        raw = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, gzip.BadGzipFile, ValueError):
        return None
    out = []
    pos = 0
    try:
        while pos < len(raw):
            nl = raw.index(b"\n", pos)
            name, size = raw[pos:nl].decode("utf-8").split("\t")
            start, end = nl + 1, nl + 1 + int(size)
            if end > len(raw):
                return None
            out.append((name, raw[start:end]))
            pos = end
    except (ValueError, UnicodeDecodeError):
        return None
    return out


def encode(tables: list[tuple[str, str]]) -> list[tuple[str, bytes]]:
    return [(name, text.encode("utf-8")) for name, text in tables]


def write(path: Path, tables: list[tuple[str, bytes]]) -> None:
    """Store one instance's tables (atomic: written under a temporary name, then renamed).  Best
    effort: a cache that cannot be written only costs the next build a generator run."""
    parts = []
    for name, data in tables:
        parts.append(f"{name}\t{len(data)}\n".encode("utf-8"))
        parts.append(data)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(gzip.compress(b"".join(parts), compresslevel=1))
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def generated_tables(generator_path: str, seed: int) -> list[tuple[str, bytes]]:
    """``generate(seed)`` rendered as COPY-ready CSV bytes per table (runs in a worker process)."""
    from eval.db.fixture_files import generated_csv  # noqa: PLC0415

    return encode(generated_csv(generator_path, seed))
