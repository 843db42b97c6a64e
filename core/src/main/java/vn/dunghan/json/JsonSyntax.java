package vn.dunghan.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Describes a JSON syntax error in one sentence with its line and column, without the parser's
 * internal source description.
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    static String describe(JacksonException ex) {
        String message = ex.getOriginalMessage();
        if (message == null) {
            message = ex.getClass().getSimpleName();
        }
        int detail = message.indexOf(" (start marker at");
        if (detail > 0) {
            message = message.substring(0, detail);
        }
        message = message.replace('\n', ' ');
        TokenStreamLocation location = ex.getLocation();
        if (location != null && location.getLineNr() > 0) {
            return "The document is not valid JSON at line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ": " + message;
        }
        return "The document is not valid JSON: " + message;
    }
}
