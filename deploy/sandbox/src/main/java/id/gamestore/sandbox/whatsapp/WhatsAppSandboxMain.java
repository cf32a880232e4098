package id.gamestore.sandbox.whatsapp;

import java.util.concurrent.CountDownLatch;

/** Runs the WhatsApp sandbox standalone (default port 8091) with configuration from the environment. */
public final class WhatsAppSandboxMain {
    private WhatsAppSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        WhatsAppSandbox sandbox = WhatsAppSandbox.start(WhatsAppSandboxConfig.fromEnv(),
                WhatsAppSandboxOptions.fromEnv());
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "wa-sandbox-shutdown"));
        System.out.println("WhatsApp sandbox on " + sandbox.url() + " (Cloud API " + sandbox.cloudApiUrl("v23.0")
                + "/messages, WAHA " + sandbox.url() + "/api/sendText, admin " + sandbox.url() + "/__sandbox/)");
        new CountDownLatch(1).await();
    }
}
