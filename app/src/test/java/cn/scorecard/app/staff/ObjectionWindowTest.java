package cn.scorecard.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The objection window counts calendar days from the day of publication, to the end of the last day. */
class ObjectionWindowTest {
    @Test
    void sevenDaysAfterPublicationToTheEndOfTheDay() {
        ObjectionWindow w = new ObjectionWindow(7);
        LocalDateTime published = LocalDateTime.of(2025, 7, 3, 16, 30);
        assertThat(w.lastDay(published)).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(w.open(published, LocalDateTime.of(2025, 7, 3, 17, 0))).isTrue();
        assertThat(w.open(published, LocalDateTime.of(2025, 7, 10, 23, 59))).isTrue();
        assertThat(w.open(published, LocalDateTime.of(2025, 7, 11, 0, 0))).isFalse();
        assertThat(w.open(null, LocalDateTime.of(2025, 7, 4, 0, 0))).isFalse();
    }

    @Test
    void zeroDaysMeansTheDayOfPublicationOnlyAndNegativeIsRefused() {
        ObjectionWindow w = new ObjectionWindow(0);
        LocalDateTime published = LocalDateTime.of(2025, 7, 3, 9, 0);
        assertThat(w.open(published, LocalDateTime.of(2025, 7, 3, 23, 0))).isTrue();
        assertThat(w.open(published, LocalDateTime.of(2025, 7, 4, 0, 1))).isFalse();
        assertThatThrownBy(() -> new ObjectionWindow(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
