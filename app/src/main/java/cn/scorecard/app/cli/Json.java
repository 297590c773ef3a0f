package cn.scorecard.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Pretty JSON on standard output, UTF-8 whatever the platform default. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    static void print(Object value) throws IOException {
        OutputStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        MAPPER.writeValue(out, value);
        out.write('\n');
        out.flush();
    }
}
