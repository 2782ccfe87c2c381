"""The only code that talks to PostgreSQL: server, trusted connections, fixtures, the sandboxed executor, the gold cache, cleanup."""
