package cn.scorecard.core.demo;

import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.court.Courts;
import java.util.ArrayList;
import java.util.List;

/**
 * One high court, its intermediate courts (one per city, the first a key city 重点城市) and the basic
 * courts spread over them as evenly as possible. Codes follow the case-number prefixes: 江01 for the first
 * city's intermediate court, 江0102 for its first district.
 */
final class CourtsGenerator {
    private final Rand rand;

    CourtsGenerator(Rand rand) {
        this.rand = rand;
    }

    DemoCourts generate(DemoSpec spec) {
        List<Court> courts = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String high = PlaceNames.HIGH_COURT_CODE;
        courts.add(new Court(high, PlaceNames.PROVINCE + "高级人民法院", CourtLevel.HIGH, null, false, false));
        prefixes.add(PlaceNames.PROVINCE_SHORT);
        int district = 0;
        for (int city = 0; city < spec.intermediateCourts(); city++) {
            String cityName = PlaceNames.city(city);
            String cityCode = PlaceNames.PROVINCE_SHORT + twoDigits(city + 1);
            courts.add(new Court(cityCode, PlaceNames.PROVINCE + cityName + "市中级人民法院", CourtLevel.INTERMEDIATE,
                    high, false, city == 0));
            prefixes.add(cityCode);
            int basics = basicsOf(city, spec);
            for (int b = 0; b < basics; b++) {
                String code = cityCode + twoDigits(districtNumber(b));
                String name = cityName + "市" + PlaceNames.district(district++) + "人民法院";
                courts.add(new Court(code, name, CourtLevel.BASIC, cityCode, false, false));
                prefixes.add(code);
            }
        }
        return new DemoCourts(new Courts(courts), prefixes.toArray(String[]::new), qualities(courts.size()),
                sizes(courts));
    }

    /** Basic courts of a city: an even share, the first cities taking the remainder. */
    private static int basicsOf(int city, DemoSpec spec) {
        int share = spec.basicCourts() / spec.intermediateCourts();
        return share + (city < spec.basicCourts() % spec.intermediateCourts() ? 1 : 0);
    }

    /** Districts are numbered 02, 03 … and counties from 21, as in real court codes. */
    private static int districtNumber(int b) {
        return b < 6 ? b + 2 : b + 15;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** Quality spread 0.82–1.18 so that rankings separate the courts. */
    private double[] qualities(int n) {
        double[] q = new double[n];
        for (int i = 0; i < n; i++) q[i] = 0.82 + 0.36 * rand.unit();
        return q;
    }

    /** Basic courts vary in caseload (log-normal); upper courts take few implementation cases. */
    private double[] sizes(List<Court> courts) {
        double[] s = new double[courts.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = switch (courts.get(i).level()) {
                case HIGH -> 0.04;
                case INTERMEDIATE -> 0.35;
                case BASIC -> Math.min(3.0, rand.logNormal(1.0, 0.35));
            };
        }
        return s;
    }
}
