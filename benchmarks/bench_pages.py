"""Page throughput under gunicorn (production settings, 2 sync workers), side by side in one run.

- a static file of the article page's size served by whitenoise from the same gunicorn;
- the article and home pages from the page cache ("cached") and rendered every time ("uncached",
  PAGE_CACHE_SECONDS=0);
- bakerydemo's blog and home pages, same machine, same database kind (SQLite), same worker count,
  interleaved with ours, when BAKERYDEMO_DIR points at a prepared checkout (see the README);
- a spike: `wrk -c200 -d60s` on the cached article page, with SQLite + the shared file cache and with
  PostgreSQL + Redis when those servers answer.

Needs `wrk` (Debian's package). Goals: cached >= 0.5x static; uncached article and home >= 2x
bakerydemo's; spike with zero errors and p99 under 250 ms.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.servers import Server, Site, fetch, free_port

WORKERS = 2
SECONDS = int(os.environ.get("PAGES_SECONDS", "10"))
SPIKE_SECONDS = int(os.environ.get("PAGES_SPIKE_SECONDS", "60"))
ROUNDS = int(os.environ.get("PAGES_ROUNDS", "2"))
ARTICLE = "/opinion/let-the-regions-students-cross-borders-on-scholarships/"
BAKERY_PAGES = {"article": "/blog/wild-yeast/", "home": "/"}


def wrk(port, path, connections=8, seconds=SECONDS, host="localhost"):
    """{'rps', 'p50', 'p99' (ms), 'errors'} of one wrk run."""
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Host: {host}",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def millis(label):
        match = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": millis("50"),
        "p99": millis("99"),
        "errors": errors + (int(non2xx.group(1)) if non2xx else 0),
    }


def our_site(folder, **env):
    site = Site(folder, workers=WORKERS, env={"LOG_LEVEL": "ERROR", **env})
    return site


class Bakery(Server):
    """bakerydemo under gunicorn with its own virtualenv; prepared as the README says."""

    name = "bakerydemo"

    def __init__(self, directory):
        self.directory = Path(directory)
        self.port = free_port()
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
            "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
            "DATABASE_URL": f"sqlite:///{self.directory / 'bakery.sqlite3'}",
            "DJANGO_SECRET_KEY": "bench-only",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
        }
        self.process = None

    def start(self):
        gunicorn = self.directory / ".venv" / "bin" / "gunicorn"
        self.process = subprocess.Popen(
            [
                str(gunicorn),
                "bakerydemo.wsgi",
                "-b",
                f"127.0.0.1:{self.port}",
                "-w",
                str(WORKERS),
                "--log-level",
                "error",
            ],
            cwd=self.directory,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        return self.wait_until_ready(lambda: fetch(self.port, "/")[0] == 200, timeout=30)


def same_size_static_file(site, size):
    """A static file as large as the article page, collected before gunicorn starts."""
    folder = Path(site.env["STATIC_ROOT"]) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "same-size.html").write_bytes(b"<!-- bench -->" + b"x" * (size - 14))
    return "/static/bench/same-size.html"


def row(label, result, reference=None):
    ratio = f"{result['rps'] / reference:.2f}x" if reference else ""
    print(
        f"  {label:<44} {result['rps']:>8.1f} req/s  p50 {result['p50']:>7.1f} ms  "
        f"p99 {result['p99']:>7.1f} ms  errors {result['errors']:<4} {ratio}",
        flush=True,
    )


def spike(label, site):
    site.start()
    try:
        fetch(site.port, ARTICLE)
        result = wrk(site.port, ARTICLE, connections=200, seconds=SPIKE_SECONDS)
    finally:
        site.stop()
    row(f"spike c200 {SPIKE_SECONDS}s, {label}", result)
    return result["errors"] == 0 and result["p99"] < 250


def reachable(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def main():
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk); nothing measured")
        return 1
    ok = True
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp:
        cached = our_site(Path(tmp) / "site")
        cached.prepare()
        cached.manage("load_demo")
        cached.start()
        size = len(fetch(cached.port, ARTICLE)[2].encode())
        cached.stop()
        static_path = same_size_static_file(cached, size)
        uncached = our_site(Path(tmp) / "site", PAGE_CACHE_SECONDS="0")

        bakery_dir = os.environ.get("BAKERYDEMO_DIR", "")
        bakery = Bakery(bakery_dir) if bakery_dir and (Path(bakery_dir) / ".venv").is_dir() else None
        if bakery is None:
            print("BAKERYDEMO_DIR is not set to a prepared bakerydemo checkout: no comparison (see README)")

        print(f"Pages, gunicorn {WORKERS} sync workers, SQLite, wrk -t2 -c8 -d{SECONDS}s, {ROUNDS} rounds")
        cached.start()
        fetch(cached.port, ARTICLE), fetch(cached.port, "/")
        static = wrk(cached.port, static_path)
        row(f"static file, {size} bytes (whitenoise)", static)
        article_cached = wrk(cached.port, ARTICLE)
        row("article, cached", article_cached, static["rps"])
        row("home, cached", wrk(cached.port, "/"), static["rps"])
        cached.stop()
        ok &= article_cached["rps"] >= 0.5 * static["rps"]

        best = {}
        for _ in range(ROUNDS):
            for page in ("article", "home"):
                uncached.start()
                ours = wrk(uncached.port, ARTICLE if page == "article" else "/")
                uncached.stop()
                best.setdefault(("ours", page), []).append(ours)
                if bakery:
                    bakery.start()
                    theirs = wrk(bakery.port, BAKERY_PAGES[page])
                    bakery.stop()
                    best.setdefault(("bakery", page), []).append(theirs)
        for page in ("article", "home"):
            ours = max(best[("ours", page)], key=lambda r: r["rps"])
            theirs = max(best[("bakery", page)], key=lambda r: r["rps"]) if bakery else None
            if theirs:
                row(f"bakerydemo {BAKERY_PAGES[page]} ({page})", theirs)
            row(f"{page}, uncached (vs bakerydemo)", ours, theirs["rps"] if theirs else None)
            if theirs:
                ok &= ours["rps"] >= 2 * theirs["rps"]

        ok &= spike("SQLite + file cache", cached)
        if reachable(5432) and reachable(6379):
            database = "bench_pages"
            admin = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-d", "postgres", "-c"]
            subprocess.run([*admin, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"], check=True)
            subprocess.run([*admin, f"CREATE DATABASE {database}"], check=True)
            pg = our_site(
                Path(tmp) / "pg",
                DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{database}",
                REDIS_URL="redis://127.0.0.1:6379/5",
                CACHE_KEY_PREFIX=f"bench-pages-{os.getpid()}",
            )
            pg.prepare()
            pg.manage("load_demo")
            ok &= spike("PostgreSQL + Redis", pg)
        else:
            print("  PostgreSQL or Redis not reachable: no PostgreSQL + Redis spike")
    print("goals met" if ok else "GOALS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
