import socket
import unittest

from aegis import (
    Aegis,
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableError,
)
from tests.gateway import AEGIS_URL, developer, requires_gateway, reviewer

WIRE_TRANSFER = "Please send a wire transfer of 250 EUR to ACME Ltd, invoice 7781."


@requires_gateway
class GatewayErrorsTest(unittest.TestCase):
    """Every error class the gateway produces for real; 429 and 503 are provoked by an in-test server (test_retries)."""

    def test_a_wrong_key_is_an_authentication_error(self):
        with self.assertRaises(AuthenticationError) as raised:
            Aegis(AEGIS_URL, "not-a-key").routes.list()
        self.assertEqual((raised.exception.status, raised.exception.code, raised.exception.type), (401, "invalid_api_key", "authentication_error"))

    def test_a_missing_role_is_a_permission_error(self):
        with self.assertRaises(PermissionDeniedError) as raised:
            reviewer().audit.list(limit=1)
        self.assertEqual((raised.exception.status, raised.exception.code), (403, "role_required"))

    def test_an_unknown_run_is_not_found(self):
        with self.assertRaises(NotFoundError) as raised:
            developer().runs.get("run_that_never_was")
        self.assertEqual((raised.exception.status, raised.exception.code), (404, "run_not_found"))

    def test_a_malformed_request_is_a_bad_request_naming_the_field(self):
        with self.assertRaises(BadRequestError) as raised:
            developer().runs.create("default", [])
        self.assertEqual((raised.exception.status, raised.exception.code, raised.exception.param), (400, "invalid_messages", "messages"))
        with self.assertRaises(BadRequestError) as raised:
            reviewer().approvals.list(wait="soon")
        self.assertEqual((raised.exception.code, raised.exception.param), ("invalid_wait", "wait"))

    def test_deciding_a_run_that_is_no_longer_paused_is_a_conflict(self):
        run = developer().runs.create("payments", WIRE_TRANSFER)
        self.assertEqual(run.status, "paused")
        self.assertEqual(developer().approvals.reject(run.id, reason="not this week").status, "refused")
        with self.assertRaises(ConflictError) as raised:
            reviewer().approvals.approve(run.id)
        self.assertEqual((raised.exception.status, raised.exception.code), (409, "run_not_paused"))

    def test_a_guard_refusing_a_chat_completion_is_unprocessable(self):
        body = {"model": "default", "messages": [{"role": "user", "content": "-----BEGIN RSA PRIVATE KEY----- MIIE"}]}
        with self.assertRaises(UnprocessableError) as raised:
            developer().request("POST", "/v1/chat/completions", body)
        self.assertEqual((raised.exception.status, raised.exception.type), (422, "guardrail_refusal"))
        self.assertIn("private-key", raised.exception.message)

    def test_a_gateway_that_is_not_there_is_a_connection_error(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        with self.assertRaises(APIConnectionError) as raised:
            Aegis("http://127.0.0.1:{}".format(port), "key", max_retries=0).routes.list()
        self.assertFalse(raised.exception.request_sent)


if __name__ == "__main__":
    unittest.main()
