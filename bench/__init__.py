"""Benchmarks that print figures; run from the project root (see bench/README.md)."""
