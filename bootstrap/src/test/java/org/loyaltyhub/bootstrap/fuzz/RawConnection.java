package org.loyaltyhub.bootstrap.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection that sends requests byte for byte as the fuzz wrote them. A client
 * library would refuse (or repair) most of what the fuzz needs to send: broken percent-encoding, raw bytes
 * above 127 in the query, NULs, odd Content-Type values. Every read waits at most the timeout, so a server
 * that hangs fails the case instead of the build.
 */
final class RawConnection implements AutoCloseable {
    private final String host;
    private final int port;
    private int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawConnection(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** An answer as received: status, headers (names lower-cased) and the body bytes. */
    record Answer(int status, java.util.Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Thrown when the server did not answer within the timeout: a hang. */
    static final class NoAnswer extends IOException {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Answer exchange(byte[] request) throws IOException {
        return exchange(request, timeoutMillis);
    }

    /** With a timeout of its own, for requests that may be slow for good reason (the first, cold one). */
    Answer exchange(byte[] request, int timeoutMillis) throws IOException {
        int usual = this.timeoutMillis;
        this.timeoutMillis = timeoutMillis;
        try {
            return exchangeOnce(request);
        } finally {
            this.timeoutMillis = usual;
            if (socket != null) {
                socket.setSoTimeout(usual);
            }
        }
    }

    private Answer exchangeOnce(byte[] request) throws IOException {
        boolean reused = socket != null;
        try {
            return send(request);
        } catch (SocketTimeoutException hang) {
            close();
            throw new NoAnswer("no answer within " + timeoutMillis + " ms", hang);
        } catch (IOException stale) {
            close();
            if (!reused) {
                throw stale;
            }
            // The server may close a kept-alive connection between two requests; one fresh try is fair.
            try {
                return send(request);
            } catch (SocketTimeoutException hang) {
                close();
                throw new NoAnswer("no answer within " + timeoutMillis + " ms", hang);
            }
        }
    }

    private Answer send(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        socket.setSoTimeout(timeoutMillis);
        try {
            out.write(request);
            out.flush();
        } catch (IOException cutShort) {
            // The server may answer (413) and close before it has read the whole body: read what it said.
            if (in.available() == 0) {
                throw cutShort;
            }
        }
        Answer answer = read();
        String connection = answer.header("connection");
        if (connection != null && connection.equalsIgnoreCase("close")) {
            close();
        }
        return answer;
    }

    private Answer read() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        byte[] body;
        String length = headers.get("content-length");
        String transfer = headers.get("transfer-encoding");
        if (status / 100 == 1 || status == 204 || status == 304) {
            body = new byte[0];
        } else if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunked();
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length.trim()));
        } else {
            body = in.readAllBytes();
            close();
        }
        return new Answer(status, headers, body);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (size == null) {
                throw new IOException("connection closed inside a chunked body");
            }
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            line();
        }
    }

    /** A CRLF-terminated line in ISO-8859-1, without the terminator; null at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
