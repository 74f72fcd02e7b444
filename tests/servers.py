"""A throw-away copy of the publication under gunicorn with the production settings, for tests and
benchmarks that need real worker processes (and, in front of them, a real Varnish or nginx).

Everything lives in one folder: the SQLite database, the shared file cache, media and collected static
files. Other processes (`shell`) use the same environment, so a publish made there reaches the site
exactly as an editor's would.
"""

import fcntl
import hashlib
import http.client
import importlib.metadata
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def accepts(port):
    """Whether something listens on this loopback port (raises OSError when not)."""
    with socket.create_connection(("127.0.0.1", port), timeout=1):
        return True


def fetch(port, path, host="localhost", headers=None, timeout=10):
    """(status, headers with lower-case names, body text) of one GET on a new connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        connection.close()


# The production cache settings, pointed at a loopback port where no Redis listens.
DEAD_REDIS = {
    "default": {
        "BACKEND": "core.cache_backends.ResilientRedisCache",
        "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


class Server:
    """A process serving HTTP on a loopback port: started, probed until it answers, and stopped."""

    name = "server"
    port = None
    process = None

    def wait_until_ready(self, ready, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                errors = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"{self.name} exited during start-up:\n{errors}")
            try:
                if ready():
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not start in time")

    def get(self, path, **kwargs):
        return fetch(self.port, path, **kwargs)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def _code_fingerprint():
    """Changes whenever migrations, static files or installed packages do."""
    digest = hashlib.sha256()
    for path in sorted([*ROOT.glob("*/migrations/*.py"), *ROOT.glob("*/static/**/*.*")]):
        digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()):
        digest.update(dist.encode())
    return digest.hexdigest()[:16]


def migrated_template(env):
    """A folder with a migrated SQLite database and collected static files, built once per code state
    (under a lock, as several test workers may ask at once) and copied by every SQLite site."""
    folder = Path(tempfile.gettempdir()) / f"publication-site-template-{_code_fingerprint()}"
    folder.parent.mkdir(exist_ok=True)
    with open(f"{folder}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "ready").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build = {
                **env,
                "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
                "STATIC_ROOT": str(folder / "static"),
            }
            for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
                done = subprocess.run(
                    [PYTHON, "manage.py", *command, "-v", "0"],
                    cwd=ROOT,
                    env=build,
                    capture_output=True,
                    text=True,
                )
                if done.returncode:
                    raise RuntimeError(f"manage.py {command[0]} failed:\n{done.stderr[-3000:]}")
            (folder / "ready").touch()
    return folder


class Site(Server):
    name = "gunicorn"

    def __init__(self, folder, workers=2, env=None, threads=1):
        self.folder = Path(folder)
        self.workers, self.threads = workers, threads
        self.port = free_port()
        self.env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
        self.env.update(
            DJANGO_SETTINGS_MODULE="config.settings.production",
            SECRET_KEY="site-test-" + uuid.uuid4().hex,
            ALLOWED_HOSTS="localhost,127.0.0.1",
            DATABASE_URL=f"sqlite:///{self.folder / 'site.sqlite3'}",
            CACHE_DIR=str(self.folder / "cache"),
            MEDIA_ROOT=str(self.folder / "media"),
            STATIC_ROOT=str(self.folder / "static"),
            SERVE_MEDIA="true",
            TASKS_BACKEND="django.tasks.backends.immediate.ImmediateBackend",
            LOG_LEVEL="WARNING",
            PYTHONWARNINGS="ignore",
        )
        self.env.update(env or {})
        self.process = None

    def manage(self, *args, stdin=None):
        done = subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=self.env, input=stdin, capture_output=True, text=True
        )
        if done.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
        return done.stdout

    def shell(self, code):
        """Run Python in a Django process of this site; returns its last line of output."""
        return self.manage("shell", "-v", "0", stdin=code).strip().splitlines()[-1]

    def prepare(self, seed_code=None):
        """Migrate the site's database and collect its static files, then run `seed_code` in it.

        A SQLite site starts from a copy of a migrated database and collected files made once per
        state of the code (`migrated_template`), which saves half a minute of `migrate` per site.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        sqlite_path = self.folder / "site.sqlite3"
        if self.env["DATABASE_URL"] == f"sqlite:///{sqlite_path}":
            template = migrated_template(self.env)
            shutil.copyfile(template / "site.sqlite3", sqlite_path)
            shutil.copytree(template / "static", self.env["STATIC_ROOT"], dirs_exist_ok=True)
        else:
            self.manage("migrate", "--noinput", "-v", "0")
            self.manage("collectstatic", "--noinput", "-v", "0")
        if seed_code:
            return self.shell(seed_code)
        return None

    def start(self, timeout=30):
        worker_class = ["-k", "gthread", "--threads", str(self.threads)] if self.threads > 1 else []
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "-c",
                str(GUNICORN_CONFIG),
                "config.wsgi",
                "-b",
                f"127.0.0.1:{self.port}",
                "-w",
                str(self.workers),
                *worker_class,
                "--graceful-timeout",
                "5",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        return self.wait_until_ready(lambda: fetch(self.port, "/", timeout=5)[0] == 200, timeout)


