package io.modelcontextprotocol.badfixture;

/** Fixture: stands in for an MCP SDK type, which is not on this module's class path. */
public final class FakeMcpServer {

    public void start() {}
}
