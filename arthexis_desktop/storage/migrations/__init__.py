"""Alembic migrations (a package so that installers ship env.py and the versions)."""
