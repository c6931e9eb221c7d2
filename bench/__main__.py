"""Entry point for `make bench` (filled in by the benchmarks issue)."""
print("no benchmarks yet")
