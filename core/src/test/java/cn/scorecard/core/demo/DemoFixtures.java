package cn.scorecard.core.demo;

import cn.scorecard.core.data.ProvinceData;
import java.util.List;

/** One 20,000-case province shared by the test classes (generated once per test JVM). */
final class DemoFixtures {
    static final List<String> EVIDENCE = List.of("B1.01.1", "B3.02.4", "B3.04.2");
    static final List<String> FREQUENCY = List.of("B3.02.4");
    static final DemoSpec SPEC = DemoSpec.defaults(20240101L).withCases(20_000).withEvidence(EVIDENCE, FREQUENCY);

    private static ProvinceData province;

    private DemoFixtures() {
    }

    static synchronized ProvinceData province() {
        if (province == null) province = DemoProvince.generate(SPEC);
        return province;
    }
}
