"""The catalog and the other data files.

Models, the words and formats for their values, the strict YAML reader, loading and its messages, exports.
"""
