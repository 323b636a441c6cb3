"""A scripted HTTP server in a thread, standing in for the gateway where a real one cannot misbehave on cue."""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, Iterable, List, Optional

Answer = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Recorded:
    method: str
    path: str
    headers: Dict[str, str]
    body: bytes


def json_answer(status: int, document: Any, headers: Optional[Dict[str, str]] = None) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        body = json.dumps(document).encode("utf-8")
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    return answer


def error_answer(status: int, code: str, message: str = "refused", headers: Optional[Dict[str, str]] = None) -> Answer:
    body = {"error": {"message": message, "type": "some_error", "code": code, "param": None}}
    return json_answer(status, body, headers)


def sse_answer(pieces: Iterable[Any]) -> Answer:
    """Writes each piece as its own HTTP chunk, flushed; a threading.Event piece is waited for instead, and
    if it is not set within 5s the connection is dropped (so a client that waits for more than it was sent fails)."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for piece in pieces:
            if isinstance(piece, threading.Event):
                if not piece.wait(5):
                    drop_connection(handler)
                    return
                continue
            data = piece.encode("utf-8") if isinstance(piece, str) else piece
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            handler.wfile.flush()
        handler.wfile.write(b"0\r\n\r\n")

    return answer


def drop_connection(handler: BaseHTTPRequestHandler) -> None:
    """Reads the request, then closes the connection without answering."""
    handler.close_connection = True
    handler.connection.close()


def stall_until(released: threading.Event) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        released.wait(10)
        json_answer(200, {"object": "list", "data": []})(handler)

    return answer


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up (as the SDK does after a stream's last event, or tests on purpose) are expected.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FakeGateway:
    """Answers each request with the next scripted answer (the last one repeats) and records what it got."""

    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self._answers: List[Answer] = []
        self._lock = threading.Lock()
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                try:
                    gateway._next(Recorded(self.command, self.path, headers, body))(self)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up first, as some tests want

            do_GET = do_POST = do_DELETE = _serve

            def log_message(self, *args: Any) -> None:
                pass

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return "http://127.0.0.1:{}".format(self._server.server_address[1])

    def script(self, *answers: Answer) -> "FakeGateway":
        with self._lock:
            self._answers = list(answers)
        return self

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, recorded: Recorded) -> Answer:
        with self._lock:
            self.requests.append(recorded)
            return self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
