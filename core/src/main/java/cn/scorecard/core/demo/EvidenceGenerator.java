package cn.scorecard.core.demo;

import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 佐证材料 for documentary indicators, for the codes the caller passes (the catalog is maintained
 * elsewhere). About 85% of findings are met (more at better courts), a few partial with a score and a
 * reason, the rest not met. Frequency indicators carry a count consistent with the finding (met: 2–4).
 */
final class EvidenceGenerator {
    private static final String[] PARTIAL_REASONS = {
        "仅提供部分佐证材料，缺少会议纪要",
        "制度已出台但未见落实记录",
        "培训仅开展一次，未达到每年两次的要求",
        "文件已制定但未在官网公开"
    };

    private final Rand rand;

    EvidenceGenerator(Rand rand) {
        this.rand = rand;
    }

    List<EvidenceRecord> generate(DemoCourts courts, DemoSpec spec) {
        List<EvidenceRecord> out = new ArrayList<>();
        Set<String> frequency = new HashSet<>(spec.frequencyCodes());
        for (int c = 0; c < courts.count(); c++) {
            double met = Math.min(0.97, 0.85 + 0.5 * (courts.quality()[c] - 1));
            for (int year = spec.startYear(); year <= spec.endYear(); year++) {
                for (String code : spec.evidenceCodes()) {
                    out.add(record(courts, c, year, code, frequency.contains(code), met));
                }
            }
        }
        return out;
    }

    private EvidenceRecord record(DemoCourts courts, int court, int year, String code, boolean counted, double met) {
        double r = rand.unit();
        String attachment = courts.code(court) + "-" + year + "-" + code + ".pdf";
        if (r < met) {
            return new EvidenceRecord(court, year, code, EvidenceStatus.MET, counted ? rand.between(2, 4) : null, null,
                    null, attachment);
        }
        if (r < met + 0.04) {
            double score = 10 * rand.between(4, 7);
            return new EvidenceRecord(court, year, code, EvidenceStatus.PARTIAL, counted ? 1 : null, score,
                    rand.pick(PARTIAL_REASONS), attachment);
        }
        return new EvidenceRecord(court, year, code, EvidenceStatus.NOT_MET, counted ? rand.between(0, 1) : null, null,
                "未提供佐证材料", null);
    }
}
