"""Turning catalog facts into things people read: the facts of an option, tables, charts, PDFs, HTML, slides."""
