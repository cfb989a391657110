"""The portal replica: hand-written content rendered into a static copy of the portal.

`load_content` reads fixtures/portal-src into the content model, `write_replica` renders any
content (hand-written or synthetic) through the templates, `build_replica` does both.
"""

from newscrawl.replica.load import ContentError, load_content
from newscrawl.replica.model import Content
from newscrawl.replica.tree import build_replica, write_replica

__all__ = ["Content", "ContentError", "build_replica", "load_content", "write_replica"]
