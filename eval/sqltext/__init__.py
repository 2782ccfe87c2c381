"""SQL text: every split, parse, rewrite and extraction (sqlglot, PostgreSQL dialect). Imports only eval.errors / eval.types."""
