"""Page objects: (HTML, URL) -> raw strings as the page shows them; no Scrapy, no I/O.

`article.ArticlePage` reads an article field by field, each from the first layer that answers:

1. the site profile (`profile.py`, `profiles/*.json`): CSS selectors and URL patterns,
   answered from an index of the page's classes and ids (`selection.py`);
2. structured metadata (`metadata.py`): JSON-LD (also in `@graph`), OpenGraph and `article:*`
   meta, `<time datetime>`, `<link rel=canonical>`;
3. the visible text read as a reader reads it (`generic/`): one pass over the page
   (`region.py`) counts its text, which puts the article text in the densest block
   (`text_box.py`), the site's masthead and readers' comments set aside (`asides.py`); the
   headline (`headline.py`) anchors the rest: timestamp lines (`lines.py`), view counters
   (`counters.py`) and which of them belong to the article (`timeline.py`), the standfirst
   (`standfirst.py`), the breadcrumb (`sections.py`), related lists (`boxes.py`), tags
   (`tag_lists.py`); what sits in the text without being it (`widgets.py`, `controls.py`);
4. the URL (`urls.py`): ids, a `/yyyy/mm/dd/` date.

`layers.py` decides between answers and notices disagreements; `blocks.py` and `content.py`
turn the article text into paragraphs, captioned images (`binding.py` tells which line captions
which picture) and the byline, an administrative document's frame set aside (`documents.py`);
`dom.py` parses and reads text, `positions.py` tells where elements stand.
`listing.ListingPage` gives a crawl the links of listing pages; `fit.ProfileFit` counts which
of a profile's selectors a crawl's pages answer.
"""
