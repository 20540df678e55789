"""What every page shows: the education-only notice and crisis resources.

On a wide screen the whole notice shows. On a phone (and in presentation mode)
only one short line shows, with 988 to call or text and a "More" that opens
the rest, so the notice does not fill the first screen.
"""

from __future__ import annotations

import streamlit as st

SAFETY_NOTICE_KEY = "safety_notice"  # drawn on every run of every page; tests wait for it
NOTICE_FULL_KEY = f"{SAFETY_NOTICE_KEY}_full"  # the whole notice, on wide screens
NOTICE_SHORT_KEY = f"{SAFETY_NOTICE_KEY}_short"  # one line and "More", on phones
NOTICE_MORE_KEY = f"{SAFETY_NOTICE_KEY}_more"
PHONE_WIDTH_PX = 640  # Streamlit's own breakpoint for small screens

CALL_988 = "tel:988"
TEXT_988 = "sms:988"
CRISIS_LINES = (
    f"**In crisis or thinking about suicide?** In the US, [call]({CALL_988}) or [text]({TEXT_988}) **988** "
    "(Suicide & Crisis Lifeline), or call **911** in an emergency. "
    "Elsewhere, call your local emergency number; findahelpline.com lists free helplines by country."
)
CRISIS_SHORT = f"**In crisis?** [Call 988]({CALL_988}) or [text 988]({TEXT_988})"
EDUCATION_NOTICE = (
    "This app is for education. It is not medical advice and does not diagnose anything. "
    "Talk with a qualified clinician before you start, stop or change any treatment."
)

# The app's own static CSS: which form of the notice shows at which width.
NOTICE_CSS = f"""
<style>
.st-key-{NOTICE_SHORT_KEY} {{ display: none !important; }}
@media (max-width: {PHONE_WIDTH_PX}px) {{
  .st-key-{NOTICE_FULL_KEY} {{ display: none !important; }}
  .st-key-{NOTICE_SHORT_KEY} {{ display: flex !important; }}
}}
</style>
"""
# Presentation mode adds this: the short line on every screen, to leave the room to the slide.
SHORT_NOTICE_CSS = f"""
<style>
.st-key-{SAFETY_NOTICE_KEY} .st-key-{NOTICE_FULL_KEY} {{ display: none !important; }}
.st-key-{SAFETY_NOTICE_KEY} .st-key-{NOTICE_SHORT_KEY} {{ display: flex !important; }}
</style>
"""


def safety_notice(key: str = SAFETY_NOTICE_KEY) -> None:
    """The notice at the top of the page: whole on wide screens, one line with "More" on phones."""
    st.html(NOTICE_CSS)
    full = f":material/emergency: {CRISIS_LINES}  \n{EDUCATION_NOTICE}"
    with st.container(key=key):
        # Plain text, not st.caption: caption grey fails contrast checks, and this must be read.
        with st.container(key=f"{key}_full"):
            st.markdown(full)
        with st.container(key=f"{key}_short", horizontal=True, vertical_alignment="center", gap="small"):
            st.markdown(f":material/emergency: {CRISIS_SHORT}", width="content")
            with st.popover("More", key=f"{key}_more", help="Other helplines, and what this app is for"):
                st.markdown(full)
