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

    @Option(names = "--snapshot", description = "案件快照文件（默认 ~/.cache/scorecard/snapshots/ 下按数据目录命名）："
            + "数据目录的案件、流程节点等文件未变时直接载入快照，不再解析 CSV")
    Path snapshot;

    @Option(names = "--no-snapshot", description = "不读也不写快照")
    boolean noSnapshot;

    ProvinceData province() {
        if (data != null && db == null && !noSnapshot) {
            return cn.scorecard.core.io.DataDirectoryReader.read(data, cn.scorecard.core.io.ReadRules.bundled(),
                    snapshot != null ? snapshot : DataSources.defaultSnapshot(data));
        }
        return DataSources.load(data, db, dbUser, dbPassword);
    }

    StaffInputs staffInputs(StaffRuleSet rules, ProvinceData province) {
        return DataSources.staffInputs(data, db, dbUser, dbPassword, rules, province);
    }
}
