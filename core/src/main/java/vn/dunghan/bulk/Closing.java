package vn.dunghan.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Opens a source over a stream, closing the stream when opening fails, as the sources promise. */
final class Closing {

    private Closing() {
    }

    /**
     * Makes a source, or closes its input and rethrows.
     *
     * @param in  the input the source would close
     * @param open  makes the source
     * @return the source, not null
     */
    static DossierSource<?> orClose(InputStream in, Supplier<DossierSource<?>> open) {
        try {
            return open.get();
        } catch (RuntimeException | Error ex) {
            try {
                in.close();
            } catch (IOException suppressed) {
                ex.addSuppressed(suppressed);
            }
            throw ex;
        }
    }
}
