package cn.scorecard.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
public class UserRepository {
    private final JdbcTemplate jdbc;

    UserRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.query("SELECT * FROM app_user WHERE username = ?", UserRepository::map, username).stream().findFirst();
    }

    public List<UserAccount> all() {
        return jdbc.query("SELECT * FROM app_user ORDER BY role, court_code, username", UserRepository::map);
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        return n == null ? 0 : n;
    }

    public void insert(UserAccount u) {
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, role, court_code, staff_code, enabled, created_at,"
                        + " must_change_password, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", u.username(), u.displayName(),
                u.passwordHash(), u.role().name(), u.courtCode(), u.staffCode(), u.enabled(), Timestamp.valueOf(u.createdAt()),
                u.mustChangePassword(), u.source());
    }

    public void update(UserAccount u) {
        jdbc.update("UPDATE app_user SET display_name = ?, password_hash = ?, role = ?, court_code = ?, staff_code = ?,"
                        + " enabled = ?, must_change_password = ?, source = ? WHERE username = ?", u.displayName(), u.passwordHash(),
                u.role().name(), u.courtCode(), u.staffCode(), u.enabled(), u.mustChangePassword(), u.source(), u.username());
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getString("court_code"), rs.getString("staff_code"),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toLocalDateTime(), rs.getBoolean("must_change_password"),
                rs.getString("source"));
    }
}
