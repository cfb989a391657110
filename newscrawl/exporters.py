"""Feed exporters that leave no article half-written behind a killed process."""

from __future__ import annotations

from typing import Any

from scrapy.exporters import JsonLinesItemExporter


class DurableJsonLinesExporter(JsonLinesItemExporter):
    """JSON lines, each handed to the operating system as soon as it is written.

    Scrapy's file feeds are buffered: a crawl killed with SIGKILL loses its last articles. The
    state extension marks an article archived only after this exporter has flushed its line,
    so a kill can leave at most one partial last line, which the next run trims.
    """

    def export_item(self, item: Any) -> None:
        super().export_item(item)
        self.file.flush()
