package cn.scorecard.core.demo;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.DataDirectoryWriter;
import cn.scorecard.core.io.StaffInputFileWriter;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import java.nio.file.Path;

/**
 * The demo province and its staff-assessment inputs written straight to a data directory, part by part: the
 * cases of one part are built, written and dropped before the next is generated, so that any number of cases
 * fits in the default heap. The data are those of {@link DemoProvince#generate} and
 * {@link DemoStaffInputs#generate} for the same spec; only the order of the rows in the files depends on the
 * parts.
 */
public final class DemoDirectory {
    /** Cases per part: about 150 MB of case table while it is built. */
    public static final int PART_SIZE = 200_000;

    /** Told after every part how many cases have been generated and written. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void cases(long done, long total);
    }

    /** What was written. */
    public record Summary(int courts, int staff, long cases, int incidents) {
    }

    private DemoDirectory() {
    }

    public static Summary write(DemoSpec spec, StaffRuleSet rules, Path dir, Progress progress) {
        return write(spec, rules, dir, PART_SIZE, progress);
    }

    static Summary write(DemoSpec spec, StaffRuleSet rules, Path dir, int partSize, Progress progress) {
        Writer w = new Writer(spec, rules, dir);
        try {
            DemoProvince.run(spec, partSize, w, progress);
        } finally {
            w.close();
        }
        StaffInputs inputs = w.staff.finish();
        StaffInputFileWriter.write(inputs, w.courtsAndStaff.staff(), rules, dir);
        return new Summary(w.courtsAndStaff.courts().size(), w.courtsAndStaff.staff().size(), w.cases,
                inputs.incidents().size());
    }

    private static final class Writer implements DemoProvince.Output {
        private final DemoSpec spec;
        private final StaffRuleSet rules;
        private final Path dir;
        private DataDirectoryWriter files;
        private ProvinceData courtsAndStaff;
        private DemoStaffInputs.Collector staff;
        private long cases;

        Writer(DemoSpec spec, StaffRuleSet rules, Path dir) {
            this.spec = spec;
            this.rules = rules;
            this.dir = dir;
        }

        @Override
        public void start(ProvinceData data) {
            courtsAndStaff = data;
            staff = new DemoStaffInputs.Collector(spec, data, rules);
            files = DataDirectoryWriter.open(dir, data);
        }

        @Override
        public void part(ProvinceData part) {
            files.cases(part);
            staff.observe(part.cases());
            cases += part.cases().size();
        }

        @Override
        public void finish(ProvinceData records) {
            files.records(records);
        }

        void close() {
            if (files != null) files.close();
        }
    }
}
