package cn.scorecard.app.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.app.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The training run of the ahead-of-time cache signs in as the demo's assessor and opens the first pages: every one
 * of them must answer 200 on the demo province, or the launcher would be left without a cache after each build.
 */
@AppTest
class AotTrainingTest {
    @LocalServerPort
    int port;

    @Test
    void signsInAndOpensEveryPageOfTheTrainingOnTheDemo() {
        assertThatCode(() -> AotTraining.train("http://localhost:" + port)).doesNotThrowAnyException();
    }

    @Test
    void aServerThatIsNotThereFailsTheTraining() {
        assertThatThrownBy(() -> AotTraining.train("http://localhost:1")).isInstanceOf(java.io.IOException.class);
    }
}
