package cn.scorecard.app.platform.rules;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger on the rule-book tables (migration V101 for H2): a row is never changed or deleted, because a
 * published result names the versions it was computed with. H2 instantiates it by name, hence public.
 */
public final class RuleRowGuard implements Trigger {
    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("规则版本只能新增，不能修改或删除 (" + table + ")", "45000");
    }
}
