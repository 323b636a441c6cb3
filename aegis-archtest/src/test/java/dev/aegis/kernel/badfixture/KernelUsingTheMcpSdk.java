package dev.aegis.kernel.badfixture;

import io.modelcontextprotocol.badfixture.FakeMcpServer;

/** Fixture: the MCP SDK (a stand-in in its package) used outside the server and the MCP plugin. */
public final class KernelUsingTheMcpSdk {

    public void serve() {
        new FakeMcpServer().start();
    }
}
