import unittest

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


if __name__ == "__main__":
    unittest.main()
