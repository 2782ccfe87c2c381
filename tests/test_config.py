"""eval/config.py: the typed settings are the CLI's flags, with the defaults in one place."""
from __future__ import annotations

import argparse
import dataclasses

import pytest

from eval.cli.parser import build_parser
from eval.config import DEFAULTS, FIELD_NAMES, Settings


def _actions():
    return [a for a in build_parser()._actions if a.dest != "help"]


def test_every_flag_is_a_setting_and_every_setting_a_flag():
    assert {a.dest for a in _actions()} == FIELD_NAMES


def test_the_parser_takes_its_defaults_from_the_settings(monkeypatch):
    monkeypatch.delenv("EVAL_PG_DSN", raising=False)
    monkeypatch.delenv("EVAL_PG_DATA", raising=False)
    for a in _actions():
        assert a.default == getattr(DEFAULTS, a.dest), a.dest
    assert Settings.from_namespace(build_parser().parse_args([])) == Settings()


def test_a_parsed_command_line_becomes_typed_settings():
    s = Settings.from_namespace(build_parser().parse_args(["--model", "hf", "--num-beams", "2", "--db", "a", "--db", "b"]))
    assert (s.model, s.num_beams, s.db, s.timeout) == ("hf", 2, ["a", "b"], 10.0)
    assert dataclasses.replace(s, timeout=3.0).timeout == 3.0


def test_an_unknown_attribute_is_refused_and_a_missing_one_defaults():
    with pytest.raises(ValueError, match="no_such"):
        Settings.from_namespace(argparse.Namespace(model="gold", no_such=1))
    assert Settings.from_namespace(argparse.Namespace(model="replay")).row_cap == DEFAULTS.row_cap
