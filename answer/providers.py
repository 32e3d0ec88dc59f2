"""Where chat models come from: a small registry from a provider name to a builder.

`build_chat_model("openai:gpt-4o-mini", base_url=..., timeout=...)` returns a LangChain chat
model; by default through `langchain.chat_models.init_chat_model`. To plug in a provider that
needs special set-up, register a builder:

    @register_provider("myprovider")
    def build(spec: ModelSpec) -> BaseChatModel: ...

A missing provider package or a bad spec raises `LLMUnavailable` naming what to install or
set. Nothing here calls the model.
"""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from urllib.parse import urlsplit
from typing import TYPE_CHECKING, Callable

from core.errors import LLMUnavailable

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

# provider -> (pip extra of scrutineer, the package it installs)
EXTRAS: dict[str, tuple[str, str]] = {
    "openai": ("openai", "langchain-openai"),
    "azure_openai": ("openai", "langchain-openai"),
    "ollama": ("ollama", "langchain-ollama"),
    "anthropic": ("anthropic", "langchain-anthropic"),
    "google_genai": ("google", "langchain-google-genai"),
    "mistralai": ("mistral", "langchain-mistralai"),
    "groq": ("groq", "langchain-groq"),
}
# Providers LangChain's init_chat_model knows, used only to read "provider:model" specs.
KNOWN_PROVIDERS = frozenset(EXTRAS) | {
    "anthropic_bedrock", "azure_ai", "bedrock", "bedrock_converse", "cohere", "deepseek", "fireworks",
    "google_vertexai", "huggingface", "ibm", "litellm", "nvidia", "openrouter", "perplexity",
    "together", "upstage", "xai",
}
OPENAI_COMPATIBLE_HINT = (
    "for any OpenAI-compatible server (llama.cpp, vLLM, LM Studio, Ollama's /v1 endpoint) set "
    "SCRUTINEER_LLM=openai:MODEL and SCRUTINEER_LLM_BASE_URL=http://HOST:PORT/v1"
)


@dataclass(frozen=True)
class ModelSpec:
    """What the user asked for: `--llm PROVIDER:MODEL` plus where and how long to wait."""

    provider: str
    model: str
    base_url: str | None = None
    timeout: float = 60.0

    @property
    def label(self) -> str:
        return f"{self.provider}:{self.model}"

    @classmethod
    def parse(cls, spec: str, base_url: str | None = None, timeout: float = 60.0) -> "ModelSpec":
        """'openai:gpt-4o-mini' / 'ollama:llama3.1:8b' / 'gpt-4o-mini' (provider inferred);
        a bare model name with a base URL means an OpenAI-compatible server."""
        spec = (spec or "").strip()
        if not spec:
            raise LLMUnavailable("no model given: set --llm or SCRUTINEER_LLM to PROVIDER:MODEL, e.g. openai:gpt-4o-mini")
        head, sep, rest = spec.partition(":")
        provider = head.strip().lower().replace("-", "_")
        if sep and rest.strip() and (provider in KNOWN_PROVIDERS or provider in _REGISTRY):
            return cls(provider, rest.strip(), base_url, timeout)
        if base_url:
            return cls("openai", spec, base_url, timeout)
        inferred = _infer_provider(spec)
        if inferred is None:
            raise LLMUnavailable(
                f"cannot tell which provider serves {spec!r}: write it as PROVIDER:MODEL "
                f"(e.g. openai:gpt-4o-mini, ollama:llama3.1); {OPENAI_COMPATIBLE_HINT}")
        return cls(inferred, spec, base_url, timeout)


# Where a provider sends the passages when no base URL is given.
DEFAULT_HOSTS = {"openai": "api.openai.com", "anthropic": "api.anthropic.com", "ollama": "localhost",
                 "google_genai": "generativelanguage.googleapis.com", "mistralai": "api.mistral.ai",
                 "groq": "api.groq.com"}
LOCAL_ONLY = "local"       # SCRUTINEER_LLM_ALLOW default: ollama and OpenAI-compatible servers on loopback
ANY_PROVIDER = ("any", "*")


def receiver(spec: ModelSpec) -> str:
    """The host that receives the passages: the base URL's, else the provider's own API."""
    if spec.base_url:
        return urlsplit(spec.base_url if "//" in spec.base_url else "//" + spec.base_url).hostname or spec.base_url
    return DEFAULT_HOSTS.get(spec.provider, f"{spec.provider}'s API")


