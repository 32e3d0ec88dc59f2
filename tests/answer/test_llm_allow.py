"""SCRUTINEER_LLM_ALLOW: passages go only to providers the council allowed (default: this machine)."""
import pytest

from answer.llm import LLMAnswerer
from answer.providers import ModelSpec, check_allowed, is_local, receiver
from core.errors import LLMUnavailable
from core.settings import Settings


@pytest.mark.parametrize("spec, base_url, local, host", [
    ("ollama:llama3.1", None, True, "localhost"),
    ("openai:qwen", "http://127.0.0.1:8080/v1", True, "127.0.0.1"),
    ("openai:qwen", "http://[::1]:8080/v1", True, "::1"),
    ("openai:gpt-4o-mini", None, False, "api.openai.com"),
    ("anthropic:claude-3-5-haiku", None, False, "api.anthropic.com"),
    ("openai:qwen", "http://10.0.0.5:8080/v1", False, "10.0.0.5"),
    ("ollama:llama3.1", "http://gpu-box.example:11434", False, "gpu-box.example"),
])
def test_where_the_passages_go(spec, base_url, local, host):
    s = ModelSpec.parse(spec, base_url=base_url)
    assert is_local(s) is local and receiver(s) == host


def test_by_default_only_a_model_on_this_machine_is_allowed():
    check_allowed(ModelSpec.parse("ollama:llama3.1"), None)
    check_allowed(ModelSpec.parse("openai:x", base_url="http://127.0.0.1:9/v1"), "local")
    with pytest.raises(LLMUnavailable) as e:
        check_allowed(ModelSpec.parse("openai:gpt-4o-mini"), None)
    message = str(e.value)
    assert "api.openai.com" in message and "SCRUTINEER_LLM_ALLOW=openai" in message and "\n" not in message


@pytest.mark.parametrize("allow", ["openai", "local,openai", "any", "api.openai.com"])
def test_an_allow_list_lets_a_named_provider_or_host_through(allow):
    check_allowed(ModelSpec.parse("openai:gpt-4o-mini"), allow)


def test_a_provider_on_the_list_does_not_let_another_through():
    with pytest.raises(LLMUnavailable, match="api.anthropic.com"):
        check_allowed(ModelSpec.parse("anthropic:claude-3-5-haiku"), "local,openai")


def test_the_answerer_refuses_a_hosted_provider_before_building_it(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    with pytest.raises(LLMUnavailable, match="SCRUTINEER_LLM_ALLOW"):
        LLMAnswerer(Settings(llm="openai:gpt-4o-mini"))
    assert LLMAnswerer(Settings(llm="openai:gpt-4o-mini", llm_allow="openai")).available()
