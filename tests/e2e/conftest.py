"""Fixtures of the end-to-end tests."""

from tests.e2e.auth_charger import connect_auth_cp

__all__ = ["connect_auth_cp"]
