package cn.scorecard.app.cases;

import cn.scorecard.core.explain.CaseDeadline;
import cn.scorecard.core.explain.CaseEvent;
import cn.scorecard.core.explain.CaseIndicator;
import cn.scorecard.core.warning.Warning;
import java.util.List;

/**
 * What the case page (案件画像) shows of one case: its data, its timeline, its deadlines, the indicators in which it
 * counts with their reasons, the staff-assessment items it affects and its open warnings. Sections the user may not
 * read are null (indicators: the evaluation's readers; staff items: per officer, by the staff assessment's rules).
 */
record CaseProfile(String courtCode, String courtName, String number, int row, String period, List<Fact> facts,
                   List<CaseEvent> timeline, List<CaseDeadline> deadlines, String deadlinesAsOf,
                   List<CaseIndicator> indicators, List<StaffItem> staffItems, String staffMonth,
                   List<Warning> warnings, String warningsAsOf) {

    /** One line of the case's data. */
    record Fact(String label, String value) {
    }

    /** A staff-assessment item of one of the case's officers that names the case. */
    record StaffItem(String staffId, String name, String role, String item, String rule, String detail, double points) {
    }
}
