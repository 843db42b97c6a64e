package vn.dunghan.portal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.JsonSyntax;
import vn.dunghan.json.TextEncoding;

/**
 * The progress entries of {@code CapNhatTienDoHoSoMC}, which one-stop systems send apart from their
 * dossiers, held by dossier code so that each dossier read later takes its own
 * ({@link PortalDossiers#withProgress}): the same as nesting them in the dossier's
 * {@code QuaTrinhXuLy}. The file is a JSON array of entries, the envelope
 * {@code {"service":"CapNhatTienDoHoSoMC","data":[...]}}, or one entry per line. The entries are
 * held in memory, about a kilobyte each.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PortalProgress {

    private static final PortalProgress NONE = new PortalProgress(Map.of(), 0);

    private final Map<String, List<JsonNode>> byCode;
    private final int skipped;

    private PortalProgress(Map<String, List<JsonNode>> byCode, int skipped) {
        this.byCode = byCode;
        this.skipped = skipped;
    }

    /**
     * Gets no progress entries.
     *
     * @return the empty set, not null
     */
    public static PortalProgress none() {
        return NONE;
    }

    /**
     * Reads progress entries; an entry without a dossier code is counted and left out.
     *
     * @param in  the UTF-8 bytes, not closed, not null
     * @return the entries, not null
     * @throws InvalidDocumentException if the file is not UTF-8 or not JSON, naming where
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PortalProgress read(InputStream in) {
        Map<String, List<JsonNode>> byCode = new HashMap<>();
        int skipped = 0;
        JsonMapper mapper = JsonMapper.builder().build();
        try (JsonParser parser = mapper.createParser(TextEncoding.requireUtf8(Objects.requireNonNull(in, "in")))) {
            for (JsonNode entry : entries(mapper, parser)) {
                JsonNode code = entry.isObject() ? entry.get("MaHoSo") : null;
                if (code == null || !(code.isString() || code.isNumber()) || code.asString().isBlank()) {
                    skipped++;
                    continue;
                }
                byCode.computeIfAbsent(code.asString().strip(), k -> new ArrayList<>()).add(entry);
            }
        } catch (JacksonException ex) {
            throw new InvalidDocumentException("", "The progress file cannot be read: " + JsonSyntax.describe(ex), ex);
        }
        byCode.replaceAll((code, list) -> List.copyOf(list));
        return new PortalProgress(Map.copyOf(byCode), skipped);
    }

    /** Every top-level value, the elements of top-level arrays, and the data of envelopes. */
    private static List<JsonNode> entries(JsonMapper mapper, JsonParser parser) {
        List<JsonNode> entries = new ArrayList<>();
        while (parser.nextToken() != null) {
            JsonNode value = parser.readValueAsTree();
            JsonNode data = value.isObject() ? value.get("data") : null;
            JsonNode list = value.isArray() ? value : data != null && data.isArray() ? data : null;
            if (list != null) {
                list.forEach(entries::add);
            } else {
                entries.add(value);
            }
        }
        return entries;
    }

    /**
     * Gets the entries of a dossier.
     *
     * @param code  the dossier code, not null
     * @return the entries in file order, not null
     */
    List<JsonNode> of(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /**
     * Gets the number of entries left out for want of a dossier code.
     *
     * @return the count
     */
    public int getSkipped() {
        return skipped;
    }

    /**
     * Gets the number of dossiers with entries.
     *
     * @return the count
     */
    public int size() {
        return byCode.size();
    }
}
