"""The shape of the code: no product module names a council (rules must hold for any council)."""
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the councils whose papers we have seen: product code must not special-case any of them
SEEN = re.compile(r"warwickshire|kent|manchester|gloucester|milburn|bristol|merton|ayton|govan|sutton|newbiggin"
                  r"|harrowdene|cwmderwen|ravensmoor|somerby",  # and the invented bodies of tests/e2e
                  re.I)


def product_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    return [ROOT / f for f in listed if not f.startswith(("tests/", "evals/", "corpus/"))]


def test_no_product_module_names_a_council_we_have_seen():
    offenders = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
                 for path in product_files() if path.exists()
                 for n, line in enumerate(path.read_text().splitlines(), 1) if SEEN.search(line)]
    assert product_files(), "git ls-files found no product code"
    assert offenders == []
