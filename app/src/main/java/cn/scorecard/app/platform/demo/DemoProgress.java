package cn.scorecard.app.platform.demo;

import cn.scorecard.app.web.Messages;
import org.springframework.stereotype.Component;

/**
 * How far the first start's demo load has come: the web server answers while the demo province is generated and
 * imported (a few minutes on a small machine), and the pages show this progress instead of waiting on the database.
 */
@Component
public class DemoProgress {
    private volatile boolean loading;
    private volatile int percent;
    private volatile String step = "";

    /** The demo is being loaded: pages wait for it. */
    public boolean loading() {
        return loading;
    }

    public int percent() {
        return percent;
    }

    public String step() {
        return step;
    }

    void start() {
        percent = 0;
        step = Messages.text("startup.step.prepare");
        loading = true;
    }

    void at(int percent, String step) {
        this.percent = Math.max(this.percent, Math.min(99, percent));
        this.step = step;
    }

    void end() {
        percent = 100;
        step = Messages.text("startup.step.done");
        loading = false;
    }
}
