"""Scrutineer's web app: `streamlit run app.py` (or `make run`).

The pages live in ui/ (ui/main.py is the Streamlit script); this file adds the routes that
open a cited source document and starts loading the engine as soon as the server starts.
"""
from contextlib import asynccontextmanager

import streamlit as st

from ui.common import preload
from ui.source import make_routes


@asynccontextmanager
async def lifespan(_app):
    preload()
    yield


app = st.App("ui/main.py", routes=make_routes(), lifespan=lifespan)
