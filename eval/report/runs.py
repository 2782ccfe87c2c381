"""Run folders, loaded and checked: summary.json with its results.jsonl (or results.csv), labels."""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Union

from eval.data.dataset import ContentIds
from eval.errors import UsageError
from eval.run.record import Record


FLAG_FIELDS = ("correct", "correct_single", "exact_match", "error_db_exec", "error_query_gen", "gold_ambiguous")


TEXT_FIELDS = ("db_name", "query_category", "difficulty", "question", "instructions", "query",
               "generated_query", "reason", "error_msg")


NO_VALUE = "(none)"  # how an empty difficulty / reason is shown


@dataclass
class Run:
    """One run folder, loaded: its summary and its per-question records (in question order)."""

    arg: str  # the path as the user gave it
    folder: Path
    summary: dict
    records: list[Record]
    source: Path  # the results file the records came from
    label: str
    unanswerable: list[Record] = None  # records of questions marked answerable: false (the abstention table only)
    prompt_parts: dict = None  # the run folder's prompt store (eval/run/samples.py): {sha256: shared text}
    prompts: dict = None       # {prompt_sha256: stored prompt, with pieces}; {} when the run has none

    def splits(self) -> list[str]:
        return sorted({r.get("split") or "classic" for r in self.records}, key=lambda x: (x != "classic", x))

    def by_id(self) -> dict[str, Record]:
        return {r["question_id"]: r for r in self.records}


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise UsageError(f"{path}: cannot read ({e.strerror})")
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise UsageError(f"{path}: not valid JSON ({e})")
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object")
    return data


