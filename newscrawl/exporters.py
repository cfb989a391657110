"""Feed exporters that leave no article half-written behind a killed process."""

from __future__ import annotations

from typing import Any

from scrapy.exporters import BaseItemExporter, JsonLinesItemExporter
from scrapy.utils.python import to_bytes


class DurableJsonLinesExporter(JsonLinesItemExporter):
    """JSON lines, each handed to the operating system as soon as it is written.

    Scrapy's file feeds are buffered: a crawl killed with SIGKILL loses its last articles. The
    state extension marks an article archived only after this exporter has flushed its line,
    so a kill can leave at most one partial last line, which the next run trims.
    """

    def export_item(self, item: Any) -> None:
        if self._as_is(item):
            # The exported article is a plain dict of JSON values: Scrapy's field-by-field
            # serialisation would hand every value back unchanged, at a cost per field.
            self.file.write(to_bytes(self.encoder.encode(item) + "\n", self.encoding))
        else:
            super().export_item(item)
        self.file.flush()

    def _as_is(self, item: Any) -> bool:
        return (
            type(item) is dict
            and self.fields_to_export is None
            and type(self).serialize_field is BaseItemExporter.serialize_field
        )
