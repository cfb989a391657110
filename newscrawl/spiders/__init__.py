"""Spiders: one per portal, each a site profile plus, at most, a little code."""
