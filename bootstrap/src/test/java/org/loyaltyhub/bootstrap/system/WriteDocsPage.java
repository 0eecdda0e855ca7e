package org.loyaltyhub.bootstrap.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request/answer examples of docs/api/writes.md, found by the page's convention: a line that starts with
 * the request in backticks (`` `POST /v1.1/customer/add` ``), optionally naming the API user
 * (`` as `demo.reader` ``), headers (`` with `Content-Type: text/plain` ``) or a generated body
 * ({@code with a body of 1,048,577 bytes}); then the body's code block, if the request has one; then a line
 * with {@code HTTP <status>}; then the answer's code block. A sentence after the answer saying
 * `` `response.some.list[0].field` varies from run to run ... (`regex`) `` marks a value, by its path in
 * the answer, that the server cannot give twice the same.
 */
final class WriteDocsPage {
    private static final Pattern REQUEST = Pattern.compile("^`(GET|POST) (/v1\\.1/[^`]*)`(.*)$");
    private static final Pattern USER = Pattern.compile("\\bas `([^`]+)`");
    private static final Pattern HEADER = Pattern.compile("`([A-Za-z-]+): ([^`]+)`");
    private static final Pattern GENERATED_BODY = Pattern.compile("with a body of ([0-9,]+) bytes");
    private static final Pattern STATUS = Pattern.compile("\\bHTTP (\\d{3})\\b");
    private static final Pattern VARYING =
            Pattern.compile("`([\\w.\\[\\]]+)` varies from run to run.*?\\(`([^`]+)`\\)");
    private static final Pattern CREDENTIALS = Pattern.compile("`([\\w.]+)` / `([^`]+)`");
    private static final String DEFAULT_USER = "demo.till";

    record Example(int line, String method, String path, String user, Map<String, String> headers,
                   String body, int status, String answerLanguage, String answer, Map<String, Pattern> varying) {

        String title() {
            return "line " + line + ": " + method + " " + path + " as " + user;
        }
    }

    /** A fenced code block: the line its fence opens on, its language and its text. */
    record Block(int line, String language, String text) {
    }

    private final List<String> lines;
    private final List<Example> examples = new ArrayList<>();
    private final List<Block> blocksOutsideExamples = new ArrayList<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();

    private WriteDocsPage(List<String> lines) {
        this.lines = lines;
        for (String line : lines) {
            Matcher credentials = CREDENTIALS.matcher(line);
            while (credentials.find()) {
                passwords.put(credentials.group(1), credentials.group(2));
            }
        }
        read();
    }

    static WriteDocsPage read(Path page) throws IOException {
        return new WriteDocsPage(Files.readAllLines(page));
    }

    List<Example> examples() {
        return examples;
    }

    /** Every code block no example claims; the test wants none but the page's curl recipe. */
    List<Block> blocksOutsideExamples() {
        return blocksOutsideExamples;
    }

    /** API users and passwords as the page names them: `` `demo.till` / `demo123` ``. */
    Map<String, String> passwords() {
        return passwords;
    }

    private void read() {
        int i = 0;
        while (i < lines.size()) {
            Matcher request = REQUEST.matcher(lines.get(i).trim());
            if (request.matches()) {
                i = readExample(i, request);
            } else if (isFence(i)) {
                Block block = block(i);
                blocksOutsideExamples.add(block);
                i = end(i) + 1;
            } else {
                i++;
            }
        }
    }

    private int readExample(int start, Matcher request) {
        String rest = request.group(3);
        Matcher userMatch = USER.matcher(rest);
        String user = userMatch.find() ? userMatch.group(1) : DEFAULT_USER;
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher header = HEADER.matcher(rest);
        while (header.find()) {
            headers.put(header.group(1), header.group(2).trim());
        }
        Matcher generated = GENERATED_BODY.matcher(rest);
        String body = generated.find() ? "x".repeat(Integer.parseInt(generated.group(1).replace(",", ""))) : null;

        Matcher status = STATUS.matcher(rest);
        boolean statusFound = status.find();
        int i = start + 1;
        while (!statusFound) {
            require(i < lines.size() && !REQUEST.matcher(lines.get(i).trim()).matches(), start,
                    "no 'HTTP <status>' line after the request");
            if (isFence(i)) {
                require(body == null, start, "two request bodies");
                Block block = block(i);
                // As `curl -d @body.json` sends a file: without its line breaks.
                body = block.text().replace("\r", "").replace("\n", "");
                String type = contentTypeOf(block.language());
                if (type != null) {
                    headers.putIfAbsent("Content-Type", type);
                }
                i = end(i) + 1;
                continue;
            }
            status = STATUS.matcher(lines.get(i));
            statusFound = status.find();
            i++;
        }
        while (i < lines.size() && !isFence(i)) {
            require(!REQUEST.matcher(lines.get(i).trim()).matches(), start, "no answer block after the status");
            i++;
        }
        require(i < lines.size(), start, "no answer block");
        Block answer = block(i);
        i = end(i) + 1;

        // The prose after the answer, up to the next example, block or heading, read as one text.
        StringBuilder after = new StringBuilder();
        for (int j = i; j < lines.size() && !REQUEST.matcher(lines.get(j).trim()).matches() && !isFence(j)
                && !lines.get(j).startsWith("#"); j++) {
            after.append(lines.get(j)).append(lines.get(j).isBlank() ? "\n" : " ");
        }
        Map<String, Pattern> varying = new LinkedHashMap<>();
        Matcher varies = VARYING.matcher(after);
        while (varies.find()) {
            varying.put(varies.group(1), Pattern.compile(varies.group(2)));
        }
        examples.add(new Example(start + 1, request.group(1), request.group(2), user, headers, body,
                Integer.parseInt(status.group(1)), answer.language(), answer.text(), varying));
        return i;
    }

    /** The Content-Type a body block goes with unless the request line names one; none for other blocks. */
    private static String contentTypeOf(String language) {
        return switch (language) {
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            default -> null;
        };
    }

    private boolean isFence(int i) {
        return lines.get(i).startsWith("```");
    }

    private Block block(int open) {
        StringBuilder text = new StringBuilder();
        int end = end(open);
        for (int i = open + 1; i < end; i++) {
            text.append(lines.get(i)).append('\n');
        }
        return new Block(open + 1, lines.get(open).substring(3).trim(), text.toString());
    }

    private int end(int open) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                return i;
            }
        }
        throw new IllegalStateException("code block opened on line " + (open + 1) + " is never closed");
    }

    private static void require(boolean condition, int line, String what) {
        if (!condition) {
            throw new IllegalStateException("example on line " + (line + 1) + ": " + what);
        }
    }
}
