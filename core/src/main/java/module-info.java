/**
 * Country-neutral work calendars and their arithmetic, time limits, dossier evaluation, aggregates
 * over evaluations, the bulk pipeline, and the JSON and CSV codecs.
 */
module vn.dunghan.core {
    requires transitive org.threeten.extra;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires static org.dhatim.fastexcel.reader;

    exports vn.dunghan.analytics;
    exports vn.dunghan.bulk;
    exports vn.dunghan.calendar;
    exports vn.dunghan.csv;
    exports vn.dunghan.deadline;
    exports vn.dunghan.dossier;
    exports vn.dunghan.json;
    exports vn.dunghan.portal;
}
