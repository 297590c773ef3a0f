package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OWASP's neutralisation of formula-like cells, with plain numbers (negative ones too) left as numbers. */
class SafeCsvTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1", "+86 10 1234|'+86 10 1234", "-1+2|'-1+2", "@SUM(A1)|'@SUM(A1)", "-|'-", "-.5|'-.5", "-5.|'-5.",
            "-12.5|-12.5", "-3|-3", "12|12", "宛城区人民法院|宛城区人民法院", "a=b|a=b", "''=x|''=x"})
    void formulaLikeCellsGetAnApostropheNumbersDoNot(String text, String written) {
        assertThat(SafeCsv.neutralise(text)).isEqualTo(written);
        assertThat(SafeCsv.restore(written)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {"'\t=x", "'\rx"})
    void tabAndCarriageReturnAreNeutralisedToo(String written) {
        assertThat(SafeCsv.neutralise(written.substring(1))).isEqualTo(written);
    }
}
