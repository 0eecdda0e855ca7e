package org.loyaltyhub.bootstrap.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * A TCP proxy a test puts between the server and its database, to cut the network without touching the
 * database server (which other tests share). It listens on a free loopback port and pipes every connection
 * both ways to the target. {@link #cut()} closes every connection at once and from then on closes each new
 * one as soon as it arrives, as a database host that went away would; {@link #restore()} lets connections
 * through again. Connections already cut stay cut: the client has to open new ones.
 */
final class TcpProxy implements AutoCloseable {
    private static final int CONNECT_TIMEOUT_MS = 2_000;

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> open = new HashSet<>();
    private boolean cut;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Closes every piped connection; new ones are closed on arrival until {@link #restore()}. */
    synchronized void cut() {
        cut = true;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    synchronized void restore() {
        cut = false;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cut();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            Socket server = connectToTarget();
            synchronized (this) {
                if (cut || server == null) {
                    closeQuietly(client);
                    closeQuietly(server);
                    continue;
                }
                open.add(client);
                open.add(server);
            }
            pipe(client, server);
            pipe(server, client);
        }
    }

    private Socket connectToTarget() {
        Socket server = new Socket();
        try {
            server.connect(target, CONNECT_TIMEOUT_MS);
            return server;
        } catch (IOException e) {
            closeQuietly(server);
            return null;
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // One side closed or was cut: close both below.
            } finally {
                forget(from, to);
            }
        }, "tcp-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void forget(Socket a, Socket b) {
        open.remove(a);
        open.remove(b);
        closeQuietly(a);
        closeQuietly(b);
    }

    private static void closeQuietly(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
