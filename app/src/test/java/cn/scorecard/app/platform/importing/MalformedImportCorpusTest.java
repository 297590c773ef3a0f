package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.DbState;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.TestFiles;
import cn.scorecard.app.platform.store.Vendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The corpus of malformed imports ({@link MalformedCorpus}, a few hundred cases built from the templates' tiny
 * valid data set): each is imported into one database holding that data set and must be rejected with errors
 * that name the file (and the column where the case says so), in Chinese and never with a parser's or a
 * database's own text, leaving every data table and the data version exactly as they were. All cases on H2;
 * the sizes and workbooks, where a database would be the first to complain, on PostgreSQL too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedImportCorpusTest {
    /** What a raw exception text looks like; none may reach the person who fixes the file. */
    private static final Pattern RAW = Pattern.compile("Exception|Value too long|Cannot parse|not found|\\bnull\\b|java\\.|"
            + "Input length|at line|SQL|\\[\\d+-\\d+\\]");
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fa5]");

    private final List<MalformedCorpus.Case> corpus = MalformedCorpus.all();
    private final Map<Vendor, Base> bases = new java.util.EnumMap<>(Vendor.class);

    /** A database with the valid data set, kept open (one connection) so that H2 does not reopen its file per case. */
    private record Base(TestDb db, Connection keepOpen, DbState state) {
    }

    @BeforeAll
    void importTheValidDataSet() throws IOException, SQLException {
        for (Vendor v : Vendor.values()) {
            TestDb db = TestDatabases.fresh(v);
            Connection open = db.dataSource().getConnection();
            ImportReport r = Imported.run(db, write(MalformedCorpus.base()));
            assertThat(r.accepted()).as(r.summary(20)).isTrue();
            bases.put(v, new Base(db, open, DbState.of(db.dataSource())));
        }
    }

    @AfterAll
    void close() throws SQLException {
        for (Base b : bases.values()) b.keepOpen().close();
    }

    @Test
    void theCorpusCoversEveryCategoryWithAtLeastTwoHundredCases() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        assertThat(corpus).extracting(MalformedCorpus.Case::category).contains("截断", "编码", "标题", "词表", "日期", "金额",
                "长度", "公式", "重复", "引用", "数字", "工作簿");
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedImportIsRefusedClearlyAndChangesNothing() {
        return corpus.stream().flatMap(c -> Stream.of(Vendor.values())
                .filter(v -> v == Vendor.H2 || c.category().equals("长度") || c.category().equals("工作簿"))
                .map(v -> DynamicTest.dynamicTest(v + " " + c, () -> check(bases.get(v), c))));
    }

    private static void check(Base base, MalformedCorpus.Case c) throws IOException {
        ImportReport r = Imported.run(base.db(), write(c.files()));
        assertThat(r.accepted()).as("accepted: %s", c).isFalse();
        assertThat(r.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.file()).isNotBlank();
            assertThat(CHINESE.matcher(e.reason()).find()).as(e.toString()).isTrue();
            assertThat(RAW.matcher(e.reason()).find()).as("raw text in %s", e).isFalse();
        });
        assertThat(r.errors()).as(r.summary(10)).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo(c.file());
            if (c.column() != null) assertThat(e.column()).isEqualTo(c.column());
            if (c.value() != null) assertThat(e.value()).isEqualTo(c.value());
        });
        assertThat(DbState.of(base.db().dataSource())).isEqualTo(base.state());
    }

    private static Path write(Map<String, byte[]> files) throws IOException {
        Path dir = TestFiles.dir("corpus");
        for (Map.Entry<String, byte[]> f : files.entrySet()) Files.write(dir.resolve(f.getKey()), f.getValue());
        return dir;
    }

}
