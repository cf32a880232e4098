package id.gamestore.contracts.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

class TcpProxyTest {

    /** An echo server: what the client writes comes back through the proxy until the proxy is cut. */
    @Test
    void relaysUntilCutAndAgainAfterRestore() throws Exception {
        try (ServerSocket echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                TcpProxy proxy = TcpProxy.to("127.0.0.1", echo.getLocalPort())) {
            Thread server = new Thread(() -> {
                while (!echo.isClosed()) {
                    try {
                        Socket s = echo.accept();
                        new Thread(() -> {
                            try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                                in.transferTo(out);
                            } catch (IOException ignored) {
                                // client gone
                            }
                        }).start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            server.setDaemon(true);
            server.start();

            Socket before = new Socket("127.0.0.1", proxy.port());
            assertThat(roundTrip(before, "hello")).isEqualTo("hello");

            proxy.cut();
            assertThat(before.getInputStream().read()).as("a live connection dies with the outage").isEqualTo(-1);
            try (Socket during = new Socket("127.0.0.1", proxy.port())) {
                assertThat(during.getInputStream().read()).as("a new connection is closed at once").isEqualTo(-1);
            }

            proxy.restore();
            try (Socket after = new Socket("127.0.0.1", proxy.port())) {
                assertThat(roundTrip(after, "again")).isEqualTo("again");
            }
            before.close();
        }
    }

    private static String roundTrip(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes());
        byte[] back = new byte[text.length()];
        new DataInputStream(s.getInputStream()).readFully(back);
        return new String(back);
    }
}
