package cn.scorecard.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The audit log is append-only in the database (UPDATE, DELETE and TRUNCATE refused by triggers and the head's
 * foreign key, on H2 and PostgreSQL), and every entry is chained to the one before by a hash: an edit, a gap, an
 * entry written around the application or entries cut off the end are each named by the verification, and
 * concurrent writers never fork the chain.
 */
class AuditChainTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void entriesCannotBeChangedDeletedOrTruncated(Vendor vendor) throws SQLException {
        DataSource ds = withEntries(vendor, 3);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET actor = 'x' WHERE chain_seq = 2"))
                    .hasMessageContaining("审计日志只能追加");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log WHERE chain_seq = 1"))
                    .hasMessageContaining("审计日志只能追加");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("TRUNCATE TABLE audit_log")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_chain_head SET last_seq = 0")).hasMessageContaining("审计日志只能追加");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_chain_head")).hasMessageContaining("审计日志只能追加");
            if (vendor == Vendor.POSTGRESQL) {
                assertThatThrownBy(() -> s.execute("TRUNCATE audit_log CASCADE")).hasMessageContaining("不能清空");
                assertThatThrownBy(() -> s.execute("TRUNCATE audit_chain_head")).hasMessageContaining("不能清空");
            }
        }
        AuditVerification.Result r = verify(ds);
        assertThat(r.intact()).as(r.message()).isTrue();
        assertThat(r.entries()).isEqualTo(3);
        assertThat(r.message()).startsWith("审计日志完整：共 3 条记录");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anEditedEntryIsNamed(Vendor vendor) throws SQLException {
        DataSource ds = withEntries(vendor, 5);
        long id = idOf(ds, 3);
        tamper(ds, vendor, "UPDATE audit_log SET after_json = '{得分=100}' WHERE chain_seq = 3");
        AuditVerification.Result r = verify(ds);
        assertThat(r.intact()).isFalse();
        assertThat(r.brokenSeq()).isEqualTo(3);
        assertThat(r.brokenId()).isEqualTo(id);
        assertThat(r.entries()).isEqualTo(2);
        assertThat(r.message()).isEqualTo("审计日志哈希链断裂：第 3 条（记录编号 " + id + "）：记录内容与其哈希不符（记录被修改？）");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDeletedEntryIsAGap(Vendor vendor) throws SQLException {
        DataSource ds = withEntries(vendor, 5);
        tamper(ds, vendor, "DELETE FROM audit_log WHERE chain_seq = 2");
        AuditVerification.Result r = verify(ds);
        assertThat(r.intact()).isFalse();
        assertThat(r.brokenSeq()).isEqualTo(2);
        assertThat(r.problem()).startsWith("该条记录缺失（之后的记录为第 3 条");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void entriesCutOffTheEndAreSeenFromTheHead(Vendor vendor) throws SQLException {
        DataSource ds = withEntries(vendor, 4);
        tamper(ds, vendor, "UPDATE audit_chain_head SET last_id = NULL", "DELETE FROM audit_log WHERE chain_seq = 4");
        AuditVerification.Result r = verify(ds);
        assertThat(r.intact()).isFalse();
        assertThat(r.brokenSeq()).isEqualTo(4);
        assertThat(r.problem()).isEqualTo("链头记到第 4 条，实际只找到 3 条（末尾的记录被删除？）");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anEntryWrittenAroundTheApplicationIsNamed(Vendor vendor) throws SQLException {
        DataSource ds = withEntries(vendor, 2);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_log (at_time, actor, action, entity) VALUES (CURRENT_TIMESTAMP, 'x', '导入数据', 'import')");
        }
        AuditVerification.Result r = verify(ds);
        assertThat(r.intact()).isFalse();
        assertThat(r.brokenId()).isNotNull();
        assertThat(r.problem()).startsWith("该记录不在哈希链中");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void concurrentWritersNeverForkTheChain(Vendor vendor) throws Exception {
        DataSource ds = withEntries(vendor, 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int writer = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) append(ds, "writer" + writer, "entry " + i);
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        AuditVerification.Result r = verify(ds);
        assertThat(r.intact()).as(r.message()).isTrue();
        assertThat(r.entries()).isEqualTo(80);
    }

    static DataSource withEntries(Vendor vendor, int n) throws SQLException {
        TestDb db = TestDatabases.fresh(vendor);
        DataSource ds = db.dataSource();
        for (int i = 1; i <= n; i++) append(ds, "测试", "第" + i + "条");
        return ds;
    }

    static void append(DataSource ds, String actor, String after) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            AuditChain.append(c, new AuditChain.Entry(actor, "修改佐证", "evidence", "江0102/2025/B1.01.1", "江0102", null, after));
            c.commit();
        }
    }

    static AuditVerification.Result verify(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return AuditVerification.verify(c);
        }
    }

    private static long idOf(DataSource ds, long seq) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT id FROM audit_log WHERE chain_seq = " + seq)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What someone who owns the database can still do: switch the guard off and change rows. */
    private static void tamper(DataSource ds, Vendor vendor, String... sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            if (vendor == Vendor.H2) {
                s.execute("DROP TRIGGER audit_log_append_only");
                s.execute("DROP TRIGGER audit_chain_head_forward");
            } else {
                s.execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
                s.execute("ALTER TABLE audit_chain_head DISABLE TRIGGER USER");
            }
            for (String q : sql) s.executeUpdate(q);
        }
    }
}
