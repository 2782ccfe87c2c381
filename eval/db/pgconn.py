"""Connections for the harness's own (trusted) SQL: fixture loading, catalog work, role setup.

One driver for the whole harness: psycopg 3 (docs/DEPENDENCIES.md says why).  Trusted connections
use ``ClientCursor`` — parameters are interpolated client-side, as in psycopg2 — because several
of our statements are utility commands (``COMMENT ON … IS %s``, ``ALTER ROLE … PASSWORD %s``) that
cannot take server-side parameters.  Untrusted SQL never goes through this module: the executor
sends it with the extended query protocol on connections of its own (eval/db/executor.py).
"""
from __future__ import annotations


def connect(params: dict, *, autocommit: bool = True):
    """A psycopg connection for trusted SQL, from ``Conn.for_db(...)``-style keyword params."""
    import psycopg  # noqa: PLC0415

    return psycopg.connect(autocommit=autocommit, cursor_factory=psycopg.ClientCursor, **params)
