"""Cold start: commands that need no model never import torch (or the ONNX runtime), and with an
ONNX encoder even `ask` answers without torch. Each command runs in a fresh interpreter."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Runs CLI commands in-process, one after another (exit codes caught), and reports the heavy
# modules loaded after each: one interpreter for all of them keeps the test fast.
PROBE = """
import json, sys
from scrutineer.cli import main
heavy = ["torch", "sentence_transformers", "transformers", "onnxruntime", "chromadb"]
for args in json.loads(sys.argv[1]):
    try:
        code = main(args)
    except SystemExit as e:
        code = e.code
    print(json.dumps({"args": args, "code": code, "loaded": [m for m in heavy if m in sys.modules]}),
          file=sys.stderr)
"""


def loaded_by(commands: list[list[str]], **env) -> list[dict]:
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(commands)], capture_output=True, text=True,
                            cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1", **env}, timeout=300)
    return [json.loads(line) for line in result.stderr.splitlines() if line.startswith('{"args"')]


def test_commands_that_need_no_model_import_no_torch(tmp_path):
    commands = [["--help"], ["settings"], ["ask", "--help"], ["ask", "What was decided?"], ["decisions"],
                ["chat"]]
    outs = loaded_by(commands, SCRUTINEER_INDEX=str(tmp_path / "missing"))
    assert [o["args"] for o in outs] == commands
    for out in outs:
        assert out["code"] in (0, 2), out
        assert not {"torch", "sentence_transformers", "onnxruntime"} & set(out["loaded"]), out


@pytest.mark.slow
def test_decisions_on_a_real_index_loads_no_model(sample_index_dir):
    [out] = loaded_by([["decisions"]], SCRUTINEER_INDEX=str(sample_index_dir))
    assert out["code"] == 0
    assert not {"torch", "sentence_transformers", "onnxruntime"} & set(out["loaded"]), out


@pytest.mark.slow
def test_ask_with_an_onnx_encoder_answers_without_torch(sample_index_dir, embedder):
    if embedder.encoder == "torch":
        pytest.skip("the session's encoder is torch (SCRUTINEER_ENCODER=torch)")
    [out] = loaded_by([["ask", "--json", "What did the cabinet decide about the minerals and waste local plan?"]],
                      SCRUTINEER_INDEX=str(sample_index_dir), SCRUTINEER_ENCODER=embedder.encoder)
    assert out["code"] == 0
    assert "onnxruntime" in out["loaded"] and "torch" not in out["loaded"], out
