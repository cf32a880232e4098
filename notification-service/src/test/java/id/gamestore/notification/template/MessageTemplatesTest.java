package id.gamestore.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.qute.Engine;

class MessageTemplatesTest {

    private static MessageTemplates templates(Optional<String> dir) {
        return new MessageTemplates(Engine.builder().addDefaults().build(), new TemplateConfig() {
            @Override
            public Optional<String> dir() {
                return dir;
            }

            @Override
            public String defaultLocale() {
                return "id";
            }
        });
    }

    private static MessageModel progress() {
        return new MessageModel().put("orderId", "ORD-1").put("stepIndex", 2).put("totalSteps", 6)
                .put("stepMessage", "Node dipilih");
    }

    @Test
    void rendersTheBuiltInTemplateAndItsOneLineParameters() {
        RenderedMessage m = templates(Optional.empty()).render(MessageKind.PROGRESS, "id", progress());
        assertThat(m.text()).contains("ORD-1", "Tahap 2 dari 6: Node dipilih");
        assertThat(m.templateParams()).containsExactly("ORD-1", "2", "6", "Node dipilih");
    }

    @Test
    void anUnknownLocaleFallsBackToIndonesianAndEnglishHasItsOwn() {
        assertThat(templates(Optional.empty()).render(MessageKind.PROGRESS, "fr", progress()).text())
                .contains("Tahap 2 dari 6");
        assertThat(templates(Optional.empty()).render(MessageKind.PROGRESS, "en", progress()).text())
                .contains("Step 2 of 6");
    }

    @Test
    void aBlankValueIsAnErrorNotABlankInTheMessage() {
        assertThatThrownBy(() -> new MessageModel().put("password", " "))
                .isInstanceOf(MissingValueException.class).hasMessageContaining("password");
        MessageModel incomplete = new MessageModel().put("orderId", "ORD-1");
        assertThatThrownBy(() -> templates(Optional.empty()).render(MessageKind.PROGRESS, "id", incomplete))
                .isInstanceOf(MissingValueException.class);
    }

    @Test
    void anOperatorEditedFileWinsAndIsReloadedWhenItChanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("progress.id.txt");
        Files.writeString(file, "Pesanan {orderId}: {stepMessage}", StandardCharsets.UTF_8);
        MessageTemplates t = templates(Optional.of(dir.toString()));
        assertThat(t.render(MessageKind.PROGRESS, "id", progress()).text()).isEqualTo("Pesanan ORD-1: Node dipilih");

        Files.writeString(file, "Order {orderId} langkah {stepIndex}", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(t.render(MessageKind.PROGRESS, "id", progress()).text()).isEqualTo("Order ORD-1 langkah 2");
        assertThat(t.source(MessageKind.PROGRESS, "id")).isEqualTo(file.toString());
    }

    @Test
    void parametersLoseNewLinesTabsAndRunsOfSpaces() {
        assertThat(MessageTemplates.oneLine("a\nb\t c     d")).isEqualTo("a b c d");
    }

    @Test
    void everyCustomerMessageHasBothLocalesAndRendersExactlyItsTemplateParameters() {
        MessageTemplates t = templates(Optional.empty());
        for (MessageKind kind : MessageKind.values()) {
            if (!kind.toCustomer() || kind.perNoticeTemplates()) {
                // the lifecycle notices have a template per notice kind: LifecycleMessagesTest renders each
                continue;
            }
            MessageModel model = new MessageModel();
            kind.templateParameters().forEach(name -> model.put(name, "v-" + name));
            for (String locale : java.util.List.of("id", "en")) {
                assertThat(Thread.currentThread().getContextClassLoader()
                        .getResource("message-templates/" + kind.file() + "." + locale + ".txt"))
                        .as(kind + " " + locale).isNotNull();
                RenderedMessage m = t.render(kind, locale, model);
                kind.templateParameters().forEach(name -> assertThat(m.text()).as(kind + " " + locale + " shows "
                        + name).contains("v-" + name));
            }
        }
    }

    @Test
    void thePasswordResetMessageSaysTheOldPasswordNoLongerWorks() {
        MessageModel model = new MessageModel();
        MessageKind.PASSWORD_RESET.templateParameters().forEach(name -> model.put(name, "v-" + name));
        MessageTemplates t = templates(Optional.empty());
        assertThat(t.render(MessageKind.PASSWORD_RESET, "id", model).text())
                .startsWith("🔑 *Password Panel Baru*").contains("Password lama sudah tidak berlaku");
        assertThat(t.render(MessageKind.PASSWORD_RESET, "en", model).text())
                .contains("old password no longer works");
        assertThatThrownBy(() -> t.render(MessageKind.PASSWORD_RESET, "id",
                new MessageModel().put("orderId", "ORD-1"))).isInstanceOf(MissingValueException.class);
    }

    @Test
    void theEmailOfAMessageThatCarriesAPasswordShowsEveryOtherFieldAndTheWayToItButNeverThePassword() {
        // no cipher and no store: a password-carrying message's email needs neither
        MessageComposer composer = new MessageComposer(templates(Optional.empty()), null, null, null);
        for (MessageKind kind : MessageKind.values()) {
            if (!kind.carriesPassword()) {
                continue;
            }
            RenderedMessage whatsApp = new RenderedMessage(null, "v-password in the WhatsApp text",
                    kind.templateParameters().stream().map(name -> "v-" + name).toList());
            for (String locale : java.util.List.of("id", "en")) {
                assertThat(Thread.currentThread().getContextClassLoader().getResource(
                        "message-templates/" + kind.passwordFreeEmailFile() + "." + locale + ".txt"))
                        .as(kind + " " + locale).isNotNull();
                RenderedMessage mail = composer.fallbackEmail(kind, "v-orderId", locale, whatsApp);
                String all = mail.subject() + "\n" + mail.text();
                assertThat(all).as(kind + " " + locale).doesNotContain("v-password").contains("!reset-password");
                assertThat(mail.subject()).as(kind + " " + locale).contains("v-orderId");
                kind.templateParameters().stream().filter(name -> !name.equals("password"))
                        .forEach(name -> assertThat(all).as(kind + " " + locale + " shows " + name)
                                .contains("v-" + name));
            }
        }
        assertThat(MessageKind.values()).filteredOn(MessageKind::carriesPassword)
                .containsExactlyInAnyOrder(MessageKind.SERVER_READY, MessageKind.PASSWORD_RESET);
    }

    @Test
    void theProvisioningFailureAlertEndsWithTheReplyThatRetries() {
        MessageComposer composer = ServerReadyMessages.composer(templates(Optional.empty()), java.util.List.of());
        RenderedMessage alert = composer.adminAlert("PROVISIONING_FAILED", "ORD-7F3K9Q2M", "+6281234567890",
                "NO_CAPACITY at PLACE");
        assertThat(alert.text()).endsWith("!retry ORD-7F3K9Q2M").doesNotContain("/api/");
        // the approved admin_alert template gets the same reply as its last body parameter
        assertThat(alert.templateParams()).last().isEqualTo("!retry ORD-7F3K9Q2M");
        assertThat(composer.adminAlert("PASSWORD_RESET_FAILED", "ORD-7F3K9Q2M", "", "PANEL_DOWN").text())
                .endsWith("!reset-password ORD-7F3K9Q2M");
        assertThat(composer.adminAlert("UNDELIVERED", "ORD-7F3K9Q2M", "", "SERVER_READY").text())
                .endsWith("!order ORD-7F3K9Q2M");
    }
}
