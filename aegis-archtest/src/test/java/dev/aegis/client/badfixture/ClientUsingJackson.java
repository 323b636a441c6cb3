package dev.aegis.client.badfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A client class that parses with Jackson: what the client's JDK-only rule exists to stop. */
public class ClientUsingJackson {

    private final ObjectMapper json = new ObjectMapper();

    public String read(String text) throws Exception {
        return json.readTree(text).toString();
    }
}
