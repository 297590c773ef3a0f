package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import cn.scorecard.core.staff.StaffRuleSets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Per vendor, one database holding the small demo province, imported once per test class that asks. */
final class Imported {
    private final Map<Vendor, TestDb> databases = new EnumMap<>(Vendor.class);

    synchronized TestDb demo(Vendor vendor) {
        return databases.computeIfAbsent(vendor, v -> {
            TestDb db = TestDatabases.fresh(v);
            ImportReport r = importer(db).run(List.of(TestData.demoDir()), "测试", ImportListener.NONE);
            assertThat(r.accepted()).as(r.summary(20)).isTrue();
            return db;
        });
    }

    static Importer importer(TestDb db) {
        return new Importer(db.dataSource(), StaffRuleSets.bundled());
    }

    static ImportReport run(TestDb db, Path... paths) {
        return importer(db).run(List.of(paths), "测试", ImportListener.NONE);
    }
}
