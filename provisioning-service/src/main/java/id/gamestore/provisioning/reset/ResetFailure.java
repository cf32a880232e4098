package id.gamestore.provisioning.reset;

/** Why a password reset failed, with what the customer is told (Bahasa Indonesia, no technical detail). */
public enum ResetFailure {
    /** No COMPLETED provisioning job for the order, or it has no panel user. */
    NOT_PROVISIONED("Maaf, pesanan ini belum memiliki server yang aktif, jadi password belum dapat direset. "
            + "Hubungi admin jika ada pertanyaan."),
    /** The panel answers 404 for the order's user. */
    PANEL_USER_MISSING("Maaf, akun panel untuk pesanan ini tidak ditemukan. Admin sudah diberi tahu dan akan "
            + "segera membantu."),
    /** Transient panel errors outlasted PROVISIONING_RETRY_ATTEMPTS. */
    PANEL_UNAVAILABLE("Maaf, panel server sedang tidak dapat dihubungi sehingga password belum dapat direset. "
            + "Silakan coba lagi nanti atau hubungi admin."),
    /** The panel refused the update for good (4xx other than 404, e.g. a 422). */
    PANEL_REJECTED("Maaf, password gagal direset karena kendala teknis. Admin sudah diberi tahu dan akan segera "
            + "membantu.");

    private final String customerMessage;

    ResetFailure(String customerMessage) {
        this.customerMessage = customerMessage;
    }

    public String customerMessage() {
        return customerMessage;
    }
}
