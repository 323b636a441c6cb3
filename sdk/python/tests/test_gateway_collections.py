import unittest
import uuid

from aegis import NotFoundError
from tests.gateway import developer, requires_gateway


@requires_gateway
class GatewayCollectionsTest(unittest.TestCase):
    def test_a_file_uploaded_and_attached_is_found_by_search_until_the_collection_is_deleted(self):
        client = developer()
        store = client.collections.create("sdk-python-" + uuid.uuid4().hex[:8], metadata={"aegis_readers": "team:dev"})
        try:
            uploaded = client.collections.upload(b"Refunds are accepted within 30 days of purchase.\n", "refunds.txt")
            attached = client.collections.attach(store.id, uploaded.id, attributes={"topic": "refunds"})
            self.assertEqual((attached.status, attached.vector_store_id), ("completed", store.id))
            self.assertEqual([f.id for f in client.collections.files(store.id)], [uploaded.id])
            self.assertIn(store.id, [s.id for s in client.collections.list(limit=100)])
            self.assertEqual(client.collections.get(store.id).file_counts.completed, 1)
            results = client.collections.search(store.id, "how long do I have to return something?", max_num_results=3)
            self.assertEqual((results[0].file_id, results[0].filename), (uploaded.id, "refunds.txt"))
            self.assertIn("30 days", results[0].text)
        finally:
            self.assertTrue(client.collections.delete(store.id).deleted)
        with self.assertRaises(NotFoundError):
            client.collections.get(store.id)


if __name__ == "__main__":
    unittest.main()
