import unittest

from aegis import Approval, PermissionDeniedError, Run
from tests.gateway import async_developer, async_reviewer, developer, requires_gateway, reviewer

WIRE_TRANSFER = "Please make a wire transfer of 1200 EUR to Globex, invoice 4410."


@requires_gateway
class GatewayApprovalsTest(unittest.TestCase):
    def test_a_run_paused_for_approval_is_approved_by_a_second_principal_and_completes(self):
        started, approver = developer(), reviewer()
        run = started.runs.create("payments", WIRE_TRANSFER)
        self.assertEqual((run.status, run.halt.code if run.halt else None), ("paused", "approval_required"))

        # Other tests may leave approvals pending: the reviewer long-polls until this run's request is listed.
        pending = []
        for _ in range(5):
            pending = [a for a in approver.approvals.list(route="payments", wait=10) if a.run_id == run.id]
            if pending:
                break
        self.assertEqual(len(pending), 1)
        self.assertEqual((pending[0].status, pending[0].principal, pending[0].rules), ("pending", "developer", ["wire-transfer"]))
        detail = approver.approvals.get(run.id)
        self.assertEqual(detail.view, "masked")
        self.assertIn("wire transfer", detail.messages[-1].text)

        with self.assertRaises(PermissionDeniedError) as separation:
            started.approvals.approve(run.id)
        self.assertEqual(separation.exception.code, "approval_separation")

        decided = approver.approvals.approve(run.id)
        self.assertIsInstance(decided, Run)
        self.assertEqual(decided.status, "completed")
        self.assertEqual(started.runs.get(run.id).status, "completed")

        trail = started.audit.list(run=run.id)
        self.assertTrue(trail and all(record.run_id == run.id for record in trail))
        self.assertIn("paused", {record.type for record in trail})
        verification = started.audit.verify()
        self.assertEqual((verification.object, verification.intact, verification.broken_at), ("audit.verification", True, None))
        self.assertGreaterEqual(verification.entries, 1)

    def test_wait_for_finds_the_request_of_one_run(self):
        run = developer().runs.create("payments", WIRE_TRANSFER)
        approval = reviewer().approvals.wait_for(run.id, timeout=30, route="payments")
        self.assertIsInstance(approval, Approval)
        self.assertEqual(approval.run_id, run.id)
        self.assertEqual(reviewer().approvals.reject(run.id).status, "refused")


@requires_gateway
class AsyncGatewayApprovalsTest(unittest.IsolatedAsyncioTestCase):
    async def test_the_round_trip_works_the_same_with_the_asyncio_client(self):
        run = await async_developer().runs.create("payments", WIRE_TRANSFER)
        approval = await async_reviewer().approvals.wait_for(run.id, timeout=30, route="payments")
        self.assertEqual(approval.status, "pending")
        decided = await async_reviewer().approvals.approve(run.id)
        self.assertEqual(decided.status, "completed")
        self.assertEqual((await async_developer().runs.get(run.id)).status, "completed")


if __name__ == "__main__":
    unittest.main()
