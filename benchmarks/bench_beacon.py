"""View-beacon throughput: the real app under gunicorn on 127.0.0.1, counted views versus views sent.

For each database (SQLite; PostgreSQL database `bench_issue3` when the server answers) and each counter
store (local memory per worker, flushed by threshold/time and at worker exit; Redis when it answers):
migrate a throw-away database, add a few hundred articles, start gunicorn on a free loopback port, send
`BEACON_REQUESTS` POSTs from several client processes (each request a distinct simulated reader, so
dedup keeps them all), stop gunicorn, flush, and compare the per-day totals with what was sent.

Passes when every mode counts every view it sent, without errors, at >= 1000 counted views per second.
Environment: BEACON_REQUESTS (default 20000), BEACON_WORKERS (gunicorn workers, default 3),
BEACON_CLIENTS (client processes, default 2), BEACON_THREADS (threads per client, default 4).
"""

import multiprocessing
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
PG_ADMIN = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-d", "postgres"]
PG_DB = "bench_issue3"
SQLITE_PATH = "/tmp/bench_issue3_beacon.sqlite3"
REQUESTS = int(os.environ.get("BEACON_REQUESTS", "20000"))
WORKERS = int(os.environ.get("BEACON_WORKERS", "3"))
CLIENTS = int(os.environ.get("BEACON_CLIENTS", "2"))
THREADS = int(os.environ.get("BEACON_THREADS", "4"))
TIME_LIMIT = 120  # seconds of sending, at most, per mode
ARTICLES = 300
TARGET_RATE = 1000


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_available():
    if shutil.which("psql") is None:
        return False
    return subprocess.run([*PG_ADMIN, "-c", "select 1"], capture_output=True).returncode == 0


def redis_available():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def manage(env, *args):
    done = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")


def django_query(env, code):
    """Run a snippet in a fresh Django process (the bench's own process stays Django-free)."""
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def prepare_database(database):
    if database == "sqlite":
        Path(SQLITE_PATH).unlink(missing_ok=True)
        return f"sqlite:///{SQLITE_PATH}"
    subprocess.run([*PG_ADMIN, "-c", f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)"], check=True)
    subprocess.run([*PG_ADMIN, "-c", f"CREATE DATABASE {PG_DB}"], check=True)
    return f"postgres://postgres@127.0.0.1:5432/{PG_DB}"


def base_env(database_url, store):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="bench-only-" + uuid.uuid4().hex,
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        DB_CONN_MAX_AGE="600",
        LOG_LEVEL="ERROR",
        PYTHONWARNINGS="ignore",
        CACHE_KEY_PREFIX="bench_issue3_" + uuid.uuid4().hex[:8],
    )
    env.pop("REDIS_URL", None)
    if store == "redis":
        env["REDIS_URL"] = "redis://127.0.0.1:6379/3"
    return env


def wait_until_serving(port, process, article_id, timeout=30):
    """Probe as a self-declared bot: answered like any beacon (204) but never counted."""
    deadline = time.monotonic() + timeout
    probe = beacon_request(port, article_id, "probe").replace(b"Firefox/140.0", b"bench-probe-bot/1.0")
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            if send_one(port, probe) == 204:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start in time")


def beacon_request(port, article_id, reader):
    """A browser-like beacon POST as raw bytes: the client stays cheap so the server is what is measured."""
    body = f"id={article_id}".encode()
    head = (
        f"POST /_/views/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/140.0 reader-{reader}\r\n"
        f"Content-Type: text/plain;charset=UTF-8\r\nContent-Length: {len(body)}\r\n"
        f"Origin: http://127.0.0.1:{port}\r\nSec-Fetch-Site: same-origin\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


def send_one(port, payload):
    """Send one request and return its status code (gunicorn's sync workers close after each)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(payload)
        response = b""
        while b"\r\n" not in response:
            chunk = sock.recv(4096)
            if not chunk:
                break
            response += chunk
        while sock.recv(4096):
            pass
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0


def client_process(port, ids, start, count, deadline, results):
    """One client process: THREADS threads, each a stream of distinct simulated readers."""
    sent, errors = [0] * THREADS, [0] * THREADS

    def run(thread):
        for n in range(start + thread, start + count, THREADS):
            if time.time() > deadline:
                return
            try:
                status = send_one(port, beacon_request(port, ids[n % len(ids)], n))
            except OSError:
                status = 0
            if status == 204:
                sent[thread] += 1
            else:
                errors[thread] += 1

    threads = [threading.Thread(target=run, args=(t,)) for t in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put((sum(sent), sum(errors)))


def send_load(port, ids):
    per_client = REQUESTS // CLIENTS
    deadline = time.time() + TIME_LIMIT
    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(
            target=client_process, args=(port, ids, c * per_client, per_client, deadline, results)
        )
        for c in range(CLIENTS)
    ]
    started = time.perf_counter()
    for p in processes:
        p.start()
    totals = [results.get() for _ in processes]
    for p in processes:
        p.join()
    elapsed = time.perf_counter() - started
    return sum(s for s, _ in totals), sum(e for _, e in totals), elapsed


def run_mode(database, store):
    database_url = prepare_database(database)
    env = base_env(database_url, store)
    manage(env, "migrate", "--noinput")
    manage(env, "generate_articles", "--count", str(ARTICLES), "--seed", "3", "--no-index", "-v", "0")
    ids = django_query(
        env,
        "from articles.models import ArticlePage; "
        "print(','.join(str(i) for i in ArticlePage.objects.live().public().values_list('pk', flat=True)))",
    )
    ids = [int(i) for i in ids.split(",")]
    port = free_port()
    server = subprocess.Popen(
        [GUNICORN, "config.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(WORKERS), "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_serving(port, server, ids[0])
        sent, errors, elapsed = send_load(port, ids)
    finally:
        server.send_signal(signal.SIGTERM)  # graceful: each worker flushes its pending counts on exit
        server.wait(timeout=60)
    manage(env, "flush_views")  # Redis store: collect whatever is still pending
    counted = int(
        django_query(
            env,
            "from django.db.models import Sum; from popularity.models import ArticleDailyViews; "
            "print(ArticleDailyViews.objects.aggregate(n=Sum('views'))['n'] or 0)",
        )
    )
    rate = counted / elapsed if elapsed else 0.0
    ok = counted == sent and errors == 0 and rate >= TARGET_RATE
    print(
        f"{database:10} {store:6} sent {sent:6}  counted {counted:6}  errors {errors:3}  "
        f"{elapsed:5.1f}s  {rate:7.0f} counted views/s  {'ok' if ok else 'FAIL'}",
        flush=True,
    )
    return ok


def main():
    os.chdir(ROOT)
    print(
        f"{REQUESTS} beacon POSTs per mode, gunicorn -w {WORKERS} (sync), "
        f"{CLIENTS} client processes x {THREADS} threads, {os.cpu_count()} CPUs",
        flush=True,
    )
    databases = ["sqlite"] + (["postgresql"] if postgres_available() else [])
    if "postgresql" not in databases:
        print("PostgreSQL not reachable on 127.0.0.1:5432: skipped")
    stores = ["local"] + (["redis"] if redis_available() else [])
    if "redis" not in stores:
        print("Redis not reachable on 127.0.0.1:6379: Redis store skipped")
    results = [run_mode(database, store) for database in databases for store in stores]
    if os.environ.get("CI") == "true" and len(databases) < 2:
        return 1
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
