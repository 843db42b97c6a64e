package vn.dunghan.bulk;

import vn.dunghan.csv.CsvDossiers;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierRecord;

/** The rows of a CSV file, read and decoded on the calling thread, their errors named by column. */
final class CsvSource implements DossierSource<DossierRecord> {

    private final CsvDossiers rows;

    CsvSource(CsvDossiers rows) {
        this.rows = rows;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public DossierRecord next() {
        return rows.next();
    }

    @Override
    public DossierRecord decode(DossierRecord row) {
        return row;
    }

    @Override
    public String locate(Dossier dossier, String path) {
        return rows.locate(dossier, path);
    }

    @Override
    public String idPath() {
        return locate(null, "/id");
    }

    @Override
    public java.util.List<String> getNotes() {
        java.util.List<String> ignored = rows.getIgnoredColumns();
        return ignored.isEmpty() ? java.util.List.of()
                : java.util.List.of("Columns not read (no dossier field of that name): " + String.join(", ", ignored) + ".");
    }

    @Override
    public void close() {
        rows.close();
    }
}
