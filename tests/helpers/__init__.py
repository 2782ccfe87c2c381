"""Helpers of the test suite (not tests): case tables, synthetic run folders, a fake API server, a tiny model."""
