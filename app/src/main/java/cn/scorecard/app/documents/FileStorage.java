package cn.scorecard.app.documents;

import cn.scorecard.app.messages.Bundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploaded files (evidence, the attachments of objections and staff records) outside the web root under
 * generated names (the uploader's name is kept only as data), after checking size, extension and the file's
 * first bytes, so nothing uploaded can be served as a page or executed.
 */
@Component
public class FileStorage {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Allowed extensions and the leading bytes their content must have (null: any, for plain text). */
    private static final Map<String, byte[]> ALLOWED = Map.of(
            "pdf", new byte[] {'%', 'P', 'D', 'F'},
            "png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8},
            "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8},
            "docx", new byte[] {'P', 'K', 3, 4},
            "xlsx", new byte[] {'P', 'K', 3, 4},
            "doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            "xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    private final Path root;

    public FileStorage(@Value("${scorecard.evidence-dir:./data/evidence}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    public record Stored(String storedName, long size, String sha256, String extension) {
    }

    public Stored store(MultipartFile file) {
        String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file.isEmpty()) throw new IllegalArgumentException(Bundle.text("file.error.empty"));
        if (file.getSize() > MAX_BYTES) throw new IllegalArgumentException(Bundle.text("file.error.tooLarge"));
        String ext = extension(original);
        byte[] magic = ALLOWED.get(ext);
        if (magic == null) throw new IllegalArgumentException(Bundle.text("file.error.type",
                ext.isEmpty() ? Bundle.text("file.noExtension") : ext));
        try {
            byte[] head = new byte[magic.length];
            try (InputStream in = file.getInputStream()) {
                if (in.readNBytes(head, 0, head.length) != head.length || !java.util.Arrays.equals(head, magic)) {
                    throw new IllegalArgumentException(Bundle.text("file.error.content", ext));
                }
            }
            Files.createDirectories(root);
            String stored = UUID.randomUUID() + "." + ext;
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(file.getInputStream(), sha)) {
                Files.copy(in, root.resolve(stored), StandardCopyOption.REPLACE_EXISTING);
            }
            return new Stored(stored, file.getSize(), HexFormat.of().formatHex(sha.digest()), ext);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path path(String storedName) {
        Path p = root.resolve(storedName).normalize();
        if (!p.startsWith(root)) throw new IllegalArgumentException(Bundle.text("file.error.name"));
        return p;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
