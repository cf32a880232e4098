package id.gamestore.notification.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;

/**
 * Sends a request line exactly as written: HTTP clients normalise {@code ..}, {@code //} and percent-escapes before
 * sending, which would hide what an attacker's hand-written request does.
 */
public final class RawHttp {
    public record Answer(int status, String body) {
    }

    private RawHttp() {
    }

    public static Answer send(String method, String rawPath, String apiKey, String jsonBody) {
        return send(method, rawPath, apiKey, jsonBody, null);
    }

    /** As {@link #send(String, String, String, String)}, as if relayed by a proxy for the client {@code forwardedFor}. */
    public static Answer send(String method, String rawPath, String apiKey, String jsonBody, String forwardedFor) {
        StringBuilder request = new StringBuilder(method).append(' ').append(rawPath).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\nAccept: application/json\r\n");
        if (forwardedFor != null) {
            request.append("X-Forwarded-For: ").append(forwardedFor).append("\r\n");
        }
        if (apiKey != null) {
            request.append("X-Api-Key: ").append(apiKey).append("\r\n");
        }
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        if (jsonBody != null) {
            request.append("Content-Type: application/json\r\n");
        }
        request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int start = response.indexOf("\r\n\r\n");
            return new Answer(status, start < 0 ? "" : response.substring(start + 4));
        } catch (IOException e) {
            throw new IllegalStateException("request to " + rawPath + " failed", e);
        }
    }
}
