"""The app's script: page set-up and navigation between Chat, Decisions and Library.

`streamlit run app.py` serves it (app.py adds the routes that open source documents);
AppTest runs it directly.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:          # AppTest and plain `streamlit run ui/main.py` start here
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from ui.access import bound_address, exposure_warning, sign_in  # noqa: E402
from ui.common import CSS, app_icon, settings  # noqa: E402
from ui.tables import TABLE_CSS  # noqa: E402

# "auto": the sidebar starts open on a desktop and closed on a phone, where it would cover the answer.
# The icon is an image made here: a Material icon as favicon is fetched from a font CDN by the browser.
st.set_page_config(page_title="Scrutineer", page_icon=app_icon(), initial_sidebar_state="auto")
st.html(CSS + f"<style>{TABLE_CSS}</style>")
warning = exposure_warning(settings(), bound_address())
if warning:
    st.warning(warning, icon=":material/public:")
if sign_in(settings()) is None:
    st.stop()

pages = [
    st.Page("chat.py", title="Chat", icon=":material/forum:", default=True),
    st.Page("decisions.py", title="Decisions", icon=":material/gavel:", url_path="decisions"),
    st.Page("meetings.py", title="Meetings", icon=":material/event_note:", url_path="meetings"),
    st.Page("library.py", title="Library", icon=":material/library_books:", url_path="library"),
]
page = st.navigation(pages, position="top")
# One layout a page, set once a run before anything of the page: set twice (wide here, centered
# in the chat) the chat column flipped from 704 to 810 pixels between two answers.
st.set_page_config(layout="centered" if page.url_path in ("", "chat") else "wide")
with st.sidebar:
    st.markdown("### :material/account_balance: Scrutineer")
    st.caption("Committee papers: meetings, decisions and the reports behind them.")
page.run()
