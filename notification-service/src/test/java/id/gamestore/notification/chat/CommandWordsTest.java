package id.gamestore.notification.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandWordsTest {

    @Test
    void commandsStartWithABangOrASlashAfterTrimmingAndOnlyTheirWordIsKept() {
        assertThat(CommandWords.word("!server-status ef39bc02")).isEqualTo("server-status");
        assertThat(CommandWords.word("  /STATUS")).isEqualTo("status");
        assertThat(CommandWords.word("! bantuan")).isEqualTo("bantuan");
        assertThat(CommandWords.word("!reset-password hunter2-typed-by-mistake")).isEqualTo("reset-password");
        assertThat(CommandWords.word("!?")).isEqualTo("?");
        assertThat(CommandWords.word("!" + "x".repeat(100))).hasSize(32);
        assertThat(CommandWords.isCommand("halo !status")).isFalse();
        assertThat(CommandWords.isCommand("!")).isFalse();
        assertThat(CommandWords.isCommand("   ")).isFalse();
        assertThat(CommandWords.isCommand(null)).isFalse();
        assertThat(CommandWords.word("halo")).isNull();
    }
}
