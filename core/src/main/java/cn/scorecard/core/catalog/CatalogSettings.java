package cn.scorecard.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a catalog version that belong to no single indicator (the optional {@code settings:} block of a
 * catalog file), so that a court changes them as data, with a new version:
 *
 * @param coreTargets the four core targets "三个90%、一个80%" (有财产可供执行案件法定期限内实际执结率, 终本合格率,
 *                    执行信访案件办结率, 近三年整体执结率), fractions
 * @param coreVeto    whether missing one of the three 90% targets vetoes the court (its total becomes 0); the seed
 *                    does not state it, so off by default (docs/rules.md)
 * @param peerGroup   the courts a min–max (PEER) indicator compares with: the same level in the same province (under
 *                    the same high court), or the same level nationally
 * @param thresholds  named targets the requirements use (绝大部分 0.9, 大部分 0.7): a node's {@code target} may name one
 */
public record CatalogSettings(List<Double> coreTargets, boolean coreVeto, PeerGroup peerGroup,
                              Map<String, Double> thresholds) {
    public enum PeerGroup { PROVINCE, NATIONAL }

    public static final Map<String, Double> DEFAULT_THRESHOLDS = Map.of("绝大部分", 0.9, "大部分", 0.7);
    public static final CatalogSettings DEFAULTS = new CatalogSettings(List.of(0.9, 0.9, 0.9, 0.8), false,
            PeerGroup.PROVINCE, DEFAULT_THRESHOLDS);
    static final List<String> CORE_KEYS = List.of("assetStatutory", "termination", "petitions", "overall");
    private static final Set<String> KEYS = Set.of("coreTargets", "coreVeto", "peerGroup", "thresholds");

    public CatalogSettings(List<Double> coreTargets, boolean coreVeto, PeerGroup peerGroup) {
        this(coreTargets, coreVeto, peerGroup, DEFAULT_THRESHOLDS);
    }

    public CatalogSettings {
        coreTargets = List.copyOf(coreTargets);
        thresholds = Map.copyOf(thresholds);
        if (coreTargets.size() != 4) throw new IllegalArgumentException("coreTargets 应有四项");
    }

    /** Reads the block; a missing key keeps its default, an unknown key or a bad value names the field. */
    static CatalogSettings read(Object block, String file) {
        if (block == null) return DEFAULTS;
        if (!(block instanceof Map<?, ?> m)) throw new CatalogValidationException(file, null, "settings 应为键值映射");
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new CatalogValidationException(file, null, "settings 中有未知的键 " + k + "（可用：" + KEYS + "）");
            }
        }
        List<Double> targets = new java.util.ArrayList<>(DEFAULTS.coreTargets());
        if (m.get("coreTargets") instanceof Map<?, ?> t) {
            for (Object k : t.keySet()) {
                int i = CORE_KEYS.indexOf(String.valueOf(k));
                if (i < 0) throw new CatalogValidationException(file, null, "settings.coreTargets 中有未知的键 " + k
                        + "（可用：" + CORE_KEYS + "）");
                if (!(t.get(k) instanceof Number n) || !(n.doubleValue() > 0) || n.doubleValue() > 1) {
                    throw new CatalogValidationException(file, null, "settings.coreTargets." + k
                            + " 是比例，应满足 0 < 值 ≤ 1（90% 写 0.9）: " + t.get(k));
                }
                targets.set(i, n.doubleValue());
            }
        } else if (m.containsKey("coreTargets")) {
            throw new CatalogValidationException(file, null, "settings.coreTargets 应为键值映射");
        }
        Object veto = m.get("coreVeto");
        if (veto != null && !(veto instanceof Boolean)) {
            throw new CatalogValidationException(file, null, "settings.coreVeto 应为 true 或 false: " + veto);
        }
        PeerGroup group = DEFAULTS.peerGroup();
        if (m.get("peerGroup") != null) {
            try {
                group = PeerGroup.valueOf(String.valueOf(m.get("peerGroup")));
            } catch (IllegalArgumentException e) {
                throw new CatalogValidationException(file, null, "settings.peerGroup 应为 PROVINCE 或 NATIONAL: "
                        + m.get("peerGroup"));
            }
        }
        Map<String, Double> thresholds = new java.util.HashMap<>(DEFAULT_THRESHOLDS);
        if (m.get("thresholds") instanceof Map<?, ?> t) {
            for (Object k : t.keySet()) {
                if (!(t.get(k) instanceof Number n) || !(n.doubleValue() > 0) || n.doubleValue() > 1) {
                    throw new CatalogValidationException(file, null, "settings.thresholds." + k
                            + " 是比例，应满足 0 < 值 ≤ 1: " + t.get(k));
                }
                thresholds.put(String.valueOf(k), n.doubleValue());
            }
        } else if (m.containsKey("thresholds")) {
            throw new CatalogValidationException(file, null, "settings.thresholds 应为键值映射");
        }
        return new CatalogSettings(targets, Boolean.TRUE.equals(veto), group, thresholds);
    }
}
