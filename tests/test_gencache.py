"""eval/run/gencache.py: keys, round trips, what is not stored, threads, processes, persistence."""
from __future__ import annotations

import multiprocessing
import sqlite3
import threading

import pytest

from eval.errors import UsageError
from eval.cli.parser import build_parser
from eval.run.gencache import GenCache, cache_key, default_cache_dir, open_cache
from eval.types import Generation

BASE = dict(runner="openai", model_id="gpt-4o", template_hash="t" * 8, prompt_hash="p" * 8,
            params={"temperature": 0.0, "max_tokens": 300, "base_url": None})


def gen(qid="q1", sql="SELECT 1", **kw) -> Generation:
    return Generation(question_id=qid, sql=sql, latency_s=1.25, tokens_in=120, tokens_out=17, cost_cents=0.047,
                      retries=2, raw_output=f"```sql\n{sql}\n```", **kw)


def test_key_is_stable_and_hex():
    assert cache_key(**BASE) == cache_key(**BASE)
    assert len(cache_key(**BASE)) == 64 and int(cache_key(**BASE), 16) >= 0
    reordered = dict(BASE, params={"base_url": None, "max_tokens": 300, "temperature": 0.0})
    assert cache_key(**reordered) == cache_key(**BASE)


@pytest.mark.parametrize("part, value", [
    ("runner", "anthropic"),
    ("model_id", "gpt-4o-mini"),
    ("template_hash", "u" * 8),
    ("prompt_hash", "q" * 8),
    ("params", {"temperature": 0.7, "max_tokens": 300, "base_url": None}),
    ("params", {"temperature": 0.0, "max_tokens": 301, "base_url": None}),
    ("params", {"temperature": 0.0, "max_tokens": 300, "base_url": "http://127.0.0.1:8000/v1"}),
    ("params", {"temperature": 0.0, "max_tokens": 300}),
])
def test_key_changes_with_each_part(part, value):
    assert cache_key(**dict(BASE, **{part: value})) != cache_key(**BASE)


def test_key_parts_do_not_run_together():
    # naive concatenation would make these two equal
    a = cache_key("openai", "gpt-4o", "ab", "c", {})
    b = cache_key("openai", "gpt-4o", "a", "bc", {})
    assert a != b


def test_put_get_round_trip(tmp_path):
    with GenCache(tmp_path / "g.sqlite3") as cache:
        key = cache_key(**BASE)
        assert cache.get(key) is None
        assert cache.put(key, gen()) is True
        hit = cache.get(key)
    assert hit == Generation(question_id="q1", sql="SELECT 1", latency_s=1.25, tokens_in=120, tokens_out=17,
                             cost_cents=0.047, retries=2, raw_output="```sql\nSELECT 1\n```", cached=True)


def test_get_can_rename_the_question(tmp_path):
    with GenCache(tmp_path / "g.sqlite3") as cache:
        cache.put("k", gen("q1"))
        assert cache.get("k", question_id="q9").question_id == "q9"
        assert cache.get("k").question_id == "q1"


def test_failed_generations_are_not_stored(tmp_path):
    with GenCache(tmp_path / "g.sqlite3") as cache:
        assert cache.put("a", Generation(question_id="q1", sql=None, error="RateLimitError: slow down")) is False
        assert cache.put("b", gen(error="NoSQL: no SQL statement found in the completion")) is False
        assert cache.put("c", Generation(question_id="q1", sql=None)) is False
        assert cache.get("a") is None and cache.get("b") is None and cache.get("c") is None
        assert len(cache) == 0


def test_put_replaces(tmp_path):
    with GenCache(tmp_path / "g.sqlite3") as cache:
        cache.put("k", gen(sql="SELECT 1"))
        cache.put("k", gen(sql="SELECT 2"))
        assert cache.get("k").sql == "SELECT 2"
        assert len(cache) == 1


def test_persists_across_instances_and_uses_wal(tmp_path):
    path = tmp_path / "sub" / "g.sqlite3"
    first = GenCache(path)
    first.put("k", gen(sql="SELECT 42"))
    first.close()
    second = GenCache(path)
    assert second.get("k").sql == "SELECT 42"
    second.close()
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode.lower() == "wal"


def test_a_folder_path_gets_the_default_file_name(tmp_path):
    with GenCache(tmp_path) as cache:
        cache.put("k", gen())
    assert (tmp_path / "generations.sqlite3").is_file()


def test_closed_cache_refuses_use(tmp_path):
    cache = GenCache(tmp_path / "g.sqlite3")
    cache.close()
    with pytest.raises(RuntimeError):
        cache.get("k")


def test_unreadable_entry_is_a_miss(tmp_path):
    path = tmp_path / "g.sqlite3"
    with GenCache(path) as cache:
        cache.put("k", gen())
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE generations SET record = '{not json'")
    conn.close()
    with GenCache(path) as cache:
        assert cache.get("k") is None
        cache.put("k", gen(sql="SELECT 3"))
        assert cache.get("k").sql == "SELECT 3"


def test_concurrent_writers_from_threads(tmp_path):
    cache = GenCache(tmp_path / "g.sqlite3")
    errors = []
    start = threading.Barrier(8)

    def work(t):
        try:
            start.wait()
            for i in range(50):
                key = f"t{t}-{i}"
                cache.put(key, gen(qid=key, sql=f"SELECT {t * 1000 + i}"))
                assert cache.get(key).sql == f"SELECT {t * 1000 + i}"
        except Exception as exc:  # noqa: BLE001 - collected: an assert in a thread would be lost
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert len(cache) == 400
    assert cache.get("t7-49").sql == "SELECT 7049"
    cache.close()


def _process_writer(path: str, tag: int) -> None:
    cache = GenCache(path)
    for i in range(40):
        cache.put(f"p{tag}-{i}", gen(qid=f"p{tag}-{i}", sql=f"SELECT {tag}, {i}"))
    cache.close()


def test_concurrent_writers_from_processes(tmp_path):
    path = str(tmp_path / "g.sqlite3")
    GenCache(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_process_writer, args=(path, tag)) for tag in range(3)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(timeout=120)
    assert [proc.exitcode for proc in procs] == [0, 0, 0]
    with GenCache(path) as cache:
        assert len(cache) == 120
        assert cache.get("p2-39").sql == "SELECT 2, 39"


def test_default_cache_dir_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("EVAL_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("EVAL_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert default_cache_dir() == tmp_path / "x" / "text2sql-eval" / "generations"


def test_open_cache_follows_the_flags(tmp_path):
    assert open_cache(build_parser().parse_args(["--no-cache"])) is None
    cache = open_cache(build_parser().parse_args(["--cache-dir", str(tmp_path / "cc")]))
    try:
        assert cache.path.parent == tmp_path / "cc"
    finally:
        cache.close()
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UsageError, match="--cache-dir"):
        open_cache(build_parser().parse_args(["--cache-dir", str(blocker / "sub")]))
