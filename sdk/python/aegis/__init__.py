"""Aegis SDK: governed runs, approvals, audit, budgets, tool pins and collections of an Aegis gateway.

Chat completions go through the official ``openai`` SDK pointed at the gateway (``base_url=.../v1``).
"""

from ._run_stream import AsyncRunStream, RunStream
from ._version import __version__
from .async_client import AsyncAegis
from .client import Aegis
from .errors import (
    AegisError,
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    StreamError,
    UnprocessableError,
)
from .models import *  # noqa: F401,F403 - the models are part of the package's surface
from .models import __all__ as _models
from .resources.approvals import ApprovalResult

__all__ = [
    "Aegis", "AsyncAegis", "RunStream", "AsyncRunStream", "ApprovalResult", "__version__",
    "AegisError", "APIConnectionError", "APITimeoutError", "AuthenticationError", "BadRequestError", "ConflictError",
    "InternalServerError", "NotFoundError", "PermissionDeniedError", "RateLimitError", "ServiceUnavailableError",
    "StreamError", "UnprocessableError",
] + list(_models)
