"""`make bench`: coinspec measured against references on this machine (see BENCHMARKS.md)."""
