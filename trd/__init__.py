"""Domain logic for the TRD options dashboard: catalog models, loading, filtering, exports.

Nothing here imports Streamlit, so it is fast to test and usable from the command line.
"""
