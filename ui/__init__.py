"""The Streamlit app's pages and the pure helpers they share (a thin layer over service.engine)."""
