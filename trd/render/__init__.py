"""Turning catalog facts into things people read: words and number formats, tables, charts, PDFs, HTML, slides."""
