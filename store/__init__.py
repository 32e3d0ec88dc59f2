"""The index layer: stores (Chroma vectors, BM25, chunk generations), the writer lock, and which files are indexed."""
