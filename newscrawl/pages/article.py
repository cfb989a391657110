"""The article page object: (HTML, URL) -> `RawArticle`, strings as the page shows them.

Each field takes the first layer that answers: the site profile's selectors, then the page's
structured metadata (`metadata.py`), then the visible text read as a reader reads it
(`generic/`), then the URL. Where layers disagree on a timestamp or the title, the first wins
and `{field}_conflict` is recorded. The crawl and `newscrawl.extract_article` both build their
items here, so both give the same article. What the page offers the fields is in `sources.py`,
its timestamps in `page_times.py`, its title in `page_title.py`; the text and the lists are read
here.
"""

from __future__ import annotations

from newscrawl import vn
from newscrawl.items import RawArticle, RawImage, RawLink
from newscrawl.pages import captures, layers
from newscrawl.pages.content import MIN_PHOTO_STORY_PICTURES, Content, labels_above, read_content
from newscrawl.pages.declared import declared_paragraphs
from newscrawl.pages.dom import Element, lines_of, text_of
from newscrawl.pages.generic import sections
from newscrawl.pages.generic.affixes import affix_of
from newscrawl.pages.generic.box_headings import headline_again
from newscrawl.pages.generic.lines import whole_line
from newscrawl.pages.generic.standfirst import gallerys_standfirst
from newscrawl.pages.memo import memo
from newscrawl.pages.page_title import PageTitle
from newscrawl.pages.positions import contains
from newscrawl.pages.signatures import (
    confirmed_writers,
    credits_anyone,
    names_again,
    names_authors,
    signature_after,
)
from newscrawl.pages.urls import absolute, off_view_copy, on_canonical_host, site_of, split_url