class Varnish(Server):
    """varnishd on a free loopback port in front of `backend_port`, with the site's shipped VCL."""

    name = "varnishd"

    def __init__(self, folder, backend_port):
        self.folder = Path(folder)
        self.port = free_port()
        vcl = (ROOT / "deploy" / "varnish.vcl").read_text().replace('"8000"', f'"{backend_port}"')
        self.vcl = self.folder / "site.vcl"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.vcl.write_text(vcl)
        self.process = None

    def start(self, timeout=20):
        binary = shutil.which("varnishd") or "/usr/sbin/varnishd"
        self.process = subprocess.Popen(
            [
                binary,
                "-F",
                "-j",
                "none",
                "-n",
                str(self.folder / "work"),
                "-a",
                f"127.0.0.1:{self.port}",
                "-f",
                str(self.vcl),
                "-s",
                "malloc,64m",
                "-p",
                "default_grace=0",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        return self.wait_until_ready(lambda: accepts(self.port), timeout)


class Nginx(Server):
    """nginx on a free loopback port in front of a Site, with the shipped deploy/nginx.conf.

    The shipped server block is included from a main configuration of its own whose pid, logs and
    temporary files live in `folder`, so it runs without touching /etc/nginx or /var (and as any user).
    """

    name = "nginx"
    BINARY = shutil.which("nginx") or "/usr/sbin/nginx"

    def __init__(self, folder, site):
        self.folder = Path(folder)
        self.port = free_port()
        self.folder.mkdir(parents=True, exist_ok=True)
        site_conf = self.render(
            (ROOT / "deploy" / "nginx.conf").read_text(),
            {
                "server 127.0.0.1:8000;": f"server 127.0.0.1:{site.port};",
                "listen 80;": f"listen 127.0.0.1:{self.port};",
                "/srv/caspian/static_collected/": f"{site.env['STATIC_ROOT']}/",
                "/srv/caspian/media/": f"{site.env['MEDIA_ROOT']}/",
            },
        )
        (self.folder / "site.conf").write_text(site_conf)
        temp = {name: self.folder / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
        # As root, nginx's workers would run as "nobody", who cannot read the test's private folders.
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name};" if os.geteuid() == 0 else ""
        mime_types = "include /etc/nginx/mime.types;" if Path("/etc/nginx/mime.types").exists() else ""
        (self.folder / "nginx.conf").write_text(
            f"""{user}
daemon off;
worker_processes 1;
pid {self.folder / "nginx.pid"};
error_log {self.folder / "error.log"} warn;
events {{ worker_connections 256; }}
http {{
    {mime_types}
    access_log off;
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    include {self.folder / "site.conf"};
}}
"""
        )
        self.process = None

    @staticmethod
    def render(conf, replacements):
        """The shipped file with its host-specific values replaced; each must be there exactly once."""
        for old, new in replacements.items():
            if conf.count(old) != 1:
                raise AssertionError(f"deploy/nginx.conf should contain {old!r} once")
            conf = conf.replace(old, new)
        return conf

    def start(self, timeout=10):
        self.process = subprocess.Popen(
            [self.BINARY, "-p", str(self.folder), "-e", str(self.folder / "error.log"), "-c", "nginx.conf"],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        return self.wait_until_ready(lambda: accepts(self.port), timeout)
