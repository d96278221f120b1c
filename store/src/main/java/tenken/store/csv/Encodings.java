package tenken.store.csv;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import tenken.assets.Messages;

/** The encoding a user names (for example {@code --encoding Shift_JIS}), or a message saying it is unknown. */
public final class Encodings {

    private Encodings() {
    }

    /** The charset called {@code name}; null or blank means "detect" (null). */
    public static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new ImportException(List.of(new ImportProblem("--encoding", 0, Messages.get("import.field.encoding"),
                    Messages.get("import.error.unknownEncoding", name))));
        }
    }
}