class ArticlePage(PageTitle):
    def _document_date(self) -> str | None:
        return self.content.dateline

    # -- the article's text ------------------------------------------------------------------------

    @memo
    def content(self) -> Content:
        root, by_profile = self._content_root
        if root is None:
            return Content()
        skip: set[Element] = set()
        if by_profile and self.profile is not None:
            for css in self.profile.selector("content_exclude"):  # every one, not the first
                skip.update(self.selection.within(root, css))
        else:
            skip.update(self.generic.boilerplate(root))
        for el in (
            self.by_profile.element("byline"),
            self.by_profile.element("lead"),
            self._lead_element,
        ):
            if el is not None and contains(root, el):
                skip.add(el)
        if not by_profile:  # a text block found by density may start with the article header
            headline = self.generic.headline
            header = [headline, *self.generic.header_lines(), *headline_again(root, headline)]
            lines = [el for el in header if el is not None]
            skip.update(whole_line(el, root, lines) for el in lines if contains(root, el))
            meta_box = self.generic.header_box(root)
            if meta_box is not None:
                skip.add(meta_box)
            skip.update(labels_above(root, self.generic.headline))
        return read_content(root, skip)

    @memo
    def _lead_element(self) -> Element | None:
        by_profile = self.by_profile.element("lead")
        return by_profile if by_profile is not None else self.generic.lead_element

    def lead(self) -> str | None:
        box = self._lead_element
        if box is None:
            return self.content.unmarked_lead or self._gallerys_standfirst()
        # (The profile's standfirst box holds the standfirst; a generic one may hold its label.)
        marked = text_of(box) if box is self.by_profile.element("lead") else None
        return marked or self.generic.lead_text(box) or self.content.unmarked_lead

    def _gallerys_standfirst(self) -> str | None:
        root, by_profile = self._content_root
        if root is None or by_profile:
            return None
        pictures = len(self._trailing[0])
        if self.content.lone_standfirst and pictures >= MIN_PHOTO_STORY_PICTURES:
            return self.content.lone_standfirst
        return gallerys_standfirst(root, self.content.paragraphs, pictures)

    @memo
    def _declared_body(self) -> list[str] | None:
        """The text the structured metadata declares, when the page shows no text and no
        picture of the article (a shell that the browser fills in); else None."""
        content, declared = self.content, self.meta.ld_body
        if content.paragraphs or content.images or not declared:
            return None
        return declared_paragraphs(declared)

    def body(self, lead: str | None) -> list[str]:
        if self._declared_body is not None:
            return self._declared_body
        paragraphs = list(self.content.paragraphs)
        if paragraphs and lead and vn.fold(paragraphs[0]) == vn.fold(lead):
            paragraphs = paragraphs[1:]
        return paragraphs

    def byline(self) -> str | None:
        by_profile = self.by_profile.element("byline")
        if by_profile is not None:
            return lines_of(by_profile) or None
        found = list(self.content.byline_lines)
        root, chosen_by_profile = self._content_root
        gallery = self._trailing[1]  # (a photo story's signature under its gallery)
        if not found and root is not None and (gallery is not None or not chosen_by_profile):
            below = gallery if gallery is not None else root
            found = signature_after(below, named_box=not self._meta_authors)
        if not chosen_by_profile:
            header, after = self.generic.labelled_byline(root)
            header = [line for line in header if not self._names_the_site(line)]
            if not header and not credits_anyone(found):  # (an office signing: no one)
                # a name in the date line that the metadata confirms
                credit = self.generic.date_line_byline()
                if credit and (found or not self._posted_by_its_authors(credit)):
                    header = [credit]
            found = [line for line in header if not names_again(line, found)] + found
            found += [line for line in after if line not in found]
            if not names_authors(found) and root is not None:
                found = confirmed_writers(signature_after(root), found, self._meta_authors) + found
            if not names_authors(found):  # the last resort (under a note naming the paper only)
                marked = self.generic.marked_byline(self._meta_authors)
                if marked and marked not in found and not self._names_the_site(marked):
                    found.append(marked)  # (not Blogger's `Đăng bởi` naming the blog itself)
        return "\n".join(found) or None

    def images(self) -> list[RawImage]:
        if self._declared_body is not None:
            return self._absolute_images([RawImage(url=url) for url in self.meta.ld_images])
        out = self._absolute_images(self.content.images)
        root, by_profile = self._content_root
        shown = {image.url: image for image in out}
        if root is not None and not by_profile:  # a profile's content selector takes its lead
            lead = self._absolute_images(self.generic.lead_pictures(self._page_urls))
            for image in lead:  # shown again in the text: listed there, with the lead's caption
                again = shown.get(image.url)
                if again is not None and again.caption is None and again.credit is None:
                    again.caption, again.credit = image.caption, image.credit
            out = [image for image in lead if image.url not in shown] + out
        # (Under a profile too: a photo story's gallery may stand outside the text's box.)
        after = self._absolute_images(self._trailing[0])
        return out + [image for image in after if image.url not in shown]

    @memo
    def _trailing(self) -> tuple[list[RawImage], Element | None]:
        """Captioned pictures right after the text's box, and the gallery's box holding them."""
        root, _ = self._content_root
        return self.generic.trailing_pictures(root) if root is not None else ([], None)

    def _posted_by_its_authors(self, credit: str) -> bool:
        """Is the date line's credit a posting one naming only the metadata's authors (a theme's
        `bởi <a>Thu Hà</a>` beside the date)? The authors are the metadata's then, and the line
        no byline, unless an office signs the text (the credit names its writer over it)."""
        if not vn.credits_the_poster(credit):
            return False
        named = {vn.fold(name) for name in self._meta_authors}
        return all(vn.fold(name) in named for name in vn.parse_byline(credit).authors)

    @memo
    def _meta_authors(self) -> list[str]:
        """The authors the metadata names but the site itself (Webflow's hand-written JSON-LD
        gives the company, `og:site_name`, as an `Organization` author; PHP-Nuke's `<meta
        name=author>` the site's name, which only the `<title>` beside the headline gives) and
        names that credit no one (the newsroom's account, `BBT Sông Luộc`; an office)."""
        if not self.meta.authors:
            return []
        site_names = self._site_names
        return [
            name
            for name in self.meta.authors
            if vn.fold(name) not in site_names and vn.parse_byline(name).authors
        ]

    @memo
    def _site_names(self) -> set[str]:
        """The site's names, folded: `og:site_name`'s, and what the `<title>` says beside the
        headline (a blog's name, which Blogger also gives the profile posting on it)."""
        site_names = {vn.fold(name) for name in self.meta.site_names}
        doc_title, title = self.meta.doc_title, self._title
        affix = affix_of(doc_title, title) if doc_title and title else None
        return site_names | {affix} if affix else site_names

    def _names_the_site(self, credit: str) -> bool:
        """Does the credit name the site alone (`Đăng bởi Chiếu Chèo Làng Đông`, the blog)? Not
        a person the metadata names as the author too (a personal blog's publisher, herself)."""
        authors = vn.parse_byline(credit).authors
        if not authors:
            return False
        site_names = self._site_names - {vn.fold(name) for name in self.meta.authors}
        return all(vn.fold(name) in site_names for name in authors)

    @memo
    def _page_urls(self) -> set[str]:
        """The URLs the article is known by here: as fetched, and its canonical form, unless
        that is a folder above the fetched address (Liferay 6.2's canonical names the section's
        page hosting the asset publisher)."""
        canonical = self.canonical_url()
        folder = split_url(canonical).path.rstrip("/") + "/"
        path = split_url(self.page_url).path.rstrip("/") + "/"
        if folder != "/" and path != folder and path.startswith(folder):
            return {self.url, self.page_url}
        return {self.url, self.page_url, canonical}

    def _absolute_images(self, images: list[RawImage]) -> list[RawImage]:
        out: list[RawImage] = []
        for image in images:
            url = absolute(image.url, self.base)
            if url:
                out.append(RawImage(url, image.caption, image.credit))
        return out

    # -- its section and lists ------------------------------------------------------------------

    def category(self) -> str | None:
        by_profile = text_of(self.by_profile.section())
        declared = sections.category(self.meta.breadcrumb, self._title, self._page_urls, self.base)
        answers = [by_profile, declared]
        if not by_profile:
            answers.append(self.generic.around.category(self._title, self._page_urls))
        resolved = layers.resolve(answers, layers.same_name)
        if resolved.conflict:
            self.warnings.add("category_conflict")
        return resolved.value

    def tags(self) -> list[str]:
        return self._profile_or_generic(
            "tags", self.by_profile.texts, lambda: self.generic.around.tags(self._page_urls)
        )

    def related(self) -> list[RawLink]:
        # Against the canonical URL, unless the page declares another base for its links, or
        # names another site's address its canonical one (a merged outlet's, for an archive path
        # the old site serves): its links lead where a browser follows them.
        base = self.base if self._own_base else self.canonical_url()
        links = self._profile_or_generic(
            "related",
            lambda _: self.by_profile.related(base),
            lambda: self.generic.around.related(base, self._page_urls),
        )
        if self.capture is not None:
            # A replay's links lead to its copies: an article is known by its original address
            # (on the profile's canonical host, as the live page's relative links would be).
            links = [RawLink(self._original_link(link.url), link.title) for link in links]
        if self.profile is None:
            site = self.canonical_url()
            links = [RawLink(off_view_copy(a.url, self.page_url, site), a.title) for a in links]
        # (A series' list names this part too: no other article.)
        return [link for link in links if link.url not in self._page_urls]

    @property
    def _own_base(self) -> bool:
        if self.base != self.url or self.capture is not None:
            return True
        return self.profile is None and site_of(self.canonical_url()) != site_of(self.url)

    def _original_link(self, url: str) -> str:
        found = captures.original(url)
        return on_canonical_host(found, self.profile) if self.profile is not None else found

    # -- the whole page ----------------------------------------------------------------------------

    def to_raw(self) -> RawArticle:
        lead = self.lead()
        raw = RawArticle(
            url=self.url,
            site=self.site(),
            article_id=self.article_id(),
            canonical_url=self.canonical_url(),
            category=self.category(),
            title=self.title(),
            lead=lead,
            body=self.body(lead),
            published=self.published(),
            modified=self.modified(),
            page_time=self.page_time(),
            byline=self.byline(),
            view_count=self.view_count(),
            images=self.images(),
            tags=self.tags(),
            related=self.related(),
            meta_authors=self._meta_authors,
            month_first=self._month_first,
            zoneless_utc=self.meta.zoneless_utc,
            captured_at=self.capture.captured_at if self.capture else None,
        )
        raw.warnings = sorted(self.warnings)
        return raw
