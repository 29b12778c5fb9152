"""Custom resource: apply the SQL migrations, re-key the companies after a change of the name rules
(`hirehound.db.company_rekey`), then provision the application's database role.

Runs as the cluster's admin user (HIREHOUND_DATABASE_SECRET_ARN names the admin secret, whose host is
the cluster endpoint: migrations hold a session advisory lock, which would pin an RDS Proxy
connection anyway). It then (re)sets the application role's password from the app secret, grants it
data access, and writes the RDS Proxy endpoint into that secret as `host` — the secret cannot name
the proxy in CloudFormation because the proxy already references the secret. With a database given
by its URL (no HIREHOUND_APP_SECRET_ARN: the localstack stage) it only migrates.
"""

from __future__ import annotations

import json
import os
from typing import Any

import boto3
import psycopg
from hirehound.db.company_rekey import rekey
from hirehound.db.migrate import migrate
from hirehound.db.pool import database_url
from psycopg import sql

PHYSICAL_ID = "hirehound-schema"


def _grant_statements(role: str, password: str) -> list[sql.Composed]:
    ident = sql.Identifier(role)
    return [
        sql.SQL("ALTER ROLE {} WITH LOGIN PASSWORD {}").format(ident, sql.Literal(password)),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(ident),
        sql.SQL("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {}").format(ident),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {}"
        ).format(ident),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {}"
        ).format(ident),
    ]


def provision_app_role(conn: psycopg.Connection[Any], role: str, password: str) -> None:
    """Create or update the login role the functions use; data access only, no DDL."""
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    if not exists:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
    for statement in _grant_statements(role, password):
        conn.execute(statement)


def on_event(event: dict[str, Any], _context: object) -> dict[str, Any]:
    """CloudFormation Create/Update: migrate and provision; Delete: keep the data, do nothing."""
    if event["RequestType"] == "Delete":
        return {"PhysicalResourceId": event.get("PhysicalResourceId", PHYSICAL_ID)}
    url = database_url()
    applied = migrate(url)
    rekeyed = rekey(url)
    data = {
        "PhysicalResourceId": PHYSICAL_ID,
        "Data": {
            "Applied": ",".join(map(str, applied)),
            "CompaniesRekeyed": rekeyed.rekeyed,
            "CompaniesMerged": rekeyed.merged,
        },
    }
    app_arn = os.environ.get("HIREHOUND_APP_SECRET_ARN")
    if app_arn is None:  # a database given by its URL (the localstack stage): no role to provision
        return data
    secrets = boto3.client("secretsmanager")
    app = json.loads(secrets.get_secret_value(SecretId=app_arn)["SecretString"])
    with psycopg.connect(url, autocommit=True) as conn:
        provision_app_role(conn, app["username"], app["password"])
    wanted = {
        "host": os.environ["HIREHOUND_PROXY_ENDPOINT"],
        "port": 5432,
        "dbname": os.environ["HIREHOUND_DBNAME"],
    }
    if any(app.get(k) != v for k, v in wanted.items()):
        secrets.put_secret_value(SecretId=app_arn, SecretString=json.dumps({**app, **wanted}))
    return data
