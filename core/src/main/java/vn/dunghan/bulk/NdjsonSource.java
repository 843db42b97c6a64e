package vn.dunghan.bulk;

import java.io.InputStream;

import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.json.DossierJson;
import vn.dunghan.json.NdjsonLines;
import vn.dunghan.json.ReadLimits;

/** The lines of an NDJSON stream, split on the calling thread and parsed on the workers. */
final class NdjsonSource implements DossierSource<NdjsonLines.Line> {

    private final InputStream in;
    private final NdjsonLines lines;
    private final ReadLimits limits;

    NdjsonSource(InputStream in, ReadLimits limits) {
        this.in = in;
        this.lines = NdjsonLines.of(in, limits);
        this.limits = limits;
    }

    @Override
    public boolean hasNext() {
        return lines.hasNext();
    }

    @Override
    public NdjsonLines.Line next() {
        return lines.next();
    }

    @Override
    public DossierRecord decode(NdjsonLines.Line line) {
        return DossierJson.read(line, limits);
    }

    @Override
    public long size(NdjsonLines.Line line) {
        return line.size();
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
