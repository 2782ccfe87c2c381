#!/usr/bin/env python3
"""Generation speed of the HF runner: batched vs one prompt at a time.

    python bench/hf_speed.py                                  # tiny model, built in a temp dir, CPU
    python bench/hf_speed.py --model-path /models/sqlcoder --device cuda --num-beams 4 --batch-size 8

The workload is the tiny model's questions (tests/helpers/tinymodel.py) rendered with
the ``sqlcoder`` template, repeated ``--repeat`` times; every prompt goes
through ``HFRunner.generate`` exactly as in an evaluation (sorting, left
padding, stop rule).  For each batch size the script prints generated tokens
per second (tokens up to and including the stop), prompts per second, and the
mean per-question latency.  One warm-up generation runs first and is not timed.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model-path", help="weights folder or hub id (default: build the tiny test model)")
    ap.add_argument("--runner", default="hf", choices=("hf", "sqlcoder"))
    ap.add_argument("--device", help="torch device (default: cuda if available, else cpu)")
    ap.add_argument("--num-beams", type=int, default=4)
    ap.add_argument("--max-new-tokens", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=4, help="the batched run's batch size (compared with 1)")
    ap.add_argument("--repeat", type=int, default=4, help="copies of the 5 tiny questions (default 4: 20 prompts)")
    ap.add_argument("--load-in-8bit", action="store_true")
    ap.add_argument("--threads", type=int, help="torch CPU threads (default: torch's choice)")
    opts = ap.parse_args(argv)

    from tests.helpers import tinymodel
    from eval.errors import UsageError
    from eval.cli.parser import build_parser
    from eval.data.prompt import load_template, render
    from eval.types import GenRequest
    from runners import runner_class

    if opts.threads:
        import torch

        torch.set_num_threads(opts.threads)
    tmp = None
    model_path = opts.model_path
    if model_path is None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        tmp = tempfile.TemporaryDirectory(prefix="tiny-sqlcoder-")
        t0 = time.perf_counter()
        model_path = str(tinymodel.build_tiny_model(Path(tmp.name) / "model"))
        print(f"built the tiny model in {time.perf_counter() - t0:.1f} s: {model_path}")

    argv_run = ["--model", opts.runner, "--model-path", model_path, "--num-beams", str(opts.num_beams),
                "--max-new-tokens", str(opts.max_new_tokens), "--batch-size", str(opts.batch_size)]
    if opts.device:
        argv_run += ["--device", opts.device]
    if opts.load_in_8bit:
        argv_run.append("--load-in-8bit")
    try:
        t0 = time.perf_counter()
        runner = runner_class(opts.runner)(build_parser().parse_args(argv_run))
        load_s = time.perf_counter() - t0
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    template = load_template("sqlcoder", "sqlcoder")
    requests = []
    for k in range(opts.repeat):
        for pair in tinymodel.PAIRS:
            q = tinymodel.question(pair)
            q = type(q)(**{**q.__dict__, "id": f"{q.id}-{k}"})
            requests.append(GenRequest(q, render(template, q, tinymodel.SCHEMA)))

    info = runner.describe()
    print(f"model {info['model_id']} (revision {info['revision']}), {info['n_parameters']:,} parameters, "
          f"{info['dtype']} on {info['device']}, loaded in {load_s:.1f} s")
    print(f"{len(requests)} prompts, num_beams={opts.num_beams}, max_new_tokens={opts.max_new_tokens}")

    runner.batch_size = 1
    list(runner.generate(requests[:1]))  # warm-up (kernels, caches)

    rows = []
    for batch_size in sorted({1, opts.batch_size}):
        runner.batch_size = batch_size
        _sync()
        t0 = time.perf_counter()
        gens = list(runner.generate(requests))
        _sync()
        wall = time.perf_counter() - t0
        errors = [g for g in gens if g.error]
        tokens = sum(g.tokens_out for g in gens)
        rows.append((batch_size, wall, tokens, len(gens), sum(g.latency_s for g in gens) / len(gens), len(errors)))
        if errors:
            print(f"  batch {batch_size}: {len(errors)} error(s), e.g. {errors[0].error}")

    print(f"\n{'batch':>5} {'wall s':>8} {'tokens':>7} {'tok/s':>9} {'prompts/s':>10} {'latency/q s':>12} {'errors':>6}")
    for batch_size, wall, tokens, n, latency, n_err in rows:
        print(f"{batch_size:>5} {wall:>8.2f} {tokens:>7} {tokens / wall:>9.1f} {n / wall:>10.2f} {latency:>12.4f} {n_err:>6}")
    if len(rows) == 2:
        print(f"\nbatched ({rows[1][0]}) vs one at a time: {rows[0][1] / rows[1][1]:.2f}x the throughput")
    runner.close()
    if tmp is not None:
        tmp.cleanup()
    return 0


def _sync() -> None:
    try:
        import torch

        if torch.cuda.is_available():
            torch.cuda.synchronize()
    except ImportError:
        pass


if __name__ == "__main__":
    sys.exit(main())
