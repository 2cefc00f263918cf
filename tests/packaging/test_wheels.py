"""The built wheels install into a fresh virtual environment and import."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, cwd: Path | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_wheels_install_into_a_fresh_environment(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    for project in (ROOT / "runtime", ROOT / "generated"):
        run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, project)
    wheels = sorted(dist.glob("*.whl"))
    assert [w.name.split("-")[0] for w in wheels] == ["coinspec", "coinspec_runtime"]
    env = tmp_path / "env"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", *wheels)
    out = run(
        python,
        "-c",
        "import coinspec.swapgate as s, coinspec_runtime, pathlib, coinspec;"
        "print(s.Swapgate.__name__, s.AsyncSwapgate.__name__);"
        "print((pathlib.Path(coinspec.__file__).parent / 'py.typed').exists())",
        cwd=tmp_path,
    )
    assert out.split() == ["Swapgate", "AsyncSwapgate", "True"]
