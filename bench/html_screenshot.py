"""Render report.html in headless Chromium and check that it works, not only that it parses.

    python bench/html_screenshot.py [REPORT_HTML] [--out shot.png] [--chromium PATH]

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
3. screenshots: the top of the page at 1400x1000 (--out), and the end of the
   filtered page with the drill-down open (<out>-drill.png, cut from a
   1400x8000 window), neither blank.  Look at both.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import struct
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


class PageScan(HTMLParser):
    """Rows of #qtable, open drill-downs, external references, the counter text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[dict] = []  # data-* attributes + "style"
        self.open_qids: list[str] = []
        self.external: list[str] = []
        self.data_images = 0
        self.counter = ""
        self._in_counter = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            v = (a.get(key) or "").strip()
            if v.startswith("data:image/png;base64,"):
                self.data_images += 1
            elif v and not v.startswith("#"):
                self.external.append(f"<{tag} {key}={v[:60]}>")
        if tag == "link" or (tag == "script" and a.get("src")):
            self.external.append(f"<{tag}>")
        if tag == "tr" and "data-run" in a:
            self.rows.append({**{k[5:]: v for k, v in a.items() if k.startswith("data-")},
                              "style": (a.get("style") or "").replace(" ", "")})
        if tag == "details" and "open" in a and a.get("data-qid") is not None:
            self.open_qids.append(a["data-qid"])
        if a.get("id") == "qcount":
            self._in_counter = True

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_counter = False

    def handle_data(self, data):
        if self._in_counter:
            self.counter += data


def scan(text: str) -> PageScan:
    p = PageScan()
    p.feed(text)
    p.close()
    return p


def find_chromium(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(binary: str, args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return struct.unpack(">II", head[16:24])


def synthetic_report(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from eval.cli.report import main as report_main
    from tests.helpers.runfolders import make_questions, records_from, write_run

    qs = make_questions({"group_by": 6, "order_by": 5, "where": 7, "ratio": 4})
    a = records_from(qs, [1 if i % 4 else 0 for i in range(len(qs))])
    b = records_from(qs, [1 if i % 3 else 0 for i in range(len(qs))],
                     ["match" if i % 3 else ("pred_error" if i % 2 else "wrong_columns") for i in range(len(qs))])
    write_run(folder / "run-a", a, label="model-a")
    write_run(folder / "run-b", b, label="model-b <&>")
    out = folder / "report"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        report_main([str(folder / "run-a"), str(folder / "run-b"), "--ci", "--compare", "model-a", "model-b <&>",
                     "--out", str(out)])
    return out / "report.html"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html", nargs="?", help="report.html to check (default: render synthetic runs)")
    ap.add_argument("--out", help="screenshot path (default: html_screenshot.png next to the checked HTML, else in the current folder)")
    ap.add_argument("--chromium", help="Chromium/Chrome binary (default: chromium on PATH)")
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

        shot = Path(args.out).resolve() if args.out else \
            (html_path.parent if args.html else Path.cwd()) / "html_screenshot.png"
        drill = shot.with_name(shot.stem + "-drill" + shot.suffix)
        tall = tmpd / "tall.png"
        # scroll=no: a page scrolled by script comes out blank in headless --screenshot, so the
        # drill-down is captured from a tall unscrolled window: the filtered question table is the
        # end of the page, so its bottom 1200 pixels hold the open drill-down
        for path, size in ((shot, (1400, 1000)), (tall, (1400, 8000))):
            res = chromium(binary, [f"--screenshot={path}", f"--window-size={size[0]},{size[1]}",
                                    url + "&scroll=no"], tmpd / f"profile-{path.stem}")
            ok = res.returncode == 0 and path.is_file()
            check(f"screenshot {size[0]}x{size[1]}: written", ok, "" if ok else res.stderr.strip()[-300:])
            if not ok:
                continue
            w, h = png_size(path)
            check(f"screenshot {size[0]}x{size[1]}: size", (w, h) == size, f"{w}x{h}")
        if shot.is_file() and tall.is_file():
            import numpy as np
            from PIL import Image  # installed with matplotlib

            std = float(np.asarray(Image.open(shot).convert("L")).std())
            check(f"screenshot {shot.name}: not blank", std > 5, f"pixel std {std:.1f}")
            img = Image.open(tall).convert("RGB")
            grey = np.asarray(img.convert("L"))
            inked = np.where(grey.min(axis=1) < 250)[0]
            bottom = int(inked.max()) + 20 if inked.size else grey.shape[0]
            img.crop((0, max(0, bottom - 1200), img.width, bottom)).save(drill)
            std = float(np.asarray(Image.open(drill).convert("L")).std())
            check(f"screenshot {drill.name}: not blank", std > 5, f"{drill} pixel std {std:.1f}")
    print("all checks passed" if not failures else f"{failures} check(s) failed")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
