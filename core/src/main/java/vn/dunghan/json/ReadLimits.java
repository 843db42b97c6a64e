package vn.dunghan.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits that keep a bulk read in bounded memory whatever its input: the length of one NDJSON
 * line, in bytes, and the nesting depth of one JSON record. A line over the length limit is skipped
 * without being held in memory and becomes an error record; a record nested deeper becomes an error
 * record too. The defaults, 1 MiB per line and a depth of 16, are far above any dossier (a dossier
 * is a few hundred bytes, nested 3 deep).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReadLimits {

    /** The default maximum length of one line, in bytes: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    /** The default maximum nesting depth of one record. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 16;

    private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_NESTING_DEPTH);

    private final int maxLineBytes;
    private final int maxNestingDepth;
    /** The strict parser of one record under these limits. */
    private final JsonMapper mapper;
    /**
     * The parser of the fast path ({@link DossierStream}), under the same limits, without the
     * parser's duplicate detection: the fast path finds a repeated field itself and leaves every
     * other doubt to the strict parser. A factory, not a mapper: the fast path binds nothing to
     * Java objects.
     */
    private final JsonFactory streamFactory;

    private ReadLimits(int maxLineBytes, int maxNestingDepth) {
        this.maxLineBytes = maxLineBytes;
        this.maxNestingDepth = maxNestingDepth;
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();
        this.streamFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /**
     * Obtains the default limits: lines of at most 1 MiB, records nested at most 16 deep.
     *
     * @return the defaults, not null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains limits.
     *
     * @param maxLineBytes  the maximum length of one line in bytes, line break excluded, from 64 to 2^30
     * @param maxNestingDepth  the maximum nesting depth of one record, from 3 (a dossier with events) to 1000
     * @return the limits, not null
     * @throws IllegalArgumentException if a limit is out of range
     */
    public static ReadLimits of(int maxLineBytes, int maxNestingDepth) {
        if (maxLineBytes < 64 || maxLineBytes > 1 << 30) {
            throw new IllegalArgumentException("Maximum line length " + maxLineBytes + " must be from 64 to 2^30 bytes");
        }
        if (maxNestingDepth < 3 || maxNestingDepth > 1000) {
            throw new IllegalArgumentException("Maximum nesting depth " + maxNestingDepth + " must be from 3 to 1000");
        }
        return new ReadLimits(maxLineBytes, maxNestingDepth);
    }

    /**
     * Gets the maximum length of one line.
     *
     * @return the length in bytes, line break excluded
     */
    public int getMaxLineBytes() {
        return maxLineBytes;
    }

    /**
     * Gets the maximum nesting depth of one record.
     *
     * @return the depth, 1 for a flat object
     */
    public int getMaxNestingDepth() {
        return maxNestingDepth;
    }

    /** The strict parser (duplicate keys rejected) of one record under these limits. */
    JsonMapper mapper() {
        return mapper;
    }

    /** The parser of the fast path, which finds repeated fields itself. */
    JsonFactory streamFactory() {
        return streamFactory;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReadLimits other && maxLineBytes == other.maxLineBytes
                && maxNestingDepth == other.maxNestingDepth;
    }

    @Override
    public int hashCode() {
        return maxLineBytes * 31 + maxNestingDepth;
    }

    @Override
    public String toString() {
        return "ReadLimits[maxLineBytes=" + maxLineBytes + ", maxNestingDepth=" + maxNestingDepth + "]";
    }
}
