"""The sample of the 2026-12-03 audit of the hand-reviewed mutant equivalences (bench/hard/MUTANT_REVIEW_AUDIT.md).

25 entries per database drawn with random.Random(20261203) (one generator, the databases in the order below, a
sample of line indices of bench/hard/<db>/mutants_reviewed.jsonl), plus every entry whose reason mentions the data.
Line numbers refer to the files as they were before the audit (git revision 0ee9f5d, the default of --rev).

    python bench/hard/mutant_review_audit_sample.py [--rev 0ee9f5d] > sample.json
"""
import argparse
import json
import random
import re
import subprocess
import sys

DBS = ["wind_farm_om", "grain_coop", "winery_ops", "ski_resort", "ferry_ops", "fab_lots"]
DATA_WORDS = re.compile(r"the data|no row|never occurs|in every instance|generated|instance|data extract|no \w+ (?:has|is|lies|exists)"
                        r"|there (?:are|is) no|never|exist only|exists only|holds only|only up to", re.I)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rev", default="0ee9f5d", help="git revision to read the reviewed files from (default: before the audit)")
    args = ap.parse_args()
    rng = random.Random(20261203)
    out = []
    for db in DBS:
        path = f"bench/hard/{db}/mutants_reviewed.jsonl"
        text = subprocess.run(["git", "show", f"{args.rev}:{path}"], capture_output=True, text=True, check=True).stdout
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        picked = set(rng.sample(range(len(rows)), 25))
        for i, r in enumerate(rows):
            why = (["sample"] if i in picked else []) + (["data-words"] if DATA_WORDS.search(r["reason"]) else [])
            if why:
                out.append({"db": db, "line": i + 1, "why": why, **r})
    json.dump(out, sys.stdout, indent=0, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
