package io.casebook;

import io.casebook.adapter.in.connectors.ConnectorFileException;
import io.casebook.adapter.in.security.HashPasswordCommand;
import io.casebook.adapter.out.crypto.BcryptPasswordHasher;
import io.casebook.config.ConfigFileException;
import io.casebook.config.Settings;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar target/casebook.jar}: starts the engine and runs until the JVM is asked to stop.
 * {@code java -jar target/casebook.jar hash-password}: prints the bcrypt hash of the password read from
 * standard input, for users.yaml.
 */
public final class CasebookMain {

    private CasebookMain() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        if (args.length > 0) {
            System.exit(command(args));
            return;
        }
        CasebookApp app;
        try {
            app = CasebookApp.start(Settings.load(Map.of()));
        } catch (ConfigFileException | ConnectorFileException e) {
            // A configuration mistake, not a crash: the file, the line and the reason say all there is to say.
            System.err.println("Casebook did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "casebook-shutdown"));
        stopped.await();
    }

    private static int command(String[] args) throws IOException {
        if (args[0].equals("hash-password") && args.length == 1) {
            int cost = Settings.load(Map.of()).getInt("casebook.auth.password-hash-cost", 12);
            return new HashPasswordCommand(new BcryptPasswordHasher(cost)).run(System.in, System.out, System.err);
        }
        System.err.println("Usage: java -jar casebook.jar [hash-password]");
        return 2;
    }
}
