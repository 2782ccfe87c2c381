"""Render report.html in headless Chromium and check that it works, not only that it parses.

    python bench/html_screenshot.py [REPORT_HTML] [--out shot.png] [--chromium PATH] [--small]

Without REPORT_HTML, synthetic runs (tests/helpers/runfolders.py) are written to a
temporary folder and ``eval.cli.report.main`` renders them first.

Checks, each printed PASS/FAIL (exit 0 when all pass, 1 otherwise, 2 when
Chromium is missing):

1. static: the file parses, names no external asset, embeds the plot as a
   data: URI, and has one row per (run, question);
2. script: the page is loaded with a URL fragment that filters the
   per-question table (``#category=C&verdict=wrong&open=ID``); the DOM after
   the script ran (``--dump-dom``) must hide every non-matching row, show
   every matching one, update the row counter and open the drill-down of ID
   -- the same thing a click on the row does;
3. run vs run: ``#view=compare`` must list exactly the questions whose verdict
   differs between the first two runs (computed from the static rows);
4. screenshots, 1400x1000 each, none blank: the overview (--out: the view tabs,
   the category bars), the run-vs-run view (<out>-compare.png) and the end of
   the filtered questions view with the drill-down open (<out>-drill.png, cut
   from a 1400x8000 window).  Look at them.  ``--small`` saves them as
   palette PNGs (what docs/img/ holds: a few tens of KB each).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import struct
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.helpers.browser import chromium, find_chromium  # noqa: E402  (one Chromium runner for bench and tests)


class PageScan(HTMLParser):
    """Rows of #qtable, rows of #flips, open drill-downs, external references, the counter text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[dict] = []  # data-* attributes + "style"
        self.flips: list[str] = []
        self.open_qids: list[str] = []
        self.external: list[str] = []
        self.data_images = 0
        self.counter = ""
        self._in_counter = False
        self._tables: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            v = (a.get(key) or "").strip()
            if v.startswith("data:image/png;base64,"):
                self.data_images += 1
            elif v and not v.startswith("#") and not (tag == "svg" or v.startswith("http://www.w3.org/")):
                self.external.append(f"<{tag} {key}={v[:60]}>")
        if tag == "link" or (tag == "script" and a.get("src")):
            self.external.append(f"<{tag}>")
        if tag == "table":
            self._tables.append(a.get("id") or "")
        if tag == "tr" and "data-run" in a:
            self.rows.append({**{k[5:]: v for k, v in a.items() if k.startswith("data-")},
                              "style": (a.get("style") or "").replace(" ", "")})
        if tag == "tr" and self._tables and self._tables[-1] == "flips" and a.get("data-qid"):
            self.flips.append(a["data-qid"])
        if tag == "details" and "open" in a and a.get("data-qid") is not None:
            self.open_qids.append(a["data-qid"])
        if a.get("id") == "qcount":
            self._in_counter = True

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_counter = False
        if tag == "table" and self._tables:
            self._tables.pop()

    def handle_data(self, data):
        if self._in_counter:
            self.counter += data


def scan(text: str) -> PageScan:
    p = PageScan()
    p.feed(text)
    p.close()
    return p


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return struct.unpack(">II", head[16:24])


