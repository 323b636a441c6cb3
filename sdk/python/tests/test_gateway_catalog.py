import unittest

from aegis import NotFoundError
from tests.gateway import developer, requires_gateway


@requires_gateway
class GatewayCatalogTest(unittest.TestCase):
    def test_routes_and_models_list_what_the_default_configuration_serves(self):
        client = developer()
        routes = {route.name: route for route in client.routes.list()}
        self.assertIn("mock-1", routes["default"].models)
        self.assertEqual(routes["default"].providers, ["local"])
        models = {model.id: model for model in client.models.list()}
        self.assertEqual((models["mock-1"].object, models["mock-1"].owned_by), ("model", "aegis:default"))

    def test_tool_pins_list_is_readable_by_an_approver(self):
        pins = developer().tool_pins.list()
        self.assertTrue(all(pin.object == "tool_pin" for pin in pins))

    def test_approving_a_tool_never_seen_is_not_found(self):
        with self.assertRaises(NotFoundError) as raised:
            developer().tool_pins.approve("default", "nowhere", "lookup", "sha256:00")
        self.assertEqual(raised.exception.code, "tool_pin_not_found")

    def test_other_endpoints_are_reachable_as_json(self):
        files = developer().request("GET", "/v1/files", query={"limit": 1})
        self.assertEqual(files["object"], "list")


if __name__ == "__main__":
    unittest.main()
