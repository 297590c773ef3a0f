package cn.scorecard.app.periods;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.ProvinceData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the review checks before a version is published, beside the totals: is the data still the data the version
 * was computed from, which courts have no case in the period or no evidence finding for its year, and which
 * indicators are not applicable at every court of their level (a sign of missing data rather than of the courts).
 */
public record RunChecks(boolean sameData, String currentFingerprint, List<String> courtsWithoutCases,
                        List<String> courtsWithoutEvidence, List<String> notApplicableEverywhere) {

    public boolean allClear() {
        return sameData && courtsWithoutCases.isEmpty() && courtsWithoutEvidence.isEmpty() && notApplicableEverywhere.isEmpty();
    }

    static RunChecks of(ResultRun run, ProvinceData data, String fingerprint) {
        int start = (int) run.periodStart().toEpochDay();
        int end = (int) run.periodEnd().toEpochDay();
        CaseTable cases = data.cases();
        Set<Integer> withEvidence = new HashSet<>();
        for (EvidenceRecord e : data.evidence()) {
            if (e.year() == run.periodEnd().getYear()) withEvidence.add(e.court());
        }
        List<String> noCases = new ArrayList<>();
        List<String> noEvidence = new ArrayList<>();
        for (int c = 0; c < data.courts().size(); c++) {
            Court court = data.courts().get(c);
            boolean any = false;
            for (int r = cases.courtStart(c); r < cases.courtEnd(c) && !any; r++) {
                int closed = cases.closed(r);
                any = cases.filed(r) <= end && (closed == Times.NONE || closed >= start);
            }
            if (!any) noCases.add(court.name());
            if (!withEvidence.contains(c)) noEvidence.add(court.name());
        }
        return new RunChecks(fingerprint.equals(run.fingerprint()), fingerprint, noCases, noEvidence,
                notApplicableEverywhere(run.json()));
    }

    /** Leaves that no court of their level could be scored on, as “代码 名称（层级）”. */
    private static List<String> notApplicableEverywhere(String json) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> applicableSomewhere = new HashSet<>();
        try {
            for (JsonNode c : new ObjectMapper().readTree(json).path("courts")) {
                String level = c.path("level").asText();
                collect(level, c.path("nodes"), names, applicableSomewhere);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        names.forEach((key, label) -> {
            if (!applicableSomewhere.contains(key)) out.add(label);
        });
        return out;
    }

    private static void collect(String level, JsonNode nodes, Map<String, String> names, Set<String> applicable) {
        for (JsonNode n : nodes) {
            if (n.path("children").isEmpty()) {
                String key = level + "|" + n.path("code").asText();
                names.putIfAbsent(key, n.path("code").asText() + " " + n.path("name").asText() + Messages.text("checks.levelSuffix", CourtLevel.valueOf(level).label()));
                if (n.path("applicable").asBoolean(true)) applicable.add(key);
            }
            collect(level, n.path("children"), names, applicable);
        }
    }
}
