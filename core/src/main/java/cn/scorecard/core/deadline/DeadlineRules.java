package cn.scorecard.core.deadline;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.StepType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The node deadlines of {@code rules/deadlines.yaml}: data, so a court can change a period. */
public final class DeadlineRules {
    private static final String FILING = "立案";
    private final Map<String, DeadlineRule> rules;
    private final Within paymentRelease;
    private final String paymentReleaseName;
    private final List<DeadlineRule> keyNodes;
    private final WarningSettings warnings;

    private DeadlineRules(Map<String, DeadlineRule> rules, Within paymentRelease, String paymentReleaseName,
                          List<DeadlineRule> keyNodes, WarningSettings warnings) {
        this.rules = rules;
        this.paymentRelease = paymentRelease;
        this.paymentReleaseName = paymentReleaseName;
        this.keyNodes = keyNodes;
        this.warnings = warnings;
    }

    public static DeadlineRules bundled() {
        try (InputStream in = DeadlineRules.class.getResourceAsStream("/rules/deadlines.yaml")) {
            if (in == null) throw new IllegalStateException("缺少 /rules/deadlines.yaml");
            return load(in, "rules/deadlines.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static DeadlineRules load(InputStream in, String source) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        Map<String, DeadlineRule> rules = new LinkedHashMap<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) root.get("rules")) {
            String id = String.valueOf(m.get("id"));
            try {
                rules.put(id, rule(m));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " 规则 " + id + ": " + e.getMessage(), e);
            }
        }
        Map<String, Object> pay = (Map<String, Object>) root.get("paymentRelease");
        List<DeadlineRule> key = new ArrayList<>();
        for (Object k : (List<Object>) root.get("keyNodes")) {
            DeadlineRule r = rules.get(String.valueOf(k));
            if (r == null) throw new IllegalArgumentException(source + " keyNodes 引用了不存在的规则 " + k);
            key.add(r);
        }
        WarningSettings warnings = WarningSettingsReader.read(root.get("warnings"), rules.keySet(), source);
        return new DeadlineRules(rules, Within.parse(String.valueOf(pay.get("within"))), String.valueOf(pay.get("name")),
                List.copyOf(key), warnings);
    }

    @SuppressWarnings("unchecked")
    private static DeadlineRule rule(Map<String, Object> m) {
        Set<CaseType> types = ((List<Object>) m.get("caseTypes")).stream()
                .map(t -> CaseType.ofCode(String.valueOf(t))).collect(Collectors.toSet());
        String start = String.valueOf(m.get("start"));
        List<StepType> end = ((List<Object>) m.get("end")).stream()
                .map(s -> StepType.parse(String.valueOf(s))).toList();
        StepType trigger = FILING.equals(start) ? null : StepType.parse(start);
        for (StepType s : end) {
            // the step answering a trigger is the first at or after it, which only a fully kept step can show
            if (trigger != null && !s.repeatable()) {
                throw new IllegalArgumentException("end: 节点 " + s.label() + " 只保留最早一次，不能用于自“" + trigger.label()
                        + "”起算的期限");
            }
        }
        Object exempt = m.get("exemptFlag");
        return new DeadlineRule(String.valueOf(m.get("id")), String.valueOf(m.get("name")), types, trigger, end,
                Within.parse(String.valueOf(m.get("within"))), exempt == null ? null : CaseFlag.valueOf(String.valueOf(exempt)));
    }

    public DeadlineRule get(String id) {
        DeadlineRule r = rules.get(id);
        if (r == null) throw new IllegalArgumentException("未知的期限规则: " + id);
        return r;
    }

    public List<DeadlineRule> all() {
        return List.copyOf(rules.values());
    }

    public Within paymentRelease() {
        return paymentRelease;
    }

    /** 执行款发放的及时性: the rule's wording. */
    public String paymentReleaseName() {
        return paymentReleaseName;
    }

    public List<DeadlineRule> keyNodes() {
        return keyNodes;
    }

    /** How far ahead each clock becomes an early warning (预警). */
    public WarningSettings warnings() {
        return warnings;
    }
}