def _flag(value, path: Path, where: str, name: str) -> int:
    """A 0/1 field as written to JSONL (int/bool) or CSV (text)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)) and value in (0, 1):
        return int(value)
    if isinstance(value, str) and value.strip().lower() in ("1", "0", "1.0", "0.0", "true", "false"):
        return 1 if value.strip().lower() in ("1", "1.0", "true") else 0
    raise UsageError(f"{path}:{where}: field {name!r} must be 0 or 1, got {value!r}")


def _normalize(rec: dict, path: Path, where: str) -> Record:
    """A record as read (JSONL or CSV text), checked and with its flags as 0/1: a Record, whose
    ``extra`` keeps what no field knows."""
    qid = rec.get("question_id") if rec.get("question_id") not in (None, "") else rec.get("id")
    if qid in (None, ""):
        raise UsageError(f"{path}:{where}: record has no question_id")
    if "correct" not in rec or rec["correct"] in (None, ""):
        raise UsageError(f"{path}:{where}: record {qid} has no 'correct' field")
    out = dict(rec)
    out["question_id"] = str(qid)
    for name in TEXT_FIELDS:
        v = out.get(name)
        out[name] = "" if v is None else str(v)
    for name in FLAG_FIELDS:
        v = out.get(name)
        if v is None or v == "":
            out[name] = out["correct"] if name == "correct_single" else 0
        out[name] = _flag(out[name], path, where, name)
    if not out["reason"]:
        out["reason"] = "match" if out["correct"] else NO_VALUE
    detail = out.get("detail")
    if isinstance(detail, str) and detail.strip().startswith("{"):  # a CSV that kept the column
        try:
            detail = json.loads(detail)
        except json.JSONDecodeError:
            detail = None
    out["detail"] = detail if isinstance(detail, dict) else None
    return Record.from_dict(out)


def _read_records(path: Path) -> list[Record]:
    recs: list[Record] = []
    try:
        if path.suffix == ".jsonl":
            lines = path.read_text(encoding="utf-8").split("\n")
            for lineno, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    if lineno == len(lines):  # torn last line of a killed run (no newline yet): skipped
                        continue            # as on resume; the summary check below still applies
                    raise UsageError(f"{path}:{lineno}: not valid JSON ({e.msg})")
                if not isinstance(rec, dict):
                    raise UsageError(f"{path}:{lineno}: expected a JSON object")
                recs.append(_normalize(rec, path, str(lineno)))
        else:
            with open(path, encoding="utf-8", newline="") as f:
                reader = csv.DictReader(f)
                if not reader.fieldnames:
                    raise UsageError(f"{path}: empty CSV")
                for rec in reader:
                    recs.append(_normalize(rec, path, str(reader.line_num)))
    except OSError as e:
        raise UsageError(f"{path}: cannot read ({e.strerror})")
    except UnicodeDecodeError as e:
        raise UsageError(f"{path}: not UTF-8 text ({e})")
    # results.jsonl is appended as questions complete; after a resume the last record wins.
    latest: dict[str, Record] = {}
    for r in recs:
        latest.pop(r["question_id"], None)
        latest[r["question_id"]] = r
    return list(latest.values())


#: the columns that make a CSV a sql-eval results file (its runner's output), loaded without a summary.json
SQLEVAL_RESULT_COLUMNS = ("question", "query", "db_name", "generated_query", "correct")


def _sqleval_results(path: Path) -> Run:
    """A sql-eval results CSV (question, query, generated_query, correct, error_db_exec, error_msg,
    db_name, query_category, …) as a run: its own verdict is ``correct`` and is kept as
    ``correct_source``; nothing is re-scored (replay the file for this harness's verdicts)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
    except OSError as e:
        raise UsageError(f"{path}: cannot read ({e.strerror})")
    except UnicodeDecodeError as e:
        raise UsageError(f"{path}: not UTF-8 text ({e})")
    if not rows:
        raise UsageError(f"{path}: no result rows")
    records, seen = [], set()
    ids = ContentIds()  # the ids a run over the same questions file gives (eval/data/dataset.py)
    for i, rec in enumerate(rows, start=1):
        where = f"row {i}"
        qid = str(rec.get("question_id") or rec.get("id")
                  or ids(rec.get("db_name") or "", rec.get("question") or "", rec.get("instructions") or ""))
        if qid in seen:
            raise UsageError(f"{path}:{where}: duplicate question id {qid!r}")
        seen.add(qid)
        correct = _flag(rec.get("correct"), path, where, "correct")
        err = _flag(rec.get("error_db_exec") or 0, path, where, "error_db_exec")
        out = dict(rec, question_id=qid, correct=correct, correct_source=correct, correct_single=correct,
                   error_db_exec=err, reason="match" if correct else ("pred_error" if err else "sqleval_wrong"),
                   note="sql-eval's own verdict (this harness did not re-score it)")
        records.append(_normalize(out, path, where))
    n, k = len(records), sum(r["correct"] for r in records)
    summary = {"label": path.stem, "model": path.stem, "runner": "sql-eval results", "source_format": "sql-eval results CSV",
               "n_questions": n, "n_correct": k, "question_ids": [r["question_id"] for r in records]}
    return Run(arg=str(path), folder=path.parent, summary=summary, records=records, source=path, label=path.stem,
               unanswerable=[], prompt_parts={}, prompts={})


def _is_sqleval_results(p: Path) -> bool:
    if not (p.is_file() and p.suffix == ".csv"):
        return False
    try:
        with open(p, encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f), [])
    except (OSError, UnicodeDecodeError):
        return False
    # this harness's results.csv has `reason` and a summary.json beside it
    return all(c in header for c in SQLEVAL_RESULT_COLUMNS) and not ("reason" in header and (p.parent / "summary.json").is_file())


