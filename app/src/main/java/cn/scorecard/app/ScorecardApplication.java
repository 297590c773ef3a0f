package cn.scorecard.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The web application (started by {@code scorecard serve}). */
@SpringBootApplication
public class ScorecardApplication {
    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(ScorecardApplication.class, args);
    }

    public static void main(String[] args) {
        start(args);
    }
}
