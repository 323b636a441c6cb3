import socket
import unittest
from datetime import datetime, timezone

from aegis import Aegis, APIConnectionError, AsyncAegis, RateLimitError, ServiceUnavailableError
from aegis._endpoints import CREATE_RUN, GET_RUN
from aegis._retry import RetryPolicy, parse_retry_after
from aegis.errors import AegisError
from tests.fake_gateway import FakeGateway, drop_connection, error_answer, json_answer

RUN = {"id": "run_1", "object": "run", "status": "completed"}
ROUTES = {"object": "list", "data": [{"name": "default"}]}


def client_recording_sleeps(url: str, max_retries: int = 2):
    client = Aegis(url, "key", max_retries=max_retries)
    sleeps = []
    client._caller._sleep = sleeps.append
    return client, sleeps


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RetriesTest(unittest.TestCase):
    def setUp(self):
        self.gateway = FakeGateway()

    def tearDown(self):
        self.gateway.close()

    def test_a_429_with_retry_after_is_waited_out_then_the_answer_is_returned(self):
        self.gateway.script(error_answer(429, "rate_limited", headers={"Retry-After": "3"}), json_answer(201, RUN))
        client, sleeps = client_recording_sleeps(self.gateway.url)
        self.assertEqual(client.runs.create("default", "hi").id, "run_1")
        self.assertEqual(sleeps, [3.0])
        self.assertEqual(len(self.gateway.requests), 2)
        self.assertEqual(self.gateway.requests[0].body, self.gateway.requests[1].body)

    def test_a_503_is_retried_with_backoff_when_no_retry_after_is_given(self):
        self.gateway.script(error_answer(503, "ingestion_busy"), error_answer(503, "ingestion_busy"), json_answer(200, ROUTES))
        client, sleeps = client_recording_sleeps(self.gateway.url)
        self.assertEqual(client.routes.list()[0].name, "default")
        self.assertEqual(len(sleeps), 2)
        self.assertTrue(0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0, sleeps)

    def test_retries_stop_after_max_retries_and_the_last_error_is_raised(self):
        self.gateway.script(error_answer(429, "rate_limited", headers={"Retry-After": "1"}))
        client, sleeps = client_recording_sleeps(self.gateway.url, max_retries=2)
        with self.assertRaises(RateLimitError) as raised:
            client.runs.create("default", "hi")
        self.assertEqual((raised.exception.retry_after, len(self.gateway.requests), sleeps), (1.0, 3, [1.0, 1.0]))

    def test_a_retry_after_beyond_the_cap_is_raised_at_once(self):
        self.gateway.script(error_answer(429, "rate_limited", headers={"Retry-After": "3600"}))
        client, sleeps = client_recording_sleeps(self.gateway.url)
        with self.assertRaises(RateLimitError) as raised:
            client.routes.list()
        self.assertEqual((raised.exception.retry_after, sleeps, len(self.gateway.requests)), (3600.0, [], 1))

    def test_a_run_whose_503_says_it_ran_is_not_sent_again(self):
        self.gateway.script(error_answer(503, "audit_unavailable"), json_answer(201, RUN))
        client, _ = client_recording_sleeps(self.gateway.url)
        with self.assertRaises(ServiceUnavailableError):
            client.runs.create("default", "hi")
        self.assertEqual(len(self.gateway.requests), 1)

    def test_a_post_is_not_retried_when_the_connection_breaks_after_sending(self):
        self.gateway.script(drop_connection, json_answer(201, RUN))
        client, sleeps = client_recording_sleeps(self.gateway.url)
        with self.assertRaises(APIConnectionError) as raised:
            client.runs.create("default", "hi")
        self.assertTrue(raised.exception.request_sent)
        self.assertEqual((len(self.gateway.requests), sleeps), (1, []))

    def test_a_get_is_retried_when_the_connection_breaks(self):
        self.gateway.script(drop_connection, json_answer(200, RUN))
        client, sleeps = client_recording_sleeps(self.gateway.url)
        self.assertEqual(client.runs.get("run_1").id, "run_1")
        self.assertEqual((len(self.gateway.requests), len(sleeps)), (2, 1))

    def test_a_post_is_retried_when_it_could_not_even_connect(self):
        client, sleeps = client_recording_sleeps("http://127.0.0.1:{}".format(unused_port()))
        with self.assertRaises(APIConnectionError) as raised:
            client.runs.create("default", "hi")
        self.assertFalse(raised.exception.request_sent)
        self.assertEqual(len(sleeps), 2)

    def test_other_errors_are_never_retried(self):
        self.gateway.script(error_answer(500, "boom"), json_answer(200, ROUTES))
        client, sleeps = client_recording_sleeps(self.gateway.url)
        with self.assertRaises(AegisError):
            client.routes.list()
        self.assertEqual((len(self.gateway.requests), sleeps), (1, []))


class AsyncRetriesTest(unittest.IsolatedAsyncioTestCase):
    async def test_a_429_with_retry_after_is_waited_out_then_the_answer_is_returned(self):
        gateway = FakeGateway().script(error_answer(429, "rate_limited", headers={"Retry-After": "0"}), json_answer(201, RUN))
        try:
            self.assertEqual((await AsyncAegis(gateway.url, "key").runs.create("default", "hi")).id, "run_1")
            self.assertEqual(len(gateway.requests), 2)
        finally:
            gateway.close()


class RetryPolicyTest(unittest.TestCase):
    def test_backoff_doubles_with_jitter_and_is_capped(self):
        error = AegisError("busy", status=503, code="ingestion_busy")
        low, high = RetryPolicy(max_retries=9, jitter=lambda: 0.0), RetryPolicy(max_retries=9, jitter=lambda: 1.0)
        self.assertEqual([low.delay(n, error, CREATE_RUN) for n in range(6)], [0.25, 0.5, 1.0, 2.0, 4.0, 4.0])
        self.assertEqual([high.delay(n, error, GET_RUN) for n in range(6)], [0.5, 1.0, 2.0, 4.0, 8.0, 8.0])

    def test_retry_after_is_read_as_seconds_or_an_http_date(self):
        now = datetime(2026, 12, 7, 10, 0, 0, tzinfo=timezone.utc)
        self.assertEqual(parse_retry_after("7", now), 7.0)
        self.assertEqual(parse_retry_after("Mon, 07 Dec 2026 10:00:30 GMT", now), 30.0)
        self.assertEqual(parse_retry_after("Mon, 07 Dec 2026 09:00:00 GMT", now), 0.0)
        self.assertIsNone(parse_retry_after("soon", now))
        self.assertIsNone(parse_retry_after("-5", now))
        self.assertIsNone(parse_retry_after(None, now))


if __name__ == "__main__":
    unittest.main()
