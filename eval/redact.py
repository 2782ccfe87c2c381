"""Secrets never reach a message: passwords of connection strings (URL ``postgresql://u:pw@h/db`` or
libpq keyword ``host=h password=pw``) and API keys are cut out of any text shown to people.

    secrets = secrets_in([dsn, *argv])       # the passwords (and keys) to hide
    redact(text, secrets)                    # "password=***", "://u:***@", each secret as ***
    url_dsn("host=h user=u password=pw")     # -> "postgresql://u:pw@h/" (keyword form accepted as --dsn)

Imports only the standard library (bottom layer: every layer may use it).
"""
from __future__ import annotations

import json
import os
import re
from typing import Iterable, Optional
from urllib.parse import quote, unquote, urlsplit

MASK = "***"
MIN_SECRET = 4  # a shorter secret is not replaced as a substring (it would mangle ordinary words); the
#                 structural rules below still hide it where it appears as a password
_URL_PW = re.compile(r"(?P<pre>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^:/?#@\s'\"]*:)(?P<pw>[^@\s'\"]+)(?P<post>@)")
_KW_PW = re.compile(r"(?P<pre>\bpassword\s*=\s*)(?P<pw>'(?:[^'\\]|\\.)*'?|[^\s'\",;]+)", re.IGNORECASE)
_KW_PAIR = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']*)")
#: environment variables whose values are secrets wherever they appear
SECRET_ENV = ("EVAL_PG_DSN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "PGPASSWORD")


def keyword_pairs(text: str) -> Optional[dict]:
    """libpq's ``key=value key='quoted value'`` form as a dict, or None when ``text`` is not in it."""
    if "://" in text or "=" not in text:
        return None
    out, pos = {}, 0
    while pos < len(text):
        if not text[pos:].strip():
            break
        m = _KW_PAIR.match(text, pos)
        if not m or m.end() == pos:
            return None
        value = m.group(2)
        if value.startswith("'"):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        out[m.group(1).lower()] = value
        pos = m.end()
    return out or None


def secrets_of(text: Optional[str]) -> list[str]:
    """The password(s) in one connection string (URL or keyword form); [] when it holds none."""
    if not text:
        return []
    found = []
    kw = keyword_pairs(text)
    if kw and kw.get("password"):
        found.append(kw["password"])
    for m in _URL_PW.finditer(text):
        found += [m.group("pw"), unquote(m.group("pw"))]
    try:
        pw = urlsplit(text).password if "://" in text else None
    except ValueError:
        pw = None
    if pw:
        found += [pw, unquote(pw)]
    return list(dict.fromkeys(s for s in found if s))


def secrets_in(texts: Iterable[Optional[str]], env: Optional[dict] = None) -> list[str]:
    """Every password in ``texts`` (e.g. the command line) plus the secret environment variables' values."""
    env = os.environ if env is None else env
    found: list[str] = []
    for t in texts:
        found += secrets_of(t)
    for name in SECRET_ENV:
        value = env.get(name)
        if value:
            found += secrets_of(value) or ([] if name == "EVAL_PG_DSN" else [value])
    return list(dict.fromkeys(found))


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every password of a connection string and every one of ``secrets`` masked."""
    if not text:
        return text
    forms = {f for s in secrets for f in (s, repr(s)[1:-1], json.dumps(s)[1:-1])}  # as written, in a repr, in JSON
    for s in sorted(forms, key=len, reverse=True):
        if len(s) >= MIN_SECRET:
            text = text.replace(s, MASK)
    text = _URL_PW.sub(lambda m: m.group("pre") + MASK + m.group("post"), text)
    return _KW_PW.sub(lambda m: m.group("pre") + MASK, text)


def url_dsn(dsn: Optional[str]) -> Optional[str]:
    """A keyword-form DSN (``host=h port=5432 user=u password=pw dbname=d sslmode=require``) as the
    URL --dsn expects; any other text unchanged (the server code checks and reports it, redacted)."""
    kw = keyword_pairs(dsn) if dsn else None
    if not kw or "host" not in kw:
        return dsn
    kw = dict(kw)
    user, password = kw.pop("user", ""), kw.pop("password", "")
    host, port, db = kw.pop("host"), kw.pop("port", ""), kw.pop("dbname", "")
    auth = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in kw.items())
    return (f"postgresql://{auth + '@' if auth else ''}{host}{':' + port if port else ''}/{quote(db, safe='')}"
            + (f"?{query}" if query else ""))


class RedactingStream:
    """A text stream (sys.stdout / sys.stderr) that masks ``secrets`` in everything written to it."""

    def __init__(self, stream, secrets: Iterable[str]):
        self._stream = stream
        self._secrets = list(secrets)

    def write(self, text):
        return self._stream.write(redact(text, self._secrets) if isinstance(text, str) else text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, name):  # flush, isatty, fileno, encoding ...
        return getattr(self._stream, name)
