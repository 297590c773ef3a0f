package cn.scorecard.core.staff;

import java.util.List;

/**
 * 书记员季度考评 (四（三）6). The seed names the four parts but gives no points: the maximum is a setting.
 *
 * @param maxPoints the evaluation's full marks; the parts add up to it
 */
public record ClerkQuarterlyRule(String code, String text, double maxPoints, List<Part> parts) {
    public record Part(String code, String name, double points) {
    }

    public ClerkQuarterlyRule {
        parts = List.copyOf(parts);
    }

    /** The part named by its code or name, or null. */
    public Part part(String text) {
        for (Part p : parts) {
            if (p.code.equals(text) || p.name.equals(text)) return p;
        }
        return null;
    }
}
