package org.exhaustionlab.meta;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.evolution.Lineage;
import org.exhaustionlab.optimize.Evaluation;

/**
 * JSON forms of what the meta run saves: candidates (with their full evaluation, so a restored population scores
 * and ranks exactly as before), generation records and configs. NaN is written as null and read back as NaN.
 */
final class Codec {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Codec() {
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String text, String what) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt " + what + " in the meta tables: " + e.getOriginalMessage());
        }
    }

    static void put(ObjectNode o, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    static double num(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? Double.NaN : n.asDouble();
    }

    static ObjectNode candidate(Candidate c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("source", c.source());
        put(o, "fitness", c.fitness());
        o.put("attempts", c.attempts());
        ObjectNode lineage = o.putObject("lineage");
        c.lineage().parents().forEach(lineage.putArray("parents")::add);
        lineage.put("operator", c.lineage().operator());
        lineage.put("generation", c.lineage().generation());
        lineage.put("island", c.lineage().island());
        ObjectNode params = o.putObject("params");
        c.tunedParams().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Object v = e.getValue();
            if (v instanceof Boolean) {
                params.put(e.getKey(), (Boolean) v);
            } else if (v instanceof Integer || v instanceof Long) {
                params.put(e.getKey(), ((Number) v).longValue());
            } else if (v instanceof Number) {
                params.put(e.getKey(), ((Number) v).doubleValue());
            } else {
                params.put(e.getKey(), String.valueOf(v));
            }
        });
        o.set("evaluation", evaluation(c.evaluation()));
        return o;
    }

    static Candidate candidate(JsonNode o) {
        JsonNode l = o.path("lineage");
        List<String> parents = new ArrayList<>();
        l.path("parents").forEach(p -> parents.add(p.asText()));
        Map<String, Object> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.path("params").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            params.put(e.getKey(), v.isBoolean() ? (Object) v.asBoolean() : v.isIntegralNumber() ? (Object) v.asLong()
                    : v.isNumber() ? (Object) v.asDouble() : v.asText());
        }
        return new Candidate(o.path("id").asText(), o.path("source").asText(), evaluation(o.path("evaluation")),
                num(o.get("fitness")), o.path("attempts").asInt(), new Lineage(parents, l.path("operator").asText(),
                        l.path("generation").asInt(), l.path("island").asInt()), params);
    }

    static ObjectNode evaluation(Evaluation e) {
        ObjectNode o = MAPPER.createObjectNode();
        ObjectNode metrics = o.putObject("metrics");
        e.metrics().forEach((k, v) -> put(metrics, k, v));
        ArrayNode returns = o.putArray("returns");
        for (double r : e.periodReturns()) {
            returns.add(r);
        }
        ArrayNode starts = o.putArray("starts");
        for (long s : e.periodStarts()) {
            starts.add(s);
        }
        if (e.error() != null) {
            o.put("error", e.error());
        }
        return o;
    }

    static Evaluation evaluation(JsonNode o) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        o.path("metrics").fields().forEachRemaining(e -> metrics.put(e.getKey(), num(e.getValue())));
        double[] returns = new double[o.path("returns").size()];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = o.path("returns").get(i).asDouble();
        }
        long[] starts = new long[o.path("starts").size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = o.path("starts").get(i).asLong();
        }
        return new Evaluation(metrics, returns, starts, o.hasNonNull("error") ? o.get("error").asText() : null);
    }

    static ObjectNode generation(GenerationRecord g) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("generation", g.generation());
        o.put("mode", g.mode());
        o.put("objective", g.objective().name());
        ObjectNode lack = o.putObject("lack");
        for (Objective obj : Objective.values()) {
            put(lack, obj.name(), g.lack().getOrDefault(obj, Double.NaN));
        }
        g.operators().forEach(o.putArray("operators")::add);
        g.temperatures().forEach(o.putArray("temperatures")::add);
        o.put("ga", g.gaSetting());
        o.put("parent", g.parentId());
        put(o, "parentFitness", g.parentFitness());
        o.put("child", g.childId());
        put(o, "childFitness", g.childFitness());
        put(o, "improvement", g.improvement());
        o.put("backtests", g.cost().backtests());
        o.put("tokens", g.cost().tokens());
        put(o, "reward", g.reward());
        put(o, "bestFitness", g.bestFitness());
        o.put("proposals", g.proposals());
        o.put("accepted", g.accepted());
        g.notices().forEach(o.putArray("notices")::add);
        return o;
    }

    static GenerationRecord generation(JsonNode o) {
        Map<Objective, Double> lack = new EnumMap<>(Objective.class);
        o.path("lack").fields().forEachRemaining(e -> lack.put(Objective.valueOf(e.getKey()), num(e.getValue())));
        return new GenerationRecord(o.path("generation").asInt(), o.path("mode").asText(),
                Objective.valueOf(o.path("objective").asText()), lack, texts(o.path("operators")),
                texts(o.path("temperatures")), o.path("ga").asText(), o.path("parent").asText(null),
                num(o.get("parentFitness")), o.path("child").asText(null), num(o.get("childFitness")),
                num(o.get("improvement")), new Cost(o.path("backtests").asLong(), o.path("tokens").asLong()),
                num(o.get("reward")), num(o.get("bestFitness")), o.path("proposals").asInt(),
                o.path("accepted").asInt(), texts(o.path("notices")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static ObjectNode config(MetaConfig c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("strategyType", c.strategyType().name());
        o.put("marketFocus", c.marketFocus().name());
        o.put("intelligence", c.intelligence());
        o.put("generations", c.generations());
        o.put("proposals", c.proposals());
        o.put("islands", c.islands());
        o.put("capacity", c.capacity());
        o.put("fitness", c.fitnessPreset());
        o.put("seed", c.seed());
        o.put("policy", c.policy().name());
        o.put("productionValidation", c.productionValidation());
        o.put("validateTop", c.validateTop());
        o.put("noveltyThreshold", c.noveltyThreshold());
        return o;
    }

    static MetaConfig config(JsonNode o) {
        return new MetaConfig(StrategyType.valueOf(o.path("strategyType").asText()),
                MarketFocus.valueOf(o.path("marketFocus").asText()), o.path("intelligence").asDouble(),
                o.path("generations").asInt(), o.path("proposals").asInt(), o.path("islands").asInt(),
                o.path("capacity").asInt(), o.path("fitness").asText(), o.path("seed").asLong(),
                Bandit.Policy.valueOf(o.path("policy").asText()), o.path("productionValidation").asBoolean(),
                o.path("validateTop").asInt(), o.path("noveltyThreshold").asDouble());
    }

    static Map<Objective, Double> emptyLack() {
        return new EnumMap<>(Objective.class);
    }
}
