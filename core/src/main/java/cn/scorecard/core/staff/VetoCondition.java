package cn.scorecard.core.staff;

import java.util.Set;

/**
 * A one-vote veto condition (一票否决).
 *
 * @param name the seed's wording; 一票否决.csv names a condition by this, the short name or the code
 * @param derivedFrom the records that raise this veto without an entry in 一票否决.csv
 */
public record VetoCondition(String code, String name, String shortName, Set<Derivation> derivedFrom) {
    /** Records of the data set that raise a veto. */
    public enum Derivation {
        /** 违法违纪.csv: 刑事责任、党纪政纪处分 of the person. */
        DISCIPLINES("disciplines"),
        /** 国家赔偿.csv: compensation caused by enforcement, the person being responsible. */
        STATE_COMPENSATIONS("stateCompensations");

        private final String id;

        Derivation(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Derivation byId(String id) {
            for (Derivation d : values()) {
                if (d.id.equals(id)) return d;
            }
            return null;
        }
    }

    public VetoCondition {
        derivedFrom = Set.copyOf(derivedFrom);
    }

    public boolean isNamedBy(String text) {
        String t = text.trim();
        return t.equals(code) || t.equals(name) || (shortName != null && t.equals(shortName));
    }
}
