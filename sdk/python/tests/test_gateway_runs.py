import unittest

from aegis import Delta, Run, RunEvent
from tests.gateway import async_developer, developer, requires_gateway


@requires_gateway
class GatewayRunsTest(unittest.TestCase):
    def test_a_run_completes_and_reads_back_the_same(self):
        client = developer()
        run = client.runs.create("default", "hello from the Python SDK", labels={"suite": "sdk-python"})
        self.assertEqual((run.status, run.object, run.route, run.labels), ("completed", "run", "default", {"suite": "sdk-python"}))
        self.assertIn("hello from the Python SDK", run.output.text)
        self.assertEqual(client.runs.get(run.id), run)

    def test_a_streamed_run_yields_its_events_and_deltas_then_the_final_run(self):
        with developer().runs.stream("default", "stream this please") as stream:
            items = list(stream)
        run = items[-1]
        self.assertIsInstance(run, Run)
        self.assertEqual(run.status, "completed")
        events = [item for item in items if isinstance(item, RunEvent)]
        deltas = [item for item in items if isinstance(item, Delta)]
        self.assertEqual(items[0], events[0])
        self.assertEqual(events[0].type, "run.started")
        self.assertEqual([event.type for event in events], [event.type for event in run.events])
        self.assertEqual("".join(delta.content or "" for delta in deltas), run.output.text)
        self.assertTrue(all(not isinstance(item, Run) for item in items[:-1]))

    def test_a_refused_run_is_a_document_not_an_error(self):
        run = developer().runs.create("default", "-----BEGIN RSA PRIVATE KEY----- MIIE")
        self.assertEqual((run.status, run.halt.code), ("refused", "guard_blocked"))


@requires_gateway
class AsyncGatewayRunsTest(unittest.IsolatedAsyncioTestCase):
    async def test_a_streamed_run_yields_its_deltas_then_the_final_run(self):
        stream = await async_developer().runs.stream("default", "async stream")
        items = [item async for item in stream]
        self.assertIsInstance(items[-1], Run)
        self.assertEqual("".join(item.content or "" for item in items if isinstance(item, Delta)), items[-1].output.text)


if __name__ == "__main__":
    unittest.main()
