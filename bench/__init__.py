"""Benchmarks and measurements; each script takes its data path as an argument."""
