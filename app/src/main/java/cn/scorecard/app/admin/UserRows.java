package cn.scorecard.app.admin;

import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.web.ListColumn;
import cn.scorecard.app.web.ListSpec;
import java.util.List;

/** The users as the list shows them: the court by name; searched by username, name, role and court. */
final class UserRows {
    private UserRows() {
    }

    /** One user with the name of its court. */
    record Row(UserAccount account, String courtName) {
        public String court() {
            return courtName == null ? (account.courtCode() == null ? "" : account.courtCode()) : courtName;
        }

        public String status() {
            return account.enabled() ? "启用" : "停用";
        }
    }

    static final ListSpec<Row> LIST = ListSpec.of(List.of(
                    ListColumn.of("username", "用户名", r -> r.account().username()),
                    ListColumn.of("name", "姓名", r -> r.account().displayName()),
                    ListColumn.of("role", "角色", r -> r.account().role().label()),
                    ListColumn.of("court", "法院", Row::court),
                    ListColumn.of("staff", "人员编号", r -> r.account().staffCode()),
                    ListColumn.of("status", "状态", Row::status)),
            r -> r.account().username() + " " + r.account().displayName() + " " + r.account().role().label() + " " + r.court()
                    + " " + (r.account().staffCode() == null ? "" : r.account().staffCode()),
            "username", false);
}
