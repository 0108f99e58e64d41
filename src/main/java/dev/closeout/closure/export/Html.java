package dev.closeout.closure.export;

/**
 * Builds a page as text. Every piece of text is escaped on its way in ({@link #text}), whatever
 * its origin: the account's values, the exchange's answers and the user's own words alike. Five
 * characters need it in element content and quoted attributes; a library for that would be one
 * more jar for a few lines.
 */
final class Html {

    private final StringBuilder page = new StringBuilder();

    /** Markup Closeout wrote itself, never text from elsewhere. */
    Html tag(String markup) {
        page.append(markup);
        return this;
    }

    Html text(String text) {
        page.append(escape(text));
        return this;
    }

    /** An element holding escaped text: {@code <name>text</name>}. */
    Html element(String name, String text) {
        return tag("<" + name + ">").text(text).tag("</" + name.split(" ")[0] + ">");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
