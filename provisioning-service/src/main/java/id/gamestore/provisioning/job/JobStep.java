package id.gamestore.provisioning.job;

/** The saga's steps, in order. CONFIGURE and START run only when configured; LOGIN always runs last. */
public enum JobStep {
    ENSURE_USER("Menyiapkan akun panel"),
    PLACE("Memilih node server"),
    CREATE_SERVER("Membuat server"),
    WAIT_INSTALL("Menginstal server"),
    CONFIGURE("Mengatur file awal server"),
    START("Menyalakan server"),
    /** Decides whether this order's message carries a password (and sets a new one when it must). */
    LOGIN("Menyiapkan login panel"),
    DONE("Selesai");

    private final String customerMessage;

    JobStep(String customerMessage) {
        this.customerMessage = customerMessage;
    }

    public String customerMessage() {
        return customerMessage;
    }
}
