package cn.scorecard.app.cli;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffInputsReader;
import cn.scorecard.core.staff.StaffRuleSet;
import java.nio.file.Path;

/** Where a command reads its data from: a data directory or a database. */
final class DataSources {
    private DataSources() {
    }

    static ProvinceData load(Path dir, String jdbcUrl, String user, String password) {
        if ((dir == null) == (jdbcUrl == null)) {
            throw new IllegalArgumentException("请给出 --data DIR 或 --db JDBC_URL 之一");
        }
        if (dir != null) return DataDirectoryReader.read(dir);
        throw new UnsupportedOperationException("--db 尚未实现");
    }

    static StaffInputs staffInputs(Path dir, String jdbcUrl, String user, String password, StaffRuleSet rules,
                                   ProvinceData province) {
        if (dir != null) return new StaffInputsReader(rules, province.staff()).read(dir);
        throw new UnsupportedOperationException("--db 尚未实现");
    }

}
