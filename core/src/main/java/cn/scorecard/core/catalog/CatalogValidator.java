package cn.scorecard.core.catalog;

import cn.scorecard.core.court.CourtLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks across nodes of one catalog: the level-1 areas and the children of every node add up to 100,
 * codes are unique and follow the scheme (level prefix H/I/B + area number, then {@code .}-separated segments,
 * each child's code extending its parent's).
 */
final class CatalogValidator {
    static final double TOLERANCE = 0.001;

    private final String file;
    private final Set<String> codes = new HashSet<>();

    private CatalogValidator(String file) {
        this.file = file;
    }

    static void validate(String file, Catalog catalog) {
        new CatalogValidator(file).check(catalog);
    }

    static String prefix(CourtLevel level) {
        return switch (level) {
            case HIGH -> "H";
            case INTERMEDIATE -> "I";
            case BASIC -> "B";
        };
    }

    private void check(Catalog catalog) {
        String prefix = prefix(catalog.level());
        for (IndicatorNode area : catalog.areas()) {
            if (!area.code().matches(prefix + "[0-9]+")) {
                throw new CatalogValidationException(file, area.code(),
                        "一级指标代码应为 " + prefix + " 加序号（如 " + prefix + "1），本文件的 level 是 " + catalog.level());
            }
            node(area);
        }
        sum(null, "一级指标", catalog.areas());
    }

    private void node(IndicatorNode n) {
        if (!codes.add(n.code())) {
            throw new CatalogValidationException(file, n.code(), "指标代码重复");
        }
        for (IndicatorNode child : n.children()) {
            String code = child.code();
            if (!code.startsWith(n.code() + ".") || code.substring(n.code().length() + 1).isEmpty()
                    || code.substring(n.code().length() + 1).contains(".")) {
                throw new CatalogValidationException(file, code,
                        "代码应为上级代码 " + n.code() + " 加一段（如 " + n.code() + ".1）");
            }
            node(child);
        }
        if (!n.isLeaf()) sum(n.code(), "下级指标", n.children());
    }

    private void sum(String code, String what, List<IndicatorNode> nodes) {
        double total = 0;
        for (IndicatorNode c : nodes) total += c.weight();
        if (Math.abs(total - 100) > TOLERANCE) {
            StringBuilder parts = new StringBuilder();
            for (IndicatorNode c : nodes) {
                if (parts.length() > 0) parts.append(" + ");
                parts.append(c.code()).append('=').append(format(c.weight()));
            }
            throw new CatalogValidationException(file, code,
                    what + "权重之和为 " + format(total) + "，应为 100（" + parts + "）");
        }
    }

    static String format(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
