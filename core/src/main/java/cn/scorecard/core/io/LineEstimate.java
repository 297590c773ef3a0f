package cn.scorecard.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * About how many lines a large file has, from the length of its first lines: enough to size a table once instead of
 * growing it, without reading the file twice. A little more than the lines of the sample suggest (their lengths vary
 * from court to court), never more than the reader can index.
 */
final class LineEstimate {
    /** Bytes read from the start; a file no longer than this is counted exactly. */
    static final int SAMPLE = 1 << 18;
    private static final int MOST = 1 << 26;

    private LineEstimate() {
    }

    /** The file's lines after its header, estimated; 0 when it cannot be read (the reader reports that). */
    static int of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            byte[] sample = in.readNBytes(SAMPLE);
            int header = -1;
            int lines = 0;
            for (int i = 0; i < sample.length; i++) {
                if (sample[i] != '\n') continue;
                if (header < 0) header = i + 1;
                else lines++;
            }
            if (header < 0) return 0;
            if (sample.length < SAMPLE) return lines + (sample[sample.length - 1] == '\n' ? 0 : 1);
            long sampled = sample.length - header;
            if (lines == 0) return 0;
            double perLine = (double) sampled / lines;
            return (int) Math.min(MOST, (size - header) / perLine * 1.02 + 16);
        } catch (IOException e) {
            return 0;
        }
    }
}
