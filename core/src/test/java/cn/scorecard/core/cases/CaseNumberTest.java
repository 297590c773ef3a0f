package cn.scorecard.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written parser accepts exactly what the documented regular expression accepts, with the same parts. */
class CaseNumberTest {
    private static final Pattern FORMAT =
            Pattern.compile("^[（(](\\d{4})[）)]\\s*(.*?)(执[恢保异复监协请他]?)(\\d{1,7})号$");

    @Test
    void agreesWithTheRegularExpression() {
        List<String> samples = List.of("（2024）豫1302执123号", "(2024)豫1302执恢5号", "（2024） 豫1302执保1234567号",
                "（2024）江执1号", "（2024）执执1号", "（2024）豫1302执12345678号", "（2024）豫1302恢12号", "(2024)123号",
                "（2024）豫1302执123", "2024豫1302执123号", "（24）豫执1号", "（2024）执号", "（2024）执他0号", "（2024）豫 13 02执异7号",
                "（2024）\u3000豫1302执1号", "  （2024）豫1302执复99号 ", "（2024）执恢恢1号", "（2024）豫1302执监1号");
        for (String s : samples) {
            Matcher m = FORMAT.matcher(s.trim());
            if (!m.matches()) {
                assertThat(CaseNumber.isValid(s)).as(s).isFalse();
                continue;
            }
            CaseNumber n = CaseNumber.parse(s);
            assertThat(n.text()).isEqualTo(s.trim());
            assertThat(n.year()).as(s).isEqualTo(Integer.parseInt(m.group(1)));
            assertThat(n.courtPrefix()).as(s).isEqualTo(m.group(2));
            assertThat(n.type()).as(s).isEqualTo(CaseType.ofCode(m.group(3)));
            assertThat(n.sequence()).as(s).isEqualTo(Integer.parseInt(m.group(4)));
        }
    }
}
