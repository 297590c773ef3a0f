package cn.scorecard.app.staff.cycle;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the monthly cycle (set {@code scorecard.staff.cycle-cron=-} to switch the job off). */
@Configuration
@EnableScheduling
class CycleScheduling {
}
