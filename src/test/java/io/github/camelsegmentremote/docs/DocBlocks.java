package io.github.camelsegmentremote.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The code blocks of README.md (```lang) and src/main/docs/*.adoc ([source,lang] ----), as written. */
final class DocBlocks {

    /** One code block: where it is, its language (blank when none) and its text. */
    record Block(Path file, int line, String lang, String code) {
        @Override
        public String toString() {
            return file + ":" + line + " (" + (lang.isEmpty() ? "text" : lang) + ")";
        }
    }

    static final List<Path> FILES = List.of(Path.of("README.md"), Path.of("src/main/docs/remote-component.adoc"),
            Path.of("src/main/docs/segment-component.adoc"), Path.of("src/main/docs/segment-component-tracking.adoc"));

    private static final Pattern MARKDOWN = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\n");
    private static final Pattern ASCIIDOC = Pattern.compile("(?ms)^\\[source,(\\w+)]\\n----\\n(.*?)^----\\n");

    private DocBlocks() {
    }

    static List<Block> all() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (Path file : FILES) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = (file.toString().endsWith(".md") ? MARKDOWN : ASCIIDOC).matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                blocks.add(new Block(file, line, m.group(1), m.group(2)));
            }
        }
        return blocks;
    }
}
