"""The replica served on loopback for a benchmark: nginx, or `newscrawl serve` without it.

nginx is started from a configuration written for the run (a free port, the tree as root, and
in the location nothing but `default_type text/html; try_files $uri $uri/index.html $uri.html
=404;`), in the foreground as a child process, so it never outlives the benchmark. It serves a
page in a few microseconds from the other core: the crawler, not the server, is measured.
`newscrawl serve` (a Python thread per connection) is the fallback, and says so in the table.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

NGINX_CANDIDATES = ("nginx", "/usr/sbin/nginx", "/usr/local/sbin/nginx")
_CONFIG = """\
{user}worker_processes 1;
pid {prefix}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    error_log {prefix}/error.log error;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    sendfile on;
    keepalive_requests 1000000;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{
            default_type text/html;
            try_files $uri $uri/index.html $uri.html =404;
        }}
    }}
}}
"""


@dataclass(frozen=True)
class Server:
    url: str
    label: str  # for the table: which server and why
    pid: int


def find_nginx() -> str | None:
    for name in NGINX_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve(root: Path, kind: str = "auto") -> Iterator[Server]:
    """Serve `root` on 127.0.0.1 for the duration of the block. `kind`: auto, nginx, newscrawl."""
    nginx = find_nginx() if kind in ("auto", "nginx") else None
    if kind == "nginx" and nginx is None:
        raise SystemExit("nginx is not installed (apt-get install nginx-light)")
    if nginx is not None:
        with _nginx(nginx, root) as server:
            yield server
        return
    why = "nginx not found" if kind == "auto" else "asked for"
    with _newscrawl_serve(root, why) as server:
        yield server


@contextmanager
def _nginx(binary: str, root: Path) -> Iterator[Server]:
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="newscrawl-nginx-") as prefix:
        # As root, nginx's workers would run as `nobody` and could not read a tree under a
        # private home; on loopback for a benchmark, the invoking user is fine.
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
        config = Path(prefix) / "nginx.conf"
        config.write_text(
            _CONFIG.format(user=user, prefix=prefix, port=port, root=root.resolve()), "utf-8"
        )
        command = [binary, "-p", prefix, "-c", str(config), "-e", "stderr", "-g", "daemon off;"]
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        try:
            _wait_listening(port, process)
            version = _nginx_version(binary)
            yield Server(f"http://127.0.0.1:{port}", f"nginx {version}", process.pid)
        finally:
            _stop(process)


@contextmanager
def _newscrawl_serve(root: Path, why: str) -> Iterator[Server]:
    port = free_port()
    command = [sys.executable, "-m", "newscrawl.cli", "serve", str(root), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_listening(port, process, timeout=120)  # it indexes the tree first
        yield Server(f"http://127.0.0.1:{port}", f"newscrawl serve ({why})", process.pid)
    finally:
        _stop(process)


def _wait_listening(port: int, process: subprocess.Popen[str] | subprocess.Popen[bytes],
                    timeout: float = 30) -> None:  # fmt: skip
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read() if process.stderr else ""
            raise RuntimeError(f"the server exited at once: {error!r}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


def _nginx_version(binary: str) -> str:
    done = subprocess.run([binary, "-v"], capture_output=True, text=True, check=False)
    return done.stderr.strip().rpartition("/")[2] or "?"


def _stop(process: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
