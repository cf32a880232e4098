package id.gamestore.sandbox;

import id.gamestore.sandbox.panel.PanelSandbox;
import id.gamestore.sandbox.whatsapp.WhatsAppSandbox;

/** The whole sandbox: the Pterodactyl panel and the WhatsApp API, each on its own port. */
public final class Sandbox implements AutoCloseable {
    private final SandboxConfig config;
    private final PanelSandbox panel;
    private final WhatsAppSandbox whatsapp;

    private Sandbox(SandboxConfig config, PanelSandbox panel, WhatsAppSandbox whatsapp) {
        this.config = config;
        this.panel = panel;
        this.whatsapp = whatsapp;
    }

    public static Sandbox start(SandboxConfig config) {
        PanelSandbox panel = PanelSandbox.start(config.panel());
        try {
            return new Sandbox(config, panel, WhatsAppSandbox.start(config.whatsapp(), config.waOptions()));
        } catch (RuntimeException e) {
            panel.close();
            throw e;
        }
    }

    public String panelUrl() {
        return panel.url();
    }

    public String whatsappUrl() {
        return whatsapp.url();
    }

    public PanelSandbox panel() {
        return panel;
    }

    public WhatsAppSandbox whatsapp() {
        return whatsapp;
    }

    public SandboxConfig config() {
        return config;
    }

    /** Both halves back to their start state (seed data, no faults, empty logs). */
    public void reset() {
        panel.reset();
        whatsapp.reset();
    }

    @Override
    public void close() {
        try {
            whatsapp.close();
        } finally {
            panel.close();
        }
    }
}
