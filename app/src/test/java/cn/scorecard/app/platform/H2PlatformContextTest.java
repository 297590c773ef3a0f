package cn.scorecard.app.platform;

import cn.scorecard.app.platform.store.Vendor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2PlatformContextTest extends PlatformContextTest {
    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        database(registry, Vendor.H2);
    }
}
