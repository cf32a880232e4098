package id.gamestore.order.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.order.customer.PhoneNumbers;

class ChatParsingTest {
    @Test
    void aCommandIsAPrefixAndAWordInAnyCaseWithSpacesTolerated() {
        ChatParsing.Parsed p = ChatParsing.parse("  !  STATUS   ef39bc02  ");
        assertThat(p.word()).isEqualTo("status");
        assertThat(p.args()).containsExactly("ef39bc02");
        assertThat(ChatParsing.parse("/cancel ORD-7KQ2M9XD  pembeli\nbatal").argumentText())
                .isEqualTo("ORD-7KQ2M9XD  pembeli\nbatal");
        assertThat(ChatParsing.parse("!help").args()).isEmpty();
    }

    @Test
    void aPrefixWithoutAWordIsNotACommand() {
        for (String text : List.of("!", "/", "! ", "!!!", "!?", "/home/budi", "halo", "!" + "a".repeat(33))) {
            assertThat(ChatParsing.parse(text)).as(text).isNull();
        }
    }

    @Test
    void aBadAdminPhonesEntryStopsStartUpNamingItsPosition() {
        PhoneNumbers numbers = new PhoneNumbers("ID");
        assertThat(ChatAdmins.parse("0811-0000-0001, +62 812 0000 0009,", numbers))
                .containsExactlyInAnyOrder("+6281100000001", "+6281200000009");
        assertThatThrownBy(() -> ChatAdmins.parse("+6281100000001,budi,+6281200000009", numbers))
                .hasMessageStartingWith("ADMIN_PHONES entry 2 of 3 ").hasMessageNotContaining("budi");
        assertThatThrownBy(() -> ChatAdmins.parse("+6281100000001,,+6281200000009", numbers))
                .hasMessageContaining("entry 2 of 3 is empty");
        assertThat(ChatAdmins.parse("", numbers)).isEmpty();
    }

    @Test
    void twoCommandsClaimingOneWordAreRefused() {
        assertThatThrownBy(() -> ChatCommands.index(List.of(command("help", "help", "bantuan"),
                command("bantuan-admin", "bantuan"))))
                .hasMessageContaining("'bantuan'").hasMessageContaining("help").hasMessageContaining("bantuan-admin");
    }

    private static ChatCommand command(String name, String... words) {
        return new ChatCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> words() {
                return List.of(words);
            }

            @Override
            public boolean adminOnly() {
                return false;
            }

            @Override
            public ChatAnswer run(ChatCall call) {
                return ChatAnswer.of(name, name, null);
            }
        };
    }
}
