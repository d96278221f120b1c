package tenken.views.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped stylesheets parse without an error: JavaFX reports a broken rule only as a log line and then
 * drops the rest of the sheet, so a missing brace silently unstyles every screen below it.
 */
class StylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/tenken/assets/css/tenken.css", "/tenken/assets/css/projector.css"})
    void parsesWithoutErrors(String sheet) throws Exception {
        URL url = StylesheetsTest.class.getResource(sheet);
        assertThat(url).as(sheet).isNotNull();
        CssParser.errorsProperty().clear();

        var stylesheet = new CssParser().parse(url);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).as(sheet).isEmpty();
        assertThat(stylesheet.getRules()).isNotEmpty();
    }
}
