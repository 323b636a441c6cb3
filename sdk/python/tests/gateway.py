"""The real gateway the integration tests talk to: AEGIS_URL, running the repository's default aegis.yaml."""

from __future__ import annotations

import os
import unittest

from aegis import Aegis, AsyncAegis

AEGIS_URL = os.environ.get("AEGIS_URL")
DEVELOPER_KEY = "aegis-dev-key-do-not-use-in-production"
REVIEWER_KEY = "aegis-reviewer-key-do-not-use-in-production"

requires_gateway = unittest.skipUnless(
    AEGIS_URL, "AEGIS_URL is not set: run ./run-tests.sh (it starts a gateway) or point AEGIS_URL at one on the default aegis.yaml"
)


def developer() -> Aegis:
    return Aegis(AEGIS_URL, DEVELOPER_KEY)


def reviewer() -> Aegis:
    return Aegis(AEGIS_URL, REVIEWER_KEY)


def async_developer() -> AsyncAegis:
    return AsyncAegis(AEGIS_URL, DEVELOPER_KEY)


def async_reviewer() -> AsyncAegis:
    return AsyncAegis(AEGIS_URL, REVIEWER_KEY)
