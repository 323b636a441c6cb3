"""An incremental decoder of server-sent events (the WHATWG event-stream format).

It takes bytes as they arrive, in chunks cut anywhere (inside a UTF-8 character, between CR and LF), and
gives back each event once its blank line has arrived: named events, data spread over several lines,
comments, ``id`` and ``retry`` fields. An event still open when the stream ends is dropped, as the format says.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import List, Optional

_END_OF_LINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class ServerSentEvent:
    event: str
    data: str
    id: Optional[str] = None
    retry: Optional[int] = None


class SseDecoder:
    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._started = False
        self._skip_line_feed = False
        self._event = ""
        self._data: List[str] = []
        self._last_id: Optional[str] = None
        self._retry: Optional[int] = None

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        """The events completed by ``chunk``, in order."""
        text = self._text.decode(chunk)
        if not text:
            return []
        if not self._started:
            self._started = True
            text = text[1:] if text.startswith("\ufeff") else text
        if self._skip_line_feed and text.startswith("\n"):
            text = text[1:]
        self._skip_line_feed = False
        buffer = self._buffer + text
        events: List[ServerSentEvent] = []
        start = 0
        for end in _END_OF_LINE.finditer(buffer):
            # A CR that ends the chunk ends its line now; an LF opening the next chunk belongs to it.
            if end.group() == "\r" and end.end() == len(buffer):
                self._skip_line_feed = True
            event = self._line(buffer[start : end.start()])
            if event is not None:
                events.append(event)
            start = end.end()
        self._buffer = buffer[start:]
        return events

    def _line(self, line: str) -> Optional[ServerSentEvent]:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id" and "\0" not in value:
            self._last_id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[ServerSentEvent]:
        event, data = self._event or "message", self._data
        self._event, self._data = "", []
        if not data:
            return None
        return ServerSentEvent(event, "\n".join(data), self._last_id, self._retry)
