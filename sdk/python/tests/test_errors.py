import threading
import unittest

import aegis
from aegis import Aegis
from tests.fake_gateway import FakeGateway, error_answer, json_answer, stall_until

CLASSES = {
    400: aegis.BadRequestError,
    401: aegis.AuthenticationError,
    403: aegis.PermissionDeniedError,
    404: aegis.NotFoundError,
    409: aegis.ConflictError,
    422: aegis.UnprocessableError,
    429: aegis.RateLimitError,
    500: aegis.InternalServerError,
    502: aegis.InternalServerError,
    503: aegis.ServiceUnavailableError,
    413: aegis.AegisError,
}


class ErrorClassesTest(unittest.TestCase):
    def setUp(self):
        self.gateway = FakeGateway()
        self.client = Aegis(self.gateway.url, "key", max_retries=0)

    def tearDown(self):
        self.gateway.close()

    def test_each_status_raises_its_class_carrying_the_error_body(self):
        for status, cls in CLASSES.items():
            with self.subTest(status=status):
                body = {"error": {"message": "no", "type": "some_type", "code": "code_{}".format(status), "param": "route"}}
                self.gateway.script(json_answer(status, body))
                with self.assertRaises(cls) as raised:
                    self.client.runs.get("run_1")
                error = raised.exception
                self.assertIs(type(error), cls)
                self.assertEqual((error.status, error.code, error.type, error.message, error.param, error.body),
                                 (status, "code_{}".format(status), "some_type", "no", "route", body))

    def test_every_error_is_an_aegis_error_and_503_is_a_server_error(self):
        for cls in set(CLASSES.values()) | {aegis.APIConnectionError, aegis.APITimeoutError, aegis.StreamError}:
            self.assertTrue(issubclass(cls, aegis.AegisError), cls)
        self.assertTrue(issubclass(aegis.ServiceUnavailableError, aegis.InternalServerError))

    def test_a_body_that_is_not_the_error_shape_still_gives_a_message(self):
        self.gateway.script(lambda handler: _plain(handler, 502, b"upstream went away"))
        with self.assertRaises(aegis.InternalServerError) as raised:
            self.client.routes.list()
        self.assertEqual((raised.exception.message, raised.exception.code, raised.exception.body), ("upstream went away", None, None))

    def test_a_success_whose_body_is_not_json_is_an_error_not_a_crash(self):
        self.gateway.script(lambda handler: _plain(handler, 200, b"<html>portal</html>"))
        with self.assertRaisesRegex(aegis.AegisError, "not JSON"):
            self.client.routes.list()

    def test_rate_limit_errors_carry_retry_after(self):
        self.gateway.script(error_answer(429, "budget_exceeded", headers={"Retry-After": "12"}))
        with self.assertRaises(aegis.RateLimitError) as raised:
            self.client.routes.list()
        self.assertEqual(raised.exception.retry_after, 12.0)
        self.assertIn("429 budget_exceeded", str(raised.exception))


class TimeoutTest(unittest.TestCase):
    def setUp(self):
        self.released = threading.Event()
        self.gateway = FakeGateway().script(stall_until(self.released))

    def tearDown(self):
        self.released.set()
        self.gateway.close()

    def test_no_answer_within_the_timeout_raises_a_timeout_error_without_retrying(self):
        client = Aegis(self.gateway.url, "key", timeout=0.2)
        with self.assertRaises(aegis.APITimeoutError):
            client.routes.list()
        self.assertEqual(len(self.gateway.requests), 1)

    def test_a_long_poll_lengthens_the_timeout_by_its_wait(self):
        client = Aegis(self.gateway.url, "key", timeout=0.2)
        threading.Timer(0.5, self.released.set).start()
        self.assertEqual(client.approvals.list(wait=5), [])
        self.assertEqual(self.gateway.requests[0].path, "/v1/approvals?wait=5000ms")


class AsyncTimeoutTest(unittest.IsolatedAsyncioTestCase):
    async def test_no_answer_within_the_timeout_raises_a_timeout_error(self):
        released = threading.Event()
        gateway = FakeGateway().script(stall_until(released))
        try:
            with self.assertRaises(aegis.APITimeoutError):
                await aegis.AsyncAegis(gateway.url, "key", timeout=0.2).routes.list()
        finally:
            released.set()
            gateway.close()


def _plain(handler, status, body):
    handler.send_response(status)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


if __name__ == "__main__":
    unittest.main()
