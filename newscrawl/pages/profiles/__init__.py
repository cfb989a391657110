"""Site profiles as JSON data files; see `newscrawl.pages.profile`."""
