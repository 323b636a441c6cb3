"""Sending a request with retries: blocking for Aegis, in the event loop's executor for AsyncAegis."""

from __future__ import annotations

import asyncio
import time
from typing import Any, Callable, TypeVar, Union

from ._http import Connector, Request, Response
from ._retry import RetryPolicy
from .errors import AegisError, APIConnectionError

T = TypeVar("T")


class Caller:
    def __init__(self, connector: Connector, retry: RetryPolicy, sleep: Callable[[float], None] = time.sleep) -> None:
        self.connector = connector
        self.retry = retry
        self._sleep = sleep

    def send(self, request: Request) -> Response:
        """The first successful (status < 400) response; errors raised once retries are spent or not allowed."""
        retries_done = 0
        while True:
            outcome = _attempt(self.connector, request)
            if isinstance(outcome, Response):
                return outcome
            delay = self.retry.delay(retries_done, outcome, request.endpoint)
            if delay is None:
                raise outcome
            self._sleep(delay)
            retries_done += 1

    def call(self, request: Request, parse: Callable[[Any], T]) -> T:
        return parse(self.send(request).json())


class AsyncCaller:
    def __init__(self, connector: Connector, retry: RetryPolicy) -> None:
        self.connector = connector
        self.retry = retry

    async def send(self, request: Request) -> Response:
        loop = asyncio.get_running_loop()
        retries_done = 0
        while True:
            outcome = await loop.run_in_executor(None, _attempt, self.connector, request)
            if isinstance(outcome, Response):
                return outcome
            delay = self.retry.delay(retries_done, outcome, request.endpoint)
            if delay is None:
                raise outcome
            await asyncio.sleep(delay)
            retries_done += 1

    async def call(self, request: Request, parse: Callable[[Any], T]) -> T:
        return parse((await self.send(request)).json())


def _attempt(connector: Connector, request: Request) -> Union[Response, AegisError]:
    """One try: the response when it succeeded, else the error it amounts to (returned, to be judged)."""
    try:
        response = connector.open(request)
    except APIConnectionError as e:
        return e
    return response if response.status < 400 else response.error()
