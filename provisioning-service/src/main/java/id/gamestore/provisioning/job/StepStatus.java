package id.gamestore.provisioning.job;

import java.util.LinkedHashMap;
import java.util.Map;

/** Per-step status kept on the job row as {@code STEP=STATUS,...}. */
public final class StepStatus {
    private StepStatus() {
    }

    public static String initial() {
        StringBuilder out = new StringBuilder();
        for (JobStep step : JobStep.values()) {
            if (step != JobStep.DONE) {
                out.append(out.isEmpty() ? "" : ",").append(step.name()).append("=PENDING");
            }
        }
        return out.toString();
    }

    public static Map<String, String> parse(String value) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : value == null ? new String[0] : value.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                map.put(kv[0], kv[1]);
            }
        }
        return map;
    }

    public static String set(String value, JobStep step, String status) {
        Map<String, String> map = parse(value);
        map.put(step.name(), status);
        StringBuilder out = new StringBuilder();
        map.forEach((k, v) -> out.append(out.isEmpty() ? "" : ",").append(k).append('=').append(v));
        return out.toString();
    }
}
