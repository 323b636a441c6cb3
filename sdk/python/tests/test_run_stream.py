import json
import threading
import unittest

from aegis import Aegis, AsyncAegis, Delta, Run, RunEvent, StreamError, ToolCallDelta
from tests.fake_gateway import FakeGateway, error_answer, sse_answer

RUN = {"id": "run_1", "object": "run", "route": "default", "status": "completed", "events": []}


def sse(event: str, data) -> str:
    return "event: {}\ndata: {}\n\n".format(event, json.dumps(data))


class RunStreamTest(unittest.TestCase):
    def setUp(self):
        self.gateway = FakeGateway()
        self.client = Aegis(self.gateway.url, "key", max_retries=0)

    def tearDown(self):
        self.gateway.close()

    def test_events_deltas_and_the_final_run_come_typed_in_order(self):
        self.gateway.script(sse_answer([
            sse("run.event", {"time": "t", "source": "default", "type": "run.started", "detail": "", "attributes": {"route": "default"}}),
            sse("delta", {"content": "Hel"}),
            sse("delta", {"tool_call": {"index": 0, "id": "call_1", "name": "lookup", "arguments": "{\"q\""}}),
            sse("run", RUN),
        ]))
        with self.client.runs.stream("default", "hi") as stream:
            events = list(stream)
        self.assertEqual(events[0], RunEvent("t", "default", "run.started", "", {"route": "default"}))
        self.assertEqual(events[1], Delta(content="Hel"))
        self.assertEqual(events[2], Delta(tool_call=ToolCallDelta(0, "call_1", "lookup", '{"q"')))
        self.assertIsInstance(events[3], Run)
        self.assertEqual(stream.run, events[3])

    def test_the_request_asks_for_a_stream(self):
        self.gateway.script(sse_answer([sse("run", RUN)]))
        self.client.runs.stream("default", "hi", labels={"ticket": "7"}).final_run()
        request = self.gateway.requests[0]
        self.assertEqual(request.headers["accept"], "text/event-stream")
        self.assertEqual(json.loads(request.body), {
            "route": "default", "messages": [{"role": "user", "content": "hi"}], "labels": {"ticket": "7"}, "stream": True,
        })

    def test_unknown_events_and_comments_are_skipped(self):
        self.gateway.script(sse_answer([": keep-alive\n\n", sse("run.progress", {"percent": 50}), sse("delta", {"content": "x"}), sse("run", RUN)]))
        events = list(self.client.runs.stream("default", "hi"))
        self.assertEqual([type(event) for event in events], [Delta, Run])

    def test_final_run_reads_past_everything_else(self):
        self.gateway.script(sse_answer([sse("delta", {"content": "x"}), sse("run", RUN)]))
        self.assertEqual(self.client.runs.stream("default", "hi").final_run().id, "run_1")

    def test_an_error_event_is_raised_with_its_body(self):
        error = {"error": {"message": "could not be recorded", "type": "service_unavailable", "code": "audit_unavailable", "param": None}}
        self.gateway.script(sse_answer([sse("delta", {"content": "x"}), sse("error", error)]))
        stream = self.client.runs.stream("default", "hi")
        self.assertEqual(next(stream), Delta(content="x"))
        with self.assertRaises(StreamError) as raised:
            next(stream)
        self.assertEqual((raised.exception.code, raised.exception.body), ("audit_unavailable", error))

    def test_an_event_whose_data_is_not_a_json_object_is_a_stream_error(self):
        self.gateway.script(sse_answer(["event: delta\ndata: {not json\n\n"]), sse_answer([sse("run", ["not", "an", "object"])]))
        for _ in range(2):
            with self.assertRaisesRegex(StreamError, "unreadable"):
                list(self.client.runs.stream("default", "hi"))

    def test_a_stream_that_ends_without_its_run_says_so(self):
        self.gateway.script(sse_answer([sse("delta", {"content": "x"})]))
        with self.assertRaisesRegex(Exception, "before the final run"):
            self.client.runs.stream("default", "hi").final_run()

    def test_an_error_status_before_the_stream_is_raised_from_the_call(self):
        self.gateway.script(error_answer(404, "route_not_found"))
        with self.assertRaises(Exception) as raised:
            self.client.runs.stream("nowhere", "hi")
        self.assertEqual(raised.exception.code, "route_not_found")

    def test_each_event_is_yielded_as_soon_as_it_arrives(self):
        more = threading.Event()
        self.gateway.script(sse_answer([sse("delta", {"content": "first"}), more, sse("run", RUN)]))
        stream = self.client.runs.stream("default", "hi")
        self.assertEqual(next(stream), Delta(content="first"))
        more.set()
        self.assertIsInstance(next(stream), Run)


class AsyncRunStreamTest(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        self.gateway = FakeGateway()
        self.client = AsyncAegis(self.gateway.url, "key", max_retries=0)

    def tearDown(self):
        self.gateway.close()

    async def test_each_event_is_yielded_as_soon_as_it_arrives(self):
        more = threading.Event()
        self.gateway.script(sse_answer([sse("delta", {"content": "first"}), more, sse("delta", {"content": "second"}), sse("run", RUN)]))
        seen = []
        async with await self.client.runs.stream("default", "hi") as stream:
            async for event in stream:
                seen.append(event)
                more.set()
        self.assertEqual(seen[:2], [Delta(content="first"), Delta(content="second")])
        self.assertEqual(stream.run, seen[2])

    async def test_final_run_and_error_events_work_the_same(self):
        error = {"error": {"message": "m", "type": "t", "code": "audit_unavailable", "param": None}}
        self.gateway.script(sse_answer([sse("run", RUN)]), sse_answer([sse("error", error)]))
        self.assertEqual((await (await self.client.runs.stream("default", "hi")).final_run()).id, "run_1")
        with self.assertRaises(StreamError):
            await (await self.client.runs.stream("default", "hi")).final_run()


if __name__ == "__main__":
    unittest.main()