def synthetic_report(folder: Path) -> Path:
    from eval.cli.report import main as report_main
    from tests.helpers.runfolders import make_questions, records_from, write_run

    qs = make_questions({"group_by": 6, "order_by": 5, "where": 7, "ratio": 4})
    a = records_from(qs, [1 if i % 4 else 0 for i in range(len(qs))])
    b = records_from(qs, [1 if i % 3 else 0 for i in range(len(qs))],
                     ["match" if i % 3 else ("pred_error" if i % 2 else "wrong_columns") for i in range(len(qs))])
    for i, (ra, rb) in enumerate(zip(a, b)):  # an API-like spread of usage, so the cost table has figures
        ra.update(latency_seconds=0.4 + (i * 37 % 11) / 10, tokens_in=900 + i * 13, tokens_out=40 + i % 7 * 9,
                  cost_in_cents=round(0.02 + (i % 5) * 0.004, 4))
        rb.update(latency_seconds=1.1 + (i * 53 % 17) / 10, tokens_in=900 + i * 13, tokens_out=70 + i % 5 * 15,
                  cost_in_cents=round(0.06 + (i % 4) * 0.01, 4))
    gold = [["north", "12", "3.50"], ["south", "7", None], ["east", "5", "1.25"]]
    for r in a + b:  # result previews where only some cells differ, as a wrong answer's usually do
        wrong_cell = [["north", "12", "3.50"], ["south", "8", None], ["east", "5", "1.25"], ["west", "1", "0.10"]]
        r["detail"] = {"gold_columns": ["region", "orders", "share"], "gold_rows": gold,
                       "pred_columns": ["region", "orders", "share"] if r["correct"] else ["region", "orders", "share", "region_id"],
                       "pred_rows": gold if r["correct"] else [row + [str(i + 1)] for i, row in enumerate(wrong_cell)],
                       "note": "" if r["correct"] else "instance 0: 1 row differs, 1 extra row"}
        if r["reason"] == "pred_error":
            r["detail"].update(pred_columns=[], pred_rows=[])
    write_run(folder / "run-a", a, label="model-a")
    write_run(folder / "run-b", b, label="model-b <&>")
    out = folder / "report"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        report_main([str(folder / "run-a"), str(folder / "run-b"), "--ci", "--compare", "model-a", "model-b <&>",
                     "--out", str(out)])
    return out / "report.html"


