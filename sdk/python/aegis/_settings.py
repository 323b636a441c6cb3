"""Client settings from arguments, then the environment, then defaults."""

from __future__ import annotations

import os
from typing import Optional

from ._http import DEFAULT_BASE_URL, Connector
from ._retry import RetryPolicy

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2


def connector(base_url: Optional[str], api_key: Optional[str], timeout: float) -> Connector:
    url = base_url or os.environ.get("AEGIS_BASE_URL") or DEFAULT_BASE_URL
    key = api_key if api_key is not None else os.environ.get("AEGIS_API_KEY")
    return Connector(url, key, timeout)


def retry_policy(max_retries: int) -> RetryPolicy:
    if max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
    return RetryPolicy(max_retries=max_retries)
