"""What a benchmark ran on, printed above its table: figures mean little without it."""

from __future__ import annotations

import os
import platform
from importlib.metadata import PackageNotFoundError, version


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def load() -> str:
    """The 1-minute load average: above the core count, others were competing for the CPU."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def describe() -> str:
    return (
        f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"Scrapy {package_version('scrapy')}, lxml {package_version('lxml')}; "
        f"load average {load()}"
    )
