"""The catalog and the other data files: models, the strict YAML reader, loading and its messages, exports."""
