"""Entry point: page setup, what every page shows, and navigation."""

import streamlit as st

from components.checklist_state import prefetch_notes
from components.phone_menu import close_menu_after_choice
from components.phone_titles import phone_titles
from components.presenter import presenting, show_page_or_presentation
from components.reconnect_rerun import rerun_after_reconnect
from components.safety_notice import safety_notice
from components.server_socket import send_messages_at_once

st.set_page_config(
    page_title="TRD options: compare treatments",
    page_icon="assets/icon.png",
    layout="wide",
    initial_sidebar_state="auto",  # open on wide screens, closed on phones
)
send_messages_at_once()
rerun_after_reconnect()  # a page that reconnects to another replica runs again at once

# The page files live in app_pages/, not pages/: with a pages/ folder present,
# Streamlit 1.67 runs its old automatic page discovery for the first visit
# after a restart, so a shared link such as /compare?pick=... would open
# without this file's notice and navigation.
QUESTIONS_PATH = "questions"
PAGES = [
    st.Page("app_pages/explore.py", title="Explore", icon=":material/filter_alt:", default=True),  # served at /
    st.Page("app_pages/compare.py", title="Compare", icon=":material/view_column:", url_path="compare"),
    st.Page("app_pages/questions.py", title="Questions", icon=":material/checklist:", url_path=QUESTIONS_PATH),
    st.Page("app_pages/learn.py", title="Learn", icon=":material/school:", url_path="learn"),
    st.Page("app_pages/about.py", title="About", icon=":material/info:", url_path="about"),
]

# Presentation mode (switch or ?present=1) hides the navigation and shows slides instead of the page.
navigation = st.navigation(PAGES, position="hidden" if presenting() else "top")
safety_notice()
phone_titles()
show_page_or_presentation(navigation)
# After the page, so the page is drawn first and the hidden part takes no room above it while it waits for the browser.
if navigation.url_path != QUESTIONS_PATH:  # Questions reads the notes itself, in the run before it draws them
    prefetch_notes()
close_menu_after_choice(navigation.url_path)
