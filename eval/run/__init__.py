"""A run: the loop (pipeline), its records and run folder (results), the generation cache, and the benchmark checks that reuse the loop's parts (validate, prompt export)."""
