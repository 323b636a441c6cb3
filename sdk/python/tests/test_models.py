import unittest

from aegis import Approval, Message, Run, SearchResult
from aegis._json import from_json, to_json


class ModelsTest(unittest.TestCase):
    def test_nested_documents_become_typed_objects(self):
        run = from_json(Run, {
            "id": "run_1", "status": "paused", "output": {"role": "assistant", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]},
            "halt": {"source": "ingress.1.house-rules", "code": "approval_required", "kind": "approval"},
            "events": [{"type": "paused", "attributes": {"rule": "wire-transfer"}}],
        })
        self.assertEqual(run.output.text, "ab")
        self.assertEqual(run.halt.code, "approval_required")
        self.assertEqual(run.events[0].attributes, {"rule": "wire-transfer"})

    def test_unknown_fields_and_unknown_enum_values_do_not_break_parsing(self):
        approval = from_json(Approval, {"id": "run_1", "status": "escalated", "new_field": {"x": 1}, "rules": ["wire-transfer"]})
        self.assertEqual((approval.status, approval.rules), ("escalated", ["wire-transfer"]))

    def test_null_lists_fall_back_to_their_empty_default(self):
        self.assertEqual(from_json(Run, {"id": "r", "events": None, "labels": None}).events, [])

    def test_a_value_of_an_unexpected_type_is_kept_as_it_came(self):
        self.assertEqual(from_json(SearchResult, {"score": "high", "content": "text"}).score, "high")

    def test_messages_are_sent_without_their_empty_fields(self):
        self.assertEqual(to_json(Message("user", "hi")), {"role": "user", "content": "hi"})


if __name__ == "__main__":
    unittest.main()
