package cn.scorecard.app.plan;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Saved what-if scenarios (模拟方案), each one user's own: a name, the court and period, and the action ids. Saving
 * one never touches the data; opening one applies its actions to the data as it is then.
 */
@Repository
class Scenarios {
    static final int MAX_ACTIONS = 200;
    private final JdbcTemplate jdbc;

    Scenarios(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Scenario(long id, String username, String court, int year, Integer month, String name, List<String> actions,
                    LocalDateTime created) {
    }

    long save(String username, String court, int year, Integer month, String name, List<String> actions) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO plan_scenario (username, court_code, period_year, period_month, name,"
                    + " actions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, username);
            ps.setString(2, court);
            ps.setInt(3, year);
            ps.setObject(4, month);
            ps.setString(5, name);
            ps.setString(6, String.join("\n", actions));
            ps.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** The user's scenarios for a court, newest first. */
    List<Scenario> of(String username, String court) {
        return jdbc.query("SELECT * FROM plan_scenario WHERE username = ? AND court_code = ? ORDER BY id DESC LIMIT 50",
                (rs, i) -> read(rs), username, court);
    }

    /** One of the user's scenarios, or null (another user's scenario is not found). */
    Scenario find(String username, long id) {
        List<Scenario> s = jdbc.query("SELECT * FROM plan_scenario WHERE id = ? AND username = ?", (rs, i) -> read(rs),
                id, username);
        return s.isEmpty() ? null : s.get(0);
    }

    boolean delete(String username, long id) {
        return jdbc.update("DELETE FROM plan_scenario WHERE id = ? AND username = ?", id, username) > 0;
    }

    private static Scenario read(java.sql.ResultSet rs) throws java.sql.SQLException {
        int month = rs.getInt("period_month");
        Integer m = rs.wasNull() ? null : month;
        String actions = rs.getString("actions");
        return new Scenario(rs.getLong("id"), rs.getString("username"), rs.getString("court_code"), rs.getInt("period_year"),
                m, rs.getString("name"), actions.isBlank() ? List.of() : Arrays.asList(actions.split("\n")),
                rs.getTimestamp("created_at").toLocalDateTime());
    }
}
