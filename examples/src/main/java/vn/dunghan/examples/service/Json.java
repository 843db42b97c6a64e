package vn.dunghan.examples.service;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.calendar.DayOff;

/** The JSON nodes the routes answer with. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A day off or make-up day: date, kind, name in the request's language, source, provisional, caveat. */
    static void addDay(ArrayNode array, DayOff day, boolean vietnamese) {
        ObjectNode node = array.addObject();
        node.put("date", day.getDate().toString());
        node.put("kind", day.getKind().name());
        node.put("name", vietnamese ? day.getLocalName().orElse(day.getName()) : day.getName());
        day.getSource().ifPresent(source -> node.put("source", source));
        node.put("provisional", day.isProvisional());
        day.getCaveat().ifPresent(caveat -> node.put("caveat", caveat));
    }
}
