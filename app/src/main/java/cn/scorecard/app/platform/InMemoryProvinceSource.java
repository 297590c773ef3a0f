package cn.scorecard.app.platform;

import cn.scorecard.app.cli.DemoData;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoProvince;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Temporary: the demo province in memory, until the database-backed source replaces it. */
@Component
class InMemoryProvinceSource implements ProvinceSource {
    private final AtomicLong version = new AtomicLong(1);
    private volatile ProvinceData data;

    @Override
    public ProvinceData current() {
        ProvinceData d = data;
        if (d == null) {
            synchronized (this) {
                if (data == null) data = DemoProvince.generate(DemoData.spec(20240101L, 3, 12, 60_000));
                d = data;
            }
        }
        return d;
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public String fingerprint() {
        return "demo-" + version.get();
    }

    @Override
    public void invalidate() {
        version.incrementAndGet();
    }
}
