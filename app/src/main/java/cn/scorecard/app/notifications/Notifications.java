package cn.scorecard.app.notifications;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * In-app notices (站内通知). The navigation bar reads {@link #unreadCount} through the bean name
 * {@code notifications}, so every page shows the bell without each controller adding it to the model.
 */
@Service("notifications")
public class Notifications {
    private final JdbcTemplate jdbc;

    Notifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void send(String recipient, String title, String body, String link) {
        jdbc.update("INSERT INTO notification (recipient, title, body, link, created_at) VALUES (?, ?, ?, ?, ?)",
                recipient, title, body, link, Timestamp.valueOf(LocalDateTime.now()));
    }

    public void send(Collection<String> recipients, String title, String body, String link) {
        for (String r : recipients) send(r, title, body, link);
    }

    /** Whether the user was already sent a notice pointing there (a daily digest is sent once a day). */
    public boolean sent(String recipient, String link) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND link = ?", Integer.class,
                recipient, link);
        return n != null && n > 0;
    }

    public int unreadCount(String recipient) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL",
                Integer.class, recipient);
        return n == null ? 0 : n;
    }

    /** The user's notices, newest first. */
    public List<Notification> list(String recipient, int limit) {
        return jdbc.query("SELECT * FROM notification WHERE recipient = ? ORDER BY id DESC LIMIT " + Math.max(1, Math.min(limit, 500)),
                (rs, i) -> new Notification(rs.getLong("id"), rs.getString("recipient"), rs.getString("title"),
                        rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toLocalDateTime(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toLocalDateTime()),
                recipient);
    }

    /** Marks one of the user's notices read and returns where it points; another user's notice is not touched. */
    public String markRead(String recipient, long id) {
        jdbc.update("UPDATE notification SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL",
                Timestamp.valueOf(LocalDateTime.now()), id, recipient);
        List<String> link = jdbc.queryForList("SELECT link FROM notification WHERE id = ? AND recipient = ?", String.class,
                id, recipient);
        return link.isEmpty() ? null : link.get(0);
    }

    public int markAllRead(String recipient) {
        return jdbc.update("UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL",
                Timestamp.valueOf(LocalDateTime.now()), recipient);
    }
}
