import dataclasses
import unittest

from aegis import Approval, AuditRecord, AuditVerification, BudgetLimit, Budgets, Halt, Model, Route, Run, RunEvent, RunUsage
from tests.gateway import developer, requires_gateway


def unknown_fields(cls, document):
    return sorted(set(document) - {field.name for field in dataclasses.fields(cls)})


@requires_gateway
class GatewayDocumentsTest(unittest.TestCase):
    """What the gateway really sends has no field the SDK's models (checked against /openapi.json) lack."""

    def assertKnown(self, cls, document):
        self.assertEqual(unknown_fields(cls, document), [], "{} sent by the gateway".format(cls.__name__))

    def test_runs_events_and_approvals_have_only_documented_fields(self):
        client = developer()
        run = client.request("POST", "/v1/runs", {"route": "payments", "messages": [{"role": "user", "content": "a wire transfer of 9 EUR"}]})
        self.assertKnown(Run, run)
        self.assertKnown(Halt, run["halt"])
        self.assertKnown(RunUsage, run["usage"])
        for event in run["events"]:
            self.assertKnown(RunEvent, event)
        self.assertKnown(Approval, client.request("GET", "/v1/approvals/" + run["id"]))
        self.assertKnown(Run, client.request("POST", "/v1/approvals/{}/reject".format(run["id"]), {}))

    def test_audit_budgets_routes_and_models_have_only_documented_fields(self):
        client = developer()
        for record in client.request("GET", "/v1/audit", query={"limit": 20})["data"]:
            self.assertKnown(AuditRecord, record)
        self.assertKnown(AuditVerification, client.request("GET", "/v1/audit/verify"))
        budgets = client.request("GET", "/v1/budgets")
        self.assertKnown(Budgets, budgets)
        for limit in budgets["teams"][0]["limits"] + budgets["key"]["limits"]:
            self.assertKnown(BudgetLimit, limit)
        for route in client.request("GET", "/v1/routes")["data"]:
            self.assertKnown(Route, route)
        for model in client.request("GET", "/v1/models")["data"]:
            self.assertKnown(Model, model)


if __name__ == "__main__":
    unittest.main()
