package id.gamestore.sandbox.whatsapp.webhook;

/** Where webhooks go; settable at run time. A null URL means nothing is posted for that face. */
public final class WebhookTargets {
    private volatile String cloudUrl;
    private volatile String wahaUrl;

    public WebhookTargets(String cloudUrl, String wahaUrl) {
        this.cloudUrl = blankToNull(cloudUrl);
        this.wahaUrl = blankToNull(wahaUrl);
    }

    public String cloudUrl() {
        return cloudUrl;
    }

    public void cloudUrl(String url) {
        cloudUrl = blankToNull(url);
    }

    public String wahaUrl() {
        return wahaUrl;
    }

    public void wahaUrl(String url) {
        wahaUrl = blankToNull(url);
    }

    private static String blankToNull(String url) {
        return url == null || url.isBlank() ? null : url.trim();
    }
}
