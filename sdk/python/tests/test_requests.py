import json
import os
import unittest
from datetime import timedelta

from aegis import Aegis, Approval, Message, Run
from tests.fake_gateway import FakeGateway, json_answer

RUN = {"id": "run_1", "object": "run", "status": "completed"}
EMPTY = {"object": "list", "data": []}


class RequestsTest(unittest.TestCase):
    def setUp(self):
        self.gateway = FakeGateway()

    def tearDown(self):
        self.gateway.close()

    def last(self):
        return self.gateway.requests[-1]

    def test_the_base_url_may_be_given_with_or_without_v1(self):
        self.gateway.script(json_answer(200, RUN))
        for base in (self.gateway.url, self.gateway.url + "/", self.gateway.url + "/v1", self.gateway.url + "/v1/"):
            with self.subTest(base=base):
                Aegis(base, "key").runs.get("run 1/x")
                self.assertEqual(self.last().path, "/v1/runs/run%201%2Fx")

    def test_the_api_key_comes_from_the_argument_or_else_the_environment(self):
        self.gateway.script(json_answer(200, EMPTY))
        Aegis(self.gateway.url, "from-argument").routes.list()
        self.assertEqual(self.last().headers["authorization"], "Bearer from-argument")
        previous = os.environ.get("AEGIS_API_KEY")
        os.environ["AEGIS_API_KEY"] = "from-environment"
        try:
            Aegis(self.gateway.url).routes.list()
        finally:
            os.environ.pop("AEGIS_API_KEY")
            if previous is not None:
                os.environ["AEGIS_API_KEY"] = previous
        self.assertEqual(self.last().headers["authorization"], "Bearer from-environment")

    def test_a_run_sends_messages_of_any_accepted_form_and_only_the_options_given(self):
        self.gateway.script(json_answer(201, RUN))
        client = Aegis(self.gateway.url, "key")
        client.runs.create("default", [Message("system", "be brief"), {"role": "user", "content": "hi"}], model="mock-1")
        self.assertEqual(self.last().headers["content-type"], "application/json")
        self.assertEqual(json.loads(self.last().body), {
            "route": "default", "model": "mock-1",
            "messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}],
        })

    def test_waits_are_sent_in_milliseconds_and_strings_as_given(self):
        self.gateway.script(json_answer(200, EMPTY))
        client = Aegis(self.gateway.url, "key")
        for wait, query in ((1.5, "wait=1500ms"), (timedelta(seconds=2), "wait=2000ms"), ("30s", "wait=30s")):
            client.approvals.list(route="payments", wait=wait)
            self.assertEqual(self.last().path, "/v1/approvals?route=payments&" + query)

    def test_approving_answers_the_run_or_with_202_the_approval_still_short_of_its_quorum(self):
        self.gateway.script(json_answer(200, RUN), json_answer(202, {"id": "run_1", "object": "approval", "approved_by": ["a"]}))
        client = Aegis(self.gateway.url, "key")
        self.assertIsInstance(client.approvals.approve("run_1"), Run)
        self.assertEqual(client.approvals.approve("run_1", messages="edited"), Approval(id="run_1", object="approval", approved_by=["a"]))
        self.assertEqual(json.loads(self.last().body), {"messages": [{"role": "user", "content": "edited"}]})

    def test_wait_for_returns_the_approval_of_its_run_only(self):
        other = {"id": "run_other", "object": "approval", "run_id": "run_other", "status": "pending"}
        mine = {"id": "run_mine", "object": "approval", "run_id": "run_mine", "status": "pending"}
        self.gateway.script(json_answer(200, EMPTY), json_answer(200, {"object": "list", "data": [other]}),
                            json_answer(200, {"object": "list", "data": [other, mine]}))
        approval = Aegis(self.gateway.url, "key").approvals.wait_for("run_mine", timeout=10)
        self.assertEqual(approval.run_id, "run_mine")
        self.assertEqual(len(self.gateway.requests), 3)

    def test_audit_filters_go_in_the_query(self):
        self.gateway.script(json_answer(200, EMPTY))
        Aegis(self.gateway.url, "key").audit.list(run="run_1", type="verdict", limit=5)
        self.assertEqual(self.last().path, "/v1/audit?run=run_1&type=verdict&limit=5")

    def test_an_upload_is_a_multipart_form_with_the_purpose_and_the_file(self):
        self.gateway.script(json_answer(200, {"id": "file-1", "object": "file", "filename": "a.md"}))
        uploaded = Aegis(self.gateway.url, "key").collections.upload(b"# Refunds\n", "a.md")
        self.assertEqual(uploaded.id, "file-1")
        content_type = self.last().headers["content-type"]
        self.assertTrue(content_type.startswith("multipart/form-data; boundary="))
        boundary = content_type.split("boundary=")[1].encode()
        parts = self.last().body.split(b"--" + boundary)
        self.assertIn(b'name="purpose"\r\n\r\nassistants\r\n', parts[1])
        self.assertIn(b'name="file"; filename="a.md"', parts[2])
        self.assertTrue(parts[2].endswith(b"\r\n\r\n# Refunds\n\r\n"))
        self.assertEqual(parts[3], b"--\r\n")


if __name__ == "__main__":
    unittest.main()
