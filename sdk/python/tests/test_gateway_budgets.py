import unittest

from aegis import PermissionDeniedError
from tests.gateway import developer, requires_gateway, reviewer


@requires_gateway
class GatewayBudgetsTest(unittest.TestCase):
    def test_the_team_budget_shows_the_configured_daily_spend_limit(self):
        budgets = developer().budgets.get()
        self.assertEqual((budgets.object, budgets.currency), ("budgets", "USD"))
        day = next(limit for limit in budgets.team("dev").limits if (limit.name, limit.period) == ("spend", "day"))
        self.assertEqual(day.limit, 5.0)
        self.assertGreaterEqual(day.spent, 0.0)
        self.assertEqual(budgets.key.id, "developer")

    def test_another_teams_budget_is_for_admins_only(self):
        with self.assertRaises(PermissionDeniedError):
            reviewer().budgets.get(team="finance")


if __name__ == "__main__":
    unittest.main()