def expected_flips(rows: list[dict]) -> list[str]:
    """Question ids whose verdict differs between the first two runs of the table, in the page's order
    (right in A only first, then right in B only; each in question order)."""
    runs = list(dict.fromkeys(r["run"] for r in rows))
    if len(runs) < 2:
        return []
    va = {r["qid"]: r["verdict"] for r in rows if r["run"] == runs[0]}
    vb = {r["qid"]: r["verdict"] for r in rows if r["run"] == runs[1]}
    order = list(dict.fromkeys(r["qid"] for r in rows))
    both = [q for q in order if q in va and q in vb and va[q] != vb[q]]
    return [q for q in both if va[q] == "correct"] + [q for q in both if va[q] != "correct"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html", nargs="?", help="report.html to check (default: render synthetic runs)")
    ap.add_argument("--out", help="screenshot path (default: html_screenshot.png next to the checked HTML, else in the current folder)")
    ap.add_argument("--chromium", help="Chromium/Chrome binary (default: chromium on PATH)")
    ap.add_argument("--small", action="store_true", help="save the screenshots as palette PNGs (for docs/img/)")
    args = ap.parse_args(argv)

    binary = find_chromium(args.chromium)
    if not binary:
        print("chromium not found: apt-get install -y chromium, or pass --chromium PATH", file=sys.stderr)
        return 2
    failures = 0

    def check(name: str, ok: bool, detail: str = "") -> None:
        nonlocal failures
        failures += not ok
        print(f"{'PASS' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""))

    with tempfile.TemporaryDirectory(prefix="html-shot-") as tmp:
        tmpd = Path(tmp)
        html_path = Path(args.html).resolve() if args.html else synthetic_report(tmpd)
        static = scan(html_path.read_text(encoding="utf-8"))
        check("static: no external assets", not static.external, ", ".join(static.external[:3]))
        check("static: plot embedded as data: URI", static.data_images >= 1, f"{static.data_images} image(s)")
        check("static: per-question rows present", len(static.rows) > 0, f"{len(static.rows)} rows")
        check("static: no row hidden before the script runs", all(not r["style"] for r in static.rows))

        # pick a wrong answer whose category also has other rows, so the filter must hide something
        wrong = [r for r in static.rows if r.get("verdict") == "wrong"]
        if not wrong:
            check("script: a wrong answer to open", False, "the report has no wrong answer to drill into")
            return 1
        target = wrong[0]
        expect = [r for r in static.rows if r["category"] == target["category"] and r["verdict"] == "wrong"]
        qid = target["qid"]
        frag = f"category={quote(target['category'])}&verdict=wrong&open={quote(qid)}"
        url = html_path.as_uri() + "#" + frag

        res = chromium(binary, ["--dump-dom", url], tmpd / "profile-dom")
        dom = scan(res.stdout)
        check("script: page rendered by chromium", res.returncode == 0 and len(dom.rows) == len(static.rows),
              f"rc={res.returncode}, {len(dom.rows)} rows" + (f", stderr: {res.stderr.strip()[-200:]}" if res.returncode else ""))
        visible = [r for r in dom.rows if "display:none" not in r["style"]]
        hidden_ok = all(r["category"] == target["category"] and r["verdict"] == "wrong" for r in visible)
        check("script: filter hides non-matching rows", hidden_ok and len(visible) == len(expect),
              f"#{frag}: {len(visible)} visible, expected {len(expect)} of {len(dom.rows)}")
        check("script: row counter updated", dom.counter.strip() == f"Showing {len(expect)} of {len(dom.rows)} rows",
              repr(dom.counter.strip()))
        check("script: drill-down opened", qid in dom.open_qids, f"open: {dom.open_qids}")

        flips = expected_flips(static.rows)
        compare_url = html_path.as_uri() + "#view=compare"
        if len({r["run"] for r in static.rows}) >= 2:
            res = chromium(binary, ["--dump-dom", compare_url], tmpd / "profile-cmp")
            got = scan(res.stdout).flips
            check("run vs run: flips are exactly the questions whose verdict differs", got == flips,
                  f"{len(got)} listed, {len(flips)} expected" + ("" if got == flips else f": {got[:5]} vs {flips[:5]}"))

        shot = Path(args.out).resolve() if args.out else \
            (html_path.parent if args.html else Path.cwd()) / "html_screenshot.png"
        compare_shot = shot.with_name(shot.stem + "-compare" + shot.suffix)
        drill = shot.with_name(shot.stem + "-drill" + shot.suffix)
        tall = tmpd / "tall.png"
        # scroll=no: a page scrolled by script comes out blank in headless --screenshot, so the
        # drill-down is captured from a tall unscrolled window: the filtered question table is the
        # end of the questions view, so its bottom 1200 pixels hold the open drill-down
        shots = [(shot, (1400, 1000), html_path.as_uri()), (compare_shot, (1400, 1000), compare_url),
                 (tall, (1400, 8000), url + "&scroll=no")]
        for path, size, page_url in shots:
            res = chromium(binary, [f"--screenshot={path}", f"--window-size={size[0]},{size[1]}", page_url],
                           tmpd / f"profile-{path.stem}")
            ok = res.returncode == 0 and path.is_file()
            check(f"screenshot {path.name} {size[0]}x{size[1]}: written", ok, "" if ok else res.stderr.strip()[-300:])
            if not ok:
                continue
            w, h = png_size(path)
            check(f"screenshot {path.name}: size", (w, h) == size, f"{w}x{h}")
        import numpy as np
        from PIL import Image  # installed with matplotlib

        if tall.is_file():
            img = Image.open(tall).convert("RGB")
            grey = np.asarray(img.convert("L"))
            inked = np.where(grey.min(axis=1) < 250)[0]
            bottom = int(inked.max()) + 20 if inked.size else grey.shape[0]
            img.crop((0, max(0, bottom - 1200), img.width, bottom)).save(drill)
        for path in (shot, compare_shot, drill):
            if not path.is_file():
                continue
            std = float(np.asarray(Image.open(path).convert("L")).std())
            check(f"screenshot {path.name}: not blank", std > 5, f"{path} pixel std {std:.1f}")
            if args.small:
                Image.open(path).convert("RGB").quantize(colors=64).save(path, optimize=True)
    print("all checks passed" if not failures else f"{failures} check(s) failed")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
