package cn.scorecard.app.cli;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command reads its data: a data directory, or a database (shared by evaluate and staff). */
final class DataOptions {
    @Option(names = "--data", description = "数据目录（CSV 交换格式，见 docs/data-format.md）")
    Path data;

    @Option(names = "--db", description = "JDBC URL（代替 --data 从数据库读取）")
    String db;

    @Option(names = "--db-user", description = "数据库用户名")
    String dbUser;

    @Option(names = "--db-password", description = "数据库密码")
    String dbPassword;

    ProvinceData province() {
        return DataSources.load(data, db, dbUser, dbPassword);
    }

    StaffInputs staffInputs(StaffRuleSet rules, ProvinceData province) {
        return DataSources.staffInputs(data, db, dbUser, dbPassword, rules, province);
    }
}
