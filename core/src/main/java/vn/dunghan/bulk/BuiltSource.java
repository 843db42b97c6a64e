package vn.dunghan.bulk;

import java.util.Iterator;

import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierRecord;

/** Dossiers already built, numbered from 1; each is built on the calling thread. */
final class BuiltSource implements DossierSource<DossierRecord> {

    private final Iterator<Dossier> dossiers;
    private long number;

    BuiltSource(Iterator<Dossier> dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public boolean hasNext() {
        return dossiers.hasNext();
    }

    @Override
    public DossierRecord next() {
        return DossierRecord.of(++number, dossiers.next());
    }

    @Override
    public DossierRecord decode(DossierRecord record) {
        return record;
    }
}
