"""When to try a request again, and after how long."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import Callable, Optional

from ._endpoints import Endpoint
from .errors import AegisError, APIConnectionError, APITimeoutError

# 503 codes the gateway answers after the request has run (it could not record the outcome): sending a
# non-idempotent request again would run it twice.
_RAN_BEFORE_503 = frozenset({"audit_unavailable", "state_unavailable"})
_SECONDS = re.compile(r"[0-9]+(\.[0-9]+)?")


@dataclass(frozen=True)
class RetryPolicy:
    """Retries 429 and 503 answers, and connections that failed before the request was sent (or, for a GET,
    at any point), with exponential backoff and jitter; a ``retry-after`` header replaces the backoff, and
    one longer than ``max_retry_after`` is not waited for: the error is raised so the caller can decide."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[], float] = random.random

    def delay(self, retries_done: int, error: AegisError, endpoint: Endpoint) -> Optional[float]:
        """Seconds to wait before trying again, or None when ``error`` is to be raised."""
        if retries_done >= self.max_retries or not self._retryable(error, endpoint):
            return None
        if error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.max_retry_after else None
        backoff = min(self.max_delay, self.initial_delay * (2 ** retries_done))
        return backoff * (0.5 + self.jitter() / 2)

    @staticmethod
    def _retryable(error: AegisError, endpoint: Endpoint) -> bool:
        if isinstance(error, APIConnectionError):
            if not error.request_sent:
                return True
            return endpoint.idempotent and not isinstance(error, APITimeoutError)
        if error.status == 429:
            return True
        if error.status == 503:
            return endpoint.idempotent or error.code not in _RAN_BEFORE_503
        return False


def parse_retry_after(value: Optional[str], now: Optional[datetime] = None) -> Optional[float]:
    """A ``retry-after`` header as seconds from now: delta-seconds or an HTTP date; None when absent or unreadable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if _SECONDS.fullmatch(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())
