package dev.aegis.client;

/** Gateway documents as the tests' fake gateway answers them, on one line as an SSE data line needs. */
final class Documents {

    private Documents() {}

    static String run(String id, String status) {
        return """
                {"id": "%s", "object": "run", "route": "payments", "status": "%s",
                 "output": {"role": "assistant", "content": "done"}, "finish_reason": "stop",
                 "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "cost": "0"},
                 "labels": {}, "events": []}""".formatted(id, status).replace("\n", " ");
    }

    static String approval(String id) {
        return """
                {"id": "%1$s", "object": "approval", "run_id": "%1$s", "route": "payments", "principal": "developer",
                 "team": "dev", "reason": "wire transfer", "guard": "house-rules", "rules": ["wire-transfer"], "status": "pending",
                 "approvals_required": 2, "approved_by": ["reviewer"], "created": "2026-01-01T00:00:00Z",
                 "expires": "2026-01-02T00:00:00Z"}""".formatted(id).replace("\n", " ");
    }
}
