package cn.scorecard.core.demo;

import cn.scorecard.core.data.ProvinceData;
import java.util.List;

/**
 * One 20,000-case province shared by the test classes, and the default demo (what `./scorecard serve` loads:
 * 60,000 cases, seed 20240101) for the tests of its documented figures; each generated once per test JVM.
 */
final class DemoFixtures {
    static final List<String> EVIDENCE = List.of("B1.01.1", "B3.02.4", "B3.04.2");
    static final List<String> FREQUENCY = List.of("B3.02.4");
    static final DemoSpec SPEC = DemoSpec.defaults(20240101L).withCases(20_000).withEvidence(EVIDENCE, FREQUENCY);

    static final DemoSpec DEFAULT_DEMO = DemoSpec.defaults(20240101L);

    private static ProvinceData province;
    private static ProvinceData defaultDemo;

    private DemoFixtures() {
    }

    static synchronized ProvinceData province() {
        if (province == null) province = DemoProvince.generate(SPEC);
        return province;
    }

    static synchronized ProvinceData defaultDemo() {
        if (defaultDemo == null) defaultDemo = DemoProvince.generate(DEFAULT_DEMO);
        return defaultDemo;
    }
}
