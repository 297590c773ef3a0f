package cn.scorecard.app.platform.demo;

import org.springframework.stereotype.Component;

/**
 * How far the start has come: the web server answers while the first start generates and imports the demo province
 * (a few minutes on a small machine), and while any start reads the data it serves (from the snapshot in seconds,
 * from the database alone minutes for a large province); the pages show this progress instead of waiting.
 */
@Component
public class StartupProgress {
    private volatile boolean loading;
    private volatile boolean demo;
    private volatile int percent;
    /** The step's message key and arguments: the web resolves the text (the platform speaks no language). */
    private volatile Step step = new Step("startup.step.prepare");

    /** A step of the load: a key of messages_zh_CN.properties and its arguments. */
    public record Step(String key, Object... args) {
    }

    /** The data is being loaded: pages wait for it. */
    public boolean loading() {
        return loading;
    }

    /** Whether it is the first start's demo province (else the data already in the database is read). */
    public boolean demo() {
        return demo;
    }

    public int percent() {
        return percent;
    }

    public Step step() {
        return step;
    }

    /** The first start's demo load begins. */
    void start() {
        begin(true);
    }

    /** Reading the data of the database begins. */
    void startReading() {
        begin(false);
    }

    private void begin(boolean demoLoad) {
        percent = 0;
        step = new Step("startup.step.prepare");
        demo = demoLoad;
        loading = true;
    }

    void at(int percent, Step step) {
        this.percent = Math.max(this.percent, Math.min(99, percent));
        this.step = step;
    }

    void end() {
        percent = 100;
        step = new Step("startup.step.done");
        loading = false;
    }
}
