"""``--resume RUN_DIR`` alone: the interrupted run's settings come back from its config.json.

prepare() stores the run's settings (every flag but the operational ones, eval/run/prepare.py's
``OPERATIONAL``) under ``"args"`` of config.json.  On --resume, each setting not given on the command
line is restored from there; one given explicitly must equal the stored one, else exit 2 naming it.
The operational flags (workers, output, progress, the server to use, caches) may differ freely;
--dsn is never stored (it may hold a password): give it again, or set EVAL_PG_DSN.
"""
from __future__ import annotations

import json
from pathlib import Path

from eval import redact
from eval.errors import UsageError
from eval.run.prepare import OPERATIONAL, PATH_SETTINGS, settings_snapshot

_UNSET = object()


def explicit_dests(parser, argv: list[str]) -> set[str]:
    """The settings the command line gives explicitly (whatever their value, defaults included)."""
    import argparse  # noqa: PLC0415

    saved = {}
    for a in parser._actions:
        saved[a] = a.default
        a.default = None if isinstance(a, argparse._AppendAction) else _UNSET
    try:
        ns = parser.parse_args(argv)
    finally:
        for a, d in saved.items():
            a.default = d
    return {k for k, v in vars(ns).items() if v is not _UNSET and v is not None}


def _same(key: str, a, b) -> bool:
    if key in PATH_SETTINGS and a is not None and b is not None:
        return Path(str(a)).resolve() == Path(str(b)).resolve()
    if isinstance(a, str) and isinstance(b, str):
        return redact.redact(a) == b  # a stored value has its passwords masked
    return json.loads(json.dumps(a, default=str)) == json.loads(json.dumps(b, default=str))


def restore(parser, argv: list[str], args):
    """``args`` with the interrupted run's settings where the command line gives none (no-op without
    --resume, or for a run folder written before settings were stored: prepare's checks then apply)."""
    if not getattr(args, "resume", None):
        return args
    cfg_path = Path(args.resume) / "config.json"
    try:
        cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return args  # prepare() says what is wrong with the folder
    saved = cfg.get("args") if isinstance(cfg, dict) else None
    if not isinstance(saved, dict):
        return args
    given = explicit_dests(parser, argv)
    now = settings_snapshot(args)
    conflicts = []
    for key, value in saved.items():
        if key in OPERATIONAL or not hasattr(args, key):
            continue
        if key in given:
            if not _same(key, now.get(key), value):
                flag = "--" + key.replace("_", "-")
                conflicts.append(f"{flag} {now.get(key)!r} (the run used {value!r})")
        elif not (isinstance(value, str) and redact.MASK in value and redact.redact(value) == value):
            setattr(args, key, value)  # (a value stored with a masked password must be given again)
    if conflicts:
        raise UsageError(f"--resume {args.resume}: " + "; ".join(conflicts) + ": leave the flag out (--resume "
                         "restores the run's own settings) or start a new run")
    return args
