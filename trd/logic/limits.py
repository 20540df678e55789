"""The app's limits on what a person can pick or type, in one place; links, pages and charts read them."""

from __future__ import annotations

MAX_PICKS = 6  # Compare shows at most six options side by side
MIN_PICKS_TO_COMPARE = 2
MAX_SEARCH_LENGTH = 100
MAX_ONSET_DAYS = 365
MAX_VISITS_PER_WEEK = 14
DEFAULT_TRAVEL_MINUTES = 30  # one way, for the first-eight-weeks hours until a person enters their own
MAX_TRAVEL_MINUTES = 300
