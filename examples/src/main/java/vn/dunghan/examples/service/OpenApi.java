package vn.dunghan.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.node.ObjectNode;

/**
 * The service's OpenAPI 3.1 document, bundled as a resource; each request gets it with the address
 * it reached the service at as the document's server.
 */
final class OpenApi {

    private static final String DOCUMENT = load();

    private OpenApi() {
    }

    /**
     * Gets the document naming a server.
     *
     * @param server  the address the client used, such as {@code http://127.0.0.1:18090}, not null
     * @return the document, not null
     */
    static String document(String server) {
        ObjectNode node = (ObjectNode) Json.MAPPER.readTree(DOCUMENT);
        ((ObjectNode) node.get("servers").get(0)).put("url", server);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    private static String load() {
        try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
