package vn.ocop.shared.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.ocop.planning.boundary.DashboardView;
import vn.ocop.registration.entity.CycleStep;

import java.util.Map;

/** The home page's charts, as Chart.js configurations in JSON. */
final class DashboardCharts {

    private static final String[] STAR_COLOURS = {"#b0b7c3", "", "", "#e0a526", "#d9822b", "#c0392b"};

    private DashboardCharts() {
    }

    /** The products by class today, as a doughnut. */
    static String stars(DashboardView view) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (Map.Entry<Integer, Long> entry : view.byStars().entrySet()) {
            labels.add(entry.getKey() == 0 ? Texts.get("home.noClass") : Texts.get("home.stars", entry.getKey()));
            values.add(entry.getValue());
            colours.add(STAR_COLOURS[entry.getKey()]);
        }
        return chart("doughnut", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", values)
                .add("backgroundColor", colours)), Json.createObjectBuilder().add("plugins", Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom"))).add("maintainAspectRatio", false));
    }

    /** The products per step of the cycle, as bars. */
    static String pipeline(DashboardView view) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Map.Entry<CycleStep, Long> entry : view.pipeline().entrySet()) {
            labels.add(Texts.get("CycleStep." + entry.getKey()));
            values.add(entry.getValue());
        }
        return bars(labels, values, "#2f6f9f", Texts.get("home.products"));
    }

    /** The support of the year per type, as bars in million VND. */
    static String support(DashboardView view, boolean english) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (DashboardView.SupportLine line : view.support().byType()) {
            labels.add(english ? line.nameEn() : line.nameVi());
            values.add(Math.round(line.amount() / 100_000.0) / 10.0);
        }
        return bars(labels, values, "#1e7b34", Texts.get("home.supportMillions"));
    }

    private static String bars(JsonArrayBuilder labels, JsonArrayBuilder values, String colour, String label) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", values)
                .add("backgroundColor", colour).add("label", label)), options);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options.add("animation", false)).build().toString();
    }
}
