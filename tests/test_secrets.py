"""Issue #16, "secrets never appear in any message": --dsn passwords (URL and libpq keyword form)
and API keys are masked in every line the CLI prints; the keyword form is accepted as --dsn."""
from __future__ import annotations

import json

import pytest

from eval import redact
from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, run_cli

BASE = ["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress"]
SECRET = "s3cret-Pw9"


@pytest.mark.parametrize("text", [
    f"host=db.example port=5432 user=me password={SECRET} dbname=x",
    f"host=db.example password='{SECRET}' user=me",
    f"postgresql://me:{SECRET}@db.example:5432/x",
    f"postgresql+psycopg2://me:{SECRET}@db.example/x?sslmode=require",
])
def test_redact_hides_the_password_in_any_form(text):
    secrets = redact.secrets_of(text)
    assert SECRET in secrets
    for shown in (text, repr(text), json.dumps(text), f"--dsn {text}: cannot connect"):
        assert SECRET not in redact.redact(shown, secrets)
        assert SECRET not in redact.redact(shown)  # the structural rules alone hide it too


def test_url_dsn_converts_the_keyword_form():
    assert (redact.url_dsn("host=h port=6543 user=u password='a b' dbname=d sslmode=require")
            == "postgresql://u:a%20b@h:6543/d?sslmode=require")
    assert redact.url_dsn("postgresql://u@h/d") == "postgresql://u@h/d"
    assert redact.url_dsn(None) is None


def test_api_keys_from_the_environment_are_secrets():
    env = {"OPENAI_API_KEY": "sk-abcdefgh1234"}
    assert redact.redact("key sk-abcdefgh1234 was refused", redact.secrets_in([], env)) == "key *** was refused"


@pytest.mark.parametrize("dsn", [
    f"host=127.0.0.1 port=1 user=nobody password={SECRET} dbname=x",  # keyword form, nothing listens
    f"postgresql://nobody:{SECRET}@127.0.0.1:1/x",                   # URL form
    f"hostx password={SECRET} nonsense",                             # not a DSN at all
    f"mysql://nobody:{SECRET}@127.0.0.1/x",                          # wrong scheme
])
@pytest.mark.parametrize("command", [[], ["validate"], ["cleanup"]])
def test_no_dsn_error_prints_the_password(dsn, command, tmp_path):
    data = BASE[:4] if command == ["validate"] else []
    argv = [*command, *data, "--dsn", dsn] if command else ["--dsn", dsn, *BASE, "-o", str(tmp_path / "o")]
    r = run_cli(argv)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    assert SECRET not in r.stdout + r.stderr
    assert "--dsn" in r.stderr


def test_env_dsn_password_is_not_printed(tmp_path):
    r = run_cli([*BASE, "-o", str(tmp_path / "o")], env={"EVAL_PG_DSN": f"host=127.0.0.1 port=1 password={SECRET}"})
    assert r.returncode == 2 and "cannot connect" in r.stderr and SECRET not in r.stdout + r.stderr


def test_keyword_dsn_runs_against_a_server(server, tmp_path):
    dsn = f"host=127.0.0.1 port={server.port} user={server.admin.params['user']} dbname=postgres"
    r = run_cli(["--dsn", dsn, *BASE, "-q", "-o", str(tmp_path / "r")])
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "r" / "summary.json").read_text())["perc_correct"] == 100.0


def test_stored_settings_never_hold_a_password():
    from eval.cli.parser import build_parser
    from eval.run.prepare import settings_snapshot

    args = build_parser().parse_args(["--model", "openai", "--base-url", f"https://u:{SECRET}@h/v1",
                                      "--dsn", f"postgresql://u:{SECRET}@h/db"])
    snap = json.dumps(settings_snapshot(args))
    assert SECRET not in snap and "dsn" not in json.loads(snap) and "https://u:***@h/v1" in snap
