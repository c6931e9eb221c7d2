"""The analysis package imports its functions on first use: the streamed `foi stats figures
--csv` must not import pandas (half a second of start-up), and the functions named like their
modules (compare, export, figures) stay functions on the package."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, *args: str) -> str:
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_streaming_figures_csv_never_imports_pandas(db) -> None:
    url = db.url.render_as_string(hide_password=False)
    out = _run("import sys\n"
               "sys.argv = ['foi', 'stats', 'figures', '--csv', '--db', sys.argv[1]]\n"
               "import foi\n"
               "try:\n"
               "    foi.app()\n"
               "except SystemExit as exc:\n"
               "    assert not exc.code, exc.code\n"
               "print('pandas imported:', 'pandas' in sys.modules)\n", url)
    lines = out.splitlines()
    assert lines[0].startswith("disclosure_id,authority_id,authority,reference,date,title,")
    assert lines[-1] == "pandas imported: False"
    assert len(lines) > 10


def test_functions_named_like_their_modules_stay_functions() -> None:
    out = _run("import types, analysis.figures, analysis.compare\n"
               "import analysis\n"
               "from analysis import figures, compare, export, wilson\n"
               "from analysis.export import export as export_fn\n"
               "print(type(analysis.figures).__name__, type(figures).__name__, compare.__module__,\n"
               "      export is export_fn is analysis.export, wilson.__module__, sorted(analysis.__all__)[:3])\n"
               "try:\n"
               "    analysis.no_such_thing\n"
               "except AttributeError as exc:\n"
               "    print(exc)\n")
    assert out.splitlines() == [
        "function function analysis.compare True analysis.significance ['compare', 'cooccurrence', 'exemption_usage']",
        "module 'analysis' has no attribute 'no_such_thing'",
    ]
