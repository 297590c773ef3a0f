package cn.scorecard.core.explain;

import java.util.List;

/**
 * One deadline of a case on the case page: a node deadline, the statutory period or the absolute period, with its
 * start, its last in-time day or minute, its completion, where it stands, and how it came about.
 */
public record CaseDeadline(String name, String start, String due, String done, String status, List<String> details) {
    public CaseDeadline {
        details = List.copyOf(details);
    }
}
