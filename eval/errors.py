"""Every exception the harness raises on purpose, and the exit code each one means.

This module imports nothing, so every layer (runners included) can import it.

    EvalError                 base class: ``exit_code`` says what ``run_eval.py`` returns
    ├── UsageError            bad input from the user (a flag, a file, a row): exit 2, one message,
    │                         no traceback, nothing half-written
    ├── RunFailed             the run could not be completed for a reason that is not the user's
    │                         input (a fixture changed during the run, a comparison budget …): exit 1
    └── InfrastructureError   PostgreSQL itself failed (connection lost, backend killed, server gone
                              or recovering) and did not come back within the executor's retry
                              window: never the query's fault; the run stops, exit 1, resumable

``KeyboardInterrupt`` is not ours: the CLI maps it to exit 130.
"""


class EvalError(Exception):
    """Base of the harness's own errors."""

    exit_code = 1


class UsageError(EvalError):
    """Bad input from the user (a flag, a file, a row).  Exit code 2, one message, no traceback."""

    exit_code = 2


class RunFailed(EvalError):
    """The run could not be completed for a reason that is not the user's input (exit 1)."""

    exit_code = 1


class InfrastructureError(EvalError):
    """PostgreSQL itself failed (connection lost, backend killed, server gone or recovering) and
    did not come back within INFRA_RETRY_S: not the query's fault; the run stops, resumable (exit 1)."""

    exit_code = 1
