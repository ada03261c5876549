package app.hamish.cli;

import app.hamish.io.formats.Formats;
import java.util.Iterator;
import picocli.CommandLine;

/** {@code --format NAME} as a registered format; an unknown name is a usage error listing the known ones. */
final class FormatNames implements CommandLine.ITypeConverter<Formats.Format>, Iterable<String> {
    @Override
    public Formats.Format convert(String name) {
        return Formats.named(name).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown format '" + name + "'; Hamish knows " + String.join(", ", Formats.names())));
    }

    /** The names picocli shows as completion candidates. */
    @Override
    public Iterator<String> iterator() {
        return Formats.names().iterator();
    }
}
