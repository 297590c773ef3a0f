package cn.scorecard.app.platform.demo;

import org.springframework.stereotype.Component;

/**
 * How far the first start's demo load has come: the web server answers while the demo province is generated and
 * imported (a few minutes on a small machine), and the pages show this progress instead of waiting on the database.
 */
@Component
public class DemoProgress {
    private volatile boolean loading;
    private volatile int percent;
    /** The step's message key and arguments: the web resolves the text (the platform speaks no language). */
    private volatile Step step = new Step("startup.step.prepare");

    /** A step of the load: a key of messages_zh_CN.properties and its arguments. */
    public record Step(String key, Object... args) {
    }

    /** The demo is being loaded: pages wait for it. */
    public boolean loading() {
        return loading;
    }

    public int percent() {
        return percent;
    }

    public Step step() {
        return step;
    }

    void start() {
        percent = 0;
        step = new Step("startup.step.prepare");
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
