package cn.scorecard.app.platform;

import cn.scorecard.app.platform.store.Vendor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresPlatformContextTest extends PlatformContextTest {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database(registry, Vendor.POSTGRESQL);
    }
}
