"""Benchmarks: scripts that print tables of figures measured side by side (see BENCHMARKS.md).

Run them from the repository's root as modules (`python -m benchmarks.crawl_throughput`) or
as files with the root on the path (`PYTHONPATH=. python benchmarks/crawl_throughput.py`).
"""
