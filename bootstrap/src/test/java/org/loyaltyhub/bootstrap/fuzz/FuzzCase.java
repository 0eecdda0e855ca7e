package org.loyaltyhub.bootstrap.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One generated request and what the contract says it must get. The target and header values are written
 * as ISO-8859-1 (one char, one byte), so a case can carry any raw byte the fuzz means to send.
 *
 * @param category the generator that made it (the oracle is per category)
 * @param xml      whether the client asked for an XML answer
 */
record FuzzCase(String category, String method, String target, List<String[]> headers, byte[] body,
                boolean chunked, boolean xml, Expected expected) {

    FuzzCase {
        headers = List.copyOf(headers);
    }

    /**
     * What the answer must be: one of {@code statuses}; {@code items} the allowed item codes per entry in order
     * ({@code null}: a status-only envelope, no {@code item_status} at all); when {@code itemsOptional}, an
     * answer without entries is accepted too (the request may be refused before or inside the resource);
     * {@code mention}, when not null, must appear in an item message (the parameter a 400 names).
     */
    record Expected(Set<Integer> statuses, List<Set<String>> items, boolean itemsOptional, String mention) {
        static Expected statusOnly(int status) {
            return new Expected(Set.of(status), null, false, null);
        }

        static Expected rejected(int status, String itemCode) {
            return new Expected(Set.of(status), List.of(Set.of(itemCode)), false, null);
        }

        static Expected rejected(int status, String itemCode, String mention) {
            return new Expected(Set.of(status), List.of(Set.of(itemCode)), false, mention);
        }

        /** A batch: each entry with its allowed codes; the HTTP status follows from how many succeeded. */
        static Expected entries(List<Set<String>> items, Set<String> successCodes) {
            long done = items.stream().filter(codes -> codes.stream().allMatch(successCodes::contains)).count();
            int status = done == items.size() ? 200 : done == 0 ? 500 : 201;
            return new Expected(Set.of(status), List.copyOf(items), false, null);
        }

        Expected orStatusOnly() {
            return new Expected(statuses, items, true, mention);
        }
    }

    /** The request as bytes on the wire. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: localhost\r\n");
        for (String[] header : headers) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        if (body != null && chunked) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null && chunked) {
            int chunk = 64 * 1024;
            for (int from = 0; from < body.length; from += chunk) {
                int n = Math.min(chunk, body.length - from);
                out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, from, n);
                out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** For a failure report: the request, cut short. */
    String describe() {
        List<String> lines = new ArrayList<>();
        lines.add(method + " " + shorten(target, 300));
        headers.forEach(h -> lines.add(h[0] + ": " + shorten(h[1], 120)));
        if (body != null) {
            lines.add((chunked ? "[chunked] " : "") + "body (" + body.length + " bytes): "
                    + shorten(new String(body, StandardCharsets.UTF_8), 400));
        }
        return String.join("\n    ", lines);
    }

    static String shorten(String s, int max) {
        String printable = s.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return printable.length() <= max ? printable : printable.substring(0, max) + "...(" + s.length() + " chars)";
    }
}
