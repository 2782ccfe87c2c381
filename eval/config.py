"""A run's settings, typed: every ``python run_eval.py`` flag as one field with its default, here only.

The CLI (eval/cli/parser.py) takes its defaults from :data:`DEFAULTS` and maps a parsed command line
onto :class:`Settings` (:meth:`Settings.from_namespace`); the Python API (eval/api.py) does the same
with keyword arguments.  The run (eval/run/), the caches and the runners read these fields by name.
A field whose default is ``None`` means "not given": the runner or the stage chooses (the
defaults it then uses are the ``DEFAULT_*`` constants below), and ``--compat`` can tell a flag the
user gave from one left alone.  The environment variables ``EVAL_PG_DSN`` and ``EVAL_PG_DATA`` are
read by the CLI, not here.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Optional

#: --max-new-tokens when not given (hf, API runners)
DEFAULT_MAX_NEW_TOKENS = 300
#: --batch-size when not given (hf)
DEFAULT_BATCH_SIZE = 4


@dataclass
class Settings:
    """Every setting of one run (README's CLI table says what each flag does)."""

    model: str = "gold"
    # data
    schemas: Optional[str] = None
    questions: Optional[str] = None
    category: Optional[list] = None
    db: Optional[list] = None
    split: Optional[list] = None
    limit: Optional[int] = None
    # postgresql
    dsn: Optional[str] = None
    pg_data: Optional[str] = None
    pg_port: Optional[int] = None
    timeout: float = 10.0
    row_cap: int = 100_000
    no_gold_cache: bool = False
    workers: Optional[int] = None
    # outputs
    output: Optional[str] = None
    resume: Optional[str] = None
    no_progress: bool = False
    quiet: bool = False
    # scoring
    float_tolerance: float = 1e-6
    single_instance: bool = False
    skip_gold_errors: bool = False
    partial_credit: bool = False  # soft F1, schema linking, planner cost ratio per question (eval/run/partial_run.py)
    # generation
    predictions: Optional[str] = None
    partial: bool = False
    model_path: Optional[str] = None
    prompt_template: Optional[str] = None
    shuffle_schema: Optional[int] = None
    num_beams: Optional[int] = None  # None: the preset's (5 for sqlcoder/sqlcoder-15b, else 4)
    max_new_tokens: Optional[int] = None  # None: DEFAULT_MAX_NEW_TOKENS
    batch_size: Optional[int] = None  # None: DEFAULT_BATCH_SIZE
    compat: Optional[str] = None
    load_in_8bit: bool = False
    device: Optional[str] = None
    api_model: Optional[str] = None
    base_url: Optional[str] = None
    concurrency: int = 4
    request_timeout: float = 60.0
    max_retries: int = 5
    temperature: float = 0.0
    # samples per question (eval/run/sampling_run.py): K > 1 needs a sampling temperature
    samples: int = 1
    top_p: Optional[float] = None  # None: the backend's default (1.0)
    seed: Optional[int] = None  # None: unseeded (hf: torch's state; API: no seed sent)
    price_in: Optional[float] = None
    price_out: Optional[float] = None
    no_cache: bool = False
    cache_dir: Optional[str] = None
    generate_only: bool = False
    # exploring (API runners)
    explore: bool = False
    max_steps: int = 10
    max_rows: int = 20
    max_result_chars: int = 4000
    explore_wall_s: float = 300.0
    explore_tokens: int = 200_000

    @classmethod
    def from_namespace(cls, ns: Any) -> "Settings":
        """The settings of a parsed command line (an ``argparse.Namespace`` or any object with these
        attributes); attributes it lacks keep their defaults, attributes no field knows are an error."""
        values = dict(vars(ns))
        unknown = sorted(set(values) - FIELD_NAMES)
        if unknown:
            raise ValueError(f"no such setting: {', '.join(unknown)}")
        return cls(**values)


FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(Settings))
#: the defaults, as one object (the CLI's parser reads them from here)
DEFAULTS = Settings()
