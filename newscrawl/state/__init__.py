"""State between runs (NEWSCRAWL_STATE_DIR): incremental, resumable, exactly-once archiving."""
