package app.hamish.ui.article;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;

/**
 * A message shown again with other counts on every key (an article's count, a layer's line): parsed once, its
 * numbers written by one number format. {@code MessageFormat.format} parsed the pattern on every call, and a
 * {@code MessageFormat} looks its locale's number format up for every number it writes (decision 0076). Writes what
 * {@code MessageFormat.format} writes, in the same (default) locale.
 */
public final class MessageLine {
    private final MessageFormat format;

    public MessageLine(String pattern) {
        format = new MessageFormat(pattern);
        Format plain = new PlainArgument(NumberFormat.getInstance(format.getLocale()), format);
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == null) {
                format.setFormatByArgumentIndex(i, plain);
            }
        }
    }

    public String format(Object... arguments) {
        return format.format(arguments);
    }

    /** An argument without a format of its own, written as {@code MessageFormat} writes one. */
    private static final class PlainArgument extends Format {
        private final NumberFormat numbers;
        private final MessageFormat owner;

        PlainArgument(NumberFormat numbers, MessageFormat owner) {
            this.numbers = numbers;
            this.owner = owner;
        }

        @Override
        public StringBuffer format(Object argument, StringBuffer to, FieldPosition position) {
            if (argument instanceof Number number) {
                return numbers.format(number, to, position);
            }
            if (argument instanceof Date date) {
                return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, owner.getLocale())
                        .format(date, to, position);
            }
            return to.append(argument);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("a message line is written, never read");
        }
    }
}
