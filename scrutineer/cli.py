"""The `scrutineer` command: a thin layer over the engine. Errors a user can meet become one
line on stderr and a non-zero exit; only a bug shows a traceback."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from datetime import date
from importlib.metadata import entry_points

from answer.render import answer_text
from core.text import repaired, shown
from core.errors import BadInput, IndexMissing, ScrutineerError
from core.settings import Settings
from core.types import DOC_TYPES, Answer, Filters, Turn

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
K_MAX = 200   # passages; beyond this an answer takes minutes and reads no better
def _k(value: str) -> int:
    try:
        k = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= k <= K_MAX:
        raise argparse.ArgumentTypeError(f"{k} is out of range: passages must be from 1 to {K_MAX}")
    return k


def _date(value: str) -> str:
    if not _ISO.match(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a real date") from None
    return value


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index", help="index folder (env SCRUTINEER_INDEX; default .scrutineer/)")


def _filters_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="meetings on or after")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="meetings on or before")
    p.add_argument("--council", help="council name (or part of it), e.g. \"Exampleshire\"")
    p.add_argument("--committee", help="committee name (or part of it)")
    p.add_argument("--type", dest="doc_type", choices=DOC_TYPES, help="document type")
    p.add_argument("-k", type=_k, default=None, help=f"passages to retrieve, 1 to {K_MAX} (default 12)")


def _filters(args) -> Filters:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise BadInput(f"--from {args.date_from} is after --to {args.date_to}")
    return Filters(committee=args.committee, council=args.council, date_from=args.date_from,
                   date_to=args.date_to, doc_type=args.doc_type)


def _engine(args, **overrides):
    from service.engine import Scrutineer

    return Scrutineer(Settings.from_env(index_dir=getattr(args, "index", None), **overrides))


def _check_index_dir(args) -> None:
    """An index is a folder: say so before the engine tries to open a file as one."""
    settings = Settings.from_env(index_dir=getattr(args, "index", None))
    where = settings.index_dir
    if where.exists() and not where.is_dir():
        source = "--index" if getattr(args, "index", None) else "SCRUTINEER_INDEX"
        raise BadInput(f"{source} {shown(str(where))} is a file, not an index folder: "
                       f"name a folder (it is created by `scrutineer ingest`)")


# ---------------------------------------------------------------------------- ingest
class _Bar:
    """A progress bar on a terminal (stderr); silent otherwise."""

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.tty = stream.isatty()
        self.started = time.time()

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.tty or total == 0:
            return
        width = 30
        filled = int(width * done / total)
        path = shown(path)
        name = (path[-45:] if len(path) > 45 else path).ljust(45)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name}")
        if done == total:
            self.stream.write(f"\r{' ' * (width + 60)}\r")
        self.stream.flush()


def cmd_ingest(args) -> int:
    settings = Settings.from_env(index_dir=args.index)
    paths = args.paths or [str(settings.corpus_dir)]
    engine = _engine(args)
    report = engine.ingest(paths, prune=args.prune, progress=_Bar(), rebuild=args.rebuild)
    print(report.summary())
    for r in report.results:
        if r.status == "failed":
            print(shown(f"failed: {r.path}: {r.reason}"))
    if args.verbose:
        for r in report.results:
            if r.status != "failed":
                print(shown(f"{r.status}: {r.path} ({r.chunks} chunks)"))
    return 1 if report.count("failed") else 0


# ---------------------------------------------------------------------------- ask
def format_answer(answer: Answer) -> str:
    """An answer for a person: the text, then its numbered sources (answer/render.py)."""
    return answer_text(answer)


def _history(raw) -> list[Turn]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise BadInput("history must be a list of {\"role\", \"content\"} objects")
    turns = []
    for t in raw:
        if not isinstance(t, dict) or t.get("role") not in ("user", "assistant") or not isinstance(t.get("content"), str):
            raise BadInput("each history turn needs role 'user' or 'assistant' and a string content")
        turns.append(Turn(t["role"], repaired(t["content"])[0]))
    return turns


def _question(raw) -> str:
    """A question fit to ask: a string, not blank, with undecodable characters replaced."""
    if not isinstance(raw, str):
        kind = "null" if raw is None else type(raw).__name__
        raise BadInput(f"\"question\" must be a string, not {kind}")
    if not raw.strip():
        raise BadInput("the question is empty")
    return repaired(raw)[0]


def _asker(args):
    """The engine that answers: this process's, or a `scrutineer serve` process's (--server)."""
    url = args.server or os.environ.get("SCRUTINEER_SERVER")
    if not url:
        return _engine(args)
    if args.index:
        raise BadInput("--index and --server together: the server answers from the index it was started "
                       "with (`scrutineer serve --index ...`)")
    from scrutineer.remote import RemoteEngine

    return RemoteEngine(url)


def cmd_ask(args) -> int:
    engine = _asker(args)
    filters = _filters(args)
    engine.require_index()
    if args.question == "-":
        return _ask_batch(engine, filters, args)
    question = _question(args.question)
    if question != args.question:
        print("scrutineer: the question had undecodable characters; they were replaced by \ufffd", file=sys.stderr)
    streamed = []
    stream = (not args.json) and sys.stdout.isatty() and bool(args.llm or engine.settings.llm)

    def on_token(tok: str) -> None:
        if stream:
            streamed.append(tok)
            sys.stdout.write(tok)
            sys.stdout.flush()

    answer = engine.ask(question, filters=filters, k=args.k, llm=args.llm, on_token=on_token)
    for notice in engine.notices:
        print(f"scrutineer: {notice}", file=sys.stderr)
    if args.json:
        print(answer.to_json())
    else:
        text = format_answer(answer)
        if streamed:
            sys.stdout.write("\n\n")
            text = text[len(answer.answer):].lstrip("\n") if "".join(streamed).strip() == answer.answer.strip() else text
        print(text)
    return 0


def _stdin_lines():
    """(line number, text) of each line of stdin, decoded one line at a time: a line that is not
    UTF-8 is repaired (U+FFFD) and flagged, and cannot end the batch."""
    for line_no, raw in enumerate(sys.stdin.buffer, 1):
        try:
            yield line_no, raw.decode("utf-8-sig" if line_no == 1 else "utf-8"), False
        except UnicodeDecodeError:
            yield line_no, raw.decode("utf-8", errors="replace"), True


def _ask_batch(engine, filters: Filters, args) -> int:
    status = 0
    said: set[str] = set()
    for line_no, line, undecodable in _stdin_lines():
        line = line.strip()
        if not line:
            continue
        if undecodable:
            print(f"scrutineer: stdin line {line_no}: not valid UTF-8; undecodable bytes replaced by \ufffd",
                  file=sys.stderr)
        question = line
        try:
            history: list[Turn] = []
            if line.startswith("{"):
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise BadInput("needs a JSON object with a \"question\" string")
                question = obj.get("question")
                question, history = _question(question), _history(obj.get("history"))
            else:
                question = _question(line)
            answer = engine.ask(question, history=history, filters=filters, k=args.k, llm=args.llm)
            print(answer.to_json() if args.json else format_answer(answer) + "\n", flush=True)
        except (json.JSONDecodeError, ScrutineerError) as e:    # one bad line or a store hiccup: the rest go on
            status = 1
            msg = f"not valid JSON ({e.msg} at column {e.colno})" if isinstance(e, json.JSONDecodeError) else str(e)
            _line_error(line_no, question, msg)
        except Exception as e:  # a bug on one line must not lose the lines after it
            status = 1
            _line_error(line_no, question, f"internal error ({type(e).__name__}: {e}); please report")
        for notice in engine.notices:
            if notice not in said:
                said.add(notice)
                print(f"scrutineer: {notice}", file=sys.stderr)
    return status


def _line_error(line_no: int, question, msg: str) -> None:
    if isinstance(question, str):
        question = repaired(question)[0]
    print(shown(f"scrutineer: stdin line {line_no}: {msg}"), file=sys.stderr)
    print(json.dumps({"question": question, "error": f"line {line_no}: {msg}"}, ensure_ascii=False), flush=True)


# ---------------------------------------------------------------------------- decisions, settings
def cmd_decisions(args) -> int:
    engine = _engine(args)
    decisions = engine.decisions(args.query, _filters(args))
    if args.json:
        print(json.dumps([d.__dict__ for d in decisions], ensure_ascii=False, indent=1))
        return 0
    if not decisions:
        print("no resolutions match" + (f" {args.query!r}" if args.query else ""))
        return 0
    for d in decisions:
        text = " ".join(d.text.split())
        print("  ".join(x for x in (d.meeting_date or 'date unknown', d.council, d.committee, d.item or d.title) if x))
        if d.vote:
            print(f"    vote: {d.vote}")
        print(f"    {text[:400]}{'…' if len(text) > 400 else ''}")
        print(f"    {d.source}" + (f" (page {d.page})" if d.page else ""))
    print(f"{len(decisions)} resolution{'s' if len(decisions) != 1 else ''}")
    return 0


def cmd_serve(args) -> int:
    from scrutineer.serve import serve

    try:
        return serve(_engine(args), args.port)
    except OSError as e:       # the port is taken, or not ours to bind
        raise BadInput(f"cannot listen on 127.0.0.1:{args.port} ({e.strerror or e}); choose another --port") from None


def cmd_settings(args) -> int:
    print(json.dumps(Settings.from_env(index_dir=args.index).describe(), indent=1))
    return 0


def cmd_chat(args) -> int:
    from scrutineer.chat import run_chat

    engine = _engine(args)
    engine.require_index()
    return run_chat(engine, filters=_filters(args), llm=args.llm)


# ---------------------------------------------------------------------------- sync
def cmd_sync(args) -> int:
    from pathlib import Path

    from sources.sync import run

    settings = Settings.from_env(index_dir=args.index, corpus_dir=Path(args.corpus) if args.corpus else None)
    return run(settings, args.source, args.base_url, args.committee, args.date_from, args.date_to,
               council=args.council, dry_run=args.dry_run, list_committees=args.list_committees,
               progress=_Bar(sys.stderr), say=lambda line: print(line, flush=True))


# ---------------------------------------------------------------------------- parser
class _Parser(argparse.ArgumentParser):
    """A bad option is one line naming it and why (not the whole usage), exit 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="scrutineer", description="Ask council committee papers, with citations.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index files or folders (default corpus/)")
    p.add_argument("paths", nargs="*", help="files or folders")
    p.add_argument("--prune", action="store_true", help="drop indexed files that no longer exist")
    p.add_argument("--rebuild", action="store_true", help="drop the whole index first")
    p.add_argument("-v", "--verbose", action="store_true", help="one line per file")
    _common(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", help="answer a question with numbered citations")
    p.add_argument("question", help='the question, or "-" to read JSON Lines from stdin')
    p.add_argument("--json", action="store_true", help="print the answer object as JSON")
    p.add_argument("--llm", help="PROVIDER:MODEL for a generative answer (env SCRUTINEER_LLM)")
    p.add_argument("--server", metavar="URL",
                   help="ask a running `scrutineer serve` instead of loading the model (env SCRUTINEER_SERVER)")
    _common(p)
    _filters_args(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="keep the model and index loaded and answer `ask --server` over HTTP on 127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765; 0 picks a free one)")
    _common(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("chat", help="a conversation at the terminal (follow-up questions keep context)")
    p.add_argument("--llm", help="PROVIDER:MODEL for generative answers (env SCRUTINEER_LLM)")
    _common(p)
    _filters_args(p)
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("decisions", help="the decisions register: every resolution, newest first")
    p.add_argument("query", nargs="?", help="words every listed resolution must contain")
    p.add_argument("--json", action="store_true")
    _common(p)
    _filters_args(p)
    p.set_defaults(func=cmd_decisions)

    for plugin in entry_points(group="scrutineer.commands"):
        plugin.load()(sub)      # commands other packages add (`eval` from evals/), as simonw/llm's hooks do

    from sources.base import source_names

    p = sub.add_parser("sync", help="fetch new committee papers from a council's site, then ingest them")
    p.add_argument("source", choices=source_names(), help="the kind of site")
    p.add_argument("base_url", metavar="BASE_URL", help="the site's address, e.g. https://democracy.example.gov.uk")
    p.add_argument("--committee", action="append", metavar="NAME_OR_ID", help="repeat for several; `all` for every current one")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="meetings on or after (default: a year ago)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="meetings on or before (default: 90 days ahead)")
    p.add_argument("--council", help="the council's name for citations (remembered for the site)")
    p.add_argument("--dry-run", action="store_true", help="list what would be fetched; fetch nothing")
    p.add_argument("--list-committees", action="store_true", help="list the site's committees and their ids")
    p.add_argument("--corpus", help="corpus folder (env SCRUTINEER_CORPUS; default corpus/)")
    _common(p)
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("settings", help="print the settings in force")
    _common(p)
    p.set_defaults(func=cmd_settings)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _check_index_dir(args)
        return args.func(args)
    except IndexMissing as e:
        print(f"scrutineer: {e}", file=sys.stderr)
        return 2
    except ScrutineerError as e:
        print(f"scrutineer: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("scrutineer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