def is_local(spec: ModelSpec) -> bool:
    """True when the passages stay on this machine (the model is served on a loopback address)."""
    host = receiver(spec)
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_allowed(spec: ModelSpec, allow: str | None) -> None:
    """Refuse a provider outside SCRUTINEER_LLM_ALLOW (LLMUnavailable with one clear line).

    `allow` is a comma list of "local" (any model served on loopback), provider names
    ("openai", "anthropic") and hosts ("llm.council.internal"); "any" allows every provider.
    """
    names = {x.strip().lower() for x in (allow or LOCAL_ONLY).split(",") if x.strip()} or {LOCAL_ONLY}
    if names & set(ANY_PROVIDER):
        return
    if LOCAL_ONLY in names and is_local(spec):
        return
    if spec.provider in names or receiver(spec).lower() in names:
        return
    allowed = ", ".join(sorted(names))
    raise LLMUnavailable(
        f"{spec.label} would send passages of the papers to {receiver(spec)}, which SCRUTINEER_LLM_ALLOW "
        f"({allowed}) does not allow: set SCRUTINEER_LLM_ALLOW={spec.provider} to allow it, "
        f"or use a model served on this machine")


Builder = Callable[[ModelSpec], "BaseChatModel"]
_REGISTRY: dict[str, Builder] = {}


def register_provider(name: str) -> Callable[[Builder], Builder]:
    """Register the builder for `name` (decorator); it replaces any earlier one."""
    def decorate(builder: Builder) -> Builder:
        _REGISTRY[name.lower()] = builder
        return builder
    return decorate


def providers() -> list[str]:
    """Provider names with a registered builder (others still go through init_chat_model)."""
    return sorted(_REGISTRY)


def build_chat_model(spec: str | ModelSpec, base_url: str | None = None, timeout: float = 60.0) -> "BaseChatModel":
    """A LangChain chat model for `spec`, or LLMUnavailable saying what to install or set."""
    if not isinstance(spec, ModelSpec):
        spec = ModelSpec.parse(spec, base_url=base_url, timeout=timeout)
    builder = _REGISTRY.get(spec.provider, _init_chat_model)
    try:
        return builder(spec)
    except LLMUnavailable:
        raise
    except ImportError as exc:
        raise LLMUnavailable(_missing_package(spec, exc)) from None
    except Exception as exc:  # a provider's own validation: bad key, bad URL, unknown provider
        message = " ".join(str(exc).split())
        raise LLMUnavailable(f"cannot set up {spec.label}: {message[:300]}") from None


def _missing_package(spec: ModelSpec, exc: ImportError) -> str:
    extra, package = EXTRAS.get(spec.provider, (None, f"langchain-{spec.provider.replace('_', '-')}"))
    install = f"pip install 'scrutineer[{extra}]' (or pip install {package})" if extra else f"pip install {package}"
    return (f"{spec.label} needs the {package} package, which is not installed: {install}; "
            f"or, {OPENAI_COMPATIBLE_HINT}")


def _init_chat_model(spec: ModelSpec, **extra) -> "BaseChatModel":
    from langchain.chat_models import init_chat_model

    kwargs = {"timeout": spec.timeout, "max_retries": 0, **extra}
    if spec.base_url:
        kwargs["base_url"] = spec.base_url
    return init_chat_model(spec.model, model_provider=spec.provider, **kwargs)


@register_provider("openai")
def _openai(spec: ModelSpec) -> "BaseChatModel":
    extra = {}
    if not (os.environ.get("OPENAI_API_KEY") or "").strip():
        if not spec.base_url:
            raise LLMUnavailable(
                f"{spec.label}: OPENAI_API_KEY is not set: set it for OpenAI's API; or, {OPENAI_COMPATIBLE_HINT}")
        # local OpenAI-compatible servers ignore the key, but the client insists on one
        extra["api_key"] = "not-needed"
    return _init_chat_model(spec, **extra)


@register_provider("ollama")
def _ollama(spec: ModelSpec) -> "BaseChatModel":
    # ChatOllama takes its HTTP timeout through client_kwargs and has no retry setting
    from langchain.chat_models import init_chat_model

    kwargs: dict = {"client_kwargs": {"timeout": spec.timeout}}
    if spec.base_url:
        kwargs["base_url"] = spec.base_url
    return init_chat_model(spec.model, model_provider="ollama", **kwargs)


def _infer_provider(model: str) -> str | None:
    lowered = model.lower()
    if lowered.startswith(("gpt-", "o1", "o3", "o4", "chatgpt")):
        return "openai"
    if lowered.startswith("claude"):
        return "anthropic"
    if lowered.startswith(("mistral", "mixtral")):
        return "mistralai"
    return None
