package cn.scorecard.core.court;

/**
 * A court under evaluation.
 *
 * @param municipality 直辖市的中院: 争取地方支持 does not apply
 * @param keyCity 重点城市: 不动产"点对总" applies
 */
public record Court(String code, String name, CourtLevel level, String parentCode,
                    boolean municipality, boolean keyCity) {
    public Court {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("法院代码为空");
        if (level == null) throw new IllegalArgumentException("法院层级为空: " + code);
    }

    public boolean hasParent() {
        return parentCode != null && !parentCode.isBlank();
    }
}
