"""scrapyd-deploy builds an egg through `setup.py`; without this file it writes its own.

All metadata lives in pyproject.toml (including the `scrapy` settings entry point).
"""

from setuptools import setup

setup()
