"""A streamed run as an iterator (and an async iterator) of typed events."""

from __future__ import annotations

import asyncio
import json
from collections import deque
from typing import Any, AsyncIterator, Deque, Iterator, Optional

from ._http import Response
from ._json import from_json
from ._sse import ServerSentEvent, SseDecoder
from .errors import APIConnectionError, StreamError, stream_error
from .models.runs import Delta, Run, RunEvent, StreamEvent


def to_stream_event(sse: ServerSentEvent) -> Optional[StreamEvent]:
    """The typed event of a server-sent event; None for event names this SDK does not know (newer gateways)."""
    kinds = {"run.event": RunEvent, "delta": Delta, "run": Run}
    if sse.event not in kinds and sse.event != "error":
        return None
    try:
        data = json.loads(sse.data)
        if sse.event == "error":
            raise stream_error(data)
        return from_json(kinds[sse.event], data)
    except (ValueError, TypeError) as e:
        raise StreamError("the stream sent an unreadable '{}' event".format(sse.event)) from e


class RunStream(Iterator[StreamEvent]):
    """Yields RunEvent and Delta as the run records and releases them, then the final Run, and stops.

    An ``event: error`` is raised as StreamError. Use it in a ``with`` block, or call ``close()``, when
    leaving before the end; ``final_run()`` reads to the end and answers the Run.
    """

    def __init__(self, response: Response) -> None:
        self._response = response
        self._decoder = SseDecoder()
        self._pending: Deque[ServerSentEvent] = deque()
        self._done = False
        self.run: Optional[Run] = None

    def __iter__(self) -> "RunStream":
        return self

    def __next__(self) -> StreamEvent:
        while True:
            if self._pending:
                event = self._typed(self._pending.popleft())
                if event is None:
                    continue
                if isinstance(event, Run):
                    self.run = event
                    self.close()
                return event
            if self._done:
                raise StopIteration
            chunk = self._response.read_chunk()
            if chunk:
                self._pending.extend(self._decoder.feed(chunk))
            else:
                self.close()

    def final_run(self) -> Run:
        for _ in self:
            pass
        if self.run is None:
            raise APIConnectionError("the stream ended before the final run arrived")
        return self.run

    def close(self) -> None:
        self._done = True
        self._pending.clear()
        self._response.close()

    def __enter__(self) -> "RunStream":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _typed(self, sse: ServerSentEvent) -> Optional[StreamEvent]:
        try:
            return to_stream_event(sse)
        except StreamError:
            self.close()
            raise


_END = object()


class AsyncRunStream(AsyncIterator[StreamEvent]):
    """The asyncio face of RunStream: each blocking read runs in the loop's executor, so events arrive as sent."""

    def __init__(self, stream: RunStream) -> None:
        self._stream = stream

    @property
    def run(self) -> Optional[Run]:
        return self._stream.run

    def __aiter__(self) -> "AsyncRunStream":
        return self

    async def __anext__(self) -> StreamEvent:
        event = await asyncio.get_running_loop().run_in_executor(None, next, self._stream, _END)
        if event is _END:
            raise StopAsyncIteration
        return event  # type: ignore[no-any-return]

    async def final_run(self) -> Run:
        return await asyncio.get_running_loop().run_in_executor(None, self._stream.final_run)

    async def aclose(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self._stream.close)

    async def __aenter__(self) -> "AsyncRunStream":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()
