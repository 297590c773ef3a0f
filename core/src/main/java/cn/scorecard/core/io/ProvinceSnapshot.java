package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseTableFile;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The built cases of a data directory (the case table with its steps, payments, field actions and the numeric
 * case keys) saved in columns, so that the next read of the same directory loads them instead of parsing 案件.csv
 * and 流程节点.csv again; the small files are read as usual. Keyed by a fingerprint of the files the cases depend
 * on (法院, 人员, 案件, 流程节点: name, size, modification time and the bytes at both ends) and the format version:
 * a snapshot whose fingerprint differs is ignored (and replaced after the next full read). Written only after a
 * read without errors, to a temporary file moved into place, so a half-written snapshot is never read.
 */
public final class ProvinceSnapshot {
    private static final String MAGIC = "scorecard-cases";
    private static final int FORMAT = 3; // 2: a label after the key; 3: the compact case columns
    private static final List<String> KEY_FILES = List.of("法院.csv", "人员.csv", "案件.csv", "流程节点.csv");

    private ProvinceSnapshot() {
    }

    /** The fingerprint of the files the cases depend on. */
    public static String fingerprint(Path dir) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(ByteBuffer.allocate(4).putInt(FORMAT).array());
            for (String name : KEY_FILES) {
                Path f = dir.resolve(name);
                md.update(name.getBytes(StandardCharsets.UTF_8));
                if (!Files.isRegularFile(f)) continue;
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                md.update(ByteBuffer.allocate(16).putLong(a.size()).putLong(a.lastModifiedTime().toMillis()).array());
                try (var ch = java.nio.channels.FileChannel.open(f)) {
                    ByteBuffer ends = ByteBuffer.allocate(8192);
                    ch.read(ends, 0);
                    ch.read(ends, Math.max(0, a.size() - 4096));
                    md.update(ends.flip());
                }
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves the cases of a province read from dir; false (nothing written) when a 案号 has no numeric key. */
    public static boolean write(ProvinceData data, Path dir, Path file) throws IOException {
        BuiltCases cases = BuiltCases.of(data, "");
        if (cases == null) return false;
        write(cases, fingerprint(dir), file);
        return true;
    }

    /**
     * Saves built cases under a key (whatever identifies the data they were built from: {@link #readCases} gives them
     * back only for the same key), with their label.
     */
    public static void write(BuiltCases cases, String key, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "snapshot", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeUTF(cases.label());
            CaseTableFile.write(cases.table, out);
            out.writeInt(cases.payments.size());
            for (Payment p : cases.payments) {
                out.writeInt(p.caseRow());
                out.writeInt(p.arrivedMinute());
                out.writeInt(p.releasedMinute());
                out.writeBoolean(p.lateApproved());
                out.writeLong(p.amountFen());
            }
            out.writeInt(cases.actions.size());
            for (FieldAction f : cases.actions) {
                out.writeInt(f.caseRow());
                out.writeInt(f.minute());
                out.writeByte((f.recorderUsed() ? 1 : 0) | (f.archived() ? 2 : 0));
            }
            cases.keys.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The province of dir with its cases from the snapshot, or null when there is no snapshot of these files (none,
     * another fingerprint, another format) or the other files do not read without errors (the caller then reads
     * everything, and reports).
     */
    static ProvinceData read(Path dir, ReadRules rules, Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            BuiltCases cases = readCases(file, fingerprint(dir));
            return cases == null ? null : readOthers(dir, rules, cases);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: read the files
        }
    }

    /** The cases saved under the key, or null when the file is missing, unreadable, truncated, of another format or key. */
    public static BuiltCases readCases(Path file, String key) {
        Keyed read = read(file, key);
        return read == null ? null : read.cases();
    }

    /** A snapshot's cases and the key they were saved under. */
    public record Keyed(String key, BuiltCases cases) {
    }

    /**
     * The cases of the file whatever their key, or null when it is missing, unreadable, truncated or of another
     * format: for a reader that starts before it knows the key (the server, while it starts), and compares after.
     */
    public static Keyed readKeyed(Path file) {
        return read(file, null);
    }

    private static Keyed read(Path file, String wanted) {
        if (!Files.isRegularFile(file)) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) return null;
            String key = in.readUTF();
            if (wanted != null && !wanted.equals(key)) return null;
            String label = in.readUTF();
            CaseTable table = CaseTableFile.read(in);
            int n = in.readInt();
            List<Payment> payments = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                payments.add(new Payment(in.readInt(), in.readInt(), in.readInt(), in.readBoolean(), in.readLong()));
            }
            n = in.readInt();
            List<FieldAction> actions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int row = in.readInt();
                int minute = in.readInt();
                int bits = in.readByte();
                actions.add(new FieldAction(row, minute, (bits & 1) != 0, (bits & 2) != 0));
            }
            CaseKeys keys = CaseKeys.read(in);
            return new Keyed(key, new BuiltCases(table, List.copyOf(payments), List.copyOf(actions), keys, label));
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or truncated: read the source
        }
    }

    private static ProvinceData readOthers(Path dir, ReadRules rules, BuiltCases cases) {
        ProvinceAssembler assembler = new ProvinceAssembler();
        ReadContext ctx = new ReadContext(KnownKeys.NONE, rules, assembler, ReadProgress.NONE);
        for (RecordType type : RecordType.values()) {
            Path f = dir.resolve(type.fileName());
            if (type.isStaffInput() || !Files.isRegularFile(f)) continue;
            if (type == RecordType.CASES) {
                assembler.prebuilt(cases);
                ctx.fastCases = cases.keys.states(assembler.courtIndex());
            } else if (type != RecordType.STEPS) {
                InterchangeReader.read(ctx, type, List.of(TableInput.csv(f)));
            }
            if (!ctx.errors.isEmpty()) return null;
        }
        return assembler.build();
    }

}
