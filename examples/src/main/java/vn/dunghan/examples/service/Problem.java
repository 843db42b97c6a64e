package vn.dunghan.examples.service;

import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error answered as an RFC 9457 problem detail ({@code application/problem+json}): the status,
 * its title, one sentence of detail quoting the bad value, the request path, and for a bad
 * parameter the parameter's name.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final int status;
    private final String parameter;

    Problem(int status, String detail, String parameter) {
        super(Objects.requireNonNull(detail, "detail").endsWith(".") ? detail : detail + ".");
        this.status = status;
        this.parameter = parameter;
    }

    /** A 400 naming the parameter and the rule it breaks. */
    static Problem badParameter(String parameter, String detail) {
        return new Problem(400, detail, parameter);
    }

    int status() {
        return status;
    }

    /**
     * Writes this problem as its JSON document.
     *
     * @param instance  the request path, not null
     * @return the document, not null
     */
    String toJson(String instance) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", "about:blank");
        node.put("title", title(status));
        node.put("status", status);
        node.put("detail", getMessage());
        node.put("instance", instance);
        if (parameter != null) {
            node.put("parameter", parameter);
        }
        return MAPPER.writeValueAsString(node);
    }

    static String title(int status) {
        switch (status) {
            case 400:
                return "Bad Request";
            case 404:
                return "Not Found";
            case 405:
                return "Method Not Allowed";
            case 413:
                return "Content Too Large";
            case 415:
                return "Unsupported Media Type";
            case 503:
                return "Service Unavailable";
            default:
                return "Internal Server Error";
        }
    }
}
