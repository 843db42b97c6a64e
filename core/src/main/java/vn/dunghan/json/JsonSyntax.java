package vn.dunghan.json;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Describes a JSON syntax error in one sentence with its line and column, without the parser's
 * internal source description.
 */
public final class JsonSyntax {

    private static final Pattern DEPTH = Pattern.compile("nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");
    private static final List<String> ADVICE = List.of(": enable `", " (not recognized as one since", "; to allow");

    private JsonSyntax() {
    }

    /**
     * Describes a parser's error for a person.
     *
     * @param ex  the error, not null
     * @return one sentence with the line and column where known, not null
     */
    public static String describe(JacksonException ex) {
        String message = ex.getOriginalMessage();
        if (message == null) {
            message = ex.getClass().getSimpleName();
        }
        int detail = message.indexOf(" (start marker at");
        if (detail > 0) {
            message = message.substring(0, detail);
        }
        message = message.replace('\n', ' ');
        Matcher depth = DEPTH.matcher(message);
        if (depth.find()) {
            // no location: the limit is checked as the parser opens the nesting level
            return "The document is nested deeper than the limit of " + depth.group(1) + " levels";
        }
        if (message.startsWith("Trailing token")) {
            message = "Content follows the end of the value; a record is one JSON value";
        }
        // the parser's advice about its own settings means nothing to the author of the document
        for (String advice : ADVICE) {
            int at = message.indexOf(advice);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        TokenStreamLocation location = ex.getLocation();
        if (location != null && location.getLineNr() > 0) {
            return "The document is not valid JSON at line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ": " + message;
        }
        return "The document is not valid JSON: " + message;
    }
}
