"""Verdicts over result sets: pure functions, no database (comparator, order intent, hedging)."""
