package cn.scorecard.app.evidence;

import cn.scorecard.core.data.EvidenceStatus;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Evidence findings, uploaded files and comments in the database. */
@Repository
public class EvidenceRepository {
    private final JdbcTemplate jdbc;

    EvidenceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One finding as stored. */
    public record Finding(String courtCode, int year, String indicatorCode, EvidenceStatus status, Integer count,
                   Double partialScore, String reason) {
    }

    /** One uploaded file. */
    public record StoredFile(long id, String courtCode, int year, String indicatorCode, String originalName, String storedName,
                      String contentType, long size, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
    }

    /** One comment. */
    public record Comment(long id, String author, String body, LocalDateTime createdAt) {
    }

    List<Finding> findings(String court, int year) {
        return jdbc.query("SELECT * FROM evidence WHERE court_code = ? AND report_year = ?", (rs, i) -> new Finding(
                rs.getString("court_code"), rs.getInt("report_year"), rs.getString("indicator_code"),
                EvidenceStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("count_value"),
                rs.getObject("partial_score") == null ? null : rs.getDouble("partial_score"), rs.getString("reason")),
                court, year);
    }

    Optional<Finding> finding(String court, int year, String code) {
        return findings(court, year).stream().filter(f -> f.indicatorCode().equals(code)).findFirst();
    }

    /** Saves a finding and raises the data version, so every cached evaluation is recomputed. */
    void save(Finding f, String actor) {
        int n = jdbc.update("UPDATE evidence SET status = ?, count_value = ?, partial_score = ?, reason = ?"
                        + " WHERE court_code = ? AND report_year = ? AND indicator_code = ?", f.status().name(), f.count(),
                f.partialScore(), f.reason(), f.courtCode(), f.year(), f.indicatorCode());
        if (n == 0) {
            Long seq = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) + 1 FROM evidence", Long.class);
            jdbc.update("INSERT INTO evidence (court_code, report_year, indicator_code, status, count_value, partial_score,"
                            + " reason, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", f.courtCode(), f.year(), f.indicatorCode(),
                    f.status().name(), f.count(), f.partialScore(), f.reason(), seq);
        }
        jdbc.update("UPDATE data_version SET version = version + 1, changed_at = ?, changed_by = ? WHERE id = 1",
                Timestamp.valueOf(LocalDateTime.now()), actor);
    }

    long addFile(StoredFile f) {
        jdbc.update("INSERT INTO evidence_file (court_code, eval_year, indicator_code, original_name, stored_name, content_type,"
                        + " size_bytes, sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", f.courtCode(),
                f.year(), f.indicatorCode(), f.originalName(), f.storedName(), f.contentType(), f.size(), f.sha256(),
                f.uploadedBy(), Timestamp.valueOf(f.uploadedAt()));
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM evidence_file WHERE stored_name = ?", Long.class, f.storedName());
        return id == null ? -1 : id;
    }

    List<StoredFile> files(String court, int year) {
        return jdbc.query("SELECT * FROM evidence_file WHERE court_code = ? AND eval_year = ? ORDER BY id", (rs, i) -> file(rs),
                court, year);
    }

    Optional<StoredFile> file(long id) {
        return jdbc.query("SELECT * FROM evidence_file WHERE id = ?", (rs, i) -> file(rs), id).stream().findFirst();
    }

    private static StoredFile file(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredFile(rs.getLong("id"), rs.getString("court_code"), rs.getInt("eval_year"),
                rs.getString("indicator_code"), rs.getString("original_name"), rs.getString("stored_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toLocalDateTime());
    }

    void addComment(String court, int year, String code, String author, String body) {
        jdbc.update("INSERT INTO evidence_comment (court_code, eval_year, indicator_code, author, body, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", court, year, code, author, body, Timestamp.valueOf(LocalDateTime.now()));
    }

    List<Comment> comments(String court, int year, String code) {
        return jdbc.query("SELECT * FROM evidence_comment WHERE court_code = ? AND eval_year = ? AND indicator_code = ? ORDER BY id",
                (rs, i) -> new Comment(rs.getLong("id"), rs.getString("author"), rs.getString("body"),
                        rs.getTimestamp("created_at").toLocalDateTime()), court, year, code);
    }
}
