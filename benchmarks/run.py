"""`make bench`: runs every benchmarks/bench_*.py module's main() and prints its figures.

Benchmarks use their own throw-away databases (SQLite files under /tmp, or a PostgreSQL database named
bench_* when the server is reachable); they never touch db.sqlite3. `make bench BENCH=search` runs one.
"""

import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    only = os.environ.get("BENCH", "")
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if only:
        names = [n for n in names if only in n]
    if not names:
        print("no benchmark matched", only or "")
        return 1
    failed = 0
    for name in names:
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        failed += bool(module.main())
        print(f"== {name} took {time.perf_counter() - started:.1f}s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
