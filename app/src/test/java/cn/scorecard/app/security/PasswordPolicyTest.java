package cn.scorecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ASVS 2.1: length, the common-password list, no composition rules. */
class PasswordPolicyTest {
    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveCharactersOfAnyKindAreEnough() {
        assertThat(policy.problem("长江后浪推前浪一代更比一代", "zhang")).isEmpty(); // 12 Chinese characters, no digit, no capital
        assertThat(policy.problem("correct horse battery", "zhang")).isEmpty();
        assertThat(policy.problem("eleven char", "zhang")).get().asString().contains("至少 12 个字符");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.commonCount()).isGreaterThan(5000);
        assertThat(policy.problem("my court keeps records", "zhang")).isEmpty();
        assertThat(policy.problem("Password1234", "zhang")).get().asString().contains("过于常见");
        assertThat(policy.problem("1qaz2wsx3edc", "zhang")).get().asString().contains("过于常见");
        assertThat(policy.problem("woaini1314520", "zhang")).get().asString().contains("过于常见");
    }

    @Test
    void notTheUserNameAndNotBeyondWhatBCryptReads() {
        assertThat(policy.problem("chengdong-2026-ok", "chengdong")).get().asString().contains("用户名");
        assertThat(policy.problem("很".repeat(25), "u")).get().asString().contains("72 字节"); // 75 bytes
        assertThat(policy.problem("很".repeat(24), "u")).isEmpty(); // 72 bytes
    }
}