def load_run(arg: Union[str, Path]) -> Run:
    """Load a run folder, or a ``summary.json`` path with its sibling results file, or a sql-eval
    results CSV (its own verdicts, as ``correct`` and ``correct_source``).

    Raises UsageError naming the file when something is missing or the
    results disagree with the summary (question ids, n, n_correct).
    """
    p = Path(arg)
    if _is_sqleval_results(p):
        run = _sqleval_results(p)
        run.arg = str(arg)
        return run
    if p.is_dir():
        folder, summary_path = p, p / "summary.json"
    elif p.is_file():
        folder = p.parent
        summary_path = p if p.suffix == ".json" else folder / "summary.json"
    else:
        raise UsageError(f"{arg}: no such run folder or summary.json")
    if not summary_path.is_file():
        raise UsageError(f"{summary_path}: missing (not a run folder written by run_eval.py?)")
    summary = _read_json(summary_path)
    for name in ("results.jsonl", "results.csv"):
        source = folder / name
        if source.is_file():
            break
    else:
        raise UsageError(f"{folder}: no results.jsonl or results.csv beside {summary_path.name}")
    records = _read_records(source)
    if not records:
        raise UsageError(f"{source}: no result records")

    ids = summary.get("question_ids")
    if isinstance(ids, list) and ids:
        have = {r["question_id"] for r in records}
        want = [str(i) for i in ids]
        missing = [i for i in want if i not in have]
        extra = sorted(have - set(want))
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"{len(missing)} listed in summary.json but not in {source.name} (e.g. {missing[0]})")
            if extra:
                parts.append(f"{len(extra)} in {source.name} but not in summary.json (e.g. {extra[0]})")
            raise UsageError(f"{folder}: results and summary disagree: " + "; ".join(parts))
        order = {qid: i for i, qid in enumerate(want)}
        records.sort(key=lambda r: order[r["question_id"]])
    for r in records:
        r.split = str(r.split or "classic")
        r.answerable = _flag(r.answerable if r.answerable != "" else 1, source, r.question_id, "answerable")
    unanswerable = [r for r in records if not r.answerable]
    records = [r for r in records if r.answerable]  # perc_correct is over answerable questions
    n, k = len(records), sum(r["correct"] for r in records)
    for key, value in (("n_questions", n), ("n_correct", k)):
        if key in summary and summary[key] != value:
            raise UsageError(f"{summary_path}: {key} is {summary[key]} but {source.name} gives {value}")
    label = str(summary.get("label") or summary.get("model") or folder.name)
    from eval.run.samples import load_store  # noqa: PLC0415

    parts, prompts = load_store(folder)
    return Run(arg=str(arg), folder=folder, summary=summary, records=records, source=source, label=label,
               unanswerable=unanswerable, prompt_parts=parts, prompts=prompts)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """A lone surrogate (from a model's text, kept escaped in results.jsonl) cannot be written as
    UTF-8: shown as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _matches(run: Run, token: str) -> bool:
    if token in (run.arg, run.label, run.folder.name):
        return True
    try:
        t = Path(token).resolve()
        return t == run.folder.resolve() or t == Path(run.arg).resolve()
    except OSError:
        return False


def apply_names(runs: list[Run], names: Iterable[str]) -> set[str]:
    """Apply ``--name RUN=LABEL`` (RUN = the path as given, the folder's name, or the label).

    Returns the specs that matched a run; :func:`main` refuses specs that match none.
    """
    used = set()
    for spec in names:
        run_tok, sep, label = spec.rpartition("=")
        if not sep or not run_tok or not label.strip():
            raise UsageError(f"--name: expected RUN=LABEL, got {spec!r}")
        for r in runs:
            if _matches(r, run_tok):
                r.label = label.strip()
                used.add(spec)
    return used


def make_labels_unique(runs: list[Run]) -> None:
    """Two runs of one model get ``label (folder)`` so columns stay distinguishable."""
    for attempt in ("folder", "arg", "index"):
        seen: dict[str, list[Run]] = {}
        for r in runs:
            seen.setdefault(r.label, []).append(r)
        dups = [group for group in seen.values() if len(group) > 1]
        if not dups:
            return
        for group in dups:
            for i, r in enumerate(group, 1):
                base = r.label
                r.label = (f"{base} ({r.folder.name})" if attempt == "folder" else
                           f"{base} [{r.arg}]" if attempt == "arg" else f"{base} #{i}")
