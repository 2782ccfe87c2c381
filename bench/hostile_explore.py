#!/usr/bin/env python3
"""Replay a hostile corpus through the ``run_sql`` tool of an exploring run and check the sandbox held.

    python bench/hostile_explore.py                                  # tests/data/hostile_corpus.jsonl, both APIs
    python bench/hostile_explore.py --corpus HIDDEN.jsonl --api anthropic --per-class 0   # every entry

The corpus has bench/hostile_replay.py's format.  A scripted model (the loopback fake API server of
tests/helpers/fake_api_server.py, in the OpenAI or Anthropic wire format) answers the bakery question
"How many units were sold in total per shop?" by calling ``run_sql`` with a probe of the session's
state, then with every hostile entry (8 parallel calls a turn), then the probe again, then
``answer`` with the right query; a second question probes once more and answers right.  Then
``run_eval.py --model <api> --explore`` runs as a subprocess on the sqleval test fixtures with
``--timeout T``, and the script checks:

- the run exits 0 (so the fixtures' checksums held) and both questions are correct: nothing a tool
  call did changed a verdict, its own or the next question's;
- every hostile query went through the sandbox and is in trajectories.jsonl, none ran longer than
  ``timeout + 1 s``;
- the probe (settings, the reader role's configuration, prepared statements, cursors, advisory
  locks) reads the same before and after, and no file the corpus tries to create exists.

Exit 0 when every check passed, 1 otherwise, 2 on bad input.  ``--per-class N`` keeps the first N
entries of each class (0: all); entries marked ``known_bug`` are left out unless ``--known-bugs``.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.hostile_replay import DEFAULT_CORPUS, FILES_TRIED, SLACK_S, SQLEVAL_SCHEMAS, BadInput, load_corpus  # noqa: E402

QUESTIONS = REPO / "tests" / "fixtures" / "questions_sqleval.csv"
UNITS_Q = "How many units were sold in total per shop? Give the shop name and the units."
UNITS = "SELECT s.name, SUM(x.quantity) AS units FROM shops s JOIN sales x ON x.shop_id = s.shop_id GROUP BY s.name"
AVG_Q = "What is the average price per product category?"
AVG = "SELECT category, AVG(price) FROM products GROUP BY category"
PROBE = ("SELECT current_setting('statement_timeout') AS st, current_setting('search_path') AS sp, "
         "current_setting('application_name') AS app, current_setting('TimeZone') AS tz, "
         "(SELECT rolconfig::text FROM pg_roles WHERE rolname = current_user) AS rc, "
         "(SELECT COUNT(*) FROM pg_prepared_statements) AS ps, (SELECT COUNT(*) FROM pg_cursors) AS cu, "
         "(SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory') AS locks")
PER_TURN = 8


def pick(entries: list[dict], per_class: int, known_bugs: bool = False) -> list[dict]:
    """The hostile entries to replay: the first ``per_class`` of each class (0: all)."""
    out, seen = [], {}
    for e in entries:
        if e["class"] == "honest" or (e.get("known_bug") and not known_bugs):
            continue
        if per_class and seen.get(e["class"], 0) >= per_class:
            continue
        seen[e["class"]] = seen.get(e["class"], 0) + 1
        out.append(e)
    return out


def scripts(entries: list[dict]) -> dict:
    turns = [{"calls": [("run_sql", {"query": PROBE})]}]
    turns += [{"calls": [("run_sql", {"query": e["sql"]}) for e in entries[i:i + PER_TURN]]}
              for i in range(0, len(entries), PER_TURN)]
    turns.append({"calls": [("run_sql", {"query": PROBE})]})
    turns.append({"calls": [("answer", {"sql": UNITS})]})
    return {"units were sold in total per shop": turns,
            "average price per product category": [{"calls": [("run_sql", {"query": PROBE})]},
                                                   {"calls": [("answer", {"sql": AVG})]}]}


def replay(entries: list[dict], *, api: str, out: Path, timeout_s: float = 1.0) -> dict:
    """Run the exploring replay into run folder ``out``; the figures, with ``failures`` (empty: held)."""
    from tests.helpers.fake_api_server import FakeAPIServer  # noqa: PLC0415

    script = scripts(entries)
    n_turns = len(script["units were sold in total per shop"])
    env = dict(os.environ, NO_PROXY="127.0.0.1,localhost")
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY",
                "http_proxy", "https_proxy", "all_proxy", "OPENAI_BASE_URL", "ANTHROPIC_BASE_URL"):
        env.pop(var, None)
    with FakeAPIServer(tool_scripts=script) as srv:
        url = srv.openai_base_url if api == "openai" else srv.url
        model = "gpt-4o" if api == "openai" else "claude-haiku-4-5"
        cmd = [sys.executable, str(REPO / "run_eval.py"), "--model", api, "--api-model", model, "--base-url", url,
               "--explore", "--max-steps", str(n_turns + 1), "--explore-tokens", "1000000000",
               "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(QUESTIONS), "--db", "bakery",
               "--category", "group_by", "--timeout", str(timeout_s), "--workers", "1", "--concurrency", "1",
               "--no-progress", "-q", "-o", str(out)]
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env, timeout=600 + 10 * len(entries))
    failures = []
    fig: dict = {"api": api, "entries": len(entries), "exit_code": r.returncode, "failures": failures}
    if r.returncode != 0:
        failures.append(f"run_eval.py exited {r.returncode}: {r.stderr[-1500:]}")
        return fig
    recs = {x["question"]: x for x in (json.loads(s) for s in (out / "results.jsonl").read_text(encoding="utf-8").split("\n") if s.strip())}
    for q in (UNITS_Q, AVG_Q):
        if recs.get(q, {}).get("correct") != 1:
            failures.append(f"{q!r}: not correct ({recs.get(q, {}).get('reason')})")
    lines = [json.loads(s) for s in (out / "trajectories.jsonl").read_text(encoding="utf-8").split("\n") if s.strip()]
    ran = [t for t in lines if t["type"] == "tool" and t["name"] == "run_sql"]
    fig["queries_run"] = len(ran)
    if len(ran) != len(entries) + 3:
        failures.append(f"{len(ran)} run_sql results recorded, expected {len(entries) + 3}")
    fig["max_exec_s"] = max((t.get("exec_s", 0) for t in ran), default=0)
    slow = [t["query"][:80] for t in ran if t.get("exec_s", 0) > timeout_s + SLACK_S]
    if slow:
        failures.append(f"{len(slow)} queries ran longer than timeout + {SLACK_S} s, e.g. {slow[0]!r}")
    kinds: dict = {}
    for t in ran:
        kinds[t.get("error_kind") or "ok"] = kinds.get(t.get("error_kind") or "ok", 0) + 1
    fig["outcomes"] = kinds
    probes = [t for t in ran if t.get("query") == PROBE]
    shown = [t.get("shown") for t in probes]
    fig["probe"] = shown[0] if shown else None
    if len(probes) != 3 or not all(t.get("ok") for t in probes):
        failures.append(f"the session probe did not run three times cleanly: {shown}")
    elif len(set(shown)) != 1:
        failures.append(f"the session state changed: {shown}")
    for f in FILES_TRIED:
        if Path(f).exists():
            failures.append(f"{f} exists")
    return fig


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="corpus JSONL (default tests/data/hostile_corpus.jsonl)")
    ap.add_argument("--api", choices=("openai", "anthropic", "both"), default="both", help="wire format (default both)")
    ap.add_argument("--per-class", type=int, default=0, help="first N entries of each class (default 0: all)")
    ap.add_argument("--known-bugs", action="store_true", help="include the entries marked known_bug")
    ap.add_argument("--timeout", type=float, default=1.0, help="--timeout of the run (default 1)")
    a = ap.parse_args(argv)
    try:
        entries = pick(load_corpus(Path(a.corpus)), a.per_class, a.known_bugs)
    except BadInput as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    base = Path(tempfile.mkdtemp(prefix="t2seval-hostile-explore-", dir="/tmp"))
    os.chmod(base, 0o755)
    if not os.environ.get("EVAL_CACHE_ROOT"):
        (base / "cache").mkdir(mode=0o755)
        os.environ["EVAL_CACHE_ROOT"] = str(base / "cache")
    ok = True
    for api in (("openai", "anthropic") if a.api == "both" else (a.api,)):
        fig = replay(entries, api=api, out=base / f"run-{api}", timeout_s=a.timeout)
        print(json.dumps({k: v for k, v in fig.items() if k != "failures"}, ensure_ascii=False))
        for f in fig["failures"]:
            print(f"FAILED ({api}): {f}")
        ok = ok and not fig["failures"]
    print("OK" if ok else "FAILED", f"(run folders under {base})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
