package tenken.views.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ButtonBar.ButtonData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;

/**
 * Issue 13 item 8: a dialog's buttons speak the session's language, not the workstation's (JavaFX's own
 * ButtonType.CANCEL reads 「取消」 in an English session on a Japanese workstation). Both languages are
 * checked, so that buttons taking either the JVM's language or a fixed one fail one of the two tests.
 */
class DialogButtonsTest {

    @AfterEach
    void japaneseAgain() {
        Messages.setLocale(Messages.JAPANESE);
    }

    @Test
    void anEnglishSessionOnAJapaneseWorkstationGetsEnglishButtons() {
        Messages.setLocale(Messages.ENGLISH);

        assertThat(DialogButtons.cancel().getText()).isEqualTo("Cancel");
        assertThat(DialogButtons.close().getText()).isEqualTo("Close");
        assertThat(DialogButtons.stop().getText()).isEqualTo("Cancel");
        assertThat(DialogButtons.cancel().getButtonData()).isEqualTo(ButtonData.CANCEL_CLOSE);
        assertThat(DialogButtons.close().getButtonData()).isEqualTo(ButtonData.CANCEL_CLOSE);
    }

    @Test
    void aJapaneseSessionGetsJapaneseButtons() {
        Messages.setLocale(Messages.JAPANESE);

        assertThat(DialogButtons.cancel().getText()).isEqualTo("キャンセル");
        assertThat(DialogButtons.close().getText()).isEqualTo("閉じる");
    }
}
