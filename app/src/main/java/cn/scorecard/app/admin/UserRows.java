package cn.scorecard.app.admin;

import cn.scorecard.app.web.Messages;
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
            return Messages.text(account.enabled() ? "users.enabled" : "users.disabled");
        }
    }

    static final ListSpec<Row> LIST = ListSpec.of(List.of(
                    ListColumn.of("username", Messages.text("users.column.username"), r -> r.account().username()),
                    ListColumn.of("name", Messages.text("users.column.name"), r -> r.account().displayName()),
                    ListColumn.of("role", Messages.text("users.column.role"), r -> r.account().role().label()),
                    ListColumn.of("court", Messages.text("users.column.court"), Row::court),
                    ListColumn.of("staff", Messages.text("users.column.staff"), r -> r.account().staffCode()),
                    ListColumn.of("status", Messages.text("users.column.status"), Row::status)),
            r -> r.account().username() + " " + r.account().displayName() + " " + r.account().role().label() + " " + r.court()
                    + " " + (r.account().staffCode() == null ? "" : r.account().staffCode()),
            "username", false);
}
