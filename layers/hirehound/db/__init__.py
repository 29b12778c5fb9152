"""Data access: the connection pool, migrations and one repository per table family."""
