"""One HTTP exchange with the gateway over http.client: no retries here, and nothing asynchronous."""

from __future__ import annotations

import http.client
import json
import socket
from dataclasses import dataclass, field
from typing import Any, Dict, Optional
from urllib.parse import urlencode, urlsplit

from ._endpoints import Endpoint
from ._retry import parse_retry_after
from ._version import __version__
from .errors import AegisError, APIConnectionError, APITimeoutError, error_from_response

DEFAULT_BASE_URL = "http://127.0.0.1:8080"


@dataclass
class Request:
    endpoint: Endpoint
    path: str
    query: Dict[str, str] = field(default_factory=dict)
    body: Optional[bytes] = None
    content_type: Optional[str] = None
    stream: bool = False
    timeout: Optional[float] = None


@dataclass
class Response:
    """A complete answer, or for a stream the status and an open body to read with ``read_chunk``."""

    status: int
    reason: str
    headers: Dict[str, str]
    body: bytes = b""
    _raw: Optional[http.client.HTTPResponse] = None
    _connection: Optional[http.client.HTTPConnection] = None

    def json(self) -> Any:
        try:
            return json.loads(self.body.decode("utf-8")) if self.body else None
        except ValueError as e:
            raise AegisError("the gateway answered {} with a body that is not JSON".format(self.status), status=self.status) from e

    def error(self) -> AegisError:
        return error_from_response(self.status, self.reason, self.body, parse_retry_after(self.headers.get("retry-after")))

    def read_chunk(self) -> bytes:
        """The next bytes of a streamed body as soon as some arrive; empty at its end."""
        if self._raw is None:
            return b""
        try:
            return self._raw.read1(65536)
        except socket.timeout as e:
            raise APITimeoutError("no data from the stream within the timeout") from e
        except (OSError, http.client.HTTPException) as e:
            raise APIConnectionError("the stream broke: {}".format(e)) from e

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
            self._raw = None


class Connector:
    """Where the gateway is and how to talk to it; opens one connection per request."""

    def __init__(self, base_url: str, api_key: Optional[str], timeout: float) -> None:
        parts = urlsplit(base_url if "://" in base_url else "http://" + base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("base_url must be an http(s) URL, got {!r}".format(base_url))
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.port = parts.port
        # Endpoints carry their /v1 prefix, so a base URL given with /v1 (as for the OpenAI SDK) is the same gateway.
        prefix = parts.path.rstrip("/")
        self.prefix = prefix[: -len("/v1")] if prefix.endswith("/v1") else prefix
        self.api_key = api_key
        self.timeout = timeout

    @property
    def base_url(self) -> str:
        port = ":{}".format(self.port) if self.port else ""
        return "{}://{}{}{}".format(self.scheme, self.host, port, self.prefix)

    def open(self, request: Request) -> Response:
        """Sends ``request``; a streamed success is answered open, anything else read to the end."""
        connection = self._connection(request.timeout if request.timeout is not None else self.timeout)
        try:
            connection.connect()
        except socket.timeout as e:
            connection.close()
            raise APITimeoutError("could not connect to {} within the timeout".format(self.base_url), request_sent=False) from e
        except OSError as e:
            connection.close()
            raise APIConnectionError("could not connect to {}: {}".format(self.base_url, e), request_sent=False) from e
        try:
            connection.request(request.endpoint.method, self._target(request), body=request.body, headers=self._headers(request))
            raw = connection.getresponse()
            headers = {name.lower(): value for name, value in raw.getheaders()}
            if request.stream and raw.status < 300:
                return Response(raw.status, raw.reason, headers, _raw=raw, _connection=connection)
            body = raw.read()
        except socket.timeout as e:
            connection.close()
            raise APITimeoutError("no answer from {} within the timeout".format(self.base_url)) from e
        except (OSError, http.client.HTTPException) as e:
            connection.close()
            raise APIConnectionError("the connection to {} broke: {}".format(self.base_url, e)) from e
        connection.close()
        return Response(raw.status, raw.reason, headers, body)

    def _connection(self, timeout: float) -> http.client.HTTPConnection:
        if self.scheme == "https":
            return http.client.HTTPSConnection(self.host, self.port, timeout=timeout)
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def _target(self, request: Request) -> str:
        return self.prefix + request.path + ("?" + urlencode(request.query) if request.query else "")

    def _headers(self, request: Request) -> Dict[str, str]:
        headers = {
            "Accept": "text/event-stream" if request.stream else "application/json",
            "User-Agent": "aegis-sdk-python/" + __version__,
        }
        if self.api_key:
            headers["Authorization"] = "Bearer " + self.api_key
        if request.content_type:
            headers["Content-Type"] = request.content_type
        return headers
