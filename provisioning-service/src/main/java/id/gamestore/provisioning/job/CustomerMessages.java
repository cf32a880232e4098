package id.gamestore.provisioning.job;

import id.gamestore.contracts.events.FailureReason;

/** What the customer is told when provisioning fails (Bahasa Indonesia, no technical detail). */
public final class CustomerMessages {
    private CustomerMessages() {
    }

    public static String failure(FailureReason reason) {
        return switch (reason) {
            case NO_CAPACITY -> "Maaf, kapasitas server sedang penuh. Admin akan menghubungi Anda untuk menjadwalkan ulang pesanan ini.";
            case PANEL_REJECTED -> "Maaf, server Anda gagal dibuat karena kendala teknis. Admin sudah diberi tahu dan akan segera membantu.";
            case INSTALL_FAILED -> "Maaf, instalasi server Anda gagal. Admin sudah diberi tahu dan akan segera membantu.";
            case INSTALL_TIMEOUT -> "Maaf, instalasi server Anda terlalu lama sehingga dibatalkan. Admin akan segera membantu.";
            case PANEL_UNAVAILABLE -> "Maaf, panel server sedang tidak dapat dihubungi. Admin akan mencoba lagi dan menghubungi Anda.";
            case CONFIGURATION_ERROR -> "Maaf, paket yang Anda pesan belum dapat diproses. Admin akan segera menghubungi Anda.";
            case CANCELLED -> "Pesanan server Anda dibatalkan oleh admin. Hubungi admin jika ada pertanyaan.";
        };
    }
}
