package vn.motcua.common.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so that a request goes out exactly as written: paths with raw bytes, dot
 * segments and matrix parameters, bodies that are not UTF-8, lengths that lie. Only the status line and the
 * content type are read back.
 */
final class RawHttp {
    /** What came back; status 0 when the server closed the connection without answering. */
    record Answer(int status, String contentType, String location) {
        Answer(int status, String contentType) {
            this(status, contentType, "");
        }
    }

    private RawHttp() {
    }

    static Answer send(int port, String method, byte[] target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(method.getBytes(StandardCharsets.US_ASCII));
            request.write(' ');
            request.writeBytes(target);
            request.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.US_ASCII));
            for (var header : headers.entrySet()) {
                request.writeBytes((header.getKey() + ": " + header.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (body != null && !headers.containsKey("Content-Length")) {
                request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // a server may answer (413, 400) and close before a large body is written: read what it said
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return new Answer(-1, "timeout");
        } catch (IOException e) {
            return new Answer(0, String.valueOf(e.getMessage()));
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        int matched = 0;
        while (matched < 4 && head.size() < 65_536 && (b = in.read()) != -1) {
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.")) {
            return new Answer(0, "no answer");
        }
        int status = Integer.parseInt(text.substring(9, 12));
        String contentType = "";
        String location = "";
        for (String line : text.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            } else if (lower.startsWith("location:")) {
                location = line.substring(9).strip();
            }
        }
        return new Answer(status, contentType, location);
    }
}
