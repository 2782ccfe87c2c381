"""The benchmark's inputs: questions (dataset) and prompt templates (prompt). No database."""
