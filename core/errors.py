"""Failures a user can meet, each with a message that names the file or setting and what to do.

The CLI and the app translate these at the edge into one line or st.error; anything else is a bug.
"""


class ScrutineerError(Exception):
    """Base class: str(error) is the one line shown to the user."""


class UnreadableDocument(ScrutineerError):
    """A file that cannot be ingested. `reason` is short, e.g. 'no text layer: needs OCR'."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def short_reason(error: Exception) -> str:
    """A library's error as one bounded line, for the reason of an UnreadableDocument."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."


class IndexMissing(ScrutineerError):
    def __init__(self, index_dir: str):
        self.index_dir = index_dir
        super().__init__(
            f"no index at {index_dir}: build it with `scrutineer ingest` (or `make run`), "
            f"or point --index / SCRUTINEER_INDEX at an existing one"
        )


class IndexLocked(ScrutineerError):
    def __init__(self, index_dir: str, waited: float):
        super().__init__(
            f"index {index_dir} is being written by another ingest (waited {waited:.0f}s); "
            f"try again when it finishes"
        )


class IndexIncompatible(ScrutineerError):
    def __init__(self, index_dir: str, why: str):
        super().__init__(f"index {index_dir} was built with {why}: rebuild it with `scrutineer ingest --rebuild`")


class BadInput(ScrutineerError):
    """A bad option or argument value."""


class LLMUnavailable(ScrutineerError):
    """The configured chat model cannot be used; the caller falls back to extractive answers."""


class IndexDamaged(ScrutineerError):
    """An index folder whose committed files cannot be read whole; names the repair command."""

    def __init__(self, index_dir: str, why: str, repair: str = "scrutineer ingest --rebuild"):
        self.index_dir = index_dir
        self.why = why
        super().__init__(f"index {index_dir} is damaged ({why}): repair it with `{repair}`")


class DiskFull(ScrutineerError):
    def __init__(self, index_dir: str, kept: str | None):
        kept_txt = f"the last good index ({kept}) is intact" if kept else "nothing already indexed was changed"
        super().__init__(f"no space left on the device while writing the index {index_dir}: the run stopped; "
                         f"{kept_txt}; free some space and run `scrutineer ingest` again")


class StoreUnavailable(ScrutineerError):
    """The vector store could not be read for this question; the next question retries."""


class SyncFailed(ScrutineerError):
    """A document source (e.g. a council's ModernGov site) could not be synced. `where` is the
    address asked; files already synced stay where they are."""

    def __init__(self, where: str, reason: str):
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


class SiteUnreachable(SyncFailed):
    """No usable answer: a wrong address, refused connection, timeouts or server errors after retries."""


class UnexpectedResponse(SyncFailed):
    """The site answered, but not as the source expects: an HTML page, a redirect page, malformed XML."""


class UnknownCommittee(SyncFailed):
    """A committee name or id the site does not list."""


class ServerUnavailable(ScrutineerError):
    """`scrutineer ask --server URL`: the answering server cannot be reached or is not Scrutineer's."""
