package cn.scorecard.core.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The periods of {@code rules/periods.yaml} counted in months: the statutory period (法定期限, 6 months from filing
 * before extensions and deductions) and the absolute period of 有财产可供执行案件 (6 months, 12 with an online
 * auction). Data, so a court changes a period without a code change; a {@link CaseTable} derives its deadline columns
 * from the rules it was built with.
 */
public record PeriodRules(String source, int statutoryMonths, int absoluteMonths, int absoluteMonthsWithOnlineAuction) {
    private static final Set<String> TOP_KEYS = Set.of("version", "statutory", "absolute");
    private static final Set<String> STATUTORY_KEYS = Set.of("months");
    private static final Set<String> ABSOLUTE_KEYS = Set.of("months", "monthsWithOnlineAuction");
    private static final int MAX_MONTHS = 24;
    private static volatile PeriodRules bundled;

    public PeriodRules {
        check(source, "statutory.months", statutoryMonths);
        check(source, "absolute.months", absoluteMonths);
        check(source, "absolute.monthsWithOnlineAuction", absoluteMonthsWithOnlineAuction);
    }

    public static PeriodRules bundled() {
        PeriodRules r = bundled;
        if (r != null) return r;
        try (InputStream in = PeriodRules.class.getResourceAsStream("/rules/periods.yaml")) {
            if (in == null) throw new IllegalStateException("缺少 /rules/periods.yaml");
            r = load(in, "rules/periods.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bundled = r;
        return r;
    }

    /** Reads a periods file; every problem names the file and the field. */
    public static PeriodRules load(InputStream in, String file) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> top)) throw new IllegalArgumentException(file + ": 应为映射（statutory, absolute）");
        keys(file, "", top, TOP_KEYS);
        Map<?, ?> statutory = section(file, top, "statutory", STATUTORY_KEYS);
        Map<?, ?> absolute = section(file, top, "absolute", ABSOLUTE_KEYS);
        return new PeriodRules(file, months(file, "statutory.months", statutory.get("months")),
                months(file, "absolute.months", absolute.get("months")),
                months(file, "absolute.monthsWithOnlineAuction", absolute.get("monthsWithOnlineAuction")));
    }

    /** The absolute period of a case in months: 12 (by default) where it had an online auction. */
    public int absoluteMonths(boolean onlineAuction) {
        return onlineAuction ? absoluteMonthsWithOnlineAuction : absoluteMonths;
    }

    private static Map<?, ?> section(String file, Map<?, ?> top, String key, Set<String> allowed) {
        if (!(top.get(key) instanceof Map<?, ?> m)) throw new IllegalArgumentException(file + " 字段 " + key + "：缺少或不是映射");
        keys(file, key + ".", m, allowed);
        return m;
    }

    private static void keys(String file, String prefix, Map<?, ?> m, Set<String> allowed) {
        for (Object k : m.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(file + " 字段 " + prefix + k + "：未知的键（可用：" + allowed + "）");
            }
        }
    }

    private static int months(String file, String field, Object v) {
        if (!(v instanceof Integer i)) throw new IllegalArgumentException(file + " 字段 " + field + "：应为月数（整数）: " + v);
        return i;
    }

    private static void check(String source, String field, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException(source + " 字段 " + field + "：月数应在 1 到 " + MAX_MONTHS + " 之间: " + months);
        }
    }
}
