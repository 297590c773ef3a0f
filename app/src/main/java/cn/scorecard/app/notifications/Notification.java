package cn.scorecard.app.notifications;

import java.time.LocalDateTime;

/** An in-app notice to one user; {@code readAt} is null until the user marks it read. */
public record Notification(long id, String recipient, String title, String body, String link, LocalDateTime createdAt,
                           LocalDateTime readAt) {
    public boolean unread() {
        return readAt == null;
    }
}
