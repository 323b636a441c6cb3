import copy
import unittest

from tests.openapi_check import load_document, problems


class OpenApiAgreementTest(unittest.TestCase):
    def test_the_sdk_and_openapi_json_agree_on_paths_fields_and_enum_values(self):
        self.assertEqual(problems(load_document()), [])


class OpenApiCheckSelfTest(unittest.TestCase):
    """The check above can fail: each way the document can drift from the SDK is reported."""

    def setUp(self):
        self.document = load_document()
        self.baseline = set(problems(self.document))

    def new_problems(self, mutate):
        document = copy.deepcopy(self.document)
        mutate(document)
        return set(problems(document)) - self.baseline

    def test_a_dropped_field_is_reported(self):
        def drop(document):
            del document["components"]["schemas"]["Run"]["properties"]["finish_reason"]
        self.assertEqual(self.new_problems(drop), {"Run.finish_reason is not a property of /components/schemas/Run"})

    def test_an_added_field_is_reported(self):
        def add(document):
            document["components"]["schemas"]["ToolPin"]["properties"]["owner"] = {"type": "string"}
        self.assertEqual(self.new_problems(add), {"/components/schemas/ToolPin has property 'owner' that ToolPin lacks"})

    def test_a_renamed_path_is_reported(self):
        def rename(document):
            document["paths"]["/v1/run/{id}"] = document["paths"].pop("/v1/runs/{id}")
        self.assertEqual(self.new_problems(rename), {"GET /v1/runs/{id} is not in the document"})

    def test_a_dropped_query_parameter_is_reported(self):
        def drop(document):
            operation = document["paths"]["/v1/approvals"]["get"]
            operation["parameters"] = [p for p in operation["parameters"] if p["name"] != "wait"]
        self.assertEqual(self.new_problems(drop), {"GET /v1/approvals: query parameter 'wait' is not in the document"})

    def test_an_added_enum_value_is_reported(self):
        def add(document):
            document["components"]["schemas"]["Approval"]["properties"]["status"]["enum"].append("escalated")
        self.assertEqual(self.new_problems(add), {
            "Approval.status: the SDK knows the values ['approved', 'expired', 'pending', 'rejected'] where the document says "
            "['approved', 'escalated', 'expired', 'pending', 'rejected']"})

    def test_a_collection_field_or_enum_value_that_changes_is_reported(self):
        def change(document):
            schemas = document["components"]["schemas"]
            del schemas["VectorStore"]["properties"]["last_active_at"]
            schemas["VectorStoreFile"]["properties"]["status"]["enum"].append("cancelled")
        self.assertEqual(self.new_problems(change), {
            "VectorStore.last_active_at is not a property of /components/schemas/VectorStore",
            "VectorStoreFile.status: the SDK knows the values ['completed', 'failed', 'in_progress'] where the document says "
            "['cancelled', 'completed', 'failed', 'in_progress']"})

    def test_a_changed_const_is_reported(self):
        def change(document):
            document["components"]["schemas"]["Run"]["properties"]["object"]["const"] = "run.v2"
        self.assertEqual(self.new_problems(change), {"Run.object: the SDK knows the values ['run'] where the document says ['run.v2']"})

    def test_a_changed_error_body_is_reported(self):
        def change(document):
            del document["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["param"]
        self.assertEqual(len(self.new_problems(change)), 1)


if __name__ == "__main__":
    unittest.main()
