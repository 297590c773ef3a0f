package cn.scorecard.app.platform;

import cn.scorecard.app.platform.demo.DemoData;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.demo.DemoStaffInputs;
import cn.scorecard.core.io.DataDirectoryWriter;
import cn.scorecard.core.io.StaffInputFileWriter;
import cn.scorecard.core.staff.StaffRuleSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small demo province (1 intermediate, 2 basic courts, 4,000 cases) as a data directory, written once per JVM. */
public final class TestData {
    public static final DemoSpec SPEC = DemoData.spec(20240101L, 1, 2, 4_000);
    private static Path dir;
    private static ProvinceData province;

    private TestData() {
    }

    public static synchronized Path demoDir() {
        if (dir != null) return dir;
        Path d = TestFiles.dir("demo");
        province = DemoProvince.generate(SPEC);
        DataDirectoryWriter.write(province, d);
        StaffInputFileWriter.write(DemoStaffInputs.generate(SPEC, province, StaffRuleSets.bundled()), province.staff(),
                StaffRuleSets.bundled(), d);
        dir = d;
        return d;
    }

    /** A copy of the demo directory that a test may change. */
    public static Path demoCopy() {
        try {
            Path copy = TestFiles.dir("demo-copy");
            try (var files = Files.list(demoDir())) {
                for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, copy.resolve(f.getFileName()));
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
