"""The command line: the only code that sees argparse. ``run_eval.py`` calls eval.cli.main.main."""
