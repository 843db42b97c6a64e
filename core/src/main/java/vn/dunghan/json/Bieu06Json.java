package vn.dunghan.json;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.analytics.Bieu06;

/**
 * Writes Biểu 06 tables as a JSON array, one object per view:
 * <pre>
 * [{"period":"2026-10","view":"LEGAL","rows":[{"agency":"Sở Tư pháp",
 *   "received":{"carriedOver":12,"online":30,"counterOrPost":41,"total":83},
 *   "done":{"early":20,"onTime":35,"late":9,"total":64},
 *   "inProgress":{"notDue":15,"overdue":4,"total":19}}, ...],
 *   "total":{"received":{...},"done":{...},"inProgress":{...}}}, ...]
 * </pre>
 * <p>
 * This is a thread-safe utility class.
 */
public final class Bieu06Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Bieu06Json() {
    }

    /**
     * Writes tables as a pretty-printed JSON array.
     *
     * @param tables  the tables, such as the legal and the system view of one period, not null
     * @return the JSON text, not null
     */
    public static String write(List<Bieu06> tables) {
        Objects.requireNonNull(tables, "tables");
        ArrayNode array = MAPPER.createArrayNode();
        for (Bieu06 table : tables) {
            ObjectNode node = array.addObject();
            node.put("period", table.getPeriod().toString());
            node.put("view", table.getView().name());
            ArrayNode rows = node.putArray("rows");
            for (Bieu06.Row row : table.getRows()) {
                counts(rows.addObject().put("agency", row.agency()), row);
            }
            counts(node.putObject("total"), table.getTotal());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    }

    private static void counts(ObjectNode node, Bieu06.Row row) {
        node.putObject("received").put("carriedOver", row.carriedOver()).put("online", row.online())
                .put("counterOrPost", row.counterOrPost()).put("total", row.received());
        node.putObject("done").put("early", row.early()).put("onTime", row.onTime()).put("late", row.late())
                .put("total", row.done());
        node.putObject("inProgress").put("notDue", row.notDue()).put("overdue", row.overdue())
                .put("total", row.inProgress());
    }
}
