package app.hamish.service.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The changes the driver reported saved, read back from its acknowledgement file. A line the kill cut short was
 * never acknowledged, so only lines ending in a line feed count.
 */
record Acknowledgements(List<String[]> lines) {
    static Acknowledgements read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Acknowledgements(List.of());
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String complete = content.substring(0, content.lastIndexOf('\n') + 1);
        List<String[]> lines = new ArrayList<>();
        for (String line : complete.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line.split(" "));
            }
        }
        return new Acknowledgements(lines);
    }

    List<String[]> of(String kind) {
        return lines.stream().filter(line -> line[0].equals(kind)).map(line -> Arrays.copyOfRange(line, 1,
                line.length)).toList();
    }

    int size() {
        return lines.size();
    }
}
