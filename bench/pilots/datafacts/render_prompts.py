"""Render what a blind (or exploring) solver sees, with the harness's own `prompts` subcommand
(eval/prompt_export.py, `chat` template, schema doc from instance 0's COMMENT ON texts + glossary.md),
as one Markdown file per database: the shared part once, then each question's part.

    EVAL_CACHE_ROOT=/tmp/datafacts-cache python bench/pilots/datafacts/render_prompts.py [OUT_DIR]

OUT_DIR defaults to /tmp/blind/datafacts-prompts (writes OUT_DIR/linen_service.md); a copy goes
to prompts/linen_service.md here.

Workaround: in the harness at commit 120b824, eval/fixtures.py schema_doc() reads `doc.name`
where SchemaDoc's field is `db`, so any generated fixture with a glossary.md fails with
AttributeError.  Until that line is fixed, this script substitutes the same function with `doc.db`
(identical otherwise); once the harness is fixed the substitute is not used.
"""
import shutil
import sys
from pathlib import Path

from _harness import HERE
from eval.db import fixtures
from eval.cli import prompts as prompt_export
from eval.errors import UsageError
from eval.types import SchemaDoc

_orig = fixtures.schema_doc


def _schema_doc(server, fx):
    try:
        return _orig(server, fx)
    except AttributeError as e:
        if "'SchemaDoc' object has no attribute 'name'" not in str(e):
            raise
    doc = fixtures._doc_from_catalog(server, fx.name, fx.instance_dbs[0])
    gl = fx.path / "glossary.md"
    if gl.exists():
        try:
            text = gl.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(f"{gl}: cannot read the glossary ({e})")
        doc = SchemaDoc(doc.db, doc.tables, text.strip())
    return doc


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind/datafacts-prompts")
    out.mkdir(parents=True, exist_ok=True)
    fixtures.schema_doc = _schema_doc
    rc = prompt_export.main(["--prompt-template", "chat", "--schemas", str(HERE / "schemas"),
                             "--questions", str(HERE / "questions.jsonl"), "--by-db", str(out)])
    if rc == 0:
        (HERE / "prompts").mkdir(exist_ok=True)
        shutil.copyfile(out / "linen_service.md", HERE / "prompts" / "linen_service.md")
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
